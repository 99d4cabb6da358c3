import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeStaysInside } from '../../src/commands/writeStaysInside';

describe('creating the client file stays inside its folder, symbolic links followed', () => {
  let base = '';
  let folder = '';
  let outside = '';
  const target = (...parts: string[]) => path.join(folder, ...parts);

  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-inside-'));
    folder = path.join(base, 'project');
    outside = path.join(base, 'elsewhere');
    fs.mkdirSync(folder);
    fs.mkdirSync(outside);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('allows plain folders, existing or still to be created', async () => {
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), true);
    fs.mkdirSync(target('.freelance'));
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), true);
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'a', 'b', 'clients.json')), true);
  });

  it('refuses a .freelance link that leads outside the folder, however deep the file', async () => {
    fs.symlinkSync(outside, target('.freelance'));
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), false);
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'sub', 'clients.json')), false);
  });

  it('refuses a link that climbs out with ../ and one that dangles', async () => {
    fs.symlinkSync('../elsewhere', target('.freelance'));
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), false);
    fs.symlinkSync(path.join(outside, 'not-yet'), target('dangling'));
    assert.strictEqual(await writeStaysInside(folder, target('dangling', 'clients.json')), false);
  });

  it('refuses a client file that is itself a link out of the folder, dangling or not', async () => {
    fs.mkdirSync(target('.freelance'));
    fs.symlinkSync(path.join(outside, 'new.json'), target('.freelance', 'clients.json'));
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), false);
    fs.writeFileSync(path.join(outside, 'new.json'), '{}');
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), false);
  });

  it('allows a link that stays inside the folder, and a folder opened through a link', async () => {
    fs.mkdirSync(target('private'));
    fs.symlinkSync(target('private'), target('.freelance'));
    assert.strictEqual(await writeStaysInside(folder, target('.freelance', 'clients.json')), true);
    const alias = path.join(base, 'alias');
    fs.symlinkSync(folder, alias);
    assert.strictEqual(await writeStaysInside(alias, path.join(alias, '.freelance', 'clients.json')), true);
  });
});
