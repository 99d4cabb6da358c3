/**
 * The termination email (issue 4): one per reason, filled from the client
 * file. Professional and blame-free; for abuse, brief and effective at once.
 *
 * Also the facts every exit draft shares (`exitFacts`: last day, what is owed,
 * what is still delivered, whether a refund is due), used by the termination
 * agreement and the offboarding checklist, so the three drafts always agree.
 */
import { DayNumber, parseDate } from '../dates';
import { clientFacts, InvoiceFacts } from '../health/facts';
import { ClientHealth, SIGNAL_IDS, Signal, SignalId } from '../health/types';
import { Minor, sumMinor, toMinor } from '../money';
import { Client, ClientFile } from '../schema';
import { Block, Draft, Inline, lines, list, paragraph } from './document';
import { DraftInput } from './input';
import { DraftLanguage, Formatter, formatterFor } from './locale';
import { escapeMarkdown } from './markdown';
import {
  Count,
  frenchTypography,
  NoticeReason,
  Referral,
  TERMINATION_REASONS,
  TERMINATION_TEXTS,
  TerminationReason,
} from './text/termination';

export { TERMINATION_REASONS, TerminationReason };

/** Notice given when the contract names none (or there is no contract): two weeks, the least the domain brief allows. */
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
 * The shared facts of an exit.
 *
 * - Last day: abuse ends today. Otherwise `options.lastDay`, else today plus
 *   `contract.noticeDays`, else today plus `DEFAULT_NOTICE_DAYS` (14).
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
  const contractNotice = client.contract?.noticeDays;
  const [lastDay, lastDaySource]: [DayNumber, ExitFacts['lastDaySource']] = immediate
    ? [today, 'immediate']
    : options.lastDay !== undefined
      ? [Math.max(today, options.lastDay), 'chosen']
      : contractNotice !== undefined
        ? [today + contractNotice, 'contract']
        : [today + DEFAULT_NOTICE_DAYS, 'default'];

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

/** A date for people in a draft: Intl's long date, with the French "1er" for the first of the month. */
export function draftDate(fmt: Formatter, day: DayNumber): string {
  const text = fmt.date(day);
  return fmt.language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** Client text made safe for a Markdown block: escaped, on one line, trimmed. */
export const safe = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

export const count = (fmt: Formatter, n: number): Count => ({ text: fmt.number(n), n });

/** A language's typography on one string (French no-break spaces). */
export const typography = (language: DraftLanguage, text: string): string => (language === 'fr' ? frenchTypography(text) : text);

/** Applies a language's typography (French no-break spaces) to every string of some blocks. */
export function polish(language: DraftLanguage, blocks: readonly Block[]): Block[] {
  if (language !== 'fr') {
    return [...blocks];
  }
  const f = frenchTypography;
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: f(b.text) };
      case 'lines':
        return { ...b, lines: b.lines.map(f) };
      case 'list':
        return { ...b, items: b.items.map(f) };
      case 'tasks':
        return { ...b, items: b.items.map((i) => ({ ...i, text: f(i.text) })) };
      case 'table':
        return { ...b, header: b.header.map(f), rows: b.rows.map((r) => r.map(f)) };
      default:
        return b;
    }
  });
}

/** The email as strings already formatted (or snippet tab stops), ready to be put in sentences. */
export interface TerminationModel {
  readonly reason: TerminationReason;
  /** Escaped for Markdown. */
  readonly client: Inline;
  /** The client name as it is, for the subject line. */
  readonly clientPlain: string;
  readonly contact: Inline | undefined;
  readonly today: Inline;
  readonly lastDay: Inline;
  readonly lastDaySource: ExitFacts['lastDaySource'];
  readonly notice: Count;
  readonly toFinish: readonly { readonly name: Inline; readonly due: Inline | undefined }[];
  readonly unfinished: readonly { readonly name: Inline; readonly due: Inline | undefined }[];
  readonly invoices: readonly { readonly number: Inline; readonly issued: Inline; readonly due: Inline; readonly outstanding: Inline }[];
  readonly total: Inline;
  readonly payBy: Inline;
  readonly refund: { readonly amount: Inline | undefined } | undefined;
  readonly handoverBy: Inline;
  readonly referrals: readonly Referral[];
  readonly signature: readonly Inline[];
}

