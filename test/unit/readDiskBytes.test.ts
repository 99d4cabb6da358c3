import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFromDisk } from '../../src/store/readDiskBytes';

describe('readFromDisk: a client file read from the disk with its guarantees', function () {
  this.timeout(30_000);
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ch-read-disk-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads a file of any size up to the limit whole, byte for byte', async () => {
    for (const size of [0, 1, 4095, 4096, 4097, 70_000, 100_000]) {
      const bytes = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + size) % 251));
      const file = path.join(dir, `f${size}`);
      await fs.writeFile(file, bytes);
      const read = await readFromDisk(file, 100_000);
      assert.strictEqual(read.kind, 'file', `${size} bytes`);
      assert.ok(read.kind === 'file' && Buffer.from(read.bytes).equals(bytes), `${size} bytes read differently`);
    }
  });

  it('rejects, never throws out of its callbacks, when a step inside them fails', async () => {
    const file = path.join(dir, 'small');
    await fs.writeFile(file, '{}');
    // A limit no buffer can be sized by: the allocation throws inside fs's callback.
    await assert.rejects(readFromDisk(file, Number.NaN));
  });

  it('refuses a file above the limit without reading it', async () => {
    const file = path.join(dir, 'big');
    await fs.writeFile(file, Buffer.alloc(1001, 0x20));
    assert.deepStrictEqual(await readFromDisk(file, 1000), { kind: 'tooLarge' });
    assert.strictEqual((await readFromDisk(file, 1001)).kind, 'file');
  });

  it('says missing, folder, or throws for a file where a folder should be', async () => {
    assert.deepStrictEqual(await readFromDisk(path.join(dir, 'none.json'), 1000), { kind: 'missing' });
    assert.deepStrictEqual(await readFromDisk(path.join(dir, 'none', 'clients.json'), 1000), { kind: 'missing' });
    assert.deepStrictEqual(await readFromDisk(dir, 1000), { kind: 'folder' });
    const file = path.join(dir, 'plain');
    await fs.writeFile(file, '{}');
    await assert.rejects(readFromDisk(path.join(file, 'clients.json'), 1000), (error: NodeJS.ErrnoException) => error.code === 'ENOTDIR');
  });

  it('refuses a named pipe at once, without waiting for a writer', async function () {
    const fifo = path.join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      this.skip(); // no mkfifo (Windows)
    }
    assert.deepStrictEqual(await readFromDisk(fifo, 1000), { kind: 'special' });
  });

  it('stays bounded when the file holds more than its size said: read to its end, refused past the limit', async function () {
    // A file of the proc file system says 0 bytes and holds hundreds: the case of a file grown after its stat.
    const grown = '/proc/self/status';
    if (!existsSync(grown)) {
      this.skip();
    }
    assert.strictEqual((await fs.stat(grown)).size, 0);
    const whole = await readFromDisk(grown, 1 << 20);
    assert.ok(whole.kind === 'file' && whole.bytes.length > 100 && Buffer.from(whole.bytes).toString('latin1').startsWith('Name:'));
    assert.deepStrictEqual(await readFromDisk(grown, 50), { kind: 'tooLarge' });
  });

  it('leaves no file open behind it, whatever it found', async function () {
    const fds = '/proc/self/fd';
    if (!existsSync(fds)) {
      this.skip();
    }
    const file = path.join(dir, 'f');
    await fs.writeFile(file, 'x'.repeat(2000));
    const before = (await fs.readdir(fds)).length;
    await Promise.all(Array.from({ length: 50 }, (_, i) => readFromDisk([file, dir, path.join(dir, 'none')][i % 3], i % 2 ? 1000 : 5000)));
    assert.strictEqual((await fs.readdir(fds)).length, before);
  });
});
