import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { moneyFigures } from '../../../src/core/health/figures';
import { DEFAULT_RULES, Rules, resolveRules } from '../../../src/core/health/rules';
import { AGING_BUCKETS, MoneyFigures } from '../../../src/core/health/types';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';
/** The date n days before TODAY (negative n: after it). */
const ago = (n: number) => formatDate(day(TODAY) - n);

type Loose = Record<string, unknown>;

function invoice(number: string, due: string, amount: number, payments: [string, number][] = []): Loose {
  return { number, issued: '2025-01-01', due, amount, payments: payments.map(([date, a]) => ({ date, amount: a })) };
}

function figures(fields: Loose, { currency = 'EUR', rules = DEFAULT_RULES }: { currency?: string; rules?: Rules } = {}): MoneyFigures {
  const file = makeFile([client(fields)], { currency });
  return moneyFigures(input(file, TODAY, rules).facts, day(TODAY), rules);
}

const zeroAging = () => Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0]));

describe('moneyFigures()', () => {
  it('is all zero, in the client currency, for a client without invoices or requests', () => {
    assert.deepStrictEqual(figures({}), { currency: 'EUR', outstanding: 0, overdue: 0, unbilledExtra: 0, aging: zeroAging() });
  });

  it('sums the balances of unpaid and partly paid invoices to the cent, in minor units', () => {
    const result = figures({
      invoices: [
        // 100.10 - 33.33 - 33.33 = 33.44
        invoice('A-1', ago(-10), 100.1, [
          ['2026-06-01', 33.33],
          ['2026-06-02', 33.33],
        ]),
        // 0.1 + 0.2 paid on 0.30: settled, no float residue.
        invoice('A-2', ago(-10), 0.3, [
          ['2026-06-01', 0.1],
          ['2026-06-02', 0.2],
        ]),
        // One cent still owed counts.
        invoice('A-3', ago(-10), 50, [['2026-06-03', 49.99]]),
        invoice('A-4', ago(-10), 1234.56),
      ],
    });
    assert.strictEqual(result.outstanding, 3344 + 0 + 1 + 123456);
  });

  it('ignores paid and overpaid invoices: an overpayment never lowers what others owe', () => {
    const result = figures({
      invoices: [invoice('A-1', ago(5), 100, [['2026-06-01', 150]]), invoice('A-2', ago(5), 200, [['2026-06-01', 200]]), invoice('A-3', ago(5), 80)],
    });
    assert.strictEqual(result.outstanding, 8000);
    assert.strictEqual(result.overdue, 8000);
    assert.deepStrictEqual(result.aging, { ...zeroAging(), '1-30': 8000 });
  });

  it('counts a balance as overdue only after the due date: due today is not overdue, due yesterday is', () => {
    const dueToday = figures({ invoices: [invoice('A-1', ago(0), 100)] });
    assert.strictEqual(dueToday.outstanding, 10000);
    assert.strictEqual(dueToday.overdue, 0);
    const dueYesterday = figures({ invoices: [invoice('A-1', ago(1), 100)] });
    assert.strictEqual(dueYesterday.overdue, 10000);
    const notYetDue = figures({ invoices: [invoice('A-1', ago(-3), 100)] });
    assert.strictEqual(notYetDue.overdue, 0);
  });

  it('waits for the grace days before a balance is overdue', () => {
    const rules = resolveRules({ overdue: { graceDays: 3 } });
    assert.strictEqual(figures({ invoices: [invoice('A-1', ago(3), 100)] }, { rules }).overdue, 0, 'today = due + grace is not after it');
    assert.strictEqual(figures({ invoices: [invoice('A-1', ago(4), 100)] }, { rules }).overdue, 10000);
    const mixed = figures({ invoices: [invoice('A-1', ago(2), 10), invoice('A-2', ago(4), 20), invoice('A-3', ago(40), 40)] }, { rules });
    assert.strictEqual(mixed.outstanding, 7000);
    assert.strictEqual(mixed.overdue, 6000);
  });

  it('derives the due date from the payment terms when an invoice has none', () => {
    const noDue = (issued: string) => ({ number: 'A-1', issued, amount: 100 });
    // Net 14: issued 14 days ago is due today, not overdue; issued 15 days ago is 1 day late.
    const contract = { signed: '2026-01-01', paymentTermsDays: 14 };
    assert.strictEqual(figures({ contract, invoices: [noDue(ago(14))] }).overdue, 0);
    assert.strictEqual(figures({ contract, invoices: [noDue(ago(15))] }).overdue, 10000);
    // Default net 30.
    assert.strictEqual(figures({ invoices: [noDue(ago(30))] }).overdue, 0);
    assert.strictEqual(figures({ invoices: [noDue(ago(31))] }).overdue, 10000);
  });

  it('puts each balance in its aging bucket by days past due, at the edges of every bucket', () => {
    const cases: [number, string][] = [
      [-20, 'current'],
      [0, 'current'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '91-120'],
      [120, '91-120'],
      [121, '120+'],
      [400, '120+'],
    ];
    // One invoice at a time: the bucket holds exactly its balance, every other bucket is 0.
    for (const [days, bucket] of cases) {
      const result = figures({ invoices: [invoice('A-1', ago(days), 10, [['2026-01-01', 2.5]])] });
      assert.deepStrictEqual(result.aging, { ...zeroAging(), [bucket]: 750 }, `${days} days past due`);
    }
    // All together, with amounts that tell them apart.
    const all = figures({ invoices: cases.map(([days], i) => invoice(`B-${i}`, ago(days), 2 ** i)) });
    const expected = zeroAging();
    cases.forEach(([, bucket], i) => (expected[bucket] += 2 ** i * 100));
    assert.deepStrictEqual(all.aging, expected);
    assert.deepStrictEqual(Object.keys(all.aging), ['current', '1-30', '31-60', '61-90', '91-120', '120+']);
    const agingTotal = Object.values(all.aging).reduce((a, b) => a + b, 0);
    assert.strictEqual(agingTotal, all.outstanding, 'aging covers every balance');
    assert.strictEqual(all.outstanding - all.aging.current, all.overdue, 'with no grace days, overdue is every bucket but current');
  });

  describe('unbilledExtra', () => {
    // In file order, not date order: the third revision by date is the first entry.
    const requests: Loose[] = [
      { at: '2026-05-03T10:00', summary: 'Third round', type: 'revision', hours: 2 },
      { at: '2026-05-01', summary: 'First round', type: 'revision', hours: 5 },
      { at: '2026-05-04', summary: 'Fourth round', type: 'revision', hours: 1 },
      { at: '2026-05-03T09:00', summary: 'Second round', type: 'revision', hours: 7 },
      { at: '2026-05-05', summary: 'New page', type: 'change', hours: 1.5 },
      { at: '2026-05-06', summary: 'Chat widget', type: 'feature', hours: 10, billed: true },
      { at: '2026-05-07', summary: 'Agreed tweak', type: 'change', inScope: true, hours: 20 },
      { at: '2026-05-08', summary: 'Billed round', type: 'revision', billed: true, hours: 30 },
      { at: '2026-05-09', summary: 'No estimate', type: 'feature' },
    ];
    // Extras: rounds 3 and 4 by date (2 h + 1 h) and the change (1.5 h); round 5 is billed; the feature without hours adds 0 h.
    const extraHours = 2 + 1 + 1.5;

    it('is the hours of unbilled extras times extraHourlyRate, revisions counted in date order', () => {
      const result = figures({ contract: { signed: '2026-01-01', revisionsIncluded: 2, extraHourlyRate: 90, hourlyRate: 70 }, requests });
      assert.strictEqual(result.unbilledExtra, extraHours * 90 * 100);
    });

    it('falls back to hourlyRate when the contract has no extraHourlyRate', () => {
      const result = figures({ contract: { signed: '2026-01-01', revisionsIncluded: 2, hourlyRate: 70 }, requests });
      assert.strictEqual(result.unbilledExtra, extraHours * 70 * 100);
    });

    it('is 0 without a rate, and 0 without a contract', () => {
      assert.strictEqual(figures({ contract: { signed: '2026-01-01', revisionsIncluded: 2 }, requests }).unbilledExtra, 0);
      assert.strictEqual(figures({ requests }).unbilledExtra, 0);
    });

    it('counts no revision as extra when the contract sets no included rounds', () => {
      const result = figures({ contract: { signed: '2026-01-01', extraHourlyRate: 90 }, requests });
      assert.strictEqual(result.unbilledExtra, 1.5 * 90 * 100, 'only the out-of-scope change');
    });

    it('rounds to the cent: 1.25 h at 33.33 is 41.66 (41.6625)', () => {
      const result = figures({
        contract: { signed: '2026-01-01', extraHourlyRate: 33.33 },
        requests: [{ at: '2026-05-05', summary: 'Extra', type: 'feature', hours: 1.25 }],
      });
      assert.strictEqual(result.unbilledExtra, 4166);
    });

    it('does not count as owed or overdue: invoices alone make those', () => {
      const result = figures({ contract: { signed: '2026-01-01', revisionsIncluded: 2, extraHourlyRate: 90 }, requests });
      assert.strictEqual(result.outstanding, 0);
      assert.strictEqual(result.overdue, 0);
    });
  });

  describe('currencies', () => {
    it('uses the client currency over the freelancer currency', () => {
      const result = figures({ currency: 'USD', invoices: [invoice('A-1', ago(5), 10)] }, { currency: 'EUR' });
      assert.strictEqual(result.currency, 'USD');
      assert.strictEqual(result.outstanding, 1000);
      assert.strictEqual(figures({}, { currency: 'TRY' }).currency, 'TRY');
    });

    it('counts JPY in whole yen (no minor unit)', () => {
      const result = figures(
        {
          contract: { signed: '2026-01-01', extraHourlyRate: 3333 },
          invoices: [invoice('J-1', ago(45), 100000, [['2026-05-01', 33333]]), invoice('J-2', ago(-5), 5000)],
          requests: [{ at: '2026-05-05', summary: 'Extra', type: 'change', hours: 1.5 }],
        },
        { currency: 'JPY' },
      );
      assert.strictEqual(result.currency, 'JPY');
      assert.strictEqual(result.outstanding, 66667 + 5000);
      assert.strictEqual(result.overdue, 66667);
      assert.deepStrictEqual(result.aging, { ...zeroAging(), current: 5000, '31-60': 66667 });
      // 1.5 h x 3333 = 4999.5 yen, rounded half away from zero to 5000.
      assert.strictEqual(result.unbilledExtra, 5000);
    });

    it('counts KWD in fils (three decimals)', () => {
      const result = figures({
        currency: 'KWD',
        contract: { signed: '2026-01-01', hourlyRate: 12.345 },
        invoices: [invoice('K-1', ago(95), 1.234, [['2026-04-01', 0.5]]), invoice('K-2', ago(2), 0.001)],
        requests: [{ at: '2026-05-05', summary: 'Extra', type: 'feature', hours: 2 }],
      });
      assert.strictEqual(result.currency, 'KWD');
      assert.strictEqual(result.outstanding, 734 + 1);
      assert.strictEqual(result.overdue, 735);
      assert.deepStrictEqual(result.aging, { ...zeroAging(), '91-120': 734, '1-30': 1 });
      assert.strictEqual(result.unbilledExtra, 24690);
    });
  });
});
