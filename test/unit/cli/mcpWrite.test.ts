/**
 * The MCP server's record tool writes the client file the way `import` does (atomicWrite.ts): through a
 * symbolic link without replacing it, with the file's mode and BOM kept, and never over a change it did not read.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callTool } from '../../../src/cli/mcp';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { client, day, makeFile } from '../support/build';

const FILE = makeFile([client({ id: 'acme', name: 'Acme SAS', invoices: [{ number: 'A-1', issued: '2026-05-31', due: '2026-06-30', amount: 500 }] })]);
const PAYMENT = { kind: 'payment', clientId: 'acme', invoice: 'A-1', date: '2026-07-02', amount: 500 };

function setUp(bytes: string | Buffer): { dir: string; real: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ch-mcp-write-'));
  mkdirSync(join(dir, '.freelance'));
  const real = join(dir, '.freelance', 'clients.json');
  writeFileSync(real, bytes);
  return { dir, real };
}

const options = (path: string) => ({ files: [path], allowWrites: true, today: () => day('2026-07-03'), rules: DEFAULT_RULES, maxBytes: 1e6, version: 'test' });

describe('client-health mcp --allow-writes writes the client file safely', () => {
  it('writes through a symbolic link, which stays a link, and keeps the mode', () => {
    const { dir, real } = setUp(JSON.stringify(FILE, null, 2));
    chmodSync(real, 0o640);
    const link = join(dir, 'linked.json');
    symlinkSync(real, link);
    const result = callTool(options(link), 'clientHealth_record', PAYMENT);
    assert.equal(result.isError, undefined, result.content[0].text);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(real, 'utf8'), /"2026-07-02"/);
    assert.equal(statSync(real).mode & 0o777, 0o640);
  });

  it('keeps a BOM the file had', () => {
    const { real } = setUp(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(FILE, null, 2))]));
    const result = callTool(options(real), 'clientHealth_record', PAYMENT);
    assert.equal(result.isError, undefined, result.content[0].text);
    const written = readFileSync(real);
    assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(written.toString('utf8'), /"2026-07-02"/);
  });

  it('tells two folders of the same name apart, and writes only to the one named', () => {
    const first = setUp(JSON.stringify(FILE, null, 2));
    const second = setUp(JSON.stringify(FILE, null, 2));
    const files = [first.real, second.real].map((real, i) => {
      const app = join(i === 0 ? first.dir : second.dir, 'app');
      mkdirSync(join(app, '.freelance'), { recursive: true });
      const path = join(app, '.freelance', 'clients.json');
      writeFileSync(path, readFileSync(real));
      return path;
    });
    const both = { ...options(files[0]), files };
    const listed = callTool(both, 'clientHealth_clients', {}).content[0].text;
    assert.match(listed, /\bapp\b/);
    assert.match(listed, /app \(2\)/);
    const result = callTool(both, 'clientHealth_record', { ...PAYMENT, folder: 'app (2)' });
    assert.equal(result.isError, undefined, result.content[0].text);
    assert.doesNotMatch(readFileSync(files[0], 'utf8'), /"2026-07-02"/);
    assert.match(readFileSync(files[1], 'utf8'), /"2026-07-02"/);
  });
});
