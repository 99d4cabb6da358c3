/** chronicLate: among the last invoices that fell due, too many were paid late or are still unpaid. */
import { clientForecast } from '../forecast';
import { ClientFacts, InvoiceFacts } from '../health/facts';
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

  evidence.push(...paymentHabit(facts, today));

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

/**
 * How late the client pays over all its paid invoices, and whether it is getting worse: the figures of the payment
 * forecast, so the signal and the forecast never disagree. Nothing without enough history to tell.
 */
function paymentHabit(facts: ClientFacts, today: number): Evidence[] {
  const forecast = clientForecast(facts, today);
  if (forecast.notEnoughHistory || forecast.medianDaysLate === undefined || forecast.p80DaysLate === undefined) {
    return [];
  }
  const n = forecast.paidInvoices;
  const median = forecast.medianDaysLate;
  const habit =
    median > 0
      ? pluralMsg(
          n,
          {
            one: 'Across its {0} paid invoice this client paid a median of {1} late; 8 in 10 were paid within {2} of the due date.',
            other: 'Across its {0} paid invoices this client paid a median of {1} late; 8 in 10 were paid within {2} of the due date.',
          },
          n,
          quantity(median, 'day'),
          quantity(Math.max(0, forecast.p80DaysLate), 'day'),
        )
      : pluralMsg(n, { one: 'Across its {0} paid invoice this client paid on time at the median.', other: 'Across its {0} paid invoices this client paid on time at the median.' }, n);
  const evidence: Evidence[] = [{ kind: 'figure', path: facts.path, message: habit }];
  const trend = forecast.trend;
  if (trend) {
    // The medians are named only when both are late: "a median of -2 days late" says nothing a person reads.
    const figures = trend.recentMedian > 0 && trend.earlierMedian > 0;
    const recent = quantity(trend.recentMedian, 'day');
    const earlier = quantity(trend.earlierMedian, 'day');
    const message =
      trend.direction === 'steady'
        ? msg('The last 3 payments came about as late as the ones before.')
        : trend.direction === 'later'
          ? figures
            ? msg('The last 3 payments came later than the ones before: a median of {0} late, against {1}.', recent, earlier)
            : msg('The last 3 payments came later than the ones before.')
          : figures
            ? msg('The last 3 payments came sooner than the ones before: a median of {0} late, against {1}.', recent, earlier)
            : msg('The last 3 payments came sooner than the ones before.');
    evidence.push({ kind: 'figure', path: facts.path, message });
  }
  return evidence;
}
