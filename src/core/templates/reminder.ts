/**
 * Payment reminder, an email in three steps:
 * - `friendly`: before or at the due date; a light nudge;
 * - `firm`: an invoice is overdue; asks for payment or a date, and recalls the
 *   late fee the contract allows (announced before it is charged);
 * - `final`: states the late fee accrued under the contract and the date work
 *   stops: today plus `stopWorkDays` (default 7; the rules have no stop-work
 *   threshold of their own).
 * Each lists the open invoices (number, due date, balance, days late) and the
 * total. Firm and final need an overdue invoice: without one, the friendly
 * reminder is drafted whatever step was asked for; without any open invoice,
 * a short note says the account is up to date.
 */
import { DayNumber, parseDate } from '../dates';
import { Minor } from '../money';
import { Block, Draft, list, paragraph } from './document';
import { DraftInput } from './input';
import { accruedLateFees, contractLateFeePercent, overdueInvoices } from './lateFee';
import { addresseeOf, greeting } from './greeting';
import { dayCount, inline, moneyContext, plainLine, present, proseDate, signature } from './money/shared';
import { REMINDER_STEPS as STEPS } from '../vocabulary';
import { statutoryBlocks, statutoryFigures } from './statutory';
import { REMINDER_TEXTS, ReminderStep } from './text/reminder';
import { typesetDraft } from './typeset';

export type { ReminderStep } from './text/reminder';
export const REMINDER_STEPS: readonly ReminderStep[] = STEPS;

/** Days from today to the day work stops in a final reminder, when no option says otherwise. */
export const DEFAULT_STOP_WORK_DAYS = 7;

export interface ReminderOptions {
  /** Which reminder; default `suggestReminderStep(input)`. */
  readonly step?: ReminderStep;
  /** Final reminder: work stops this many days after today unless the overdue balance is paid. Default 7. */
  readonly stopWorkDays?: number;
}

/** With no reminder sent yet, the first one is friendly up to this many days late, firm after. */
export const FIRM_AFTER_DAYS_LATE = 14;

/**
 * The step that fits the client's invoices today, a ladder that never starts
 * at the top: nothing overdue -> friendly; overdue and no reminder sent yet
 * about an overdue invoice -> friendly up to FIRM_AFTER_DAYS_LATE days late,
 * firm after; after a friendly reminder -> firm; after a firm or final one ->
 * final. The reminders sent are the overdue invoices' `reminders` entries
 * dated after the invoice's due date, up to today. Overdue means a balance after the due date plus the
 * grace days.
 */
export function suggestReminderStep(input: DraftInput): ReminderStep {
  const { facts } = moneyContext(input);
  const overdue = overdueInvoices(facts, input.today, input.rules);
  if (overdue.length === 0) {
    return 'friendly';
  }
  const invoices = input.file.clients[input.clientIndex].invoices ?? [];
  // A reminder counts for an invoice once it fell due: one sent before (a friendly nudge listing every open
  // invoice) is not a step taken about that invoice being late.
  const sent = overdue
    .flatMap((i) => (invoices[i.index]?.reminders ?? []).filter((r) => {
      const day = parseDate(r.date);
      return day !== undefined && day > i.due && day <= input.today;
    }))
    .map((r) => REMINDER_STEPS.indexOf(r.step));
  if (sent.length === 0) {
    return overdue.some((i) => input.today - i.due > FIRM_AFTER_DAYS_LATE) ? 'firm' : 'friendly';
  }
  // reduce, not Math.max(...sent): a hostile file's hundred thousand reminders would overflow the stack.
  return sent.reduce((a, b) => Math.max(a, b)) === 0 ? 'firm' : 'final';
}

/** The day work stops in a final reminder drafted today. */
export function stopWorkDay(today: DayNumber, options: ReminderOptions = {}): DayNumber {
  const days = options.stopWorkDays ?? DEFAULT_STOP_WORK_DAYS;
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`stopWorkDays must be a whole number of days, 0 or more: ${days}`);
  }
  return today + days;
}

