import * as assert from 'node:assert';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { overdue } from '../../../src/core/signals/overdue';
import { client, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';

function invoice(number: string, due: string, amount: number, payments: [string, number][] = [], issued = '2026-01-01') {
  return { number, issued, due, amount, payments: payments.map(([date, a]) => ({ date, amount: a })) };
}

function run(invoices: unknown[], fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES, currency = 'EUR') {
  return overdue(input(makeFile([client({ invoices, ...fields })], { currency }), TODAY, rules));
}

function withRules(patch: Partial<Rules['overdue']>): Rules {
  return { ...DEFAULT_RULES, overdue: { ...DEFAULT_RULES.overdue, ...patch } };
}

describe('signal overdue', () => {
  it('is silent for an invoice due today', () => {
    assert.strictEqual(run([invoice('A-1', '2026-06-15', 100)]), undefined);
  });

  it('warns for an invoice due yesterday: 1 day late', () => {
    const signal = run([invoice('A-1', '2026-06-14', 100)]);
    assert.ok(signal);
    assert.strictEqual(signal.id, 'overdue');
    assert.strictEqual(signal.severity, 'warning');
    assert.strictEqual(formatMessage(signal.message), 'Invoice A-1 is 1 day overdue; €100.00 is still owed.');
    assert.strictEqual(signal.evidence.length, 1);
    assert.strictEqual(signal.evidence[0].kind, 'invoice');
    assert.deepStrictEqual(signal.evidence[0].path, ['clients', 0, 'invoices', 0]);
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Invoice A-1 was due on 2026-06-14 and is 1 day late; €100.00 of €100.00 is still owed.');
  });

  it('is silent for paid and overpaid invoices, and for invoices not yet due', () => {
    assert.strictEqual(
      run([
        invoice('A-1', '2026-03-01', 100, [['2026-03-10', 100]]),
        invoice('A-2', '2026-03-01', 100, [['2026-03-10', 120]]),
        invoice('A-3', '2026-07-01', 100),
      ]),
      undefined,
    );
  });

  it('waits for the grace days, then counts days late from the due date', () => {
    const rules = withRules({ graceDays: 3 });
    assert.strictEqual(run([invoice('A-1', '2026-06-12', 100)], {}, rules), undefined, 'today = due + grace is not after it');
    const signal = run([invoice('A-1', '2026-06-11', 100)], {}, rules);
    assert.ok(signal);
    assert.strictEqual(signal.severity, 'warning');
    assert.deepStrictEqual(signal.message.args, [1, { money: 10000, currency: 'EUR' }, 'A-1', { quantity: 4, unit: 'day' }]);
  });

  it('is a warning at exactly 30 days late and critical at 31', () => {
    const at30 = run([invoice('A-1', '2026-05-16', 100)]);
    assert.strictEqual(at30?.severity, 'warning');
    assert.deepStrictEqual(at30?.message.args[3], { quantity: 30, unit: 'day' });
    const at31 = run([invoice('A-1', '2026-05-15', 100)]);
    assert.strictEqual(at31?.severity, 'critical');
    assert.deepStrictEqual(at31?.message.args[3], { quantity: 31, unit: 'day' });
  });

  it('takes the critical limit from the rules', () => {
    const rules = withRules({ criticalDaysLate: 10 });
    assert.strictEqual(run([invoice('A-1', '2026-06-05', 100)], {}, rules)?.severity, 'warning');
    assert.strictEqual(run([invoice('A-1', '2026-06-04', 100)], {}, rules)?.severity, 'critical');
  });

  it('counts partial payments to the cent', () => {
    const signal = run([invoice('A-1', '2026-06-01', 1000, [['2026-06-02', 500.1], ['2026-06-03', 499.89]])]);
    assert.ok(signal);
    assert.deepStrictEqual(signal.message.args, [1, { money: 1, currency: 'EUR' }, 'A-1', { quantity: 14, unit: 'day' }]);
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Invoice A-1 was due on 2026-06-01 and is 14 days late; €0.01 of €1,000.00 is still owed.');
    assert.strictEqual(run([invoice('A-1', '2026-06-01', 1000, [['2026-06-02', 500.1], ['2026-06-03', 499.9]])]), undefined, 'paid in full in two parts');
  });

  it('works in a currency without decimals (JPY)', () => {
    const signal = run([invoice('J-1', '2026-06-01', 120000, [['2026-06-05', 119999]])], {}, DEFAULT_RULES, 'JPY');
    assert.ok(signal);
    assert.deepStrictEqual(signal.message.args[1], { money: 1, currency: 'JPY' });
    assert.strictEqual(formatMessage(signal.message), 'Invoice J-1 is 14 days overdue; ¥1 is still owed.');
    assert.strictEqual(run([invoice('J-1', '2026-06-01', 120000, [['2026-06-05', 120000]])], {}, DEFAULT_RULES, 'JPY'), undefined);
  });

  it('derives the due date from the payment terms when the invoice has none', () => {
    const noDue = (issued: string) => ({ number: 'T-1', issued, amount: 100 });
    const terms = { contract: { signed: '2026-01-01', paymentTermsDays: 45 } };
    assert.strictEqual(run([noDue('2026-05-01')], terms), undefined, 'issued 2026-05-01 + 45 = due 2026-06-15, today');
    assert.strictEqual(run([noDue('2026-04-30')], terms)?.severity, 'warning');
    assert.strictEqual(run([noDue('2026-05-16')]), undefined, 'default net 30: due 2026-06-15, today');
    assert.strictEqual(formatMessage(run([noDue('2026-05-15')])!.message), 'Invoice T-1 is 1 day overdue; €100.00 is still owed.', 'default net 30: due 2026-06-14');
  });

  it('lists every overdue invoice, oldest first, with the total owed, and is critical when one is more than 30 days late', () => {
    const signal = run([
      invoice('A-1', '2026-06-10', 100),
      invoice('A-2', '2026-04-01', 300, [['2026-04-10', 100]]),
      invoice('A-3', '2026-06-20', 50),
      invoice('A-4', '2026-03-01', 80, [['2026-03-02', 80]]),
      invoice('A-5', '2026-05-20', 40),
    ]);
    assert.ok(signal);
    assert.strictEqual(signal.severity, 'critical');
    assert.deepStrictEqual(
      signal.evidence.map((e) => e.path),
      [
        ['clients', 0, 'invoices', 1],
        ['clients', 0, 'invoices', 4],
        ['clients', 0, 'invoices', 0],
      ],
    );
    assert.ok(signal.evidence.every((e) => e.kind === 'invoice'));
    assert.strictEqual(formatMessage(signal.message), '3 invoices are overdue and €340.00 is still owed on them; the oldest, A-2, is 75 days late.');
  });

  it('states the late fee of the contract in the remedy, and says when there is none', () => {
    const withFee = run([invoice('A-1', '2026-06-01', 100)], { contract: { signed: '2026-01-01', lateFeePercentPerMonth: 1.5 } });
    assert.deepStrictEqual(withFee?.remedy.args, [1.5]);
    assert.match(formatMessage(withFee.remedy), /statement of account.*late fee of 1\.5% per month/);
    const noFee = run([invoice('A-1', '2026-06-01', 100)]);
    assert.match(formatMessage(noFee!.remedy), /sets no late fee/);
    const critical = run([invoice('A-1', '2026-04-01', 100)], { contract: { lateFeePercentPerMonth: 2 } });
    assert.match(formatMessage(critical!.remedy), /late fee of 2% per month.*pausing work/);
  });
  it('still speaks for an ending client', () => {
    assert.strictEqual(run([invoice('A-1', '2026-01-01', 100)], { status: 'ending' })?.severity, 'critical');
  });

  it('points at the right client when it is not the first one', () => {
    const file = makeFile([client({}, 'a'), client({ invoices: [invoice('B-1', '2026-06-01', 100), invoice('B-2', '2026-05-01', 100)] }, 'b')]);
    const signal = overdue(input(file, TODAY, DEFAULT_RULES, 1));
    assert.deepStrictEqual(
      signal?.evidence.map((e) => e.path),
      [
        ['clients', 1, 'invoices', 1],
        ['clients', 1, 'invoices', 0],
      ],
    );
  });
});
