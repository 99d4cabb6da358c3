import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFileAtomically } from '../../../src/cli/atomicWrite';

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
});
