import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

// Names a hostile settings file could have planted on Object.prototype through the old reader.
const PLANTED = ['status', 'payments', 'graceDays', 'criticalDaysLate', 'prototype', 'x'];
const planted = () => PLANTED.filter((name) => Object.prototype.hasOwnProperty.call(Object.prototype, name));

describe('CLI: the editor\'s rule settings', () => {
  let dir: string;
  let cwd: string;
  // One invoice 59 days late on 2026-04-01: critical by default (more than 30 days), so the client is to watch.
  const file = '{"version":1,"freelancer":{"currency":"EUR"},"clients":[{"id":"a","name":"A","contract":{"signed":"2026-01-01"},"invoices":[{"number":"1","issued":"2026-01-01","due":"2026-02-01","amount":100}]}]}';
  const check = (...args: string[]) => {
    let out = '';
    const err: string[] = [];
    const code = run(['check', 'clients.json', '--today', '2026-04-01', '--json', ...args], { out: (t) => (out += t), err: (t) => err.push(t), color: false, now: new Date(2026, 3, 1) });
    const errLines = err.join('\n').split('\n').filter((l) => l.length > 0);
    return { code, err: err.join('\n'), errLines, report: out ? JSON.parse(out) : undefined };
  };
  const withSettings = (text: string, ...args: string[]) => {
    writeFileSync(join('.vscode', 'settings.json'), text);
    return check(...args);
  };
  /** The verdict of the defaults: critical, to watch, exit 3 under --fail-on watch; and Object.prototype untouched. */
  const assertDefaults = (result: ReturnType<typeof check>) => {
    assert.deepStrictEqual(planted(), [], 'the settings file planted properties on Object.prototype');
    assert.strictEqual(result.code, 3, result.err);
    assert.strictEqual(result.report.clients[0].level, 'watch');
    assert.deepStrictEqual(result.report.clients[0].signals.map((s: { id: string; severity: string }) => `${s.id}:${s.severity}`), ['overdue:critical']);
  };

  beforeEach(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-settings-'));
    writeFileSync(join(dir, 'clients.json'), file);
    process.chdir(dir);
    mkdirSync('.vscode');
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
    // Whatever a failed test planted must not spoil the tests after it.
    for (const name of planted()) {
      delete (Object.prototype as Record<string, unknown>)[name];
    }
  });

  it('uses the defaults of signals-v1 without a settings file, silently', () => {
    const result = check('--fail-on', 'watch');
    assertDefaults(result);
    assert.strictEqual(result.err, '');
  });

  it('reads clientHealth.rules.* from .vscode/settings.json, comments and trailing commas allowed, silently', () => {
    const result = withSettings('{\n  // mine\n  "clientHealth.rules.overdue.criticalDaysLate": 90,\n  "editor.fontSize": 14,\n}\n');
    assert.strictEqual(result.report.clients[0].signals[0].severity, 'warning');
    assert.strictEqual(result.err, '');
  });

  it('reads --settings FILE', () => {
    writeFileSync('team.json', '{ "clientHealth.rules.overdue.criticalDaysLate": 90 }');
    assert.strictEqual(check('--settings', 'team.json').report.clients[0].signals[0].severity, 'warning');
  });

  describe('ignores, with one warning line, what is not a declared rule number within its range', () => {
    const cases: [string, string][] = [
      ['a __proto__ group that would end every client', '{"clientHealth.rules.__proto__.status": "ended"}'],
      ['a __proto__ group that would pay every invoice', '{"clientHealth.rules.__proto__.payments": [{"date": "2026-01-02", "amount": 100}]}'],
      ['a __proto__ rule name', '{"clientHealth.rules.overdue.__proto__": {"criticalDaysLate": 90}}'],
      ['a constructor group', '{"clientHealth.rules.constructor.prototype": {"x": 1}}'],
      ['prototype as a group and as a name', '{"clientHealth.rules.prototype.graceDays": 90, "clientHealth.rules.overdue.prototype": 1}'],
      ['names inherited by every object', '{"clientHealth.rules.overdue.toString": 1, "clientHealth.rules.hasOwnProperty.x": 1}'],
      ['one dot too many', '{"clientHealth.rules.overdue.criticalDaysLate.x": 90}'],
      ['a doubled dot', '{"clientHealth.rules..overdue.criticalDaysLate": 90}'],
      ['a trailing dot', '{"clientHealth.rules.overdue.criticalDaysLate.": 90}'],
      ['a group written as an object', '{"clientHealth.rules.overdue": {"criticalDaysLate": 90}}'],
      ['every rule written as one object', '{"clientHealth.rules": {"overdue": {"criticalDaysLate": 90}}}'],
      ['a rule in the wrong case', '{"clientHealth.rules.overdue.CriticalDaysLate": 90}'],
      ['a number written as a string', '{"clientHealth.rules.overdue.criticalDaysLate": "90"}'],
      ['true, null, a list and an object as values', '{"clientHealth.rules.overdue.criticalDaysLate": true, "clientHealth.rules.overdue.graceDays": null, "clientHealth.rules.chronicLate.critical": [9], "clientHealth.rules.chronicLate.warning": {"x": 9}}'],
      ['a fraction for a number of days', '{"clientHealth.rules.overdue.criticalDaysLate": 90.5}'],
      ['a number below its range', '{"clientHealth.rules.overdue.criticalDaysLate": 0}'],
      ['a number above its range', '{"clientHealth.rules.overdue.criticalDaysLate": 3651}'],
      ['a negative number', '{"clientHealth.rules.overdue.graceDays": -60}'],
      ['a number too large for a double', '{"clientHealth.rules.overdue.criticalDaysLate": 1e400}'],
    ];
    for (const [title, text] of cases) {
      it(title, () => {
        const result = withSettings(text, '--fail-on', 'watch');
        assertDefaults(result);
        assert.strictEqual(result.errLines.length, 1, result.err);
        assert.match(result.errLines[0], /^\.vscode\/settings\.json:1:2: warning: .*ignored/);
        assert.ok(!/\n\s+at /.test(result.err), 'no stack trace');
      });
    }

    it('still applies the valid settings beside the ignored ones, and names each ignored one with the reason', () => {
      const result = withSettings(
        '{\n  "clientHealth.rules.overdue.criticalDaysLate": 90,\n  "clientHealth.rules.overdue.graceDays": 2.5,\n  "clientHealth.rules.__proto__.status": "ended"\n}',
      );
      assert.strictEqual(result.code, 0);
      assert.strictEqual(result.report.clients[0].signals[0].severity, 'warning', 'criticalDaysLate 90 applies');
      assert.strictEqual(result.errLines.length, 1, result.err);
      assert.match(result.errLines[0], /^\.vscode\/settings\.json:3:3: warning: /);
      assert.match(result.errLines[0], /"clientHealth\.rules\.overdue\.graceDays": must be a whole number from 0 to 365, not 2\.5/);
      assert.match(result.errLines[0], /"clientHealth\.rules\.__proto__\.status": not a rule setting/);
    });

    it('lists a few and counts the rest when a file holds thousands', () => {
      const keys = Array.from({ length: 5000 }, (_, i) => `"clientHealth.rules.x${i}.y": ${i}`);
      const result = withSettings(`{${keys.join(',')}}`, '--fail-on', 'watch');
      assertDefaults(result);
      assert.strictEqual(result.errLines.length, 1);
      assert.ok(result.errLines[0].length < 1000, `${result.errLines[0].length} characters`);
      assert.match(result.errLines[0], /5000 .*and 4997 more/);
    });
  });

  describe('falls back on the defaults, with one warning line and the exit code unchanged, for a file it cannot use', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const cases: [string, () => void][] = [
      ['nested 100,000 levels deep', () => writeFileSync(join('.vscode', 'settings.json'), `{"clientHealth.rules.overdue.criticalDaysLate": ${deep(100000)}}`)],
      ['nested 100,000 levels deep and never closed', () => writeFileSync(join('.vscode', 'settings.json'), '{"a": ' + '{"a": '.repeat(100000))],
      ['nested deeper than any settings need, under another key', () => writeFileSync(join('.vscode', 'settings.json'), `{"clientHealth.rules.overdue.criticalDaysLate": 90, "a": ${deep(200)}}`)],
      ['with a syntax error', () => writeFileSync(join('.vscode', 'settings.json'), '{"clientHealth.rules.overdue.criticalDaysLate": 90 "b": 1}')],
      ['cut short', () => writeFileSync(join('.vscode', 'settings.json'), '{"clientHealth.rules.overdue.criticalDaysLate": 90')],
      ['a list, not an object', () => writeFileSync(join('.vscode', 'settings.json'), '[{"clientHealth.rules.overdue.criticalDaysLate": 90}]')],
      ['larger than any settings file', () => writeFileSync(join('.vscode', 'settings.json'), `{${' '.repeat(2 * 1024 * 1024)}"clientHealth.rules.overdue.criticalDaysLate": 90}`)],
      ['a folder', () => mkdirSync(join('.vscode', 'settings.json'))],
    ];
    for (const [title, make] of cases) {
      it(title, () => {
        make();
        const result = check('--fail-on', 'watch');
        assertDefaults(result);
        assert.strictEqual(result.errLines.length, 1, result.err);
        assert.match(result.errLines[0], /^\.vscode\/settings\.json:\d+:\d+: warning: .*the default rules apply/);
      });
    }

    it('a named pipe, without waiting for a writer (skipped without mkfifo)', function () {
      if (spawnSync('mkfifo', [join('.vscode', 'settings.json')]).status !== 0) {
        this.skip();
      }
      const result = check('--fail-on', 'watch');
      assertDefaults(result);
      assert.strictEqual(result.errLines.length, 1, result.err);
    });

    it('a --settings FILE that does not exist', () => {
      const result = check('--settings', 'nowhere.json', '--fail-on', 'watch');
      assertDefaults(result);
      assert.deepStrictEqual(result.errLines, ['nowhere.json:1:1: warning: cannot read the settings file: no such file; the default rules apply.']);
    });

    it('but not for an empty file, which VS Code reads as no settings', () => {
      const result = withSettings('  // nothing yet\n', '--fail-on', 'watch');
      assertDefaults(result);
      assert.strictEqual(result.err, '');
    });
  });
});
