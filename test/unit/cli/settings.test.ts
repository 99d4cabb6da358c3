import * as assert from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

describe('CLI: the editor\'s rule settings', () => {
  let dir: string;
  let cwd: string;
  const file = '{"version":1,"freelancer":{"currency":"EUR"},"clients":[{"id":"a","name":"A","contract":{"signed":"2026-01-01"},"invoices":[{"number":"1","issued":"2026-01-01","due":"2026-02-01","amount":100}]}]}';
  const check = (...args: string[]) => {
    let out = '';
    let err = '';
    const code = run(['check', 'clients.json', '--today', '2026-04-01', '--json', ...args], { out: (t) => (out += t), err: (t) => (err += t), color: false, now: new Date(2026, 3, 1) });
    return { code, err, report: out ? JSON.parse(out) : undefined };
  };

  beforeEach(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-settings-'));
    writeFileSync(join(dir, 'clients.json'), file);
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the defaults of signals-v1 without a settings file', () => {
    assert.strictEqual(check().report.clients[0].signals[0].severity, 'critical', '59 days late > 30');
  });

  it('reads clientHealth.rules.* from .vscode/settings.json, comments and trailing commas allowed', () => {
    mkdirSync('.vscode');
    writeFileSync(join('.vscode', 'settings.json'), '{\n  // mine\n  "clientHealth.rules.overdue.criticalDaysLate": 90,\n}\n');
    assert.strictEqual(check().report.clients[0].signals[0].severity, 'warning');
  });

  it('reads --settings FILE, and exits 1 when it cannot', () => {
    writeFileSync('team.json', '{ "clientHealth.rules.overdue.criticalDaysLate": 90 }');
    assert.strictEqual(check('--settings', 'team.json').report.clients[0].signals[0].severity, 'warning');
    const missing = check('--settings', 'nowhere.json');
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /^nowhere\.json:1:1: cannot read the settings file/);
  });
});
