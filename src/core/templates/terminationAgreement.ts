/**
 * The termination agreement: the written follow-up after the call. What is
 * still delivered and by when, what is still owed, the last day, the handover
 * of files, accounts and credentials (never the secrets themselves), referrals,
 * and signature lines for both parties. Same facts as the termination email.
 */
import { DayNumber } from '../dates';
import { Block, Draft, heading, lines, list, paragraph, table } from './document';
import { DraftInput } from './input';
import { formatterFor } from './locale';
import { AGREEMENT_TEXTS } from './text/agreement';
import { TERMINATION_TEXTS } from './text/termination';
import { ExitOptions, exitFacts } from './exitFacts';
import { draftDate, safe, signatureOf, TerminationReason } from './terminationEmail';
import { typesetDraft } from './typeset';
import { plainLine } from './money/shared';

export interface AgreementOptions extends ExitOptions {
  /** The reason of the end; only abuse changes the agreement (immediate end, no referrals, no thanks). Default noLongerFit. */
  readonly reason?: TerminationReason;
}

/** A blank to sign on, escaped so that Markdown shows the underscores. */
const BLANK = '\\_'.repeat(24);

export function terminationAgreement(input: DraftInput, options: AgreementOptions = {}): Draft {
  const reason = options.reason ?? 'noLongerFit';
  const x = exitFacts(input, reason, options);
  const t = AGREEMENT_TEXTS[input.language];
  const fmt = formatterFor(input.language);
  const date = (day: DayNumber) => draftDate(fmt, day);
  const money = (minor: number) => fmt.money(minor, x.currency);
  const client = safe(x.client.name);
  const contact = x.client.contact?.name?.trim() ? safe(x.client.contact.name) : undefined;
  const [providerName] = signatureOf(input.file);
  const provider = input.file.freelancer.name?.trim() ? providerName : undefined;

  let section = 0;
  const h = (text: string) => heading(2, `${++section}. ${text}`);
  const blocks: Block[] = [heading(1, t.heading), paragraph(t.parties(provider, client, contact)), paragraph(t.purpose(date(x.today)))];

  blocks.push(h(t.endHeading), paragraph(x.immediate ? t.endImmediate(date(x.lastDay)) : t.endOnDay(date(x.lastDay))));

  blocks.push(h(t.workHeading));
  if (x.toFinish.length > 0) {
    blocks.push(
      table(
        t.deliverableHeader,
        x.toFinish.map((d) => [safe(d.name), fmt.tableDate(d.due ?? x.lastDay)]),
      ),
    );
  }
  if (x.unfinished.length > 0) {
    blocks.push(paragraph(t.asIs(date(x.handoverBy))), list(x.unfinished.map((d) => safe(d.name))));
  }
  if (x.toFinish.length === 0 && x.unfinished.length === 0) {
    blocks.push(paragraph(t.allDelivered));
  }

  blocks.push(h(t.moneyHeading));
  if (x.openInvoices.length > 0) {
    blocks.push(
      table(
        t.invoiceHeader,
        [
          ...x.openInvoices.map((i) => [safe(i.number), fmt.tableDate(i.issued), fmt.tableDate(i.due), money(i.balance)]),
          [`**${t.totalRow}**`, '', '', `**${money(x.owed)}**`],
        ],
        ['left', 'left', 'left', 'right'],
      ),
      paragraph(t.payTotal(money(x.owed), date(x.payBy))),
      paragraph(t.lateInterestWaiver(date(x.payBy))),
    );
  } else {
    blocks.push(paragraph(t.nothingOwed(date(x.today))));
  }
  blocks.push(paragraph(t.finalInvoice(date(x.lastDay))));
  if (x.refund) {
    // Set off against open invoices only when there are some; otherwise a plain refund.
    const refund = x.openInvoices.length > 0 ? t.refundOrSetOff : t.refund;
    blocks.push(paragraph(refund(x.refundAmount === undefined ? undefined : money(x.refundAmount), date(x.handoverBy))));
  }

  blocks.push(h(t.handoverHeading), paragraph(t.handoverIntro(date(x.handoverBy))), list(t.handoverItems), paragraph(t.rightsOnPayment), paragraph(t.credentials));

  if (!x.immediate && x.referrals.length > 0) {
    const referral = TERMINATION_TEXTS[input.language].referral;
    blocks.push(
      h(t.referralsHeading),
      paragraph(t.referralsIntro),
      list(x.referrals.map((r) => referral({ name: safe(r.name), contact: r.contact && safe(r.contact), note: r.note && safe(r.note) }))),
    );
  }

  blocks.push(h(t.closingHeading), paragraph(t.release));
  if (!x.immediate) {
    blocks.push(paragraph(t.thanks));
  }

  blocks.push(
    heading(2, t.signaturesHeading),
    ...(t.originals ? [paragraph(t.originals)] : []),
    lines(`**${t.provider}**`, ...(provider ? [t.nameLine(provider)] : [t.nameLine(BLANK)]), t.dateLine, `${t.signatureLine} ${BLANK}`),
    lines(`**${t.client}**`, t.nameLine(contact ?? BLANK), t.dateLine, `${t.signatureLine} ${BLANK}`),
  );

  return typesetDraft({ kind: 'terminationAgreement', language: input.language, title: t.title(plainLine(x.client.name)), blocks });
}
