import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFileAtomically, replaceIfUnchanged } from '../../../src/cli/atomicWrite';

describe('CLI: a file replaced whole', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ch-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the bytes and leaves no temporary file', () => {
    const file = join(dir, 'clients.json');
    writeFileSync(file, 'old');
    assert.equal(replaceFileAtomically(file, Buffer.from('new, longer text')), undefined);
    assert.equal(readFileSync(file, 'utf8'), 'new, longer text');
    assert.deepEqual(readdirSync(dir), ['clients.json']);
  });

  it('says why it did not write a file that is not there, and creates nothing', () => {
    const file = join(dir, 'missing.json');
    assert.match(replaceFileAtomically(file, Buffer.from('x')) ?? '', /ENOENT/);
    assert.equal(existsSync(file), false);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('keeps the mode exactly, whatever the umask would narrow it to', () => {
    const file = join(dir, 'clients.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o664);
    const umask = process.umask(0o077);
    try {
      assert.equal(replaceFileAtomically(file, Buffer.from('new')), undefined);
    } finally {
      process.umask(umask);
    }
    assert.equal(statSync(file).mode & 0o777, 0o664);
  });

  it('writes over the bytes it was given, keeping their BOM, and refuses when the file changed since', () => {
    const file = join(dir, 'clients.json');
    const before = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": 1}')]);
    writeFileSync(file, before);
    assert.equal(replaceIfUnchanged(file, before, '{"a": 2}'), undefined);
    assert.deepEqual(readFileSync(file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": 2}')]));
    // Someone wrote the file after it was read: the stale plan is not written over their change.
    writeFileSync(file, '{"a": 3}');
    assert.equal(replaceIfUnchanged(file, before, '{"a": 4}', 'changed meanwhile'), 'changed meanwhile');
    assert.equal(readFileSync(file, 'utf8'), '{"a": 3}');
    assert.deepEqual(readdirSync(dir), ['clients.json']);
  });
});
