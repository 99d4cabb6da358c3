import * as assert from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanForClientFiles } from '../../../src/portfolio/scan';

describe('portfolio folder scan', () => {
  let root: string;
  let parent: string;

  /** Makes `folder` (relative to the parent) a client folder. */
  async function clientFolder(folder: string, file = '.freelance/clients.json'): Promise<void> {
    const target = path.join(parent, folder, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, '{"version":1,"freelancer":{},"clients":[]}');
  }

  const found = async (options = {}) => (await scanForClientFiles(parent, options)).found.map((f) => path.relative(parent, f.folder) || '.');

  beforeEach(async () => {
    root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'ch-scan-')));
    parent = path.join(root, 'work');
    await fs.mkdir(parent);
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('finds client files to depth 3, the parent included, in walk order', async () => {
    await clientFolder('.');
    await clientFolder('acme');
    await clientFolder('clients/globex');
    await clientFolder('a/b/c');
    await clientFolder('a/b/c/d'); // depth 4
    await fs.mkdir(path.join(parent, 'empty/deeper'), { recursive: true });
    assert.deepStrictEqual(await found(), ['.', 'a/b/c', 'acme', 'clients/globex']);
    assert.deepStrictEqual(await found({ maxDepth: 4 }), ['.', 'a/b/c', 'a/b/c/d', 'acme', 'clients/globex']);
    assert.deepStrictEqual(await found({ maxDepth: 0 }), ['.']);
    const result = await scanForClientFiles(parent);
    assert.strictEqual(result.truncated, false);
    assert.strictEqual(result.found[1].file, '.freelance/clients.json');
    assert.ok(path.isAbsolute(result.found[1].folder));
  });

  it('skips node_modules, .git and hidden folders', async () => {
    await clientFolder('node_modules/pkg');
    await clientFolder('.git/x');
    await clientFolder('.cache/old-client');
    await clientFolder('app/node_modules/dep');
    await clientFolder('app');
    assert.deepStrictEqual(await found(), ['app']);
  });

  it('takes the client file setting, and only a regular file', async () => {
    await clientFolder('one', 'clients/acme.json');
    await clientFolder('two');
    await fs.mkdir(path.join(parent, 'three/.freelance/clients.json'), { recursive: true });
    assert.deepStrictEqual(await found({ clientFile: 'clients/acme.json' }), ['one']);
    assert.deepStrictEqual(await found(), ['two']);
  });

  it('follows no symbolic link out of the tree, and walks a loop once', async function () {
    if (process.platform === 'win32') this.skip();
    await fs.mkdir(path.join(root, 'outside'), { recursive: true });
    await fs.mkdir(path.join(root, 'outside/secret/.freelance'), { recursive: true });
    await fs.writeFile(path.join(root, 'outside/secret/.freelance/clients.json'), '{}');
    await fs.symlink(path.join(root, 'outside'), path.join(parent, 'way-out'));
    await clientFolder('inside');
    await fs.symlink(path.join(parent, 'inside'), path.join(parent, 'alias'));
    await fs.symlink(parent, path.join(parent, 'inside/loop'));
    // A client file that is itself a link out of the tree.
    await fs.mkdir(path.join(parent, 'linked/.freelance'), { recursive: true });
    await fs.symlink(path.join(root, 'outside/secret/.freelance/clients.json'), path.join(parent, 'linked/.freelance/clients.json'));
    const folders = await found({ maxDepth: 5 });
    assert.deepStrictEqual(folders, ['inside'], 'the folder is listed under its own path, not again through its link');
  });

  it('stops at the bounds and says so', async () => {
    for (let i = 0; i < 5; i++) await clientFolder(`c${i}`);
    const byFiles = await scanForClientFiles(parent, { maxFiles: 3 });
    assert.deepStrictEqual(
      byFiles.found.map((f) => path.basename(f.folder)),
      ['c0', 'c1', 'c2'],
    );
    assert.strictEqual(byFiles.truncated, true);
    await fs.mkdir(path.join(parent, 'c0/sub/subsub'), { recursive: true });
    const byFolders = await scanForClientFiles(parent, { maxFolders: 2 });
    assert.strictEqual(byFolders.truncated, true);
    assert.ok(byFolders.found.length < 5);
  });

  it('finds nothing in a parent that does not exist', async () => {
    assert.deepStrictEqual(await scanForClientFiles(path.join(root, 'nope')), { found: [], truncated: false });
  });
});
