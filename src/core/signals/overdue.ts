/** overdue: an invoice still has a balance after its due date plus the grace days. */
import { InvoiceFacts } from '../health/facts';
import { Evidence, Severity } from '../health/types';
import { date, money, msg } from '../messages';
import { sumMinor } from '../money';
import { SignalRule } from './signal';

export const overdue: SignalRule = ({ facts, today, rules }) => {
  if (facts.client.status === 'ended') {
    return undefined;
  }
  const { graceDays, criticalDaysLate } = rules.overdue;
  const currency = facts.currency;
  // A balance is anything above 0 minor units (a cent still owed counts); days late are counted from the due date, not from the end of the grace days.
  const late = facts.invoices
    .filter((i) => i.balance > 0 && today > i.due + graceDays)
    // Oldest due date first: the longest-overdue invoice is the most pressing.
    .sort((a, b) => a.due - b.due || a.issued - b.issued || a.index - b.index);
  if (late.length === 0) {
    return undefined;
  }
  const daysLate = (i: InvoiceFacts) => today - i.due;
  const severity: Severity = late.some((i) => daysLate(i) > criticalDaysLate) ? 'critical' : 'warning';
  const owed = sumMinor(late.map((i) => i.balance));
  const oldest = late[0];

  const evidence = late.map<Evidence>((i) => ({
    kind: 'invoice',
    path: i.path,
    message:
      daysLate(i) === 1
        ? msg('Invoice {0} was due on {1} and is 1 day late; {2} of {3} is still owed.', i.number, date(i.due), money(i.balance, currency), money(i.amount, currency))
        : msg(
            'Invoice {0} was due on {1} and is {2} days late; {3} of {4} is still owed.',
            i.number,
            date(i.due),
            daysLate(i),
            money(i.balance, currency),
            money(i.amount, currency),
          ),
  }));

  let message;
  if (late.length === 1) {
    message =
      daysLate(oldest) === 1
        ? msg('Invoice {0} is 1 day overdue; {1} is still owed.', oldest.number, money(owed, currency))
        : msg('Invoice {0} is {1} days overdue; {2} is still owed.', oldest.number, daysLate(oldest), money(owed, currency));
  } else {
    message =
      daysLate(oldest) === 1
        ? msg('{0} invoices are overdue and {1} is still owed on them; the oldest, {2}, is 1 day late.', late.length, money(owed, currency), oldest.number)
        : msg(
            '{0} invoices are overdue and {1} is still owed on them; the oldest, {2}, is {3} days late.',
            late.length,
            money(owed, currency),
            oldest.number,
            daysLate(oldest),
          );
  }

  const fee = facts.client.contract?.lateFeePercentPerMonth;
  let remedy;
  if (severity === 'critical') {
    remedy =
      fee !== undefined && fee > 0
        ? msg(
            'Send a statement of account with every invoice, payment and balance, and a payment reminder that states the late fee of {0}% per month that the contract allows. Consider pausing work until the overdue balance is paid.',
            fee,
          )
        : msg(
            'Send a statement of account with every invoice, payment and balance, and a payment reminder. The contract sets no late fee, so announce any fee before you charge it. Consider pausing work until the overdue balance is paid.',
          );
  } else {
    remedy =
      fee !== undefined && fee > 0
        ? msg(
            'Send a statement of account with every invoice, payment and balance, and a payment reminder that states the late fee of {0}% per month that the contract allows.',
            fee,
          )
        : msg(
            'Send a statement of account with every invoice, payment and balance, and a payment reminder. The contract sets no late fee, so announce any fee before you charge it.',
          );
  }

  return { id: 'overdue', severity, message, evidence, remedy };
};
