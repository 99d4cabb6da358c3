import * as assert from 'node:assert';
import { SETTLED_DIGITS, formatMoney, fromMinor, hasExcessPrecision, isKnownCurrency, minorDigits, sumMinor, toMinor } from '../../src/core/money';

/** Intl puts a narrow or ordinary no-break space between groups and before the symbol in French. */
function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

describe('money', () => {
  describe('minorDigits', () => {
    it('knows how many decimals each currency has', () => {
      assert.strictEqual(minorDigits('EUR'), 2);
      assert.strictEqual(minorDigits('USD'), 2);
      assert.strictEqual(minorDigits('JPY'), 0);
      assert.strictEqual(minorDigits('KWD'), 3);
      assert.strictEqual(minorDigits('BHD'), 3);
    });

    it('answers the settled currencies without Intl as Intl would', () => {
      for (const [code, digits] of SETTLED_DIGITS) {
        const intl = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
        assert.strictEqual(digits, intl, code);
        assert.strictEqual(minorDigits(code), intl, code);
      }
    });
  });

  describe('toMinor', () => {
    it('rounds half away from zero, even when the float is just below the half (1.005)', () => {
      // 1.005 * 100 is 100.49999999999999 in floating point.
      assert.strictEqual(toMinor(1.005, 'EUR'), 101);
      assert.strictEqual(toMinor(1.004, 'EUR'), 100);
      assert.strictEqual(toMinor(2400, 'EUR'), 240000);
      assert.strictEqual(toMinor(12.34, 'EUR'), 1234);
    });

    it('rounds negative amounts away from zero too', () => {
      assert.strictEqual(toMinor(-1.005, 'EUR'), -101);
      assert.strictEqual(toMinor(-12.34, 'EUR'), -1234);
      assert.strictEqual(toMinor(-0.5, 'JPY'), -1);
    });

    it('makes sums exact: 0.1 + 0.2 is 0.3 in minor units', () => {
      assert.notStrictEqual(0.1 + 0.2, 0.3);
      const total = sumMinor([toMinor(0.1, 'EUR'), toMinor(0.2, 'EUR')]);
      assert.strictEqual(total, toMinor(0.3, 'EUR'));
      assert.strictEqual(total, 30);
      assert.strictEqual(fromMinor(total, 'EUR'), 0.3);
    });

    it('has no minor unit for JPY', () => {
      assert.strictEqual(toMinor(1234.4, 'JPY'), 1234);
      assert.strictEqual(toMinor(1234.5, 'JPY'), 1235);
      assert.strictEqual(toMinor(-1234.5, 'JPY'), -1235);
    });

    it('has three decimals for KWD and BHD, rounding half away from zero', () => {
      assert.strictEqual(toMinor(1.2345, 'KWD'), 1235);
      assert.strictEqual(toMinor(1.2344, 'KWD'), 1234);
      assert.strictEqual(toMinor(-1.2345, 'KWD'), -1235);
      assert.strictEqual(toMinor(1.0005, 'BHD'), 1001);
    });

    it('rounds like scaling through toFixed(6), also for amounts within a millionth of a half', () => {
      const reference = (amount: number, digits: number) => {
        const rounded = Math.round(Number((Math.abs(amount) * 10 ** digits).toFixed(6)));
        return amount < 0 ? -rounded : rounded;
      };
      for (const [currency, digits] of [['EUR', 2], ['JPY', 0], ['KWD', 3]] as const) {
        for (let cents = 0; cents < 2_000; cents++) {
          for (const nudge of [0, 1e-9, -1e-9, 4e-7, -4e-7, 6e-7, -6e-7, 1e-5, -1e-5]) {
            const amount = (cents + 0.5) / 10 ** digits + nudge / 10 ** digits;
            assert.strictEqual(toMinor(amount, currency), reference(amount, digits), `${amount} ${currency}`);
            assert.strictEqual(toMinor(-amount, currency), reference(-amount, digits), `${-amount} ${currency}`);
          }
        }
      }
    });

    it('always returns an integer', () => {
      for (const amount of [0.1, 0.7, 1.15, 2.675, 1234.5678, 1e9 + 0.01]) {
        assert.ok(Number.isInteger(toMinor(amount, 'EUR')), String(amount));
      }
    });
  });

  describe('fromMinor', () => {
    it('turns minor units back into a decimal amount', () => {
      assert.strictEqual(fromMinor(123450, 'EUR'), 1234.5);
      assert.strictEqual(fromMinor(101, 'EUR'), 1.01);
      assert.strictEqual(fromMinor(-101, 'EUR'), -1.01);
      assert.strictEqual(fromMinor(1234, 'JPY'), 1234);
      assert.strictEqual(fromMinor(1235, 'KWD'), 1.235);
    });

    it('round-trips every cent from 0.00 to 20.00 EUR', () => {
      for (let cents = 0; cents <= 2000; cents++) {
        assert.strictEqual(toMinor(fromMinor(cents, 'EUR'), 'EUR'), cents);
      }
    });
  });

  describe('hasExcessPrecision', () => {
    it('flags more decimals than the currency allows', () => {
      assert.strictEqual(hasExcessPrecision(12.345, 'EUR'), true);
      assert.strictEqual(hasExcessPrecision(1.5, 'JPY'), true);
      assert.strictEqual(hasExcessPrecision(1.2345, 'KWD'), true);
    });

    it('accepts amounts at the currency precision, despite float noise', () => {
      assert.strictEqual(hasExcessPrecision(12.34, 'EUR'), false);
      assert.strictEqual(hasExcessPrecision(1.13, 'EUR'), false); // 1.13 * 100 = 112.99999999999999
      assert.strictEqual(hasExcessPrecision(0.07, 'EUR'), false); // 0.07 * 100 = 7.000000000000001
      assert.strictEqual(hasExcessPrecision(2400, 'EUR'), false);
      assert.strictEqual(hasExcessPrecision(1500, 'JPY'), false);
      assert.strictEqual(hasExcessPrecision(1.234, 'KWD'), false);
    });
  });

  describe('formatMoney', () => {
    it('formats French with grouped thousands, a decimal comma and the euro sign', () => {
      const text = formatMoney(123450, 'EUR', 'fr');
      assert.ok(plainSpaces(text).includes('1 234,50'), text);
      assert.ok(text.includes('€'), text);
    });

    it('keeps the French amount on one line (no ordinary space inside it)', () => {
      const text = formatMoney(123450, 'EUR', 'fr');
      assert.match(text, /1[\u202f\u00a0]234,50/);
      assert.ok(!text.includes(' '), JSON.stringify(text));
    });

    it('formats English as €1,234.50', () => {
      assert.strictEqual(formatMoney(123450, 'EUR', 'en'), '€1,234.50');
      assert.strictEqual(formatMoney(123450, 'EUR'), '€1,234.50');
    });

    it('shows no decimals for JPY and three for KWD', () => {
      assert.ok(formatMoney(1234, 'JPY', 'en').endsWith('1,234'), formatMoney(1234, 'JPY', 'en'));
      assert.ok(formatMoney(1235, 'KWD', 'en').endsWith('1.235'), formatMoney(1235, 'KWD', 'en'));
    });
  });

  describe('isKnownCurrency', () => {
    it('knows ISO 4217 codes', () => {
      assert.strictEqual(isKnownCurrency('EUR'), true);
      assert.strictEqual(isKnownCurrency('TRY'), true);
      assert.strictEqual(isKnownCurrency('JPY'), true);
    });

    it('rejects anything else', () => {
      assert.strictEqual(isKnownCurrency('EURO'), false);
      assert.strictEqual(isKnownCurrency('XYZ'), false);
      assert.strictEqual(isKnownCurrency('eur'), false);
      assert.strictEqual(isKnownCurrency(''), false);
    });
  });
});
