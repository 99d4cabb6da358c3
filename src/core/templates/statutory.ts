/**
 * The statutory late-payment figures of a client (src/core/law clientLateFees), as blocks for firm and final
 * reminders and the statement. The law is chosen by `freelancer.country`, never by the draft's language: a French
 * draft for an Italian freelancer cites Italian law, in French. Every figure shown is clientLateFees' own; nothing
 * is computed again here.
 */
import { parseDate } from '../dates';
import { ClientLateFees, clientLateFees, hasStatedFigure, includesCapitalised, mergeRates } from '../law';
import { Block, list, paragraph } from './document';
import { MoneyContext, dayCount, inline, proseDate } from './money/shared';
import { STATUTORY_TEXTS } from './text/statutory';

const LIST_LOCALES = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', tr: 'tr-TR' } as const;



/** The client's statutory figures as of today, when there are some to state; undefined otherwise (no country, consumer, all waived). */
export function statutoryFigures(ctx: MoneyContext): ClientLateFees | undefined {
  const fees = clientLateFees(ctx.facts, ctx.input.today, ctx.input.rates ?? mergeRates([]));
  return typeof fees === 'object' && fees.invoices.some(hasStatedFigure) ? fees : undefined;
}

/** The statutory figures as blocks: the law and its basis, one line per invoice, the total, and the notes that apply. */
export function statutoryBlocks(ctx: MoneyContext, fees: ClientLateFees, inReminder: boolean): Block[] {
  const t = STATUTORY_TEXTS[ctx.input.language];
  const { format, currency } = ctx;
  const today = proseDate(ctx, ctx.input.today);
  const listFormat = new Intl.ListFormat(LIST_LOCALES[ctx.input.language], { type: 'conjunction' });
  const shown = fees.invoices.filter(hasStatedFigure);
  const lines = shown.map((i) => {
    const percents = [...new Set(i.periods.map((p) => p.percent).filter((p): p is number => p !== undefined))];
    const interest = i.interestOutcome === 'waived' || i.interest === undefined ? undefined : format.money(i.interest, currency);
    return t.invoiceLine(
      inline(i.invoice),
      ctx.common.days(dayCount(ctx, i.daysLate), i.daysLate),
      interest,
      listFormat.format(percents.map((p) => format.percent(p))),
      i.compensation && format.money(i.compensation.amount, i.compensation.currency),
    );
  });
  const interest = fees.interest;
  const compensation = fees.compensation;
  // Where the contract's own late fee replaces the statutory interest, the interest is a comparison: no sum with it.
  const replaced = shown.some((i) => i.interestOutcome !== 'waived' && i.contractFee?.applies === 'contract');
  const all = interest !== undefined && compensation !== undefined && !replaced ? format.money(interest + compensation, currency) : undefined;
  const blocks: Block[] = [paragraph(t.intro(t.basis(fees.country), today, fees.rule.compensation !== undefined)), list(lines)];
  // No total when neither sum can be told (a rate missing, compensation in another currency): the lines say why.
  if (interest !== undefined || compensation !== undefined) {
    const interestText = interest === undefined ? undefined : format.money(interest, currency);
    blocks.push(paragraph(t.total(today, interestText, compensation === undefined ? undefined : format.money(compensation, currency), all, inReminder)));
  }
  // BW 6:119a lid 3: a figure more than a year old runs on its earlier years' interest too, which the lines do not show.
  if (shown.some(includesCapitalised)) {
    blocks.push(paragraph(t.capitalisedYearly));
  }
  if (shown.some((i) => i.interestOutcome === 'appliesAnyway' || i.compensationOutcome === 'appliesAnyway')) {
    blocks.push(paragraph(t.appliesAnyway));
  }
  // One sentence per distinct decision: the contract's rate is the same on every invoice, the reason rarely differs.
  const decisions = new Map<string, string>();
  for (const i of shown) {
    const d = i.contractFee;
    if (d && i.interestOutcome !== 'waived') {
      const sentence = t.contractFee(d.reason, format.percent(d.contractAnnualPercent), d.statutoryAnnualPercent === undefined ? undefined : format.percent(d.statutoryAnnualPercent));
      decisions.set(sentence, sentence);
    }
  }
  blocks.push(...[...decisions.values()].map((s) => paragraph(s)));
  if (replaced) {
    blocks.push(paragraph(t.comparisonOnly));
  }
  const upTo = fees.ratesUpTo === undefined ? undefined : parseDate(fees.ratesUpTo);
  if (fees.olderRate && upTo !== undefined) {
    blocks.push(paragraph(t.olderRate(proseDate(ctx, upTo))));
  }
  return blocks;
}
