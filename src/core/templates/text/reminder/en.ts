/** The payment reminder's words in English (see ../reminder.ts). */
import type { ReminderTexts } from '../reminder';

export const en: ReminderTexts = {
  title: (step, client) =>
    ({ friendly: `Payment reminder – ${client}`, firm: `Overdue payment reminder – ${client}`, final: `Final payment reminder – ${client}` })[step],
  subject: (step, count, n) =>
    count === 1
      ? { friendly: `Reminder: invoice ${n}`, firm: `Payment overdue: invoice ${n}`, final: `Final reminder: invoice ${n}` }[step]
      : { friendly: `Reminder: ${count} open invoices`, firm: `Payment overdue: ${count} invoices`, final: `Final reminder: ${count} overdue invoices` }[step],
  nothingOpenSubject: 'Your account is up to date',
  nothingOpen: 'There are no open invoices on your account at the moment: everything is paid. Thank you.',
  invoiceLine: (invoice, due, balance, daysLate) => `Invoice ${invoice}, due ${due}: ${balance} outstanding${daysLate ? `, ${daysLate} late` : ''}`,
  total: (total) => `Total outstanding: ${total}.`,
  totalWithOverdue: (total, overdue) => `Total outstanding: ${total}, of which ${overdue} is overdue.`,
  friendlyIntro: (count) =>
    `I hope all is well. Here is a friendly reminder about the ${count === 1 ? 'invoice below, which is' : 'invoices below, which are'} awaiting payment:`,
  friendlyClose:
    'If the payment is already on its way, thank you, and please disregard this message. If you need a copy of an invoice or anything else from me, just let me know.',
  firmIntro: (count, n) =>
    `According to my records, ${count === 1 ? 'one invoice on your account is' : `${n} invoices on your account are`} now past due. Here are the open invoices:`,
  firmAsk:
    'Could you please arrange payment at your earliest convenience, or let me know when I can expect it? If anything about an invoice is unclear, tell me and we will sort it out together.',
  firmFee: (percent) => `As a reminder, the contract provides for a late fee of ${percent} a month on overdue balances.`,
  alreadyPaid: 'If you have already paid, thank you, and please disregard this message.',
  finalIntro: 'I am writing again about the overdue balance on your account, which is still unpaid. Here are the open invoices:',
  finalFee: (percent, _value, date, accrued) =>
    `Under our contract, overdue balances carry a late fee of ${percent} a month. As of ${date} it amounts to ${accrued}, counting a month as 30 days; it is not included in the total above.`,
  finalDeadline: (overdue, date) =>
    `Please settle the overdue balance of ${overdue} by ${date}. If I have not received it by then, I will pause all work from that date until the account is up to date.`,
  finalOpenDoor: 'I would much rather not get to that point: if something is holding up the payment, please tell me and we will find a solution together.',
};
