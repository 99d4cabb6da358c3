/**
 * An invoice's amount, payments and balance in whole minor units that add up exactly, so that a statement's rows, its
 * totals, the CSV, the balances and the signals never differ by a cent.
 */
import { DayNumber, parseDate } from '../dates';
import { Minor, toMinor } from '../money';
import { Invoice } from '../schema';

export interface PaymentFacts {
  /** Index of the payment in the invoice's `payments`. */
  readonly index: number;
  readonly day: DayNumber;
  /** The one minor amount of this payment that statements, CSV, balances and signals all use. */
  readonly amount: Minor;
}

// Payments are added up in ten-thousandths of a minor unit, so that three payments of 33.333 settle 100.00: the
// format's rule is that an invoice is paid when its balance is at most half a minor unit.
const FINE = 10_000;
const HALF_MINOR = 5_000;

// Scratch space for one invoice's payments, reused from invoice to invoice (an invoice has a few).
const payDays: number[] = [];
const payFine: number[] = [];
const payIndex: number[] = [];

/** What an invoice comes to as of today, in minor units: `paid` is the sum of the payments and `amount - paid` the balance. */
export interface Settlement {
  readonly amount: Minor;
  readonly paid: Minor;
  readonly paidOn: DayNumber | undefined;
  readonly payments: readonly PaymentFacts[];
}

/**
 * Every figure of an invoice in whole minor units that add up exactly, so that a statement's rows, its totals, the CSV and
 * the balances never differ by a cent. The amount rounds half a minor unit down (a half left over is paid, as the format
 * says); each payment is worth the running total rounded minus the previous running total rounded, so three payments of
 * 33.333 are 33.33, 33.34 and 33.33. `today` undefined counts every payment.
 */
export function settle(invoice: Invoice, issued: DayNumber, currency: string, today: DayNumber | undefined): Settlement {
  const amount = roundFine(toMinor(invoice.amount * FINE, currency), false);
  // Payments in date order (stable for equal days); a payment dated after today has not arrived yet (an evaluation as of an earlier date).
  let count = 0;
  let inOrder = true;
  (invoice.payments ?? []).forEach((payment, p) => {
    const day = parseDate(payment.date)!;
    if (today === undefined || day <= today) {
      if (count > 0 && day < payDays[count - 1]) {
        inOrder = false;
      }
      payDays[count] = day;
      payFine[count] = toMinor(payment.amount * FINE, currency);
      payIndex[count] = p;
      count++;
    }
  });
  let order: number[] | undefined;
  if (!inOrder) {
    order = Array.from({ length: count }, (_, k) => k).sort((a, b) => payDays[a] - payDays[b]);
  }
  const payments = new Array<PaymentFacts>(count);
  let fine = 0;
  let paid = 0;
  let paidOn: DayNumber | undefined = amount <= 0 ? issued : undefined;
  for (let k = 0; k < count; k++) {
    const at = order ? order[k] : k;
    fine += payFine[at];
    const total = roundFine(fine, true);
    payments[k] = { index: payIndex[at], day: payDays[at], amount: total - paid };
    paid = total;
    if (paidOn === undefined && paid >= amount) {
      paidOn = payDays[at];
    }
  }
  return { amount, paid, paidOn, payments };
}

/** Fine units (never negative) to minor units, half up or half down. */
function roundFine(fine: number, halfUp: boolean): Minor {
  const whole = Math.floor(fine / FINE);
  const rest = fine - whole * FINE;
  return rest > HALF_MINOR || (halfUp && rest === HALF_MINOR) ? whole + 1 : whole;
}
