import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluate } from '../../src/core/health/evaluate';
import { DEFAULT_RULES, Rules } from '../../src/core/health/rules';
import { Message, format, formatArg, formatMessage, msg, pluralCategory, pluralKey, pluralMsg, quantity, templateFor } from '../../src/core/messages';
import { signalName } from '../../src/core/signals/names';
import { day, makeFile } from './support/build';

const root = path.resolve(__dirname, '../../..');
const LANGUAGES = ['fr', 'it', 'tr'] as const;
const bundles = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(readFileSync(path.join(root, 'l10n', `bundle.l10n.${l}.json`), 'utf8')) as Record<string, string>]));

const ONE = pluralMsg(1, { one: '{0} invoice', other: '{0} invoices' }, 1);
const shown = (message: Message, language: string) => format(templateFor(message, language, language === 'en' ? undefined : bundles[language]), message.args.map((a) => formatArg(a, language)));

describe('plural forms', () => {
  it('picks the category by the rules of each language', () => {
    const of = (language: string, counts: number[]) => counts.map((n) => pluralCategory(n, language));
    assert.deepEqual(of('en', [0, 1, 1.5, 2, 1e6]), ['other', 'one', 'other', 'other', 'other']);
    // French counts 0 and 1.5 as one; a round million takes "de" ("1 000 000 de factures").
    assert.deepEqual(of('fr', [0, 1, 1.5, 2, 1e6]), ['one', 'one', 'one', 'other', 'many']);
    assert.deepEqual(of('it', [0, 1, 1.5, 2, 1e6]), ['other', 'one', 'other', 'other', 'many']);
    assert.deepEqual(of('tr', [0, 1, 1.5, 2, 1e6]), ['other', 'one', 'other', 'other', 'other']);
    assert.equal(pluralCategory(2, 'not a language tag!'), 'other', "an unknown tag takes English's rules");
  });

  it('writes English from the source forms, as the CLI prints it', () => {
    assert.equal(formatMessage(ONE), '1 invoice');
    assert.equal(formatMessage(pluralMsg(0, { one: '{0} invoice', other: '{0} invoices' }, 0)), '0 invoices');
    assert.equal(formatMessage(pluralMsg(1, { one: 'once', other: '{0} times' }, 1)), 'once');
  });

  it('looks a translation up under its category, then other, then falls back to English', () => {
    const bundle = { [pluralKey('{0} invoices', 'one')]: '{0} facture', [pluralKey('{0} invoices', 'other')]: '{0} factures' };
    const zero = pluralMsg(0, { one: '{0} invoice', other: '{0} invoices' }, 0);
    assert.equal(templateFor(zero, 'fr', bundle), '{0} facture', 'French: 0 is one');
    assert.equal(templateFor(pluralMsg(1e6, { one: '{0} invoice', other: '{0} invoices' }, 1e6), 'fr', bundle), '{0} factures', 'many missing: other');
    assert.equal(templateFor(zero, 'fr', {}), '{0} invoices', 'no translation: English, by English rules');
    assert.equal(templateFor(msg('Overdue'), 'fr', { Overdue: 'En retard' }), 'En retard');
  });

  // Intl puts a no-break space between a number and its unit in French and Italian; shown here as a plain space.
  const plain = (text: string | number) => String(text).replace(/\u00a0/g, ' ');

  it('writes days and hours with their unit in each language', () => {
    assert.equal(plain(formatArg(quantity(1, 'day'), 'en')), '1 day');
    assert.equal(plain(formatArg(quantity(33, 'day'), 'fr')), '33 jours');
    assert.equal(plain(formatArg(quantity(1.5, 'hour'), 'fr')), '1,5 heure');
    assert.equal(plain(formatArg(quantity(0.1 + 0.2, 'hour'), 'it')), '0,3 ore');
    assert.equal(plain(formatArg(quantity(33, 'day'), 'tr')), '33 gün');
  });

  it('shows the translated forms of the bundles', () => {
    const overdue = (n: number) => pluralMsg(n, { one: '{0} invoice, {1}, {2}', other: '{0} invoices, {1}, {2}' }, n, 'X', quantity(3, 'day'));
    assert.equal(plain(shown(overdue(1), 'fr')), '1 facture, X, 3 jours');
    assert.equal(plain(shown(overdue(2), 'fr')), '2 factures, X, 3 jours');
    assert.equal(plain(shown(overdue(1e6), 'fr')), '1000000 de factures, X, 3 jours');
    assert.equal(plain(shown(overdue(2), 'it')), '2 fatture, X, 3 giorni');
    assert.equal(plain(shown(overdue(2), 'tr')), '2 fatura, X, 3 gün');
  });
});

