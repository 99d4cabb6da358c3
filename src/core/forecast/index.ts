/** Payment forecasts from a client's own history. No vscode here. */
import { DayNumber } from '../dates';
import { ClientFacts } from '../health/facts';
import { PaymentForecast, paymentForecast } from './forecast';

export { cashExpected, FREELANCER_BASE_RATE, MIN_HISTORY, paymentForecast, quantile } from './forecast';
export type { CashExpected, ExpectedPayment, OpenRecord, PaidRecord, PaymentForecast, Trend } from './forecast';

/** A client's forecast as of `today`: paid invoices (a positive amount paid in full) teach it; open ones get a date. */
export function clientForecast(facts: ClientFacts, today: DayNumber): PaymentForecast {
  const paid = [];
  const open = [];
  for (const invoice of facts.invoices) {
    if (invoice.amount <= 0) {
      continue;
    }
    if (invoice.paidOn !== undefined) {
      paid.push({ number: invoice.number, due: invoice.due, paidOn: invoice.paidOn });
    } else if (invoice.balance > 0) {
      open.push({ number: invoice.number, due: invoice.due, balance: invoice.balance });
    }
  }
  return paymentForecast(paid, open, today);
}