/** Name and email of the freelancer, escaped, for the signature. */
export function signatureOf(file: ClientFile | undefined): Inline[] {
  const name = file?.freelancer.name?.trim();
  const email = file?.freelancer.email;
  return [...(name ? [safe(name)] : []), ...(email ? [safe(email)] : [])];
}

export function terminationModel(input: DraftInput, reason: TerminationReason, options: ExitOptions = {}): TerminationModel {
  const x = exitFacts(input, reason, options);
  const fmt = formatterFor(input.language);
  const date = (day: DayNumber) => draftDate(fmt, day);
  const money = (minor: Minor) => fmt.money(minor, x.currency);
  const deliverable = (d: ExitDeliverable) => ({ name: safe(d.name), due: d.due === undefined ? undefined : date(d.due) });
  const contactName = x.client.contact?.name?.trim();
  return {
    reason,
    client: safe(x.client.name),
    clientPlain: x.client.name.replace(/\s+/g, ' ').trim(),
    contact: contactName ? safe(contactName) : undefined,
    today: date(x.today),
    lastDay: date(x.lastDay),
    lastDaySource: x.lastDaySource,
    notice: count(fmt, x.noticeDays),
    toFinish: x.toFinish.map(deliverable),
    unfinished: x.unfinished.map(deliverable),
    invoices: x.openInvoices.map((i) => ({ number: safe(i.number), issued: date(i.issued), due: date(i.due), outstanding: money(i.balance) })),
    total: money(x.owed),
    payBy: date(x.payBy),
    refund: x.refund ? { amount: x.refundAmount === undefined ? undefined : money(x.refundAmount) } : undefined,
    handoverBy: date(x.handoverBy),
    referrals: x.referrals.map((r) => ({
      name: safe(r.name),
      contact: r.contact ? safe(r.contact) : undefined,
      note: r.note ? safe(r.note) : undefined,
    })),
    signature: signatureOf(x.file),
  };
}

/** Subject, title and blocks of the email, from its model. */
export function renderTermination(m: TerminationModel, language: DraftLanguage): { title: string; subject: string; blocks: Block[] } {
  const t = TERMINATION_TEXTS[language];
  const immediate = m.reason === 'abuse';
  const blocks: Block[] = [paragraph(t.greeting(m.contact))];
  const deliverableLine = (d: { name: Inline; due: Inline | undefined }) => t.deliverable(d.name, d.due);

  if (immediate) {
    blocks.push(paragraph(t.openingImmediate(m.today)), paragraph(t.immediateStop));
  } else {
    blocks.push(paragraph(t.opening), paragraph(t.reasons[m.reason as NoticeReason]));
    blocks.push(
      paragraph(
        m.lastDaySource === 'contract'
          ? t.lastDayContract(m.client, m.lastDay, m.notice)
          : m.lastDaySource === 'default'
            ? t.lastDayDefault(m.client, m.lastDay, m.notice)
            : t.lastDayChosen(m.client, m.lastDay),
      ),
    );
    if (m.toFinish.length > 0) {
      blocks.push(paragraph(t.deliverIntro), list(m.toFinish.map(deliverableLine)));
    }
    if (m.unfinished.length > 0) {
      blocks.push(paragraph(t.notFinishedIntro), list(m.unfinished.map(deliverableLine)));
    }
  }
  if (m.refund) {
    blocks.push(paragraph(t.refund(m.refund.amount, m.handoverBy)));
  }
  if (m.invoices.length > 0) {
    blocks.push(
      paragraph(t.owedIntro),
      list(m.invoices.map((i) => t.invoice(i.number, i.issued, i.due, i.outstanding))),
      paragraph(t.total(m.total, m.payBy)),
    );
  }
  blocks.push(paragraph(t.handover(m.handoverBy)));
  if (!immediate) {
    if (m.referrals.length > 0) {
      blocks.push(paragraph(t.referralsIntro), list(m.referrals.map(t.referral)));
    } else {
      blocks.push(paragraph(t.noReferrals));
    }
    blocks.push(paragraph(t.thanks(m.client)));
  }
  blocks.push(lines(immediate ? t.closingImmediate : t.closing, ...m.signature));

  const typo = (s: string) => typography(language, s);
  return {
    title: typo(t.title(m.clientPlain)),
    subject: typo(immediate ? t.subjectImmediate(m.clientPlain) : t.subject(m.clientPlain)),
    blocks: polish(language, blocks),
  };
}

