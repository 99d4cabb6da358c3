import * as assert from 'node:assert';
import { parseIndex, serializeIndex } from '../../../src/core/portfolio/indexFile';
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
});
