/**
 * The dashboard's statutory late fees: clientLateFees' own figures per overdue invoice, the totals, and the notes
 * the law calls for (an older rate, a consumer, a waiver the law allows or not); and the message the page parses.
 */
import * as assert from 'node:assert/strict';
import { clientFacts } from '../../../src/core/health/facts';
import { ClientLateFees, clientLateFees, mergeRates, RateEntry } from '../../../src/core/law';
import { MAX_TEXT_LENGTH } from '../../../src/core/limits';
import { formatMessage } from '../../../src/core/messages';
import { ClientFile } from '../../../src/core/schema';
import { messages } from '../../../src/dashboard/protocol';
import { statutoryView } from '../../../src/core/law';
import { client, day, makeFile } from '../support/build';

const TODAY = '2026-09-30';
const fmt = {
  money: (minor: number, currency: string) => `${currency} ${(minor / 100).toFixed(2)}`,
  message: (m: Parameters<typeof formatMessage>[0]) => formatMessage(m),
  percent: (p: number) => `${p}%`,
};

function file(country: string | undefined, extra: Record<string, unknown> = {}): ClientFile {
  return makeFile(
    [
      client({
        name: 'Acme SAS',
        ...extra,
        invoices: [
          { number: 'A-1', issued: '2026-05-31', due: '2026-06-30', amount: 5000 },
          { number: 'A-2', issued: '2026-08-01', due: '2026-08-31', amount: 1200, payments: [{ date: '2026-09-10', amount: 200 }] },
          { number: 'A-3', issued: '2026-09-20', due: '2026-10-20', amount: 900 },
        ],
      }),
    ],
    { name: 'Camille Martin', currency: 'EUR', ...(country ? { country } : {}) },
  );
}

const feesOf = (f: ClientFile, rates: readonly RateEntry[] = mergeRates([])) => clientLateFees(clientFacts(f, 0, day(TODAY)), day(TODAY), rates);
const NEWER: RateEntry[] = [{ source: 'ECB', from: '2026-07-01', percent: 3.15 }];

describe('dashboard: statutory late fees', () => {
  it('shows each overdue invoice with clientLateFees’ own figures, and the totals', () => {
    const fees = feesOf(file('FR'), mergeRates(NEWER)) as ClientLateFees;
    const view = statutoryView(fees, 'EUR', fmt)!;
    assert.equal(view.basis, 'Code de commerce, art. L441-10 et D441-5');
    assert.deepEqual(view.rows.map((r) => r.invoice), ['A-1', 'A-2'], 'the invoice not yet due has none');
    for (const [i, row] of view.rows.entries()) {
      assert.equal(row.interest, fmt.money(fees.invoices[i].interest!, 'EUR'));
      assert.equal(row.compensation, 'EUR 40.00');
      assert.equal(row.rates, '13.15%', 'ECB 3.15 + 10 points, from the setting');
      assert.equal(row.daysLate, fees.invoices[i].daysLate);
    }
    assert.deepEqual(view.total, {
      interest: fmt.money(fees.interest!, 'EUR'),
      compensation: 'EUR 80.00',
      sum: fmt.money(fees.interest! + 8000, 'EUR'),
    });
    assert.deepEqual(view.notes, []);
    assert.ok(messages().DashboardModelSchema.shape.statutory.safeParse(view).success);
  });

  it('says when the interest uses an older rate than the half-year’s, and not once a newer rate is set', () => {
    const view = statutoryView(feesOf(file('FR')), 'EUR', fmt)!;
    assert.equal(view.rows[0].rates, '12.15%', 'the latest shipped rate, 2.15 + 10');
    assert.deepEqual(view.notes.filter((n) => /latest reference rate known/.test(n)), [
      'The interest uses the latest reference rate known, that of 2026-01-01: newer rates can be added in the setting clientHealth.lateFees.referenceRates.',
    ]);
  });

  it('a consumer and a waiver the law allows get the note that says why there are none; one it forbids, the figures and a note', () => {
    assert.deepEqual(statutoryView(feesOf(file('FR', { isBusiness: false })), 'EUR', fmt), {
      basis: '',
      rows: [],
      notes: ['No statutory late fees: this client is a consumer (isBusiness: false), and the law gives them only between businesses.'],
    });
    // UK: the waiver holds where the contract gives a substantial remedy instead (s. 8), so the contract is followed.
    const gb = statutoryView(feesOf(file('GB', { contract: { statutoryLateFees: false, lateFeePercentPerMonth: 2 } })), 'EUR', fmt)!;
    assert.deepEqual(gb.rows, []);
    assert.deepEqual(gb.notes, ['No statutory late fees: the contract waives them (statutoryLateFees: false), as this law allows.']);
    // France: owed de plein droit, whatever the contract says.
    const fr = statutoryView(feesOf(file('FR', { contract: { statutoryLateFees: false } }), mergeRates(NEWER)), 'EUR', fmt)!;
    assert.equal(fr.rows.length, 2);
    assert.ok(fr.notes.includes('The contract waives these fees, but this law does not let a contract exclude them in advance: they are owed anyway.'), fr.notes.join('\n'));
  });

  it('says when a Dutch figure runs on an earlier year’s interest (BW 6:119a lid 3), and not before a full year', () => {
    const note = "As the Dutch Civil Code provides (BW 6:119a lid 3), the interest of each full year of lateness was added, at the year's end, to the amount interest runs on.";
    // A-1, due 30 June 2026, is a year late from 1 July 2027: its first year's interest joins the balance that day.
    const at = (today: string) => statutoryView(clientLateFees(clientFacts(file('NL'), 0, day(today)), day(today), mergeRates([])), 'EUR', fmt)!;
    assert.ok(at('2027-07-01').notes.includes(note), at('2027-07-01').notes.join('\n'));
    assert.ok(!at('2027-06-30').notes.includes(note));
    assert.ok(!at(TODAY).notes.includes(note));
    // France keeps simple interest however late.
    const fr = statutoryView(clientLateFees(clientFacts(file('FR'), 0, day('2028-01-01')), day('2028-01-01'), mergeRates([])), 'EUR', fmt)!;
    assert.ok(fr.rows.length > 0 && !fr.notes.includes(note));
  });

  it('nothing without a country or a rule, nor with nothing overdue', () => {
    assert.equal(statutoryView(feesOf(file(undefined)), 'EUR', fmt), undefined);
    assert.equal(statutoryView(feesOf(file('US')), 'EUR', fmt), undefined);
    const early = clientLateFees(clientFacts(file('FR'), 0, day('2026-06-01')), day('2026-06-01'), mergeRates([]));
    assert.equal(statutoryView(early, 'EUR', fmt), undefined);
  });

  it('the page drops a statutory section that is not what the host builds', () => {
    const schema = messages().DashboardModelSchema.shape.statutory;
    const good = { basis: 'b', rows: [{ invoice: 'A-1', daysLate: 3, interest: '1', rates: '12%', compensation: '40' }], notes: [] };
    assert.ok(schema.safeParse(good).success);
    for (const bad of [
      { ...good, rows: [{ ...good.rows[0], daysLate: -1 }] },
      { ...good, rows: [{ ...good.rows[0], daysLate: 1.5 }] },
      { ...good, rows: [{ ...good.rows[0], interest: 12 }] },
      { ...good, notes: 'one note' },
      { ...good, basis: 'x'.repeat(MAX_TEXT_LENGTH + 1) },
      { ...good, total: { interest: '1' } },
    ]) {
      assert.ok(!schema.safeParse(bad).success, JSON.stringify(bad).slice(0, 120));
    }
  });
});
