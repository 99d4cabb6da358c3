import * as assert from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

// Every character a terminal could act on or reorder text by; a line break of the report itself is the only one allowed raw.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// The colour codes the report paints with, and nothing else.
const PAINT = /\u001b\[[0-9;]*m/g;

// A name that retitles the terminal, clears it, erases the line and forges a report line of its own,
// with a C1 control, DEL and a right-to-left override on top.
const NAME = 'Evil\u001b]0;pwned\u0007\u001b[2J\r\u001b[2KGood (good): healthy, score 100/100\nX\u009b31m\u007f\u202eRLO\u2066';
const NUMBER = 'INV-\u001b[1A\u001b[2K1';

describe('CLI: text that reaches a terminal', () => {
  let dir: string;
  let file: string;
  const cli = (argv: string[], color = false) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color, now: new Date(2026, 3, 1) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-terminal-'));
    file = join(dir, 'clients.json');
    const clients = [
      {
        id: 'evil',
        name: NAME,
        contract: { signed: '2026-01-01' },
        invoices: [{ number: NUMBER, issued: '2026-01-01', due: '2026-02-01', amount: 100 }],
        journal: [{ at: '2026-03-20T10:00', kind: 'abusive', note: 'Shouted\u001b[8m' }],
      },
    ];
    writeFileSync(file, JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients }));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const color of [false, true]) {
    it(`shows control characters of names and invoice numbers written out in the report${color ? ', in colour' : ''}`, () => {
      const { code, out } = cli(['check', file, '--today', '2026-04-01'], color);
      assert.strictEqual(code, 0);
      const plain = out.replace(PAINT, '');
      assert.ok(!CONTROLS.test(plain), JSON.stringify(out));
      assert.ok(plain.includes('Evil\\u001b]0;pwned\\u0007\\u001b[2J\\u000d\\u001b[2KGood (good): healthy, score 100/100\\u000aX\\u009b31m\\u007f\\u202eRLO\\u2066 (evil)'), out);
      assert.ok(plain.includes('Invoice INV-\\u001b[1A\\u001b[2K1 is 59 days overdue'), out);
      assert.ok(!plain.split('\n').some((line) => line.startsWith('Good')), 'no forged line');
    });
  }

  it('keeps --json exact: the same strings once parsed, every control character escaped in the text', () => {
    const { code, out } = cli(['check', file, '--today', '2026-04-01', '--json']);
    assert.strictEqual(code, 0);
    assert.ok(!CONTROLS.test(out), JSON.stringify(out));
    const report = JSON.parse(out);
    assert.strictEqual(report.clients[0].name, NAME);
    assert.ok(report.clients[0].signals.some((s: { message: string }) => s.message.includes(NUMBER)));
  });

  it('writes control characters out on stderr too, one line per message', () => {
    const bad = join(dir, 'bad\u001b]0;x\u0007.json');
    writeFileSync(bad, JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients: [{ id: 'a', name: 'A', invoices: [{ number: '1', issued: '2026-01-01', amount: 'x\u001b[2J\ny' }] }] }));
    const { code, err } = cli(['check', bad, '--today', '2026-04-01', '--fail-on', 'watch']);
    assert.strictEqual(code, 1);
    assert.ok(!CONTROLS.test(err.replace(/\n/g, '')), JSON.stringify(err));
    assert.ok(err.split('\n').every((line) => line.startsWith(`${dir}/bad\\u001b]0;x\\u0007.json:1:`)), err);
  });

  it('in the usage errors that repeat what was typed', () => {
    for (const argv of [
      ['check', file, '--today', '\u001b[2J2026-04-01'],
      ['check', file, '--fail-on', 'watch\u001b[2J'],
      ['check', file, '--\u001b[2J'],
      ['check', file, file, '\u202e'],
    ]) {
      const { code, err } = cli(argv);
      assert.strictEqual(code, 2);
      assert.ok(!CONTROLS.test(err.replace(/\n/g, '')), JSON.stringify(err));
    }
  });

  it('in the warnings about a settings file', () => {
    const cwd = process.cwd();
    const project = mkdtempSync(join(dir, 'project-'));
    try {
      process.chdir(project);
      mkdirSync('.vscode');
      writeFileSync(join('.vscode', 'settings.json'), JSON.stringify({ 'clientHealth.rules.\u001b]0;x\u0007\n\u202e': 1, 'clientHealth.rules.overdue.graceDays': '\u001b[2J' }));
      const { code, err } = cli(['check', file, '--today', '2026-04-01', '--json']);
      assert.strictEqual(code, 0);
      assert.strictEqual(err.split('\n').length, 1, err);
      assert.ok(!CONTROLS.test(err), JSON.stringify(err));
      assert.ok(err.includes('clientHealth.rules.\\u001b]0;x\\u0007\\n\\u202e'), err);
    } finally {
      process.chdir(cwd);
    }
  });
});
