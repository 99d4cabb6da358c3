/** overdue: an invoice still has a balance after its due date plus the grace days. */
import { InvoiceFacts } from '../health/facts';
import { Evidence, Severity } from '../health/types';
import { date, money, msg, pluralMsg, quantity } from '../messages';
import { sumMinor } from '../money';
import { SignalRule } from './signal';

export const overdue: SignalRule = ({ facts, today, rules }) => {
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

  const days = (i: InvoiceFacts) => quantity(daysLate(i), 'day');
  const evidence = late.map<Evidence>((i) => ({
    kind: 'invoice',
    path: i.path,
    message: msg('Invoice {0} was due on {1} and is {2} late; {3} of {4} is still owed.', i.number, date(i.due), days(i), money(i.balance, currency), money(i.amount, currency)),
  }));
  const count = late.length;
  const message = pluralMsg(
    count,
    {
      one: 'Invoice {2} is {3} overdue; {1} is still owed.',
      other: '{0} invoices are overdue and {1} is still owed on them; the oldest, {2}, is {3} late.',
    },
    count,
    money(owed, currency),
    oldest.number,
    days(oldest),
  );
  const figure = pluralMsg(count, { one: '{0} invoice, {1}, {2}', other: '{0} invoices, {1}, {2}' }, count, money(owed, currency), days(oldest));

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

  return { id: 'overdue', severity, message, figure, evidence, remedy };
};