export function draftPaymentReminder(input: DraftInput, options: ReminderOptions = {}): Draft {
  const ctx = moneyContext(input);
  const { facts, format, currency, common } = ctx;
  const t = REMINDER_TEXTS[input.language];
  const today = input.today;
  const money = (minor: Minor) => format.money(minor, currency);
  const stopDay = stopWorkDay(today, options);

  const open = facts.invoices.filter((i) => i.balance > 0).sort((a, b) => a.due - b.due || a.issued - b.issued || a.index - b.index);
  const overdue = overdueInvoices(facts, today, input.rules);
  const asked = options.step ?? suggestReminderStep(input);
  const step: ReminderStep = overdue.length === 0 ? 'friendly' : asked;
  const to = present(ctx.client.contact?.email);
  const base = { kind: 'reminder' as const, step, language: input.language, title: t.title(step, plainLine(ctx.client.name)), ...(to ? { to } : {}) };

  const blocks: Block[] = [paragraph(greeting(input.language, addresseeOf(ctx.client)))];
  if (open.length === 0) {
    blocks.push(paragraph(t.nothingOpen), signature(ctx));
    return typesetDraft({ ...base, subject: t.nothingOpenSubject, blocks });
  }

  const concerned = step === 'friendly' ? open : overdue;
  const subject = t.subject(step, concerned.length, plainLine(concerned[0].number));
  const outstanding = open.reduce((sum, i) => sum + i.balance, 0);
  const overdueTotal = overdue.reduce((sum, i) => sum + i.balance, 0);

  const invoiceList = list(
    open.map((i) =>
      t.invoiceLine(
        inline(i.number),
        proseDate(ctx, i.due),
        money(i.balance),
        today > i.due ? common.days(dayCount(ctx, today - i.due), today - i.due) : undefined,
      ),
    ),
  );
  const total = paragraph(overdueTotal > 0 && overdueTotal < outstanding ? t.totalWithOverdue(money(outstanding), money(overdueTotal)) : t.total(money(outstanding)));

  const percent = contractLateFeePercent(facts);
  // Firm and final only: a friendly nudge does not open with what the law lets me claim.
  const statutory = step === 'friendly' ? undefined : statutoryFigures(ctx);
  // The French sentence on the 40 euros (recoveryFee) predates freelancer.country: it stays, for backward
  // compatibility, only when the file names no country; with one, the law of that country speaks through `statutory`.
  const legacyRecoveryFee = input.file.freelancer.country === undefined && t.recoveryFee ? t.recoveryFee.bind(t) : undefined;
  switch (step) {
    case 'friendly':
      blocks.push(paragraph(t.friendlyIntro(open.length)), invoiceList, total, paragraph(t.friendlyClose));
      break;
    case 'firm':
      blocks.push(paragraph(t.firmIntro(overdue.length, format.number(overdue.length, 0))), invoiceList, total, paragraph(t.firmAsk));
      if (percent !== undefined) {
        blocks.push(paragraph(t.firmFee(format.percent(percent), percent)));
      }
      if (legacyRecoveryFee) {
        blocks.push(paragraph(legacyRecoveryFee('firm', overdue.length, percent !== undefined)));
      }
      if (statutory) {
        blocks.push(...statutoryBlocks(ctx, statutory, true));
      }
      blocks.push(paragraph(t.alreadyPaid));
      break;
    case 'final': {
      blocks.push(paragraph(t.finalIntro), invoiceList, total);
      const fees = accruedLateFees(facts, today, input.rules);
      const withFee = percent !== undefined && fees !== undefined;
      if (withFee) {
        blocks.push(paragraph(t.finalFee(format.percent(percent), percent, proseDate(ctx, today), money(fees.total))));
      }
      if (legacyRecoveryFee) {
        blocks.push(paragraph(legacyRecoveryFee('final', overdue.length, withFee)));
      }
      if (statutory) {
        blocks.push(...statutoryBlocks(ctx, statutory, true));
      }
      blocks.push(paragraph(t.finalDeadline(money(overdueTotal), proseDate(ctx, stopDay))), paragraph(t.finalOpenDoor), paragraph(t.alreadyPaid));
      break;
    }
  }
  blocks.push(signature(ctx));
  return typesetDraft({ ...base, subject, blocks });
}