/** Clients that give every signal, once with a count of one and once with several, under rules that fire on one. */
function everySign(): ReturnType<typeof makeFile> {
  const sign = (id: string, n: number) => ({
    id,
    name: id,
    contract: { start: '2025-01-01', hourlyRate: 20, extraHourlyRate: 90 * (n - 1) || undefined, revisionsIncluded: 0 },
    invoices: Array.from({ length: n }, (_, i) => ({ number: `${id}-${i}`, issued: '2026-04-01', due: `2026-05-0${i + 1}`, amount: 100 })),
    requests: Array.from({ length: n }, (_, i) => ({ at: `2026-06-0${i + 1}T23:00`, summary: `r${i}`, type: 'revision', hours: 1 + i / 2 })),
    journal: [
      ...Array.from({ length: n }, (_, i) => ({ at: `2026-06-0${i + 1}`, kind: 'discountRequest' })),
      ...Array.from({ length: n }, (_, i) => ({ at: `2026-06-0${i + 1}`, kind: 'negative' })),
      ...Array.from({ length: n }, (_, i) => ({ at: `2026-06-0${i + 1}`, kind: 'abusive' })),
      ...(n > 1 ? [{ at: '2026-06-01', kind: 'refusedContract' }] : []),
    ],
    hours: [{ date: '2026-06-01', hours: 20 }],
    fit: n > 1 ? { enjoyment: 1, styleMatch: 1 } : { enjoyment: 1 },
  });
  return makeFile([sign('one', 1), sign('two', 2), sign('three', 3), { id: 'peer', name: 'peer', invoices: [{ number: 'P', issued: '2026-06-01', amount: 9000, payments: [{ date: '2026-06-02', amount: 9000 }] }], hours: [{ date: '2026-06-01', hours: 20 }] }], {
    standardHourlyRate: 100,
  });
}

const FIRE_ON_ONE: Rules = {
  ...DEFAULT_RULES,
  chronicLate: { ...DEFAULT_RULES.chronicLate, warning: 1, critical: 9 },
  afterHours: { ...DEFAULT_RULES.afterHours, warning: 1, critical: 9 },
  haggling: { ...DEFAULT_RULES.haggling, warning: 1, critical: 9 },
  negativity: { ...DEFAULT_RULES.negativity, warning: 1, critical: 9 },
};

describe('every message a rule gives is in every bundle', () => {
  const health = evaluate(everySign(), day('2026-06-15'), FIRE_ON_ONE);
  const messages = health.flatMap((h) => h.signals.flatMap((s) => [s.message, s.figure, s.remedy, signalName(s.id), ...s.evidence.map((e) => e.message)]));

  it('has the signals it means to check', () => {
    const ids = new Set(health.flatMap((h) => h.signals.map((s) => s.id)));
    assert.deepEqual([...ids].sort(), ['abuse', 'afterHours', 'chronicLate', 'haggling', 'lowRate', 'lowVolume', 'negativity', 'noContract', 'outgrown', 'overdue', 'poorFit', 'scopeCreep']);
    assert.ok(messages.some((m) => m.plural && formatMessage(m) !== format(m.template, m.args.map((a) => formatArg(a)))), 'some message took its one form');
  });

  for (const language of LANGUAGES) {
    it(`${language}: each one under its key for every plural category of the language`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const keys = messages.flatMap((m) => (m.plural ? categories.map((c) => pluralKey(m.template, c)) : [m.template]));
      const missing = [...new Set(keys)].filter((k) => !(k in bundles[language]));
      assert.deepEqual(missing, []);
    });
  }
});
