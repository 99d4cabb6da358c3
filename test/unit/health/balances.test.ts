import * as assert from 'node:assert';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES, resolveRules } from '../../../src/core/health/rules';
import { moneyFigures } from '../../../src/core/health/figures';
import { client, day, input, makeFile } from '../support/build';

const signed = { signed: '2026-01-01' };

describe('balances follow the format: paid when at most half a minor unit is left', () => {
  it('settles 100.00 with three payments of 33.333, 33.333 and 33.334', () => {
    const file = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', amount: 100, payments: [{ date: '2026-01-05', amount: 33.333 }, { date: '2026-01-06', amount: 33.333 }, { date: '2026-01-07', amount: 33.334 }] }] })]);
    const [health] = evaluate(file, day('2026-06-01'));
    assert.strictEqual(health.money.outstanding, 0);
    assert.deepStrictEqual(health.signals, []);
  });

  it('counts exactly half a cent left as paid, and 0.6 of a cent as one cent owed', () => {
    const half = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', amount: 10.005, payments: [{ date: '2026-01-05', amount: 10 }] }] })]);
    assert.strictEqual(evaluate(half, day('2026-06-01'))[0].money.outstanding, 0);
    const more = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', amount: 10.006, payments: [{ date: '2026-01-05', amount: 10 }] }] })]);
    assert.strictEqual(evaluate(more, day('2026-06-01'))[0].money.outstanding, 1);
  });

  it('adds payments in date order whatever their order in the file: paid in full on the day the sum reached the amount', () => {
    const payments = [
      { date: '2026-03-01', amount: 60 },
      { date: '2026-01-20', amount: 40 },
      { date: '2026-02-10', amount: 60 },
    ];
    const file = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', due: '2026-02-01', amount: 100, payments }] })]);
    const [invoice] = input(file, '2026-06-01').facts.invoices;
    assert.strictEqual(invoice.paidOn, day('2026-02-10'));
    assert.strictEqual(invoice.paid, 16000);
    assert.strictEqual(invoice.balance, -6000);
    // As of a day before the last payment, only the first two count.
    assert.strictEqual(input(file, '2026-02-20').facts.invoices[0].paid, 10000);
  });

  it('leaves out payments dated after today: as of an earlier date the invoice was still owed', () => {
    const file = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', amount: 50, payments: [{ date: '2026-05-01', amount: 50 }] }] })]);
    const before = evaluate(file, day('2026-03-10'))[0];
    assert.strictEqual(before.money.overdue, 5000);
    assert.strictEqual(before.signals[0].id, 'overdue');
    assert.deepStrictEqual(evaluate(file, day('2026-05-02'))[0].signals, []);
  });

  it('keeps a balance still within the grace days in the current bucket, so the overdue buckets add up to overdue', () => {
    const file = makeFile([client({ contract: signed, invoices: [{ number: '1', issued: '2026-01-01', due: '2026-02-01', amount: 500 }] })]);
    const rules = resolveRules({ overdue: { graceDays: 5 } });
    const within = moneyFigures(input(file, '2026-02-04', rules).facts, day('2026-02-04'), rules);
    assert.strictEqual(within.overdue, 0);
    assert.strictEqual(within.aging.current, 50000);
    const after = moneyFigures(input(file, '2026-02-07', rules).facts, day('2026-02-07'), rules);
    assert.strictEqual(after.overdue, 50000);
    assert.strictEqual(after.aging['1-30'], 50000, 'aged from the due date once overdue');
    assert.deepStrictEqual(moneyFigures(input(file, '2026-02-07').facts, day('2026-02-07'), DEFAULT_RULES).aging['1-30'], 50000);
  });
});
