/**
 * The termination email: one per reason, filled from the client
 * file. Professional and blame-free; for abuse, brief and effective at once.
 * The facts it states are in exitFacts.ts; the reason preselected for a
 * client is in terminationReason.ts.
 */
import { DayNumber } from '../dates';
import { Minor } from '../money';
import { ClientFile } from '../schema';
import { Block, Draft, Inline, lines, list, paragraph } from './document';
import { greeting, addresseeOf } from './greeting';
import { ExitDeliverable, ExitFacts, ExitOptions, exitFacts } from './exitFacts';
import { DraftInput } from './input';
import { DraftLanguage, Formatter, formatterFor } from './locale';
import { escapeLine } from './markdown';
import {
  Count,
  Referral,
  TERMINATION_REASONS,
  TERMINATION_TEXTS,
  TerminationReason,
} from './text/termination';
import { Addressee } from './text/greeting';
import { itFirst } from './text/typography';
import { typesetBlocks, typography } from './typeset';

export { TERMINATION_REASONS, TerminationReason };

/** A date for people in a draft: Intl's long date, with the French "1er" and the Italian "1º" for the first of the month. */
export function draftDate(fmt: Formatter, day: DayNumber): string {
  const text = fmt.date(day);
  return fmt.language === 'fr' ? text.replace(/^1 /, '1er ') : fmt.language === 'it' ? itFirst(text) : text;
}

/** Client text made safe for a Markdown block: escaped, on one line, trimmed. */
export const safe = escapeLine;

export const count = (fmt: Formatter, n: number): Count => ({ text: fmt.number(n), n });

/** The email as strings already formatted (or snippet tab stops), ready to be put in sentences. */
export interface TerminationModel {
  readonly reason: TerminationReason;
  /** Escaped for Markdown. */
  readonly client: Inline;
  /** The client name as it is, for the subject line. */
  readonly clientPlain: string;
  /** Who the greeting addresses. */
  readonly addressee: Addressee;
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
  return {
    reason,
    client: safe(x.client.name),
    clientPlain: x.client.name.replace(/\s+/g, ' ').trim(),
    addressee: addresseeOf(x.client),
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
  const blocks: Block[] = [paragraph(greeting(language, m.addressee))];
  const deliverableLine = (d: { name: Inline; due: Inline | undefined }) => t.deliverable(d.name, d.due);

  if (immediate) {
    blocks.push(paragraph(t.openingImmediate(m.today)), paragraph(t.immediateStop));
  } else {
    blocks.push(paragraph(t.opening), paragraph(t.reasons[m.reason]));
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
  // While invoices are open, a refund would send money one way while more is owed the other: offer to deduct it instead.
  if (m.invoices.length > 0) {
    blocks.push(
      paragraph(t.owedIntro),
      list(m.invoices.map((i) => t.invoice(i.number, i.issued, i.due, i.outstanding))),
      paragraph(t.total(m.total, m.payBy)),
    );
    if (m.refund) {
      blocks.push(paragraph(t.refundOrSetOff(m.refund.amount, m.handoverBy)));
    }
  } else if (m.refund) {
    blocks.push(paragraph(t.refund(m.refund.amount, m.handoverBy)));
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
    blocks: typesetBlocks(language, blocks),
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
