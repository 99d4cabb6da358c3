import * as assert from 'node:assert';
import { crossCheck } from '../../src/core/crossChecks';
import { nextInvoiceNumber } from '../../src/core/edits/recording';
import * as validate from '../../src/core/edits/validate';
import { formatMessage } from '../../src/core/messages';
import { client, makeFile } from './support/build';

// The same numbers as a person reads them, written differently: é composed (U+00E9) or as e + U+0301, and a
// zero-width space or joiner slipped in by a copy from a web page or a PDF.
const COMPOSED = 'F\u00e9v-2';
const DECOMPOSED = 'Fe\u0301v-2';
const ZERO_WIDTH = ['A-\u200b1', '\u200dA-1', 'A-1\ufeff', 'A\u2060-1'];

const duplicates = (a: string, b: string) =>
  crossCheck(
    makeFile([
      client({
        invoices: [
          { number: a, issued: '2026-01-01', amount: 10 },
          { number: b, issued: '2026-01-02', amount: 10 },
        ],
      }),
    ]),
  ).filter((i) => i.code === 'duplicateInvoice');

describe('invoice numbers equal once normalised are duplicates', () => {
  it('in the file: NFC and zero-width characters do not make two numbers different', () => {
    assert.deepStrictEqual(duplicates(COMPOSED, DECOMPOSED).map((i) => i.path), [['clients', 0, 'invoices', 1, 'number']]);
    for (const number of ZERO_WIDTH) {
      assert.strictEqual(duplicates('A-1', number).length, 1, JSON.stringify(number));
    }
    assert.deepStrictEqual(duplicates('A-1', 'A-2'), []);
    assert.deepStrictEqual(duplicates('A-1', 'a-1'), [], 'case still tells numbers apart');
  });

  it('in the recording prompt, which agrees with the file', () => {
    const problem = validate.invoiceNumber([DECOMPOSED])(COMPOSED);
    assert.ok(problem);
    assert.match(formatMessage(problem), /Duplicate invoice number/);
    for (const number of ZERO_WIDTH) {
      assert.ok(validate.invoiceNumber(['A-1'])(number), JSON.stringify(number));
      assert.ok(validate.invoiceNumber([number])('A-1'), JSON.stringify(number));
    }
    assert.strictEqual(validate.invoiceNumber(['A-1'])('A-2'), undefined);
  });

  it('in the proposed next number, which is never a duplicate of one in use and carries no zero-width character', () => {
    assert.strictEqual(nextInvoiceNumber(['A-\u200b2', 'A-1'], 2026), 'A-3');
    assert.strictEqual(nextInvoiceNumber([DECOMPOSED, 'F\u00e9v-1'], 2026), 'F\u00e9v-3');
    assert.strictEqual(nextInvoiceNumber(['2026-\u200b007'], 2026), '2026-008');
    const proposal = nextInvoiceNumber(['INV-\u200b41'], 2026);
    assert.strictEqual(proposal, 'INV-42');
  });
});
