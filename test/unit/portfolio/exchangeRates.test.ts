import * as assert from 'node:assert';
import { resolveExchangeRates } from '../../../src/core/portfolio/exchangeRates';

describe('exchange rates setting', () => {
  it('takes positive rates of known currency codes and names the rest', () => {
    const given = JSON.parse('{"USD": 0.92, "GBP": 1.17, "usd": 1, "XYZ": 1, "CHF": 0, "JPY": -1, "TRY": "0.03", "SEK": 1e9, "__proto__": {"x": 1}}');
    assert.deepStrictEqual(resolveExchangeRates(given), { rates: { USD: 0.92, GBP: 1.17 }, refused: ['usd', 'XYZ', 'CHF', 'JPY', 'TRY', 'SEK', '__proto__'] });
  });

  it('is empty for anything but an object', () => {
    for (const value of [undefined, null, 1, 'USD', [0.92]]) {
      assert.deepStrictEqual(resolveExchangeRates(value), { rates: {}, refused: [] });
    }
  });
});
