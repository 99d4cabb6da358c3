import * as assert from 'node:assert';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { chronicLate } from '../../../src/core/signals/chronicLate';
import { client, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';

/** An invoice of 100 due on `due`, paid in full on `paid` (unpaid when absent). */
function inv(number: string, due: string, paid?: string, amount = 100) {
  return { number, issued: '2026-01-01', due, amount, payments: paid ? [{ date: paid, amount }] : [] };
}

function run(invoices: unknown[], fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES, currency = 'EUR') {
  return chronicLate(input(makeFile([client({ invoices, ...fields })], { currency }), TODAY, rules));
}

const onTime = (n: number, due: string) => inv(`OK-${n}`, due, due);

describe('signal chronicLate', () => {
  it('is silent with one late invoice, warns at 2, is critical at 3', () => {
    const one = [inv('L-1', '2026-05-01', '2026-05-02'), onTime(1, '2026-05-10')];
    assert.strictEqual(run(one), undefined);
    const two = [...one, inv('L-2', '2026-04-01', '2026-04-20')];
    assert.strictEqual(run(two)?.severity, 'warning');
    const three = [...two, inv('L-3', '2026-06-01')];
    const signal = run(three);
    assert.strictEqual(signal?.severity, 'critical');
    assert.strictEqual(formatMessage(signal.message), '3 of the last 4 invoices that fell due were paid late or are still unpaid.');
  });

  it('counts a payment on the due date as on time and one day after as late', () => {
    assert.strictEqual(run([inv('A', '2026-05-01', '2026-05-01'), inv('B', '2026-04-01', '2026-04-01')]), undefined);
    const signal = run([inv('A', '2026-05-01', '2026-05-02'), inv('B', '2026-04-01', '2026-04-02')]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Invoice B was due on 2026-04-01 and was paid in full on 2026-04-02, 1 day late.');
  });

  it('ignores an unpaid invoice due today, and counts one due yesterday', () => {
    const late = inv('L-1', '2026-03-01', '2026-03-20');
    assert.strictEqual(run([late, inv('U', '2026-06-15')]), undefined);
    const signal = run([late, inv('U', '2026-06-14')]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(formatMessage(signal.message), 'Both of the last 2 invoices that fell due were paid late or are still unpaid.');
    assert.strictEqual(formatMessage(signal.figure), '2 of the last 2 late');
  });

  it('looks only at the last 6 invoices by due date, whatever their order in the file', () => {
    const invoices = [
      onTime(1, '2026-06-01'),
      inv('OLD-1', '2025-12-01', '2026-01-15'), // 7th by due date: ignored
      onTime(2, '2026-05-01'),
      inv('OLD-2', '2025-11-01'), // 8th: ignored, though unpaid
      onTime(3, '2026-04-01'),
      inv('L-1', '2026-03-01', '2026-03-05'),
      onTime(4, '2026-02-01'),
      onTime(5, '2026-01-01'),
    ];
    assert.strictEqual(run(invoices), undefined);
    // One more recent late invoice pushes OLD-1 out and brings the count to 2 of the last 6.
    const signal = run([...invoices, inv('L-2', '2026-06-10', '2026-06-12')]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.deepStrictEqual(
      signal?.evidence.filter((e) => e.kind === 'invoice').map((e) => e.path),
      [
        ['clients', 0, 'invoices', 5],
        ['clients', 0, 'invoices', 8],
      ],
    );
  });

  it('adds how late the client pays at the median and whether it is getting worse, as the payment forecast says', () => {
    // Paid 2, 4 and 6 days late, then 20, 25 and 30: the median of all six is 13 days, the 80th percentile 25,
    // and the last three (by due date) came later than the three before (median 25 days against 4).
    const invoices = [
      inv('A', '2026-01-01', '2026-01-03'),
      inv('B', '2026-02-01', '2026-02-05'),
      inv('C', '2026-03-01', '2026-03-07'),
      inv('D', '2026-04-01', '2026-04-21'),
      inv('E', '2026-05-01', '2026-05-26'),
      inv('F', '2026-05-10', '2026-06-09'),
    ];
    const figures = run(invoices)?.evidence.filter((e) => e.kind === 'figure').map((e) => formatMessage(e.message));
    assert.deepStrictEqual(figures, [
      'Across its 6 paid invoices this client paid a median of 13 days late; 8 in 10 were paid within 25 days of the due date.',
      'The last 3 payments came later than the ones before: a median of 25 days late, against 4 days.',
    ]);
    // Too little history to tell: no figure, only the invoices.
    assert.deepStrictEqual(run(invoices.slice(0, 2))?.evidence.map((e) => e.kind), ['invoice', 'invoice']);
  });

  it('orders the evidence worst first: the most days late, an unpaid invoice counting up to today', () => {
    const signal = run([
      inv('A', '2026-05-01', '2026-05-03'), // 2 days late
      inv('B', '2026-06-05'), // unpaid, 10 days
      inv('C', '2026-02-01', '2026-03-01'), // 28 days late
    ]);
    assert.strictEqual(signal?.severity, 'critical');
    assert.deepStrictEqual(
      signal?.evidence.map((e) => e.path),
      [
        ['clients', 0, 'invoices', 2],
        ['clients', 0, 'invoices', 1],
        ['clients', 0, 'invoices', 0],
      ],
    );
    assert.strictEqual(formatMessage(signal.evidence[1].message), 'Invoice B was due on 2026-06-05 and is still unpaid; €100.00 is owed.');
  });

  it('counts a partly paid invoice as unpaid, to the cent, and dates a full payment by its last part', () => {
    const partly = { number: 'P-1', issued: '2026-01-01', due: '2026-05-01', amount: 1000, payments: [{ date: '2026-04-20', amount: 999.99 }] };
    const full = {
      number: 'P-2',
      issued: '2026-01-01',
      due: '2026-04-01',
      amount: 1000,
      payments: [
        { date: '2026-03-20', amount: 999.99 },
        { date: '2026-04-02', amount: 0.01 },
      ],
    };
    const signal = run([partly, full]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Invoice P-1 was due on 2026-05-01 and is still unpaid; €0.01 is owed.');
    assert.strictEqual(formatMessage(signal.evidence[1].message), 'Invoice P-2 was due on 2026-04-01 and was paid in full on 2026-04-02, 1 day late.');
  });

  it('works in JPY', () => {
    const partly = { number: 'J-1', issued: '2026-01-01', due: '2026-05-01', amount: 50000, payments: [{ date: '2026-04-20', amount: 49999 }] };
    const signal = run([partly, inv('J-2', '2026-04-01', '2026-04-09', 30000)], {}, DEFAULT_RULES, 'JPY');
    assert.strictEqual(formatMessage(signal!.evidence[0].message), 'Invoice J-1 was due on 2026-05-01 and is still unpaid; ¥1 is owed.');
  });

  it('takes its numbers from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, chronicLate: { lastInvoices: 2, warning: 1, critical: 2 } };
    const invoices = [inv('L-1', '2026-03-01', '2026-03-09'), onTime(1, '2026-04-01'), onTime(2, '2026-05-01')];
    assert.strictEqual(run(invoices, {}, rules), undefined, 'the late invoice is not among the last 2');
    assert.strictEqual(run([...invoices, inv('L-2', '2026-06-01', '2026-06-09')], {}, rules)?.severity, 'warning');
    assert.strictEqual(run([...invoices, inv('L-2', '2026-06-01', '2026-06-09'), inv('L-3', '2026-06-10')], {}, rules)?.severity, 'critical');
    const zero: Rules = { ...DEFAULT_RULES, chronicLate: { lastInvoices: 6, warning: 0, critical: 0 } };
    assert.strictEqual(run([onTime(1, '2026-04-01')], {}, zero), undefined, 'never a signal without a late invoice');
  });

  it('suggests a statement and prepayment', () => {
    const signal = run([inv('A', '2026-05-01'), inv('B', '2026-04-01'), inv('C', '2026-03-01')]);
    assert.match(formatMessage(signal!.remedy), /statement of account.*prepayment/);
  });
});
