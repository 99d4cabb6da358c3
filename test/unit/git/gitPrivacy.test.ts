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

  // Each name is listed in turn: git must then ignore exactly the files listed so far, never a decoy
  // that a half-escaped pattern would also match (a glob, a trimmed trailing space, a comment).
  it('writes one exclude line per file that git matches to that file alone, whatever its name', async function () {
    this.timeout(120_000); // four git runs per name, on a shared machine
    const dir = fresh();
    const odd = ['with space.json', '#hash.json', '!bang.json', 'star*.json', 'q?.json', '[ab].json', 'back\\slash.json', 'trailing.json ', 'trailing2.json  ', 'ünï cödé €.json', 'mixed [*?]\\ #!.json'];
    const decoys = ['starX.json', 'qX.json', 'a.json', 'b.json', 'trailing.json', 'trailing2.json', 'hash.json', 'bang.json', 'mixed x.json', 'back.json'];
    [...odd, ...decoys].forEach((name) => write(dir, `odd/${name}`));
    const ignored = () =>
      git(dir, '-c', 'core.quotePath=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard')
        .split('\0')
        .filter((f) => f !== '')
        .sort();
    for (let i = 0; i < odd.length; i++) {
      const file = path.join(dir, 'odd', odd[i]);
      assert.strictEqual(await excludeFromGit(dir, file), 'added', odd[i]);
      assert.strictEqual(await excludeFromGit(dir, file), 'present', `${odd[i]} a second time`);
      assert.deepStrictEqual(ignored(), odd.slice(0, i + 1).map((n) => `odd/${n}`).sort(), `after ${JSON.stringify(odd[i])}`);
    }
  });

  it('refuses a path that cannot be written as one exclude line, and writes nothing', async () => {
    const dir = fresh();
    write(dir, 'src/main.ts', '');
    for (const name of ['clients.json\nsrc', 'clients.json\rsrc', 'clients\u0000.json', 'tab\t.json', 'c1\u0085.json', 'sep\u2028.json']) {
      assert.strictEqual(await excludeFromGit(dir, path.join(dir, name)), 'unsafeName', JSON.stringify(name));
    }
    assert.strictEqual(fs.readFileSync(path.join(dir, '.git', 'info', 'exclude'), 'utf8').includes('src'), false);
    assert.strictEqual(await isIgnored(dir, path.join(dir, 'src/main.ts')), false);
  });

  it('refuses a file whose real path leads out of the repository', async () => {
    const dir = fresh();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-outside-'));
    made.push(outside);
    fs.symlinkSync(outside, path.join(dir, '.freelance'));
    assert.strictEqual(await excludeFromGit(dir, path.join(dir, '.freelance', 'clients.json')), 'outsideRepository');
    assert.strictEqual(fs.readFileSync(path.join(dir, '.git', 'info', 'exclude'), 'utf8').includes('clients.json'), false);
  });

  it('excludes an untracked file without touching the index', async () => {
    const dir = fresh();
    const file = write(dir, '.freelance/clients.json');
    assert.deepStrictEqual(await keepOutOfGit(dir, file), { untracked: false, exclude: 'added' });
  });
});
