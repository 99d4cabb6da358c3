/** chronicLate: among the last invoices that fell due, too many were paid late or are still unpaid. */
import { InvoiceFacts } from '../health/facts';
import { Evidence, Severity } from '../health/types';
import { date, money, msg, pluralMsg, quantity } from '../messages';
import { SignalRule } from './signal';

/** Later due date first, then later issue date, then later in the file: a total order (indexes differ). */
const latestFirst = (a: InvoiceFacts, b: InvoiceFacts) => b.due - a.due || b.issued - a.issued || b.index - a.index;

/**
 * The `count` invoices due before today that come first in latestFirst order, in that order: the same as
 * filtering, sorting and slicing, by insertion into a list of at most `count` (a client has many invoices, 6 count).
 */
function lastFellDue(invoices: readonly InvoiceFacts[], today: number, limit: number): InvoiceFacts[] {
  const count = Math.trunc(limit); // as slice would take a setting of 2.5
  const kept: InvoiceFacts[] = [];
  if (count < 1) {
    return kept;
  }
  for (const invoice of invoices) {
    if (!(invoice.due < today) || (kept.length === count && latestFirst(invoice, kept[count - 1]) >= 0)) {
      continue;
    }
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && latestFirst(invoice, kept[at - 1]) < 0) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = invoice;
  }
  return kept;
}

export const chronicLate: SignalRule = ({ facts, today, rules }) => {
  const { lastInvoices, warning, critical } = rules.chronicLate;
  const currency = facts.currency;
  // "Last" by due date; equal due dates fall back to the later issue date, then to the later entry in the file.
  const fellDue = lastFellDue(facts.invoices, today, lastInvoices);
  // Paid on the due date is on time; grace days do not apply here (signals-v1 says "paid after their due date").
  const isLate = (i: InvoiceFacts) => i.paidOn === undefined || i.paidOn > i.due;
  const daysLate = (i: InvoiceFacts) => (i.paidOn ?? today) - i.due;
  const late = fellDue
    .filter(isLate)
    // Worst first: the most days late (an unpaid invoice counts up to today), then the oldest due date.
    .sort((a, b) => daysLate(b) - daysLate(a) || a.due - b.due || a.index - b.index);
  const count = late.length;
  // Checked critical first so that settings with critical <= warning still yield critical; no signal without a late invoice whatever the settings.
  const severity: Severity | undefined = count > 0 && count >= critical ? 'critical' : count > 0 && count >= warning ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }

  const evidence = late.map<Evidence>((i) =>
    i.paidOn === undefined
      ? { kind: 'invoice', path: i.path, message: msg('Invoice {0} was due on {1} and is still unpaid; {2} is owed.', i.number, date(i.due), money(i.balance, currency)) }
      : {
          kind: 'invoice',
          path: i.path,
          message: msg('Invoice {0} was due on {1} and was paid in full on {2}, {3} late.', i.number, date(i.due), date(i.paidOn), quantity(daysLate(i), 'day')),
        },
  );

  const total = fellDue.length;
  // "2 of the last 2" reads as a sum; when every one was late, say so. Both is English's word for all of two.
  let message;
  if (count < total) {
    message = pluralMsg(
      count,
      {
        one: '{0} of the last {1} invoices that fell due was paid late or is still unpaid.',
        other: '{0} of the last {1} invoices that fell due were paid late or are still unpaid.',
      },
      count,
      total,
    );
  } else if (total === 2) {
    message = msg('Both of the last 2 invoices that fell due were paid late or are still unpaid.');
  } else {
    message = pluralMsg(
      total,
      {
        one: 'The last invoice that fell due was paid late or is still unpaid.',
        other: 'All of the last {0} invoices that fell due were paid late or are still unpaid.',
      },
      total,
    );
  }

  return {
    id: 'chronicLate',
    severity,
    message,
    figure: msg('{0} of the last {1} late', count, total),
    evidence,
    remedy:
      severity === 'critical'
        ? msg(
            'Late payment has become a habit. Send a statement of account, ask for prepayment before any further work, and write into the contract that two late payments mean prepayment or the end of the engagement; if that is refused, consider parting ways.',
          )
        : msg(
            'Late payment is becoming a habit. Send a statement of account, ask for a deposit on the next piece of work, and write into the contract that work stops after a set number of days of late payment.',
          ),
  };
};
