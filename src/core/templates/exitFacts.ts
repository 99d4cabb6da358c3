/**
 * The facts every exit draft shares: last day, what is owed, what is still
 * delivered, whether a refund is due. The termination email, the agreement
 * and the offboarding checklist all read them, so the three always agree.
 */
import { DayNumber, parseDate } from '../dates';
import { ClientFacts, clientFacts, InvoiceFacts } from '../health/facts';
import { Minor, sumMinor, toMinor } from '../money';
import { Client, ClientFile } from '../schema';
import { DraftInput } from './input';
import { ruptureNoticeDays } from './text/frenchLaw';
import { Referral, TerminationReason } from './text/termination';

/**
 * Notice given when the contract names none (or there is no contract): two
 * weeks, the shortest transition that lets a client find someone else without
 * being left stranded; a long relationship deserves more, which the contract
 * says. Under French law it scales with the relationship's length (see
 * `ruptureNoticeDays`: French law sanctions too short a notice).
 */
export const DEFAULT_NOTICE_DAYS = 14;
/** After an immediate end (abuse), files and access are handed over within this many days. */
export const IMMEDIATE_HANDOVER_DAYS = 7;
/** Payment is never asked for sooner than this many days after today. */
export const MIN_PAYMENT_DAYS = 14;

export interface ExitOptions {
  /** The last working day, when the user picks one (e.g. the next milestone). Ignored for abuse, which ends today. */
  readonly lastDay?: DayNumber;
  /** Forces the refund line on or off; by default it is detected (see `exitFacts`). */
  readonly refund?: boolean;
  /** The amount to refund, a decimal in the client's currency; without it the draft refunds "in proportion to the work not done". */
  readonly refundAmount?: number;
}

export interface ExitDeliverable {
  readonly name: string;
  readonly due: DayNumber | undefined;
}

/** What every exit draft says, computed once from the client file. */
export interface ExitFacts {
  readonly file: ClientFile;
  readonly client: Client;
  readonly currency: string;
  readonly today: DayNumber;
  /** True for abuse: the collaboration ends today, without notice. */
  readonly immediate: boolean;
  readonly lastDay: DayNumber;
  /** Where the last day comes from: the contract's noticeDays, the default notice, the caller's choice, or immediate. */
  readonly lastDaySource: 'contract' | 'default' | 'chosen' | 'immediate';
  /** Days from today to the last day. */
  readonly noticeDays: number;
  /** The first day of the relationship the file shows (see `relationshipStart`); undefined when it shows none. */
  readonly relationshipStart: DayNumber | undefined;
  /** The country whose law on ending a relationship the draft follows (`noticeLaw`); undefined: none in particular. */
  readonly noticeLaw: string | undefined;
  /**
   * The notice the relationship's length calls for under `noticeLaw`: under French law, one month per
   * year (`ruptureNoticeDays`); otherwise the default notice. A notice end shorter than this is worth a warning.
   */
  readonly suggestedNoticeDays: number;
  /** Invoices with a balance today, in the file's order. */
  readonly openInvoices: readonly InvoiceFacts[];
  /** Sum of their balances. */
  readonly owed: Minor;
  /** Everything received so far against any invoice. */
  readonly paid: Minor;
  /** Not done, and delivered by the last day (due on or before it, or with no due date). */
  readonly toFinish: readonly ExitDeliverable[];
  /** Not done, and not finished by the last day (due after it; every open deliverable when the end is immediate). */
  readonly unfinished: readonly ExitDeliverable[];
  readonly delivered: readonly ExitDeliverable[];
  /** Whether paid work is left unfinished (see `exitFacts`). */
  readonly refund: boolean;
  readonly refundAmount: Minor | undefined;
  /** When the open balance is asked for. */
  readonly payBy: DayNumber;
  /** When files, accounts and access are handed over (and a refund made). */
  readonly handoverBy: DayNumber;
  readonly referrals: readonly Referral[];
}

/**
 * The first day the file shows work with the client: the earliest of the
 * contract's start and signature, the first invoice, the first hours logged
 * and the first request. The journal is left out: it may record a first
 * contact long before any work.
 */
export function relationshipStart(facts: ClientFacts): DayNumber | undefined {
  const contract = facts.client.contract;
  const days = [
    contract?.start === undefined ? undefined : parseDate(contract.start),
    typeof contract?.signed === 'string' ? parseDate(contract.signed) : undefined,
    ...facts.invoices.map((i) => i.issued),
    ...facts.hours.map((h) => h.day),
    ...facts.requests.map((r) => r.day),
  ].filter((d): d is DayNumber => d !== undefined);
  // reduce, not Math.min(...days): a file may hold more entries than the stack takes as arguments.
  return days.length === 0 ? undefined : days.reduce((a, b) => Math.min(a, b));
}

