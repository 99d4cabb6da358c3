import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { branchTips, gitShowStat, gitUserEmail, readGitLog, readGitLogSince, tipsStillReachable } from '../../../src/git/gitLog';
import { mailmapDigest } from '../../../src/git/mailmap';
import { authorFilter } from '../../../src/core/gitHistory/authors';
import { formatDate } from '../../../src/core/dates';
import { GitCommit } from '../../../src/core/gitHistory/commit';
import { gitSessions } from '../../../src/core/gitHistory/sessions';

/** Runs git in `cwd` as the tests' own user, without the machine's config. */
function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@client-health.invalid', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
  });
}

let files = 0;

/** A commit at `date` (git's ISO form with an offset), by `email`. */
function commitAt(dir: string, date: string, email: string, subject: string): string {
  // One file per commit, so that branches merge without conflicts.
  const file = `work-${++files}.txt`;
  fs.writeFileSync(path.join(dir, file), `${subject}\n`);
  git(dir, ['add', file]);
  git(dir, ['commit', '-q', '-m', subject], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_NAME: 'A', GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_NAME: 'A' });
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

const summary = (commits: GitCommit[]) =>
  commits.map((c) => `${c.subject} ${formatDate(c.day)} ${String(Math.floor(c.minutes / 60)).padStart(2, '0')}:${String(c.minutes % 60).padStart(2, '0')} ${c.offsetMinutes} ${c.authorEmail}`).sort();

