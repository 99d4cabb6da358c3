/**
 * The late fee a contract allows: simple monthly interest on each overdue
 * balance, pro rata by day, with a month counted as 30 days:
 *
 *   fee = balance × (percent / 100) × daysLate / 30
 *
 * computed exactly in integer minor units (BigInt, the percent read as the
 * decimal it was written as) and rounded half up to a whole minor unit per
 * invoice; the total is the sum of the rounded fees, so the lines of a draft
 * always add up to its total.
 *
 * Which invoices accrue a fee: those with a balance that the money figures
 * count as overdue (today after the due date plus the rules' grace days);
 * days late are counted from the due date itself, as the overdue signal does.
 * A fee accrues on the balance still owed today; invoices already paid, even
 * late, accrue nothing here.
 */
import { DayNumber } from '../dates';
import { ClientFacts, InvoiceFacts } from '../health/facts';
import { Rules } from '../health/rules';
import { Minor } from '../money';

/** The month convention of the pro-rata fee: every month counts as 30 days. */
export const LATE_FEE_DAYS_PER_MONTH = 30;

/** A non-negative finite number as digits × 10^-scale, exactly as JavaScript prints it (1.5 -> 15, 1; 1e-7 -> 1, 7). */
function decimalParts(value: number): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) {
    throw new RangeError(`not a non-negative finite number: ${value}`);
  }
  const fraction = m[2] ?? '';
  let digits = BigInt(m[1] + fraction);
  let scale = fraction.length - Number(m[3] ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/**
 * The fee on one balance: balance × percent/100 × daysLate/30, rounded half up
 * to a whole minor unit. 0 for a balance, percent or days that is not positive.
 */
export function lateFeeMinor(balance: Minor, percentPerMonth: number, daysLate: number): Minor {
  if (!(balance > 0) || !(percentPerMonth > 0) || !(daysLate > 0)) {
    return 0;
  }
  if (!Number.isInteger(balance) || !Number.isInteger(daysLate)) {
    throw new RangeError('balance and days late must be whole numbers');
  }
  const { digits, scale } = decimalParts(percentPerMonth);
  const numerator = BigInt(balance) * digits * BigInt(daysLate);
  const denominator = 100n * 10n ** BigInt(scale) * BigInt(LATE_FEE_DAYS_PER_MONTH);
  // Half up: floor(n/d + 1/2) = floor((2n + d) / 2d), every term positive.
  return Number((2n * numerator + denominator) / (2n * denominator));
}

export interface LateFeeLine {
  readonly invoice: InvoiceFacts;
  /** The balance the fee is computed on, in minor units. */
  readonly balance: Minor;
  /** Days from the due date to today. */
  readonly daysLate: number;
  readonly fee: Minor;
}

export interface LateFees {
  /** The contract's `lateFeePercentPerMonth`. */
  readonly percentPerMonth: number;
  /** Overdue invoices, oldest due date first. */
  readonly lines: readonly LateFeeLine[];
  /** Sum of the rounded fees. */
  readonly total: Minor;
}

/** The contract's late fee percent, or undefined when it sets none (absent or 0). */
export function contractLateFeePercent(facts: ClientFacts): number | undefined {
  const percent = facts.client.contract?.lateFeePercentPerMonth;
  return percent !== undefined && percent > 0 ? percent : undefined;
}

/** The overdue invoices (a balance, today after due + grace days), oldest due date first. */
export function overdueInvoices(facts: ClientFacts, today: DayNumber, rules: Rules): InvoiceFacts[] {
  return facts.invoices
    .filter((i) => i.balance > 0 && today > i.due + rules.overdue.graceDays)
    .sort((a, b) => a.due - b.due || a.issued - b.issued || a.index - b.index);
}

/** The late fees accrued as of today; undefined when the contract sets no late fee. */
export function accruedLateFees(facts: ClientFacts, today: DayNumber, rules: Rules): LateFees | undefined {
  const percentPerMonth = contractLateFeePercent(facts);
  if (percentPerMonth === undefined) {
    return undefined;
  }
  const lines = overdueInvoices(facts, today, rules).map<LateFeeLine>((invoice) => {
    const daysLate = today - invoice.due;
    return { invoice, balance: invoice.balance, daysLate, fee: lateFeeMinor(invoice.balance, percentPerMonth, daysLate) };
  });
  return { percentPerMonth, lines, total: lines.reduce((sum, l) => sum + l.fee, 0) };
}
