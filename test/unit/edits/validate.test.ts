import * as assert from 'node:assert';
import { recordPayment } from '../../../src/core/edits/recording';
import * as validate from '../../../src/core/edits/validate';
import { Message, formatMessage } from '../../../src/core/messages';
import { MAX_TEXT_LENGTH } from '../../../src/core/limits';

const ok = (problem: Message | undefined) => assert.strictEqual(problem && formatMessage(problem), undefined);
const rejects = (problem: Message | undefined, fragment: RegExp) => {
  assert.ok(problem, 'expected a problem');
  assert.match(formatMessage(problem), fragment);
};

describe('prompt validation (the schema rules, as you type)', () => {
  it('reads decimals with a point or a comma, and nothing else', () => {
    assert.strictEqual(validate.parseDecimal('82,50'), 82.5);
    assert.strictEqual(validate.parseDecimal(' 1200 '), 1200);
    for (const bad of ['', '1e3', '-5', '1.2.3', 'NaN', '12 000', '0x10']) {
      assert.strictEqual(validate.parseDecimal(bad), undefined, bad);
    }
  });

  it('accepts only real calendar dates, and due dates from the issue date on', () => {
    ok(validate.date('2024-02-29'));
    rejects(validate.date('2025-02-29'), /real calendar date/);
    ok(validate.dateOrDateTime('2026-03-01T18:30'));
    ok(validate.dateOrDateTime('2026-03-01 18:30'));
    rejects(validate.dateOrDateTime('2026-03-01T24:00'), /no time 24:00/);
    rejects(validate.dateOrDateTime('2026-03-01 6pm'), /2026-03-01 18:30 \(or 2026-03-01T18:30\), or a date alone/);
    ok(validate.dateFrom('2026-03-01')('2026-03-01'));
    rejects(validate.dateFrom('2026-03-01')('2026-02-28'), /before the issue date 2026-03-01/);
  });

  it('keeps client ids and invoice numbers unique and well formed', () => {
    ok(validate.clientId(['acme'])('acme-2'));
    rejects(validate.clientId(['acme'])('acme'), /already uses the id "acme"/);
    rejects(validate.clientId([])('-acme'), /letters, digits/);
    rejects(validate.clientId([])('a'.repeat(65)), /letters, digits/);
    ok(validate.invoiceNumber(['2026-001'])('2026-002'));
    rejects(validate.invoiceNumber(['2026-001'])('2026-001'), /Duplicate invoice number/);
    rejects(validate.invoiceNumber([])('   '), /invoice number/);
  });

  it('checks names, summaries, emails, hours and payment terms like the schema', () => {
    rejects(validate.clientName('  '), /name/);
    ok(validate.clientName('Acme SARL'));
    rejects(validate.requestSummary(''), /few words/);
    ok(validate.email('ana@example.com'));
    rejects(validate.email('ana@'), /email address/);
    ok(validate.optional(validate.email)(''));
    ok(validate.workedHours('24'));
    rejects(validate.workedHours('0'), /more than 0/);
    rejects(validate.workedHours('24.5'), /at most 24/);
    ok(validate.requestHours('0'));
    rejects(validate.requestHours('10001'), /0 to 10000/);
    ok(validate.paymentTermsDays('60'));
    rejects(validate.paymentTermsDays('3651'), /whole number of days/);
    rejects(validate.paymentTermsDays('30.5'), /whole number of days/);
    ok(validate.noticeDays('0'));
    rejects(validate.noticeDays('3651'), /whole number of days/);
    ok(validate.revisionsIncluded('2'));
    rejects(validate.revisionsIncluded('-1'), /revision rounds/);
    ok(validate.lateFeePercent('1,5'));
    ok(validate.lateFeePercent('100'));
    rejects(validate.lateFeePercent('100.5'), /0 to 100/);
    rejects(validate.lateFeePercent('1.5%'), /0 to 100/);
  });

  it('checks a salutation with the rule of the contact fields: text of bounded length', () => {
    ok(validate.salutation('Sig.ra Rossi'));
    ok(validate.salutation('Ayşe Hanım'));
    ok(validate.salutation('x'.repeat(MAX_TEXT_LENGTH)));
    rejects(validate.salutation('x'.repeat(MAX_TEXT_LENGTH + 1)), /at most 100,?000 characters/);
  });
});

describe('recording on a text nested too deep to parse', () => {
  it('refuses instead of overflowing the stack', () => {
    const deep = `{"version":1,"freelancer":{"currency":"EUR"},"clients":[],"x":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const result = recordPayment(deep, 0, 0, { date: '2026-01-01', amount: 1 });
    assert.strictEqual(result.ok, false);
  });
});
