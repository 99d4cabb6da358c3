// node scripts/benchGit.mjs [--commits N]: the git evidence budgets (docs/git-evidence.md, docs/performance.md),
// after `npm run compile`; `npm run bench` runs it too. Builds a repository of N commits (default 100,000) with
// `git fast-import` (no clone), then measures reading it whole (git log streamed into the parser) against the same
// `git log` writing to /dev/null, and an incremental read of 10 new commits. Medians of interleaved runs, wall time
// (the budget's terms) and CPU time beside it: our side is this process plus its git, the other side the shell and
// its git, both taken from the children's times the kernel adds up when they are reaped (Linux /proc; elsewhere
// the CPU columns say n/a). On a machine shared with other work the wall time counts the waits for a core; the CPU
// time does not. Prints within/OVER; never fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const START = Date.UTC(2020, 0, 1) / 1000;
const OFFSETS = ['+0100', '+0200', '-0500', '+0900', '+0000'];
const RATIO_BUDGET = 1.5;
const INCREMENTAL_BUDGET_MS = 100;
// glibc grows fast-import's heap one brk at a time, each slow in some containers: 100,000 commits took 90 s
// (35 s of it in the kernel). Grown in large steps it takes about a second.
const MALLOC_ENV = { ...process.env, MALLOC_TOP_PAD_: String(256 << 20), MALLOC_TRIM_THRESHOLD_: String(1 << 30) };

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

const HAS_PROC = existsSync('/proc/self/stat');
/** CPU ms of this process's reaped children (cutime + cstime), 10 ms steps; NaN without /proc. */
function childrenCpuMs() {
  if (!HAS_PROC) return NaN;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), counted from the state (field 3) here; in clock ticks, 100 a second on Linux.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}
/** Wall and CPU ms (this process and the children it reaped meanwhile) of an async `fn`. */
async function measure(fn) {
  const cpu = process.cpuUsage();
  const children = childrenCpuMs();
  const wall = process.hrtime.bigint();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wall: since(wall), cpu: (used.user + used.system) / 1000 + (childrenCpuMs() - children) };
}

/**
 * Runs the git evidence benchmark; returns the lines to print and the verdicts ([goal, measured, ok]) for
 * bench.mjs's table.
 */
export async function gitBench({ commits = 100_000, runs = 5 } = {}) {
  const { readGitLog, readGitLogSince } = require(join(root, 'out/src/git/gitLog.js'));
  const { GIT_LOG_FORMAT } = require(join(root, 'out/src/core/gitHistory/format.js'));
  const dir = mkdtempSync(join(tmpdir(), 'ch-bench-git-'));
  const loadBefore = loadavg()[0];
  try {
    execFileSync('git', ['init', '-q', dir]);
    // Marks persist across the two imports, so the 10 new commits continue the history.
    const marks = join(dir, '.git', 'marks');
    execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, input: stream(0, commits), maxBuffer: 1 << 30, env: MALLOC_ENV });

    const rawLog = (flush) => `${flush ? '' : 'GIT_FLUSH=0 '}git log --branches --use-mailmap --no-color --format='${GIT_LOG_FORMAT}' > /dev/null`;
    const sides = { raw: [], buffered: [], ours: [] };
    let read;
    for (let r = 0; r < runs; r++) {
      // Interleaved, so that a busy moment of the machine lands on every side.
      sides.raw.push(await measure(() => spawnSync('sh', ['-c', rawLog(true)], { cwd: dir })));
      sides.buffered.push(await measure(() => spawnSync('sh', ['-c', rawLog(false)], { cwd: dir })));
      let count = 0;
      const ours = await measure(() => readGitLog(dir, { onCommits: (c) => (count += c.length) }));
      read = ours.value;
      sides.ours.push(ours);
      if (count !== commits || read.status !== 'ok') {
        throw new Error(`read ${count} commits (${read.status}), expected ${commits}`);
      }
    }

    execFileSync('git', ['fast-import', '--quiet', `--import-marks=${marks}`], { cwd: dir, input: stream(commits, 10), env: MALLOC_ENV });
    const incremental = [];
    for (let r = 0; r < runs; r++) {
      const next = await measure(() => readGitLogSince(dir, read.tips));
      incremental.push(next);
      if (next.value.status !== 'ok' || next.value.commits.length !== 10) {
        throw new Error(`incremental read: ${next.value.status}, ${next.value.commits?.length} commits`);
      }
    }

    const wall = (side) => median(side.map((s) => s.wall));
    const cpu = (side) => median(side.map((s) => s.cpu));
    const ratio = wall(sides.ours) / wall(sides.raw);
    const cpuRatio = cpu(sides.ours) / cpu(sides.raw);
    const cpuText = (side) => (HAS_PROC ? `${cpu(side).toFixed(0)} ms CPU` : 'CPU n/a');
    const load = `load ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
    const verdict = (ok) => (ok ? 'within' : 'OVER');
    const lines = [
      `git evidence, ${commits} commits, ${load}, medians of ${runs} interleaved runs (wall time; CPU time of the process and its git)`,
      `  git log > /dev/null                ${wall(sides.raw).toFixed(0)} ms, ${cpuText(sides.raw)}`,
      `  the same, GIT_FLUSH=0 as we run it ${wall(sides.buffered).toFixed(0)} ms, ${cpuText(sides.buffered)}`,
      `  streamed into the parser           ${wall(sides.ours).toFixed(0)} ms, ${cpuText(sides.ours)} (${ratio.toFixed(2)}x wall, ${HAS_PROC ? `${cpuRatio.toFixed(2)}x CPU` : 'CPU n/a'}; budget ${RATIO_BUDGET}x: ${verdict(ratio <= RATIO_BUDGET)})`,
      `  10 new commits, incrementally      ${wall(incremental).toFixed(0)} ms, ${cpuText(incremental)} (budget ${INCREMENTAL_BUDGET_MS} ms: ${verdict(wall(incremental) < INCREMENTAL_BUDGET_MS)})`,
    ];
    const verdicts = [
      [`git log of ${commits} commits streamed into the parser ≤ ${RATIO_BUDGET}× git log > /dev/null (${load})`, `${ratio.toFixed(2)}× wall, ${HAS_PROC ? `${cpuRatio.toFixed(2)}× CPU` : 'CPU n/a'}`, ratio <= RATIO_BUDGET],
      [`git evidence: 10 new commits read incrementally < ${INCREMENTAL_BUDGET_MS} ms`, `${wall(incremental).toFixed(0)} ms wall, ${HAS_PROC ? `${cpu(incremental).toFixed(0)} ms CPU` : 'CPU n/a'}`, wall(incremental) < INCREMENTAL_BUDGET_MS],
    ];
    return { lines, verdicts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--commits');
  const { lines } = await gitBench({ commits: at > 0 ? Number(process.argv[at + 1]) : 100_000 });
  console.log(lines.join('\n'));
}
