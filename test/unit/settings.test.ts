import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_RULES, RULE_SETTINGS, resolveRules } from '../../src/core/health/rules';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
type Setting = { type?: string; default: unknown; minimum?: number; maximum?: number; markdownDescription?: string; order?: number };
// The settings come in titled categories (one page each in the Settings editor).
const categories: { title: string; properties: Record<string, Setting> }[] = manifest.contributes.configuration;
const properties: Record<string, Setting> = Object.assign({}, ...categories.map((c) => c.properties));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));

describe('settings clientHealth.rules.*', () => {
  const expected = Object.entries(DEFAULT_RULES).flatMap(([group, values]) =>
    Object.entries(values as Record<string, number>).map(([key, value]) => [`clientHealth.rules.${group}.${key}`, value] as const),
  );

  it('declares one setting per rule number, with the default of signals-v1', () => {
    for (const [id, value] of expected) {
      assert.ok(properties[id], `${id} is declared`);
      assert.strictEqual(properties[id].default, value, `${id} defaults to ${value}`);
    }
    const declared = Object.keys(properties).filter((k) => k.startsWith('clientHealth.rules.'));
    assert.deepStrictEqual(declared.sort(), expected.map(([id]) => id).sort(), 'no setting without a rule');
  });

  it('gives each a described, bounded range that contains its default, and an order', () => {
    for (const [id, value] of expected) {
      const p = properties[id];
      assert.ok(typeof p.minimum === 'number' && typeof p.maximum === 'number' && p.minimum <= value && value <= p.maximum, `${id} bounds`);
      const key = /^%(.+)%$/.exec(p.markdownDescription ?? '')?.[1];
      assert.ok(key && typeof nls[key] === 'string' && nls[key].length > 20, `${id} has a description`);
      assert.strictEqual(typeof p.order, 'number');
    }
  });

  it('declares the type and range of the core table that the CLI and the extension check values against', () => {
    assert.strictEqual(RULE_SETTINGS.length, expected.length);
    for (const s of RULE_SETTINGS) {
      const p = properties[s.id];
      assert.ok(p, `${s.id} is declared`);
      assert.deepStrictEqual([p.type, p.minimum, p.maximum, p.default], [s.type, s.minimum, s.maximum, s.default], s.id);
    }
  });

  it('reads overrides the way VS Code returns them, ignoring values that are not numbers', () => {
    const rules = resolveRules({ overdue: { criticalDaysLate: 45, graceDays: -3 }, haggling: { warning: 'x' as unknown as number } });
    assert.strictEqual(rules.overdue.criticalDaysLate, 45);
    assert.strictEqual(rules.overdue.graceDays, DEFAULT_RULES.overdue.graceDays);
    assert.strictEqual(rules.haggling.warning, DEFAULT_RULES.haggling.warning);
    assert.deepStrictEqual(resolveRules(undefined), DEFAULT_RULES);
  });

  it('refuses a fraction for a whole-number rule and a number outside the declared range, as settings.json can hold them', () => {
    const rules = resolveRules({
      overdue: { graceDays: 2.5, criticalDaysLate: 0 },
      haggling: { warning: 1001, critical: 1000 },
      poorFit: { warningAtOrBelow: 6, criticalAtOrBelow: 1.5 },
      lowRate: { warningPercent: 75.5, criticalPercent: 100.5 },
      chronicLate: { lastInvoices: 100 },
    });
    assert.deepStrictEqual(rules.overdue, DEFAULT_RULES.overdue);
    assert.deepStrictEqual(rules.haggling, { ...DEFAULT_RULES.haggling, critical: 1000 });
    assert.deepStrictEqual(rules.poorFit, DEFAULT_RULES.poorFit);
    assert.deepStrictEqual(rules.lowRate, { ...DEFAULT_RULES.lowRate, warningPercent: 75.5 });
    assert.strictEqual(rules.chronicLate.lastInvoices, 100);
  });

  it('takes only values set on the object itself, never inherited ones', () => {
    const inherited = Object.create({ graceDays: 9 }) as { graceDays: number };
    const rules = resolveRules(Object.assign(Object.create({ haggling: { warning: 3 } }), { overdue: inherited }));
    assert.deepStrictEqual(rules, DEFAULT_RULES);
  });
});

describe('settings in Restricted Mode', () => {
  it('takes no workspace value of a setting that changes a verdict, a figure or what is read', () => {
    // A settings file comes with the repository: in a workspace not trusted, VS Code gives only the user's values of these.
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    const verdicts = Object.keys(properties).filter((k) => k.startsWith('clientHealth.rules.'));
    assert.ok(verdicts.length > 30, 'every rule threshold');
    for (const id of [...verdicts, 'clientHealth.lateFees.referenceRates', 'clientHealth.import.csvColumns', 'clientHealth.clientFile', 'clientHealth.maxFileSizeMB']) {
      assert.ok(restricted.includes(id), `${id} is restricted`);
    }
    for (const id of restricted) {
      assert.ok(properties[id], `${id} is a declared setting`);
      assert.notStrictEqual((properties[id] as { scope?: string }).scope, 'application', `${id} has workspace values to restrict`);
    }
  });
});

describe('settings in the Settings editor', () => {
  const langs = ['fr', 'it', 'tr'].map((l) => JSON.parse(fs.readFileSync(path.join(root, `package.nls.${l}.json`), 'utf8')));
  const text = (value: string | undefined) => /^%(.+)%$/.exec(value ?? '')?.[1];

  it('every clientHealth setting sits in a titled category, described and ordered, in all four languages', () => {
    for (const category of categories) {
      const title = text(category.title);
      assert.ok(title && [nls, ...langs].every((n) => typeof n[title] === 'string' && n[title].length > 0), `category ${category.title} has a title`);
      for (const [id, p] of Object.entries(category.properties)) {
        assert.ok(id.startsWith('clientHealth.'), id);
        const key = text(p.markdownDescription);
        assert.ok(key && [nls, ...langs].every((n) => typeof n[key] === 'string' && n[key].length > 20), `${id} is described in every language`);
        assert.strictEqual(typeof p.order, 'number', `${id} has an order`);
      }
    }
  });
});
