import * as assert from 'node:assert';
import { MAX_TYPED_AMOUNT, formatAmountInput, readAmount } from '../../src/core/amountInput';
import { formatMessage } from '../../src/core/messages';
import { schemas } from '../../src/core/schema';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The amount read, or the message of the refusal prefixed with "!". */
function read(text: string, locale: string, currency = 'EUR'): number | string {
  const reading = readAmount(text, currency, locale);
  return reading.ok ? reading.amount : `!${formatMessage(reading.problem)}`;
}

function expectRead(locale: string, currency: string, cases: Record<string, number | RegExp>): void {
  for (const [text, expected] of Object.entries(cases)) {
    const got = read(text, locale, currency);
    if (typeof expected === 'number') {
      assert.strictEqual(got, expected, `${locale} ${currency} ${JSON.stringify(text)}`);
    } else {
      assert.ok(typeof got === 'string', `${locale} ${currency} ${JSON.stringify(text)} should be refused, read ${got}`);
      assert.match(got, expected, `${locale} ${currency} ${JSON.stringify(text)}`);
    }
  }
}

const MALFORMED = /^!Enter the amount in digits, such as/;
const AMBIGUOUS = /can be read two ways/;

describe('readAmount: amounts typed in prompts, read the display language’s way', () => {
  it('reads English: a comma groups digits, a point starts the decimals', () => {
    expectRead('en', 'USD', {
      '1,200': 1200,
      '1.200': /^!USD allows at most 2 decimals, such as 1,234\.50\.$/,
      '1.20': 1.2,
      [`1${NBSP}200`]: 1200,
      [`1${NNBSP}200`]: 1200,
      '1 200': 1200,
      "1'200": 1200,
      '1,200.50': 1200.5,
      '1,234,567.89': 1234567.89,
      '1.5': 1.5,
      '  12  ': 12,
      '1.200,50': MALFORMED,
      '1,2': MALFORMED,
      '1,20': MALFORMED,
      '1.2.3': MALFORMED,
      '12,00,000': MALFORMED,
    });
  });

  it('reads French: spaces group digits, a comma starts the decimals, a point is refused where it could be either', () => {
    expectRead('fr', 'EUR', {
      '1,2': 1.2,
      [`1${NBSP}200`]: 1200,
      [`1${NNBSP}200,50`]: 1200.5,
      '1 200': 1200,
      '1.200,50': 1200.5,
      '1.200.000': 1200000,
      '1.5': 1.5,
      '1200.50': 1200.5,
      '1.200': AMBIGUOUS,
      '1,200.50': MALFORMED,
      '1,2,3': MALFORMED,
    });
    assert.strictEqual(read('1.200', 'fr'), '!"1.200" can be read two ways: enter 1200 or 1,2.');
  });

  for (const locale of ['it', 'tr', 'de']) {
    it(`reads ${locale}: a point groups digits, a comma starts the decimals`, () => {
      expectRead(locale, 'EUR', {
        '1.200': 1200,
        '1,2': 1.2,
        '1.200,50': 1200.5,
        "1'200": 1200,
        [`1${NNBSP}200`]: 1200,
        [`1${NBSP}200,5`]: 1200.5,
        '1,200': /at most 2 decimals/,
        '1,200.50': MALFORMED,
        '1.5': MALFORMED,
        '1.20': MALFORMED,
      });
    });
  }

  it('refuses a mark that is a group separator to some and a decimal separator to others (Swiss German comma)', () => {
    expectRead('de-CH', 'CHF', { '1,200': AMBIGUOUS, "1'200": 1200, "1'200.50": 1200.5, '1,5': 1.5 });
  });

  it('accepts the grouping the language itself writes', () => {
    expectRead('hi', 'INR', { '12,34,567': 1234567, '1,234,567': 1234567, '12,34,5678': MALFORMED });
  });

  it('refuses signs, exponents, hexadecimal, words and empty text, saying how to write an amount', () => {
    for (const locale of ['en', 'fr', 'it', 'tr', 'de']) {
      expectRead(locale, 'EUR', {
        '-5': /^!Enter an amount greater than 0/,
        '\u22125': /^!Enter an amount greater than 0/,
        '0': /^!Enter an amount greater than 0/,
        '0,00': /^!Enter an amount greater than 0|^!Enter the amount in digits/,
        '+5': MALFORMED,
        '1e3': MALFORMED,
        '0x10': MALFORMED,
        '': MALFORMED,
        '   ': MALFORMED,
        NaN: MALFORMED,
        Infinity: MALFORMED,
        '12 €': MALFORMED,
        '.5': MALFORMED,
        '5.': MALFORMED,
        '1,,2': MALFORMED,
        '1\n200': MALFORMED,
        '١٢٣': MALFORMED,
      });
    }
    assert.strictEqual(read('abc', 'en'), '!Enter the amount in digits, such as 1,234.50 or 1200.');
    assert.strictEqual(read('abc', 'fr'), `!Enter the amount in digits, such as 1${NNBSP}234,50 or 1200.`);
    assert.strictEqual(read('abc', 'de'), '!Enter the amount in digits, such as 1.234,50 or 1200.');
  });

  it('refuses more decimals than the currency has, even zeros, since "1.000" may mean a thousand', () => {
    expectRead('en', 'JPY', { '1200': 1200, '1,200': 1200, '1.5': /^!JPY has no decimals: enter a whole amount, such as 1,234\.$/, '1.000': /JPY has no decimals/ });
    expectRead('en', 'EUR', { '82.50': 82.5, '82.5': 82.5, '1.200': /^!EUR allows at most 2 decimals, such as 1,234\.50\.$/, '10.555': /at most 2/ });
    expectRead('en', 'KWD', { '1.200': 1.2, '1.235': 1.235, '1.2345': /^!KWD allows at most 3 decimals, such as 1,234\.500\.$/ });
    expectRead('fr', 'KWD', { '1,235': 1.235, '1.200': AMBIGUOUS });
  });

  it('refuses amounts beyond the bound of the file format, and absurdly long text, without losing digits', () => {
    expectRead('en', 'EUR', {
      '1,000,000,000,000': 1e12,
      '999,999,999,999.99': 999999999999.99,
      '1,000,000,000,000.01': /^!Enter an amount up to 1,000,000,000,000\.$/,
      '99999999999999999999999': /up to/,
      [`${'9'.repeat(400)}`]: /up to/,
      [`000000000000000000000000000012`]: 12,
    });
  });

  it('bounds amounts where the file format does', () => {
    const amount = schemas().InvoiceSchema.shape.amount;
    assert.ok(amount.safeParse(MAX_TYPED_AMOUNT).success);
    assert.ok(!amount.safeParse(MAX_TYPED_AMOUNT + 0.01).success);
  });

  it('gives the minor units of what it reads, exactly', () => {
    const reading = readAmount('1,200.10', 'USD', 'en');
    assert.ok(reading.ok);
    assert.strictEqual(reading.minor, 120010);
  });

  it('writes a default answer the way it reads it back', () => {
    for (const locale of ['en', 'fr', 'it', 'tr', 'de', 'de-CH']) {
      for (const [amount, currency] of [
        [82.5, 'EUR'],
        [1200, 'EUR'],
        [1234567.25, 'USD'],
        [1.235, 'KWD'],
        [150000, 'JPY'],
      ] as const) {
        const text = formatAmountInput(amount, currency, locale);
        assert.strictEqual(read(text, locale, currency), amount, `${locale} ${currency} ${text}`);
      }
    }
    assert.strictEqual(formatAmountInput(82.5, 'EUR', 'fr'), '82,50');
    assert.strictEqual(formatAmountInput(1200, 'EUR', 'en'), '1200');
  });

  it('reads a malformed language tag the English way', () => {
    assert.strictEqual(read('1,200', 'not a tag!', 'USD'), 1200);
  });
});
