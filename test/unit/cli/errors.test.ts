import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

describe('CLI: an unexpected error', () => {
  let dir: string;
  let file: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-errors-'));
    file = join(dir, 'clients.json');
    writeFileSync(file, '{"version":1,"freelancer":{"currency":"EUR"},"clients":[{"id":"a","name":"A"}]}');
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A run whose report cannot be written, as when stdout is a closed pipe or a full disk. */
  const failingOut = (thrown: unknown, ...args: string[]) => {
    const err: string[] = [];
    const io = { out: () => { throw thrown; }, err: (t: string) => err.push(t), color: false, now: new Date(2026, 3, 1) };
    const code = run(['check', file, '--today', '2026-04-01', ...args], io);
    return { code, err: err.join('\n') };
  };

  it('is one line on stderr and exit 1, without the stack', () => {
    const error = new Error('write EPIPE\n    at forged (line.js:1:1)');
    const { code, err } = failingOut(error);
    assert.strictEqual(code, 1);
    assert.ok(!err.includes('\n'), err);
    assert.match(err, /^client-health: unexpected error: write EPIPE\\u000a {4}at forged \(line\.js:1:1\) \(--debug prints the details\)$/);
    assert.ok(!err.includes('errors.test'), 'no stack trace');
  });

  it('is one line for a thrown value that is not an Error too', () => {
    const { code, err } = failingOut('\u001b[2Jgone');
    assert.strictEqual(code, 1);
    assert.strictEqual(err, 'client-health: unexpected error: \\u001b[2Jgone (--debug prints the details)');
  });

  it('comes with its stack under --debug', () => {
    const { code, err } = failingOut(new Error('write EPIPE'), '--debug');
    assert.strictEqual(code, 1);
    assert.match(err, /^client-health: unexpected error: write EPIPE\n/);
    assert.ok(err.includes('errors.test'), err);
  });

  it('--debug changes nothing else', () => {
    let out = '';
    const code = run(['check', file, '--today', '2026-04-01', '--json', '--debug'], { out: (t) => (out += t), err: () => assert.fail('no warning'), color: false, now: new Date() });
    assert.strictEqual(code, 0);
    assert.strictEqual(JSON.parse(out).clients[0].level, 'healthy');
  });
});

describe('CLI: a reader that stops reading', () => {
  it('ends the process quietly, with the check\'s exit code, when stdout is closed early (skipped without bash)', function () {
    const dir = mkdtempSync(join(tmpdir(), 'ch-cli-pipe-'));
    try {
      // Thousands of clients: a report far longer than the pipe holds, so that writing outlives the reader.
      const clients = Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, name: `Client ${i}`, invoices: [{ number: `I${i}`, issued: '2026-01-01', due: '2026-02-01', amount: 100 }] }));
      writeFileSync(join(dir, 'clients.json'), JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients }));
      const main = join(__dirname, '..', '..', '..', 'src', 'cli', 'main.js');
      const script = `"${process.execPath}" "${main}" check clients.json --today 2026-04-01 --fail-on watch | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
      const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      if (result.error) {
        this.skip();
      }
      assert.strictEqual(result.stderr, '');
      assert.strictEqual(result.status, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
