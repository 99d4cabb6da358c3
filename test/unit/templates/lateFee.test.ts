import * as assert from 'node:assert/strict';
import { clientFacts } from '../../../src/core/health/facts';
import { DEFAULT_RULES, resolveRules } from '../../../src/core/health/rules';
import { LATE_FEE_DAYS_PER_MONTH, accruedLateFees, lateFeeMinor } from '../../../src/core/templates/lateFee';
import { day } from '../support/build';
import { TODAY, jpyFile, noLateFeeFile, overdueFile } from './moneyDraftsSupport';

describe('late fee', () => {
  it('counts a month as 30 days', () => {
    assert.equal(LATE_FEE_DAYS_PER_MONTH, 30);
  });

  it('is balance × percent/100 × days/30, worked by hand', () => {
    // 1 200,00 at 1.5% for 131 days: 120000 × 0.015 × 131 / 30 = 7860 exactly.
    assert.equal(lateFeeMinor(120_000, 1.5, 131), 7860);
    // 750,25 for 75 days: 75025 × 0.015 × 2.5 = 2813.4375 -> 2813.
    assert.equal(lateFeeMinor(75_025, 1.5, 75), 2813);
    // 333,33 for 26 days: 33333 × 0.015 × 26/30 = 433.329 -> 433.
    assert.equal(lateFeeMinor(33_333, 1.5, 26), 433);
    // A full month at 2%: 1000,00 -> 20,00.
    assert.equal(lateFeeMinor(100_000, 2, 30), 2000);
    // 12000 yen at 2% for 38 days: 304 exactly; 120000 yen for 7 days: 560.
    assert.equal(lateFeeMinor(12_000, 2, 38), 304);
    assert.equal(lateFeeMinor(120_000, 2, 7), 560);
  });

  it('rounds half up, exactly, where floating point would round down', () => {
    // 1,00 at 1.5% for 10 days = 0.5 minor units -> 1.
    assert.equal(lateFeeMinor(100, 1.5, 10), 1);
    // 2,99 at 1% for 5 days = 0.49833 -> 0; 3,00 = 0.5 -> 1.
    assert.equal(lateFeeMinor(299, 1, 5), 0);
    assert.equal(lateFeeMinor(300, 1, 5), 1);
    // 15,00 at 2.3% for 10 days is 11.5 exactly; in floating point 1500 * 2.3 / 100 * 10 / 30 = 11.499999999999998.
    assert.equal(Math.round(((1500 * 2.3) / 100) * (10 / 30)), 11);
    assert.equal(lateFeeMinor(1500, 2.3, 10), 12);
    assert.equal(lateFeeMinor(1500, 4.1, 30), 62);
    // 0.1% is read as the decimal it was written as, not 0.1000000000000000055...
    assert.equal(lateFeeMinor(5000, 0.1, 30), 5);
    assert.equal(lateFeeMinor(500, 0.1, 30), 1); // 0.5 -> 1
    // Tiny and exponent-printed percentages.
    assert.equal(lateFeeMinor(1_000_000_000, 1e-7, 30), 1);
  });

  it('is 0 without a positive balance, percent or delay', () => {
    assert.equal(lateFeeMinor(0, 1.5, 30), 0);
    assert.equal(lateFeeMinor(-500, 1.5, 30), 0);
    assert.equal(lateFeeMinor(10_000, 0, 30), 0);
    assert.equal(lateFeeMinor(10_000, 1.5, 0), 0);
    assert.equal(lateFeeMinor(10_000, 1.5, -3), 0);
  });

  it('sums the rounded fee of each overdue invoice, oldest due first', () => {
    const facts = clientFacts(overdueFile(), 0, day(TODAY));
    const fees = accruedLateFees(facts, day(TODAY), DEFAULT_RULES)!;
    assert.equal(fees.percentPerMonth, 1.5);
    assert.deepEqual(
      fees.lines.map((l) => [l.invoice.number, l.balance, l.daysLate, l.fee]),
      [
        ['2026-001', 120_000, 131, 7860],
        ['2026-002', 75_025, 75, 2813],
        ['2026-003', 33_333, 26, 433],
      ],
    );
    assert.equal(fees.total, 11_106);
  });

  it('leaves out balances within the grace days, but counts days from the due date', () => {
    const facts = clientFacts(overdueFile(), 0, day(TODAY));
    const fees = accruedLateFees(facts, day(TODAY), resolveRules({ overdue: { graceDays: 30 } }))!;
    assert.deepEqual(
      fees.lines.map((l) => [l.invoice.number, l.daysLate]),
      [
        ['2026-001', 131],
        ['2026-002', 75],
      ],
    );
    assert.equal(fees.total, 7860 + 2813);
  });

  it('is undefined when the contract sets no late fee', () => {
    assert.equal(accruedLateFees(clientFacts(noLateFeeFile(), 0, day(TODAY)), day(TODAY), DEFAULT_RULES), undefined);
  });

  it('works in whole yen for JPY', () => {
    const fees = accruedLateFees(clientFacts(jpyFile(), 0, day(TODAY)), day(TODAY), DEFAULT_RULES)!;
    assert.deepEqual(
      fees.lines.map((l) => [l.invoice.number, l.balance, l.daysLate, l.fee]),
      [
        ['J-1', 12_000, 38, 304],
        ['J-2', 120_000, 7, 560],
      ],
    );
    assert.equal(fees.total, 864);
  });
});
