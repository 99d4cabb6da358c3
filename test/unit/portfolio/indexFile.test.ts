import * as assert from 'node:assert';
import { parseIndex, serializeIndex } from '../../../src/core/portfolio/indexFile';
import { MAX_EXPECTED_OPEN, summarizeFile } from '../../../src/core/portfolio/summary';
import { parseDate } from '../../../src/core/dates';
import { evaluate } from '../../../src/core/health/evaluate';
import { client, makeFile } from '../support/build';
import { entryOf, summaryOf } from './support/indexes';

const AGING = { '1-30': 100, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 50 };

describe('portfolio index file', () => {
  it('reads back a summary with the age of its overdue balance, and one written before the index kept it', () => {
    const index = { version: 1 as const, folders: [entryOf('/w/a', [summaryOf('aged', { aging: AGING }), summaryOf('older')])] };
    const parsed = parseIndex(serializeIndex(index));
    assert.deepStrictEqual(parsed.index, index);
  });

  it('sets aside an aging with an unknown bucket, a missing one or an amount that is not whole minor units', () => {
    for (const aging of [{ ...AGING, '0-1': 5 }, { '1-30': 100 }, { ...AGING, '1-30': 1.5 }, { ...AGING, '120+': '50' }]) {
      const text = JSON.stringify({ version: 1, folders: [entryOf('/w/a', [{ ...summaryOf('x'), aging } as never])] });
      assert.strictEqual(parseIndex(text).why, 'notIndex', JSON.stringify(aging));
    }
  });

  it('reads back open balances with their days, and sets aside too many, an unknown key or a day that is not one', () => {
    const open = (n: number) => Array.from({ length: n }, (_, i) => ({ balance: 100 + i, date: '2026-07-01', latest: '2026-07-20' }));
    const index = { version: 1 as const, folders: [entryOf('/w/a', [summaryOf('x', { expectedOpen: open(MAX_EXPECTED_OPEN) })])] };
    assert.deepStrictEqual(parseIndex(serializeIndex(index)).index, index);
    for (const expectedOpen of [open(MAX_EXPECTED_OPEN + 1), [{ ...open(1)[0], invoice: 'NW-1' }], [{ ...open(1)[0], date: '1 July' }], [{ ...open(1)[0], balance: 0.5 }]]) {
      const text = JSON.stringify({ version: 1, folders: [entryOf('/w/a', [{ ...summaryOf('x'), expectedOpen }])] });
      assert.strictEqual(parseIndex(text).why, 'notIndex', JSON.stringify(expectedOpen).slice(0, 80));
    }
  });

  it('keeps only the sums of a client with more open balances than the index holds one by one', () => {
    const invoices = Array.from({ length: MAX_EXPECTED_OPEN + 1 }, (_, i) => ({ number: `O-${i}`, issued: '2026-05-01', due: '2026-06-30', amount: 10 }));
    const file = makeFile([client({ invoices })]);
    const today = parseDate('2026-06-15')!;
    const [summary] = summarizeFile(file, evaluate(file, today), today);
    assert.strictEqual(summary.expectedOpen, undefined);
    assert.strictEqual(summary.expected?.in30, (MAX_EXPECTED_OPEN + 1) * 1000);
  });
});
