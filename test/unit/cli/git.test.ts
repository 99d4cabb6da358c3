import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import * as gitLog from '../../../src/git/gitLog';

/** One active client that paid 500 in the window, with no hours logged. */
const FILE = JSON.stringify({
  version: 1,
  freelancer: { currency: 'EUR', standardHourlyRate: 100 },
  clients: [
    {
      id: 'acme',
      name: 'Acme',
      contract: { signed: '2026-01-01' },
      invoices: [{ number: 'A-1', issued: '2026-02-01', amount: 500, payments: [{ date: '2026-02-10', amount: 500 }] }],
    },
  ],
});

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
  });
}

let n = 0;
function commit(cwd: string, iso: string, email: string, subject: string): void {
  writeFileSync(join(cwd, `f${++n}.txt`), subject);
  git(cwd, ['add', `f${n}.txt`]);
  git(cwd, ['commit', '-q', '-m', subject], { GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: email });
}

describe('CLI: check --git', function () {
  this.timeout(60_000);
  let cwd: string;
  let dir: string;
  const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };

  const check = async (...args: string[]) => {
    let out = '';
    const err: string[] = [];
    const code = await run(['check', '.freelance/clients.json', '--today', '2026-03-10', ...args], { out: (t) => (out += t), err: (t) => err.push(t), color: false, now: new Date(2026, 2, 10) });
    return { code, out, err, report: args.includes('--json') && out ? JSON.parse(out) : undefined };
  };

  before(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-git-'));
    // The machine's own git config must not name the author of these commits.
    process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    git(dir, ['init', '-q']);
    git(dir, ['config', 'user.email', 'me@example.com']);
    mkdirSync(join(dir, '.freelance'));
    writeFileSync(join(dir, '.freelance', 'clients.json'), FILE);
    // Monday 2 to Friday 6 March 2026: five nights of mine (22:00-23:30, 2 hours each), five days of the client's.
    for (let d = 2; d <= 6; d++) {
      commit(dir, `2026-03-0${d}T22:00:00+01:00`, 'me@example.com', `Night ${d} start`);
      commit(dir, `2026-03-0${d}T23:30:00+01:00`, 'Me@Example.com', `Night ${d} end`);
      commit(dir, `2026-03-0${d}T10:00:00+01:00`, 'dev@client.example', `Client work ${d}`);
    }
    git(dir, ['checkout', '-q', '-b', 'side']);
    commit(dir, '2026-03-07T11:00:00+01:00', 'me+side@example.com', 'Saturday on a branch');
    git(dir, ['checkout', '-q', 'main']);
    process.chdir(dir);
  });
  after(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of [
      ['GIT_CONFIG_GLOBAL', saved.global],
      ['GIT_CONFIG_NOSYSTEM', saved.system],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('stays synchronous and unchanged without --git', () => {
    const code = run(['check', '.freelance/clients.json', '--today', '2026-03-10', '--json'], { out: () => undefined, err: () => undefined, color: false, now: new Date() });
    assert.equal(typeof code, 'number');
  });

  it('adds the overtime signal and hours from git for the file\'s repository', async () => {
    const { code, report, err } = await check('--json', '--git');
    assert.equal(code, 0, err.join('\n'));
    assert.deepEqual(err, []);
    const [client] = report.clients;
    assert.deepEqual(
      client.signals.map((s: { id: string; severity: string }) => `${s.id}:${s.severity}`),
      ['overtime:critical', 'lowRate:warning'],
    );
    const overtime = client.signals[0];
    assert.equal(overtime.message, '10 of your 10 commits for this client in the last 30 days (100%) were made outside your working hours.');
    assert.equal(overtime.evidence.length, 10);
    assert.equal(overtime.evidence[0].kind, 'commit');
    assert.match(overtime.evidence[0].commit, /^[0-9a-f]{40}$/);
    assert.equal(overtime.evidence[0].line, undefined, 'a commit has no line in the client file');
    assert.match(overtime.evidence[0].message, /^Commit [0-9a-f]{7,} on 2026-03-06 at 23:30: Night 6 end$/);
    // €500 for 10 hours from git: exactly half the standard rate.
    assert.equal(client.signals[1].message, 'Over the last 180 days this client paid €50.00 for each hour your commits show, 50% of your standard rate of €100.00.');
    assert.deepEqual(client.git, { commits: 10, sessions: 5, hours: 10 });
  });

  it('reads each file\'s own repository when several files are given', async () => {
    // A second client file in a folder outside any repository: it gets a warning, not this repository's commits.
    const other = mkdtempSync(join(tmpdir(), 'ch-cli-git-other-'));
    try {
      writeFileSync(join(other, 'clients.json'), FILE.replace('"acme"', '"other"'));
      const { code, report, err } = await check(join(other, 'clients.json'), '--json', '--git');
      assert.equal(code, 0, err.join('\n'));
      // Read from the other folder, git finds no user.email (this repository's config names one): the first check gives up there.
      assert.deepEqual(err, [
        `${join(other, 'clients.json')}: warning: no author email to recognise your commits (git config user.email, --author or clientHealth.git.authorEmails); checked without git evidence.`,
      ]);
      const [mine, theirs] = report.clients;
      assert.deepEqual([mine.file, mine.id, theirs.id], ['.freelance/clients.json', 'acme', 'other']);
      assert.deepEqual(mine.git, { commits: 10, sessions: 5, hours: 10 });
      assert.equal(mine.signals[0].id, 'overtime');
      assert.equal(theirs.git, undefined);
      assert.ok(!theirs.signals.some((s: { id: string }) => s.id === 'overtime'));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('counts the commits of --author too, on every local branch', async () => {
    const { report } = await check('--json', '--git', '.', '--author', 'ME+side@example.com');
    assert.deepEqual(report.clients[0].git, { commits: 11, sessions: 6, hours: 10.5 });
    const signals = report.clients[0].signals;
    assert.match(signals.find((s: { id: string }) => s.id === 'overtime').message, /^11 of your 11 commits/);
    // €500 for 10.5 hours from git is below half the standard rate.
    assert.equal(signals.find((s: { id: string }) => s.id === 'lowRate').severity, 'critical');
  });

  it('counts the commits of every --author given, however many', async () => {
    const { report, err } = await check('--json', '--git', '.', '--author', 'ME+side@example.com', '--author', 'dev@client.example');
    assert.deepEqual(err, []);
    // 10 nights, the Saturday on the branch and the client's 5 days (each a session of its own, half an hour).
    assert.deepEqual(report.clients[0].git, { commits: 16, sessions: 11, hours: 13 });
    assert.match(report.clients[0].signals.find((s: { id: string }) => s.id === 'overtime').message, /^11 of your 16 commits/);
  });

  it('keeps only your commits as git streams them, not the whole history first', async () => {
    // The reader's module, as the CLI calls it: wrapped to see what it hands back whole.
    const reader = gitLog as { readGitLog: typeof gitLog.readGitLog };
    const original = reader.readGitLog;
    const held: number[] = [];
    let streamed = 0;
    reader.readGitLog = async (cwd, options) => {
      const read = await original(cwd, {
        ...options,
        onCommits: options?.onCommits && ((batch) => {
          streamed += batch.length;
          options.onCommits!(batch);
        }),
      });
      held.push(read.commits.length);
      return read;
    };
    try {
      const { report } = await check('--json', '--git');
      assert.deepEqual(report.clients[0].git, { commits: 10, sessions: 5, hours: 10 });
      assert.deepEqual(held, [0], 'no commit list of the whole history');
      assert.equal(streamed, 16, 'every commit of every branch went past the author filter');
    } finally {
      reader.readGitLog = original;
    }
  });

  it('takes clientHealth.git.useForHours from the settings', async () => {
    mkdirSync('.vscode', { recursive: true });
    writeFileSync(join('.vscode', 'settings.json'), '{ "clientHealth.git.useForHours": "never" }');
    try {
      const { report, err } = await check('--json', '--git');
      assert.deepEqual(err, []);
      assert.deepEqual(
        report.clients[0].signals.map((s: { id: string }) => s.id),
        ['overtime'],
      );
      writeFileSync(join('.vscode', 'settings.json'), '{ "clientHealth.git.useForHours": "sometimes", "clientHealth.git.authorEmails": "me@example.com" }');
      const refused = await check('--json', '--git');
      assert.equal(refused.err.length, 1);
      assert.match(refused.err[0], /2 settings ignored, their defaults apply: "clientHealth\.git\.useForHours": must be one of whenNoHoursLogged, never, always, not "sometimes"; "clientHealth\.git\.authorEmails": must be a list/);
    } finally {
      rmSync('.vscode', { recursive: true, force: true });
    }
  });

  it('prints the git line in the text report', async () => {
    const { out } = await check('--git');
    assert.match(out, /\n {2}git: 10 commits of yours, about 10 hours in 5 work sessions \(estimated\)\n/);
    assert.match(out, /overtime \(−14\): 10 of your 10 commits/);
    assert.match(out, /\n {6}- Commit [0-9a-f]+ on 2026-03-06 at 23:30: Night 6 end\n/);
  });

  it('refuses --author without --git, a bad email, and a DIR that is not a folder, as usage', async () => {
    assert.equal((await check('--author', 'me@example.com')).code, 2);
    assert.equal((await check('--git', '--author', 'not an email')).code, 2);
    const notFolder = await check('--git', '.freelance/clients.json');
    assert.equal(notFolder.code, 2);
    assert.match(notFolder.err[0], /--git DIR must be a folder/);
  });

  it('warns and checks without git evidence where git cannot help', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ch-cli-nogit-'));
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmpdir();
    try {
      const { code, report, err } = await check('--json', '--git', outside, '--author', 'me@example.com');
      assert.equal(code, 0);
      assert.deepEqual(err, ['.freelance/clients.json: warning: the folder given to --git is not in a git repository; checked without git evidence.']);
      assert.equal(report.clients[0].git, undefined);
      assert.deepEqual(report.clients[0].signals, []);
      const noEmail = await check('--json', '--git', outside);
      assert.match(noEmail.err[0], /no author email/);
    } finally {
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('does not guess which of several clients a repository is for', async () => {
    const two = JSON.parse(FILE);
    two.clients.push({ ...two.clients[0], id: 'other', name: 'Other' });
    writeFileSync('two.json', JSON.stringify(two));
    let out = '';
    const err: string[] = [];
    const code = await run(['check', 'two.json', '--today', '2026-03-10', '--json', '--git'], { out: (t) => (out += t), err: (t) => err.push(t), color: false, now: new Date() });
    assert.equal(code, 0);
    assert.deepEqual(err, ['two.json: warning: the file holds 2 clients that have not ended, and a commit does not say which client it was for; the git evidence is not used.']);
    assert.ok(JSON.parse(out).clients.every((c: { signals: unknown[]; git?: unknown }) => c.signals.length === 0 && c.git === undefined));
  });
});
