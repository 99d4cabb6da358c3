/**
 * How the CLI reads its input: special files, standard input, the size limit
 * and the encoding. Each case runs the compiled CLI as a child process with a
 * timeout, so that a read that blocks or eats memory fails the test instead of
 * hanging or killing the test run.
 */
import * as assert from 'node:assert';
import { SpawnSyncReturns, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'out/src/cli/main.js');
const VALID = join(ROOT, 'test/fixtures/hostile/rtl-emoji.json');
const TODAY = '2026-11-22';
const SPECIAL = 'The client file path is a named pipe, a socket or a device, not a file.';

function cli(args: readonly string[], input?: Uint8Array | string): SpawnSyncReturns<string> {
  // A child that never ends is killed: the test then fails on its signal, not on mocha's timeout.
  return spawnSync(process.execPath, ['--max-old-space-size=512', CLI, 'check', ...args, '--today', TODAY], { input, encoding: 'utf8', timeout: 8000 });
}

function assertOneLine(result: SpawnSyncReturns<string>, code: number, line: string | RegExp): void {
  assert.strictEqual(result.signal, null, `killed by ${result.signal}: it hung or ran out of memory`);
  assert.strictEqual(result.status, code, result.stderr.slice(0, 500));
  const lines = result.stderr.split('\n').filter(Boolean);
  assert.strictEqual(lines.length, 1, result.stderr.slice(0, 500));
  if (typeof line === 'string') {
    assert.strictEqual(lines[0], line);
  } else {
    assert.match(lines[0], line);
  }
}

describe('CLI input: special files, standard input, size and encoding', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'client-health-input-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a named pipe is refused at once with the editor\'s message, without waiting for a writer', function () {
    if (process.platform === 'win32') {
      this.skip(); // no mkfifo
    }
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    assertOneLine(cli([fifo]), 1, `${fifo}:1:1: cannot read the client file: ${SPECIAL}`);
  });

  it('a symbolic link to /dev/zero is refused, not read until memory runs out', function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    assertOneLine(cli([link]), 1, `${link}:1:1: cannot read the client file: ${SPECIAL}`);
  });

  it('a folder is refused with its own reason', () => {
    assertOneLine(cli([dir]), 1, `${dir}:1:1: cannot read the client file: The client file path is a folder, not a file.`);
  });

  it('"-" reads the client file from standard input', () => {
    const result = cli(['-', '--json'], readFileSync(VALID));
    assert.strictEqual(result.status, 0, result.stderr);
    assert.ok((JSON.parse(result.stdout) as { clients: unknown[] }).clients.length > 0, result.stdout.slice(0, 300));
    assertOneLine(cli(['-'], '{ "version": 1,\n  "clients": [] '), 1, /^<stdin>:2:/);
  });

  it('standard input past the limit stops being read and is one "too large" line', () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 10, ' ');
    assertOneLine(cli(['-', '--max-size-mb', '3'], big), 1, '<stdin>:1:1: The client file is larger than 3 MB, the limit set by --max-size-mb; it is not read.');
    // At the limit exactly, it is read (and blank, so a syntax problem).
    assertOneLine(cli(['-', '--max-size-mb', '3'], big.subarray(0, 3 * 1024 * 1024)), 1, /^<stdin>:1:\d+: (?!The client file is larger)/);
  });

  it('a file above 20 MB is one "too large" line and exit 1, found by its size without reading it', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    // Sparse: 2 GB that take no disk; reading them would take the whole timeout or run out of memory.
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    assertOneLine(cli([huge]), 1, `${huge}:1:1: The client file is larger than 20 MB, the limit set by --max-size-mb; it is not read.`);
    truncateSync(huge, 20 * 1024 * 1024 + 1);
    assertOneLine(cli([huge]), 1, /larger than 20 MB/);
    const read = cli([huge, '--max-size-mb', '21']);
    assert.strictEqual(read.status, 1, read.stderr);
    assert.doesNotMatch(read.stderr, /larger than/, 'read under a higher limit');
  });

  it('--max-size-mb takes a whole number from 1 to 100', () => {
    for (const wrong of ['0', '101', '2.5', 'ten']) {
      const result = cli([VALID, '--max-size-mb', wrong]);
      assert.strictEqual(result.status, 2, `${wrong}: ${result.stderr}`);
      assert.match(result.stderr, /--max-size-mb must be a whole number from 1 to 100/);
    }
  });

  it('a Latin-1 file is one "not UTF-8" line at the first accented letter, exit 1', () => {
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{\n  "version": 1,\n  "freelancer": { "name": "Zoé", "currency": "EUR" },\n  "clients": []\n}\n', 'latin1'));
    assertOneLine(cli([latin1]), 1, `${latin1}:3:30: The client file is not UTF-8: the byte 0xE9 here is not valid UTF-8. Save the file as UTF-8; until then nothing is written to it.`);
  });

  it('a UTF-16 file is one line that names the fix, exit 1', () => {
    const wide = join(dir, 'utf16.json');
    writeFileSync(wide, Buffer.from('\uFEFF' + readFileSync(VALID, 'utf8'), 'utf16le'));
    assertOneLine(cli([wide]), 1, `${wide}:1:1: The client file is saved as UTF-16 LE: save it as UTF-8. Until then nothing is written to it.`);
  });
});