/**
 * The country whose law on the notice the exit drafts follow: the freelancer's (`freelancer.country`), whatever the
 * draft's language, as the payment clause's law does. Without one (files written before the country existed, the
 * snippets) a French draft keeps French law, as it did: backward compatibility, not a rule.
 */
export function noticeLaw(input: Pick<DraftInput, 'file' | 'language'>): string | undefined {
  return input.file.freelancer.country ?? (input.language === 'fr' ? 'FR' : undefined);
}

/**
 * The shared facts of an exit.
 *
 * - Last day: abuse ends today. Otherwise `options.lastDay`, else today plus
 *   `contract.noticeDays` (not for the reason noContract: its terms were never signed), else today plus `suggestedNoticeDays`: `DEFAULT_NOTICE_DAYS`
 *   (14), or under French law (`noticeLaw`) one month per year of relationship, at least 14 days.
 * - Owed: the balance of every invoice with one today (paid, not yet due or overdue alike).
 * - Refund (unless `options.refund` says otherwise): the client has paid
 *   something, and at least one deliverable that is not done will not be
 *   finished by the last day (every open one when the end is immediate).
 * - Pay by: the last day or the latest due date of the open invoices, whichever
 *   is later; when that is today or earlier, today plus `MIN_PAYMENT_DAYS`.
 * - Handover by: the last day; for an immediate end, today plus `IMMEDIATE_HANDOVER_DAYS`.
 */
export function exitFacts(input: DraftInput, reason: TerminationReason, options: ExitOptions = {}): ExitFacts {
  const { file, clientIndex, today } = input;
  const facts = clientFacts(file, clientIndex, today);
  const client = facts.client;
  const immediate = reason === 'abuse';
  // Ending because no contract was signed: the terms on file were never agreed, so no notice is cited from them.
  const contractNotice = reason === 'noContract' ? undefined : client.contract?.noticeDays;
  const start = relationshipStart(facts);
  const law = noticeLaw(input);
  const suggestedNoticeDays = law === 'FR' ? ruptureNoticeDays(start === undefined ? undefined : today - start, DEFAULT_NOTICE_DAYS) : DEFAULT_NOTICE_DAYS;
  const [lastDay, lastDaySource]: [DayNumber, ExitFacts['lastDaySource']] = immediate
    ? [today, 'immediate']
    : options.lastDay !== undefined
      ? [Math.max(today, options.lastDay), 'chosen']
      : contractNotice !== undefined
        ? [today + contractNotice, 'contract']
        : [today + suggestedNoticeDays, 'default'];

  const openInvoices = facts.invoices.filter((i) => i.balance > 0);
  const owed = sumMinor(openInvoices.map((i) => i.balance));
  const paid = sumMinor(facts.invoices.map((i) => i.paid));

  const deliverables = (client.deliverables ?? []).map((d) => ({
    name: d.name,
    due: d.due === undefined ? undefined : parseDate(d.due),
    done: d.done === true,
  }));
  const open = deliverables.filter((d) => !d.done).sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity));
  const finishes = (d: { due: DayNumber | undefined }) => !immediate && (d.due === undefined || d.due <= lastDay);
  const strip = ({ name, due }: { name: string; due: DayNumber | undefined }): ExitDeliverable => ({ name, due });
  const toFinish = open.filter(finishes).map(strip);
  const unfinished = open.filter((d) => !finishes(d)).map(strip);
  const delivered = deliverables.filter((d) => d.done).map(strip);

  const refundAmount = options.refundAmount !== undefined && options.refundAmount > 0 ? toMinor(options.refundAmount, facts.currency) : undefined;
  const refund = options.refund ?? (refundAmount !== undefined || (paid > 0 && unfinished.length > 0));

  const latestDue = Math.max(lastDay, ...openInvoices.map((i) => i.due));
  const payBy = latestDue > today ? latestDue : today + MIN_PAYMENT_DAYS;
  const handoverBy = immediate ? today + IMMEDIATE_HANDOVER_DAYS : lastDay;

  return {
    file,
    client,
    currency: facts.currency,
    today,
    immediate,
    lastDay,
    lastDaySource,
    noticeDays: lastDay - today,
    relationshipStart: start,
    noticeLaw: law,
    suggestedNoticeDays,
    openInvoices,
    owed,
    paid,
    toFinish,
    unfinished,
    delivered,
    refund,
    refundAmount: refund ? refundAmount : undefined,
    payBy,
    handoverBy,
    referrals: (client.referrals ?? []).map((r) => ({ name: r.name, contact: r.contact || undefined, note: r.note || undefined })),
  };
}
