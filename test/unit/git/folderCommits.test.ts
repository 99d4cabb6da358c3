import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFolderCommits } from '../../../src/git/folderCommits';

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=other@client-health.invalid', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
  });
}

const lines: string[] = [];
const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };

describe('readFolderCommits (the editor\'s read, real git)', function () {
  this.timeout(60_000);
  let dir = '';
  let n = 0;
  const commit = (email: string, subject: string) => {
    fs.writeFileSync(path.join(dir, `f${++n}.txt`), subject);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', subject], { GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: `2026-06-10T2${n % 10}:00:00+02:00` });
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-reading-'));
    git(dir, ['init', '-q']);
    commit('me@example.com', 'Mine 1');
    commit('client@example.com', 'Theirs');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the user\'s commits, then only the new ones from the cache, and everything again after a rewrite or other emails', async () => {
    const first = await readFolderCommits(dir, ['ME@example.com'], undefined, log);
    assert.equal(first.status, 'ok');
    assert.deepEqual(first.commits.map((c) => c.subject), ['Mine 1']);
    assert.ok(first.cache);

    commit('me@example.com', 'Mine 2');
    const second = await readFolderCommits(dir, ['me@example.com'], JSON.parse(JSON.stringify(first.cache)), log);
    assert.deepEqual(second.commits.map((c) => c.subject), ['Mine 2', 'Mine 1']);
    assert.equal(second.rewritten, false);
    // The cache is what made the second read incremental: a forged cached commit comes back as if git had read it.
    const forged = JSON.parse(JSON.stringify(second.cache)) as { commits: unknown[][] };
    forged.commits[1][5] = 'From the cache';
    const third = await readFolderCommits(dir, ['me@example.com'], forged, log);
    assert.deepEqual(third.commits.map((c) => c.subject), ['Mine 2', 'From the cache']);

    git(dir, ['commit', '-q', '--amend', '-m', 'Mine 2 amended'], { GIT_AUTHOR_EMAIL: 'me@example.com' });
    const rewritten = await readFolderCommits(dir, ['me@example.com'], forged, log);
    assert.equal(rewritten.rewritten, true);
    assert.deepEqual(rewritten.commits.map((c) => c.subject), ['Mine 2 amended', 'Mine 1']);

    const others = await readFolderCommits(dir, ['client@example.com'], rewritten.cache, log);
    assert.deepEqual(others.commits.map((c) => c.subject), ['Theirs'], 'other emails: the cache is not used');
  });

  it('reads everything again when .mailmap changes', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-mailmap-'));
    try {
      git(work, ['init', '-q']);
      const at = (email: string, subject: string, date: string) => {
        fs.writeFileSync(path.join(work, `${subject}.txt`), subject);
        git(work, ['add', `${subject}.txt`]);
        git(work, ['commit', '-q', '-m', subject], { GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      };
      at('old@personal.example', 'old', '2026-06-01T10:00:00+02:00');
      at('me@example.com', 'new', '2026-06-02T10:00:00+02:00');
      const first = await readFolderCommits(work, ['me@example.com'], undefined, log);
      assert.deepEqual(first.commits.map((c) => c.subject), ['new']);

      // No new commit: only the mapping changed, and with it whose the old commits are.
      fs.writeFileSync(path.join(work, '.mailmap'), 'Me <me@example.com> <old@personal.example>\n');
      const mapped = await readFolderCommits(work, ['me@example.com'], JSON.parse(JSON.stringify(first.cache)), log);
      assert.deepEqual(mapped.commits.map((c) => c.subject), ['new', 'old']);

      // A mailmap.file named in the repository's config counts the same way.
      fs.rmSync(path.join(work, '.mailmap'));
      const unmapped = await readFolderCommits(work, ['me@example.com'], JSON.parse(JSON.stringify(mapped.cache)), log);
      assert.deepEqual(unmapped.commits.map((c) => c.subject), ['new']);
      fs.writeFileSync(path.join(work, 'people.map'), 'Me <me@example.com> <old@personal.example>\n');
      git(work, ['config', 'mailmap.file', 'people.map']);
      const viaConfig = await readFolderCommits(work, ['me@example.com'], JSON.parse(JSON.stringify(unmapped.cache)), log);
      assert.deepEqual(viaConfig.commits.map((c) => c.subject), ['new', 'old']);
      // And mailmap.blob, by a name whose object changes while the setting does not.
      const blob = (text: string) => execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: work, input: text, encoding: 'utf8' }).trim();
      git(work, ['config', '--unset', 'mailmap.file']);
      git(work, ['update-ref', 'refs/mailmap', blob('X <x@example.com> <y@example.com>\n')]);
      git(work, ['config', 'mailmap.blob', 'refs/mailmap']);
      const viaBlob = await readFolderCommits(work, ['me@example.com'], JSON.parse(JSON.stringify(viaConfig.cache)), log);
      assert.deepEqual(viaBlob.commits.map((c) => c.subject), ['new']);
      git(work, ['update-ref', 'refs/mailmap', blob('Me <me@example.com> <old@personal.example>\n')]);
      const blobChanged = await readFolderCommits(work, ['me@example.com'], JSON.parse(JSON.stringify(viaBlob.cache)), log);
      assert.deepEqual(blobChanged.commits.map((c) => c.subject), ['new', 'old']);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('says when no email is known, and reads nothing outside a repository', async () => {
    // Without the machine's own configuration, which may give an email.
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      assert.equal((await readFolderCommits(dir, [], undefined, log)).status, 'noEmail');
    } finally {
      for (const [key, value] of [['GIT_CONFIG_GLOBAL', saved.global], ['GIT_CONFIG_NOSYSTEM', saved.system]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-plain-'));
    try {
      const read = await readFolderCommits(plain, ['me@example.com'], undefined, log);
      assert.equal(read.status, 'notRepository');
      assert.equal(read.cache, undefined);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