describe('git log reader (real git, temporary repositories)', function () {
  this.timeout(60_000);
  const made: string[] = [];
  const fresh = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-gitlog-'));
    made.push(dir);
    return dir;
  };
  after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  let dir = '';
  before(() => {
    dir = fresh();
    git(dir, ['init', '-q']);
    git(dir, ['config', 'user.email', 'Me@Example.com']);
    commitAt(dir, '2026-03-02T22:15:00+01:00', 'me@example.com', 'Evening fix');
    commitAt(dir, '2026-03-03T09:30:00-05:00', 'old@personal.example', 'Morning in New York');
    commitAt(dir, '2026-03-03T11:00:00+00:00', 'client@client.example', 'Client commit');
    git(dir, ['checkout', '-q', '-b', 'feature']);
    commitAt(dir, '2026-03-04T23:59:00+09:00', 'me@example.com', 'Tokyo night \u001b[31mred');
    git(dir, ['checkout', '-q', 'main']);
    commitAt(dir, '2026-03-05T10:00:00+02:00', 'me@example.com', 'Main again');
    git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature'], { GIT_AUTHOR_DATE: '2026-03-05T11:00:00+02:00', GIT_COMMITTER_DATE: '2026-03-05T11:00:00+02:00' });
    // Maps the old personal address to the work one, as a user would after changing address.
    fs.writeFileSync(path.join(dir, '.mailmap'), 'A <me@example.com> <old@personal.example>\n');
  });

  it('reads every local branch, in each commit\'s own offset, with .mailmap applied', async () => {
    const read = await readGitLog(dir);
    assert.equal(read.status, 'ok');
    assert.equal(read.skipped, 0);
    assert.deepEqual(summary(read.commits), [
      'Client commit 2026-03-03 11:00 0 client@client.example',
      'Evening fix 2026-03-02 22:15 60 me@example.com',
      'Main again 2026-03-05 10:00 120 me@example.com',
      'Merge feature 2026-03-05 11:00 120 test@client-health.invalid',
      'Morning in New York 2026-03-03 09:30 -300 me@example.com',
      'Tokyo night \\u001b[31mred 2026-03-04 23:59 540 me@example.com',
    ]);
    assert.deepEqual(
      read.commits.filter(authorFilter(['ME@example.com'])).map((c) => c.subject).sort(),
      ['Evening fix', 'Main again', 'Morning in New York', 'Tokyo night \\u001b[31mred'],
    );
    assert.equal(read.tips?.length, 2, 'main and feature');
  });

  it('streams batches to onCommits and stops at maxCommits', async () => {
    const batches: number[] = [];
    const read = await readGitLog(dir, { onCommits: (c) => batches.push(c.length), maxCommits: 3 });
    assert.equal(read.status, 'truncated');
    assert.equal(read.tips, undefined, 'a cut read is no base for the next one');
    assert.equal(batches.reduce((a, b) => a + b, 0), 3);
  });

  it('reads only what is new since the tips of an earlier read, on any branch', async () => {
    const work = fresh();
    git(work, ['init', '-q']);
    commitAt(work, '2026-03-02T10:00:00+01:00', 'me@example.com', 'one');
    git(work, ['branch', 'side']);
    const first = await readGitLog(work);
    assert.deepEqual(first.commits.map((c) => c.subject), ['one']);
    commitAt(work, '2026-03-02T11:00:00+01:00', 'me@example.com', 'two');
    git(work, ['checkout', '-q', 'side']);
    commitAt(work, '2026-03-02T12:00:00+01:00', 'me@example.com', 'three on side');
    assert.equal(await tipsStillReachable(work, first.tips!), true);
    const next = await readGitLog(work, { since: first.tips });
    assert.deepEqual(next.commits.map((c) => c.subject).sort(), ['three on side', 'two']);
    const none = await readGitLog(work, { since: next.tips });
    assert.deepEqual(none.commits, []);
    assert.equal(none.status, 'ok');
    commitAt(work, '2026-03-02T13:00:00+01:00', 'me@example.com', 'four on side');
    const since = await readGitLogSince(work, next.tips!);
    assert.equal(since.status, 'ok');
    assert.deepEqual('commits' in since && since.commits.map((c) => c.subject), ['four on side']);

    // A rewritten history: the tip read before is in no branch any more.
    const before = await readGitLog(work);
    git(work, ['commit', '-q', '--amend', '-m', 'four, amended'], { GIT_COMMITTER_DATE: '2026-03-02T13:05:00+01:00' });
    assert.equal(await tipsStillReachable(work, before.tips!), false);
    assert.deepEqual(await readGitLogSince(work, before.tips!), { status: 'rewritten' });
    assert.equal(await tipsStillReachable(work, next.tips!), true, 'the tips before the amended commit are still there');
    assert.equal(await tipsStillReachable(work, ['0'.repeat(40)]), false, 'an unknown commit');
    assert.equal(await tipsStillReachable(work, ['--output=/tmp/x']), false, 'never an option');
  });

  it('says so for an empty repository, a folder that is not one, and a shallow clone', async () => {
    const empty = fresh();
    git(empty, ['init', '-q']);
    assert.deepEqual(await readGitLog(empty), { status: 'empty', commits: [], skipped: 0, tips: [] });
    const plain = fresh();
    // A ceiling, so that a repository above the temporary folder is not found instead.
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(plain);
    try {
      assert.equal((await readGitLog(plain)).status, 'notRepository');
      assert.equal((await branchTips(plain)).status, 'notRepository');
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
    }
    const shallow = fresh();
    git(shallow, ['clone', '-q', '--depth', '2', '--no-local', `file://${dir}`, 'clone']);
    const read = await readGitLog(path.join(shallow, 'clone'));
    assert.equal(read.status, 'ok');
    // Depth 2 from the merge: the merge and its two parents, and nothing below the shallow boundary.
    assert.deepEqual(read.commits.map((c) => c.subject).sort(), ['Main again', 'Merge feature', 'Tokyo night \\u001b[31mred']);
  });

  it('shows one commit with its changed files and no diff, and nothing for what is not a commit hash', async () => {
    const hash = git(dir, ['rev-parse', 'HEAD~1']).trim();
    const shown = (await gitShowStat(dir, hash)) ?? '';
    assert.ok(shown?.startsWith(`commit ${hash}`), shown);
    assert.match(shown, /Main again/);
    assert.match(shown, /work-\d+\.txt \| 1 \+/, 'the stat line of the file');
    assert.doesNotMatch(shown, /^@@|^\+Main again/m, 'no diff');
    assert.equal(await gitShowStat(dir, '--output=/tmp/x'), undefined);
    assert.equal(await gitShowStat(dir, 'HEAD'), undefined);
    assert.equal(await gitShowStat(dir, 'f'.repeat(40)), undefined, 'a hash the repository does not have');
  });

  it('gives git config user.email, and nothing when unset', async () => {
    assert.equal(await gitUserEmail(dir), 'Me@Example.com');
    const bare = fresh();
    git(bare, ['init', '-q']);
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      assert.equal(await gitUserEmail(bare), undefined);
    } finally {
      restore('GIT_CONFIG_GLOBAL', saved.global);
      restore('GIT_CONFIG_NOSYSTEM', saved.system);
    }
  });

  it('counts real time across the daylight-saving changes: an hour of work in both, whatever the local clocks say', async () => {
    const work = fresh();
    git(work, ['init', '-q']);
    // Spring (Paris): 01:30 in winter time, then 03:00 in summer time, half an hour later.
    commitAt(work, '2026-03-29T01:30:00+01:00', 'me@example.com', 'spring before');
    commitAt(work, '2026-03-29T03:00:00+02:00', 'me@example.com', 'spring after');
    // Autumn: 02:30 in summer time, then 02:00 in winter time, half an hour later though the clock went back.
    commitAt(work, '2026-10-25T02:30:00+02:00', 'me@example.com', 'autumn before');
    commitAt(work, '2026-10-25T02:00:00+01:00', 'me@example.com', 'autumn after');
    const read = await readGitLog(work);
    assert.equal(read.status, 'ok');
    assert.deepEqual(summary(read.commits), [
      'autumn after 2026-10-25 02:00 60 me@example.com',
      'autumn before 2026-10-25 02:30 120 me@example.com',
      'spring after 2026-03-29 03:00 120 me@example.com',
      'spring before 2026-03-29 01:30 60 me@example.com',
    ]);
    const sessions = gitSessions(read.commits).map((s) => ({ day: formatDate(s.day), minutes: s.minutes, hours: s.hours, commits: s.commits.map((c) => c.subject) }));
    assert.deepEqual(sessions, [
      // Half an hour between the commits, plus the half hour before the first: 1 hour, not the 2 the clocks show in spring, nor the 0 of autumn.
      { day: '2026-03-29', minutes: 90, hours: 1, commits: ['spring before', 'spring after'] },
      { day: '2026-10-25', minutes: 150, hours: 1, commits: ['autumn before', 'autumn after'] },
    ]);
  });

  it('runs no program a hostile repository configures, though plain git runs each of them', async () => {
    const work = fresh();
    const markers = fresh();
    const program = (name: string) => {
      const file = path.join(markers, `${name}.sh`);
      // Each program leaves a file named after it; it reads its input so that git is not stopped by a closed pipe.
      fs.writeFileSync(file, `#!/bin/sh\necho "$*" >> '${markers}/ran-${name}'\ncat >/dev/null 2>&1\nexit 0\n`, { mode: 0o755 });
      return file;
    };
    const ran = () => fs.readdirSync(markers).filter((f) => f.startsWith('ran-')).sort();
    const forget = () => ran().forEach((f) => fs.rmSync(path.join(markers, f)));
    git(work, ['init', '-q']);
    git(work, ['config', 'user.email', 'me@example.com']);
    fs.writeFileSync(path.join(work, '.gitattributes'), '*.txt diff=hostile filter=hostile\n');
    git(work, ['add', '.gitattributes']);
    commitAt(work, '2026-03-02T10:00:00+01:00', 'me@example.com', 'one');
    commitAt(work, '2026-03-02T11:00:00+01:00', 'me@example.com', 'two');
    // A signed commit (the signature need not be valid: git hands it to gpg.program to find out).
    const unsigned = git(work, ['cat-file', 'commit', 'HEAD']);
    const signature = 'gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n';
    const signedText = unsigned.replace(/^(committer [^\n]*\n)/m, `$1${signature}`);
    const signed = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: work, input: signedText, encoding: 'utf8' }).trim();
    git(work, ['update-ref', 'refs/heads/main', signed]);
    const hooks = path.join(markers, 'hooks');
    fs.mkdirSync(hooks);
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc']) {
      fs.copyFileSync(program(`hook-${hook}`), path.join(hooks, hook));
      fs.chmodSync(path.join(hooks, hook), 0o755);
    }
    const settings: [string, string][] = [
      ['core.fsmonitor', program('fsmonitor')],
      ['log.showSignature', 'true'],
      ['gpg.program', program('gpg')],
      ['gpg.ssh.program', program('gpg-ssh')],
      ['diff.external', program('external')],
      ['diff.hostile.textconv', program('textconv')],
      ['diff.hostile.command', program('command')],
      ['filter.hostile.clean', program('clean')],
      ['filter.hostile.smudge', program('smudge')],
      ['core.pager', program('pager')],
      ['pager.log', program('pager-log')],
      ['pager.show', program('pager-show')],
      ['core.hooksPath', hooks],
    ];
    for (const [key, value] of settings) {
      git(work, ['config', key, value]);
    }
    // The traps are live: plain git runs them.
    git(work, ['status', '--short']);
    git(work, ['log', '-1', '--format=%H']);
    git(work, ['show', '--no-ext-diff', 'HEAD']);
    git(work, ['show', '--ext-diff', 'HEAD']);
    // (Hooks, filters and pagers as well, depending on git's version and on a terminal: only these four are sure.)
    const live = ['ran-command', 'ran-fsmonitor', 'ran-gpg', 'ran-textconv'];
    assert.deepEqual(ran().filter((f) => live.includes(f)), live);
    forget();

    const first = await readGitLog(work);
    assert.equal(first.status, 'ok');
    assert.deepEqual(first.commits.map((c) => c.subject), ['two', 'one']);
    assert.deepEqual(ran(), [], 'no configured program ran');
    commitAt(work, '2026-03-02T12:00:00+01:00', 'me@example.com', 'three');
    forget(); // what plain git ran to commit
    const since = await readGitLogSince(work, first.tips!);
    assert.deepEqual('commits' in since && since.commits.map((c) => c.subject), ['three']);
    assert.equal(await tipsStillReachable(work, first.tips!), true);
    assert.match((await gitShowStat(work, signed)) ?? '', /two/);
    assert.equal(await gitUserEmail(work), 'me@example.com');
    assert.match(await mailmapDigest(work), /^[0-9a-f]{64}$/);
    assert.deepEqual(ran(), [], 'no configured program ran');
  });

  it('has git buffer its output (GIT_FLUSH=0) rather than flush each commit into the pipe', async () => {
    // Into a pipe git flushes after every commit unless told otherwise: 100,000 commits were about 27,000 reads
    // of a few hundred bytes, each a pass through the stream's machinery (scripts/benchGit.mjs). A git ahead on
    // the PATH notes what it was given and runs the real one.
    const bin = fresh();
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "flush=\${GIT_FLUSH-unset}" >> '${bin}/seen'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    try {
      const read = await readGitLog(dir);
      assert.equal(read.status, 'ok');
    } finally {
      process.env.PATH = saved;
    }
    const seen = fs.readFileSync(path.join(bin, 'seen'), 'utf8').trim().split('\n');
    assert.deepEqual([...new Set(seen)], ['flush=0'], 'every git command (for-each-ref and log)');
    assert.equal(seen.length, 2);
  });

  it('ignores a GIT_DIR in the environment: the folder decides', async () => {
    const other = fresh();
    git(other, ['init', '-q']);
    process.env.GIT_DIR = path.join(other, '.git');
    try {
      assert.equal((await readGitLog(dir)).commits.length, 6);
    } finally {
      delete process.env.GIT_DIR;
    }
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
