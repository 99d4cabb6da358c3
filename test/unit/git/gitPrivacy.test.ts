import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { excludeFromGit, isIgnored, isTracked, keepOutOfGit } from '../../../src/git/gitPrivacy';

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-git-'));
  git(dir, 'init', '-q');
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@client-health.invalid', ...args], { cwd, encoding: 'utf8' });
}

function write(dir: string, rel: string, text = '{}\n'): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('git privacy (real git, temporary repositories)', () => {
  const made: string[] = [];
  const fresh = () => {
    const dir = repo();
    made.push(dir);
    return dir;
  };
  after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('excludes the file through .git/info/exclude, once, and git then ignores it', async () => {
    const dir = fresh();
    const file = write(dir, '.freelance/clients.json');
    assert.strictEqual(await excludeFromGit(dir, file), 'added');
    assert.strictEqual(await excludeFromGit(dir, file), 'present');
    const exclude = fs.readFileSync(path.join(dir, '.git', 'info', 'exclude'), 'utf8');
    assert.strictEqual(exclude.match(/^\/\.freelance\/clients\.json$/gm)?.length, 1);
    assert.strictEqual(await isIgnored(dir, file), true);
    assert.ok(!git(dir, 'status', '--porcelain', '--untracked-files=all').includes('clients.json'));
    assert.strictEqual(fs.existsSync(path.join(dir, '.gitignore')), false);
  });

  it('excludes a file that does not exist yet (the create command writes the entry first)', async () => {
    const dir = fresh();
    fs.mkdirSync(path.join(dir, '.freelance'));
    assert.strictEqual(await excludeFromGit(dir, path.join(dir, '.freelance', 'clients.json')), 'added');
  });

  it('says so when a .gitignore rule re-includes the file', async () => {
    const dir = fresh();
    write(dir, '.gitignore', '!*.json\n');
    const file = write(dir, '.freelance/clients.json');
    git(dir, 'config', 'core.excludesFile', '/dev/null');
    assert.strictEqual(await excludeFromGit(dir, file), 'notIgnored');
  });

  it('reports a folder outside any repository', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-nogit-'));
    made.push(dir);
    const file = write(dir, 'clients.json');
    assert.strictEqual(await excludeFromGit(dir, file), 'notRepository');
    assert.strictEqual(await isTracked(dir, file), false);
  });

  it('treats a path with * literally: it never matches other tracked files', async () => {
    const dir = fresh();
    write(dir, 'package.json');
    write(dir, 'tsconfig.json');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'code');
    const glob = path.join(dir, '*.json');
    assert.strictEqual(await isTracked(dir, glob), false);
    await keepOutOfGit(dir, glob);
    assert.deepStrictEqual(git(dir, 'ls-files').trim().split('\n').sort(), ['package.json', 'tsconfig.json']);
  });

  it('stops tracking a committed client file, keeps it on disk and excludes it', async () => {
    const dir = fresh();
    const file = write(dir, '.freelance/clients.json');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'oops');
    assert.strictEqual(await isTracked(dir, file), true);
    assert.deepStrictEqual(await keepOutOfGit(dir, file), { untracked: true, exclude: 'added' });
    assert.strictEqual(git(dir, 'ls-files').trim(), '');
    assert.ok(fs.existsSync(file));
  });

  it('excludes an untracked file without touching the index', async () => {
    const dir = fresh();
    const file = write(dir, '.freelance/clients.json');
    assert.deepStrictEqual(await keepOutOfGit(dir, file), { untracked: false, exclude: 'added' });
  });
});
