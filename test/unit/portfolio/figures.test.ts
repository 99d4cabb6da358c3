import * as assert from 'node:assert';
import { incomeShares, indexedClients, isLargeShare, peerRates, portfolioTotals } from '../../../src/core/portfolio/figures';
import { PortfolioIndex } from '../../../src/core/portfolio/indexFile';
import { summarizeFile } from '../../../src/core/portfolio/summary';
import { parseDate } from '../../../src/core/dates';
import { evaluate } from '../../../src/core/health/evaluate';
import { client, makeFile } from '../support/build';
import { entryOf, summaryOf } from './support/indexes';

const year = (invoiced: number) => [{ month: '2026-01', invoiced, paid: 0 }];
const TODAY = parseDate('2026-06-15')!;

describe('portfolio figures', () => {
  it('totals owed, overdue, unbilled extras and a year of invoicing per currency, never across currencies', () => {
    const totals = portfolioTotals([
      summaryOf('a', { currency: 'USD', owed: 100, overdue: 50, unbilled: 7, months: year(1000) }),
      summaryOf('b', { currency: 'EUR', owed: 200, overdue: 0, unbilled: 0, months: [...year(300), { month: '2026-02', invoiced: 200, paid: 10 }] }),
      summaryOf('c', { currency: 'USD', owed: 1, overdue: 1, unbilled: 3, months: year(0) }),
    ], TODAY);
    const none = { in30: 0, in60: 0, in90: 0, unknown: 0 };
    assert.deepStrictEqual(totals, [
      { currency: 'EUR', owed: 200, overdue: 0, unbilled: 0, invoiced365: 500, clients: 1, expected: none, expectedClients: 0 },
      { currency: 'USD', owed: 101, overdue: 51, unbilled: 10, invoiced365: 1000, clients: 2, expected: none, expectedClients: 0 },
    ]);
    // The cash expected is summed per currency over the summaries that keep it (older ones do not).
    const cash = portfolioTotals([
      summaryOf('a', { currency: 'USD', expected: { in30: 10, in60: 20, in90: 30, unknown: 5 } }),
      summaryOf('b', { currency: 'USD', expected: { in30: 1, in60: 1, in90: 1, unknown: 0 } }),
      summaryOf('c', { currency: 'USD' }),
      summaryOf('d', { currency: 'EUR', expected: { in30: 7, in60: 7, in90: 7, unknown: 0 } }),
    ], TODAY);
    assert.deepStrictEqual(
      cash.map((t) => [t.currency, t.expected, t.expectedClients]),
      [
        ['EUR', { in30: 7, in60: 7, in90: 7, unknown: 0 }, 1],
        ['USD', { in30: 11, in60: 21, in90: 31, unknown: 5 }, 2],
      ],
    );
    assert.deepStrictEqual(portfolioTotals([], TODAY), []);
  });

  it('counts the cash expected from the day it is looked at, not from the day a folder was last read', () => {
    // Paid 10 days late three times; two invoices open: one due in 5 days (expected in 15), one due in 45 (expected in 55).
    const paid = (n: number, due: string, on: string) => ({ number: `P-${n}`, issued: '2026-01-01', due, amount: 100, payments: [{ date: on, amount: 100 }] });
    const file = makeFile([
      client({
        invoices: [
          paid(1, '2026-02-01', '2026-02-11'),
          paid(2, '2026-03-01', '2026-03-11'),
          paid(3, '2026-04-01', '2026-04-11'),
          { number: 'O-1', issued: '2026-05-20', due: '2026-06-20', amount: 300 },
          { number: 'O-2', issued: '2026-06-01', due: '2026-07-30', amount: 500 },
        ],
      }),
    ]);
    const summaryOn = (day: number) => summarizeFile(file, evaluate(file, day), day)[0];
    const later = TODAY + 40;
    const stale = portfolioTotals([summaryOn(TODAY)], later)[0].expected;
    assert.deepStrictEqual(stale, portfolioTotals([summaryOn(later)], later)[0].expected, 'as if the folder had been read today');
    // Amounts in cents. On the day read: O-1 expected 2026-06-30 (in 15 days), O-2 2026-08-09 (in 55).
    assert.deepStrictEqual(portfolioTotals([summaryOn(TODAY)], TODAY)[0].expected, { in30: 30_000, in60: 80_000, in90: 80_000, unknown: 0 });
    // 40 days on: O-1 is past the last day of its band (every payment came 10 days late: 2026-06-30), so it can no
    // longer be placed; O-2 is now expected in 15 days. The summary's own sums would still say 300 in 30 days.
    assert.deepStrictEqual(stale, { in30: 50_000, in60: 50_000, in90: 50_000, unknown: 30_000 });
    assert.deepStrictEqual(summaryOn(TODAY).expected, { in30: 30_000, in60: 80_000, in90: 80_000, unknown: 0 });
  });

  it('gives each client its share of its currency’s invoicing, and a monthly average', () => {
    const shares = incomeShares([
      summaryOf('big', { months: year(3_720_000) }),
      summaryOf('small', { months: year(1_280_000) }),
      summaryOf('alone', { currency: 'USD', months: year(100) }),
      summaryOf('nothing', { currency: 'GBP', months: year(0) }),
    ]);
    assert.deepStrictEqual(
      shares.map((s) => [s.currency, s.share, s.monthly, s.currencyTotal]),
      [
        ['EUR', 0.744, 310_000, 5_000_000],
        ['EUR', 0.256, 106_667, 5_000_000],
        ['USD', 1, 8, 100],
        ['GBP', null, 0, 0],
      ],
    );
    assert.deepStrictEqual(shares.map(isLargeShare), [true, false, true, false]);
    const half = incomeShares([summaryOf('a', { months: year(50) }), summaryOf('b', { months: year(50) })]);
    assert.strictEqual(isLargeShare(half[0]), false, 'exactly half is not above half');
  });

  it('lists the clients of folders read as they are, and their rates for lowRate outside one folder', () => {
    const index: PortfolioIndex = {
      version: 1,
      folders: [
        entryOf('/a', [summaryOf('a1', { hours: 10, paidForHours: 79000 }), summaryOf('a2', { hours: 9.5, paidForHours: 100 })]),
        entryOf('/b', [summaryOf('b1', { hours: 20, paidForHours: 200000, currency: 'USD' }), summaryOf('b2', { hours: 0, paidForHours: 0 })]),
        entryOf('/gone', [summaryOf('g1', { hours: 50, paidForHours: 1 })], { state: 'missing' }),
      ],
    };
    assert.deepStrictEqual(
      indexedClients(index).map((c) => `${c.folder}:${c.summary.id}`),
      ['/a:a1', '/a:a2', '/b:b1', '/b:b2'],
    );
    assert.strictEqual(indexedClients(index, ['ok', 'missing', 'invalid']).length, 5);
    assert.deepStrictEqual(peerRates(index, '/b', 10), [{ currency: 'EUR', rate: 7900, clientId: 'a1', folder: '/a' }]);
    assert.deepStrictEqual(
      peerRates(index, undefined, 10).map((r) => r.clientId),
      ['a1', 'b1'],
    );
  });
});
