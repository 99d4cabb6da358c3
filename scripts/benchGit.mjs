// node scripts/benchGit.mjs [--commits N]: the git evidence budgets of issue 20, after `npm run compile`.
// Builds a repository of N commits (default 100,000) with `git fast-import` (no clone), then measures
// reading it whole (git log streamed into the parser) against the same `git log` writing to /dev/null, and an
// incremental read of 10 new commits. Wall-clock medians: git's own time is most of both sides, and the
// CPU time of a child process is not the reader's to measure. Prints within/OVER; never fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { readGitLog, readGitLogSince } = require(join(root, 'out/src/git/gitLog.js'));
const { GIT_LOG_FORMAT } = require(join(root, 'out/src/core/gitHistory/format.js'));

const at = process.argv.indexOf('--commits');
const COMMITS = at > 0 ? Number(process.argv[at + 1]) : 100_000;
const RUNS = 5;
const START = Date.UTC(2020, 0, 1) / 1000;
const OFFSETS = ['+0100', '+0200', '-0500', '+0900', '+0000'];

/** A fast-import stream of `count` commits on main from mark `from`, ten minutes apart, in changing offsets. */
function stream(first, count) {
  const parts = [];
  for (let i = first; i < first + count; i++) {
    const message = `Change ${i}: fix the thing that broke\n`;
    const when = `${START + i * 600} ${OFFSETS[i % OFFSETS.length]}`;
    parts.push(`commit refs/heads/main\nmark :${i + 1}\nauthor Me <me@example.com> ${when}\ncommitter Me <me@example.com> ${when}\ndata ${Buffer.byteLength(message)}\n${message}`);
    parts.push(i > 0 ? `from :${i}\n\n` : '\n');
  }
  return parts.join('');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;

const dir = mkdtempSync(join(tmpdir(), 'ch-bench-git-'));
try {
  execFileSync('git', ['init', '-q', dir]);
  // Marks persist across the two imports, so the 10 new commits continue the history.
  const marks = join(dir, '.git', 'marks');
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, input: stream(0, COMMITS), maxBuffer: 1 << 30 });

  const raw = [];
  const ours = [];
  let read;
  for (let r = 0; r < RUNS; r++) {
    let t = process.hrtime.bigint();
    spawnSync('sh', ['-c', `git log --branches --use-mailmap --no-color --format='${GIT_LOG_FORMAT}' > /dev/null`], { cwd: dir });
    raw.push(since(t));
    t = process.hrtime.bigint();
    let count = 0;
    read = await readGitLog(dir, { onCommits: (c) => (count += c.length) });
    ours.push(since(t));
    if (count !== COMMITS || read.status !== 'ok') {
      throw new Error(`read ${count} commits (${read.status}), expected ${COMMITS}`);
    }
  }
  const ratio = median(ours) / median(raw);

  execFileSync('git', ['fast-import', '--quiet', `--import-marks=${marks}`], { cwd: dir, input: stream(COMMITS, 10) });
  const incremental = [];
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    const next = await readGitLogSince(dir, read.tips);
    incremental.push(since(t));
    if (next.status !== 'ok' || next.commits.length !== 10) {
      throw new Error(`incremental read: ${next.status}, ${next.commits?.length} commits`);
    }
  }

  const verdict = (ok) => (ok ? 'within' : 'OVER');
  console.log(`git evidence, ${COMMITS} commits, load ${loadavg()[0].toFixed(1)}, medians of ${RUNS}`);
  console.log(`  git log > /dev/null             ${median(raw).toFixed(0)} ms`);
  console.log(`  streamed into the parser        ${median(ours).toFixed(0)} ms (${ratio.toFixed(2)}x; budget 1.5x: ${verdict(ratio <= 1.5)})`);
  console.log(`  10 new commits, incrementally   ${median(incremental).toFixed(0)} ms (budget 100 ms: ${verdict(median(incremental) < 100)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