/**
 * The termination email for one client, in the input's language.
 * `to` is the contact's email when the file has one.
 */
export function terminationEmail(input: DraftInput, reason: TerminationReason, options: ExitOptions = {}): Draft {
  const { title, subject, blocks } = renderTermination(terminationModel(input, reason, options), input.language);
  const to = input.file.clients[input.clientIndex].contact?.email;
  return { kind: 'terminationEmail', language: input.language, title, subject, ...(to ? { to } : {}), blocks };
}

/** The reason's name in a language, for a quick pick. */
export function terminationReasonLabel(reason: TerminationReason, language: DraftLanguage): string {
  return TERMINATION_TEXTS[language].reasonLabels[reason];
}

/**
 * The reason a signal points to, for every signal id:
 *
 * | signal | reason |
 * |---|---|
 * | overdue, chronicLate | payment |
 * | scopeCreep | scopeCreep |
 * | noContract | noContract |
 * | afterHours | disrespectOfTime |
 * | lowRate, haggling | rateTooLow |
 * | abuse | abuse |
 * | negativity | noLongerFit (blame-free: the email does not tell them they are negative) |
 * | poorFit | noLongerFit; styleMismatch when the client is given and its style rating is the lower one |
 * | lowVolume | notEnoughWork |
 * | outgrown | noLongerFit (the business has grown) |
 */
export const REASON_FOR_SIGNAL: Readonly<Record<SignalId, TerminationReason>> = {
  overdue: 'payment',
  chronicLate: 'payment',
  scopeCreep: 'scopeCreep',
  noContract: 'noContract',
  afterHours: 'disrespectOfTime',
  lowRate: 'rateTooLow',
  haggling: 'rateTooLow',
  abuse: 'abuse',
  negativity: 'noLongerFit',
  poorFit: 'noLongerFit',
  lowVolume: 'notEnoughWork',
  outgrown: 'noLongerFit',
};

/** Reason preselected when a client has no signal: the most neutral one. */
export const DEFAULT_TERMINATION_REASON: TerminationReason = 'noLongerFit';

/**
 * Preselects the reason of a termination email from the client's worst
 * signal: abuse whenever it is present, else the first critical signal, else
 * the first warning, in the order of SIGNAL_IDS. No signal: noLongerFit.
 * @param client the client, to tell a style mismatch from work you dread (poorFit)
 */
export function suggestTerminationReason(
  source: ClientHealth | readonly Pick<Signal, 'id' | 'severity'>[],
  client?: Pick<Client, 'fit'>,
): TerminationReason {
  const signals: readonly Pick<Signal, 'id' | 'severity'>[] = 'signals' in source ? source.signals : source;
  const rank = (s: Pick<Signal, 'id' | 'severity'>) => (s.id === 'abuse' ? -1 : s.severity === 'critical' ? 0 : 1) * 100 + SIGNAL_IDS.indexOf(s.id);
  const worst = [...signals].sort((a, b) => rank(a) - rank(b))[0];
  if (!worst) {
    return DEFAULT_TERMINATION_REASON;
  }
  if (worst.id === 'poorFit' && client?.fit?.styleMatch !== undefined) {
    const { styleMatch, enjoyment } = client.fit;
    return enjoyment === undefined || styleMatch <= enjoyment ? 'styleMismatch' : 'noLongerFit';
  }
  return REASON_FOR_SIGNAL[worst.id];
}
