/**
 * The dashboard's view of a client's statutory late fees: clientLateFees' figures as the page shows them, per
 * invoice overdue today, with the totals and the notes the law calls for. Here rather than in src/dashboard so it
 * loads with the law tables, in the drafts' bundle (dist/drafts.js), never with activation; the page's schema
 * (src/dashboard/statutoryProtocol.ts) has the same shape, which the dashboard's caller checks at compile time.
 */
import type { ClientLateFees, NoStatutoryFigures } from './client';
import { hasStatedFigure, includesCapitalised } from './stated';
import { DayNumber, parseDate } from '../dates';
import { date, Message, msg } from '../messages';

export interface StatutoryView {
  /** The legal basis as the rule words it (the CLI JSON's `basis`); empty for a consumer. */
  readonly basis: string;
  readonly rows: { readonly invoice: string; readonly daysLate: number; readonly interest: string; readonly rates: string; readonly compensation: string }[];
  /** Absent when no total can be told. */
  readonly total?: { readonly interest: string; readonly compensation: string; readonly sum: string };
  readonly notes: string[];
}

export interface StatutoryFormatters {
  money(minor: number, currency: string): string;
  message(message: Message): string;
  /** An annual rate in percent as the display language writes it (12.15 %). */
  percent(percent: number): string;
}



/**
 * The section for a client with something overdue, or undefined when the law says nothing (no country, no rule).
 * A consumer, and fees the contract may waive and does, get the note that says why there are none.
 */
export function statutoryView(fees: ClientLateFees | NoStatutoryFigures, currency: string, fmt: StatutoryFormatters): StatutoryView | undefined {
  if (fees === 'noCountry' || fees === 'noRule') {
    return undefined;
  }
  const note = (m: Message) => fmt.message(m);
  if (fees === 'consumer') {
    return { basis: '', rows: [], notes: [note(msg('No statutory late fees: this client is a consumer (isBusiness: false), and the law gives them only between businesses.'))] };
  }
  const shown = fees.invoices.filter(hasStatedFigure);
  if (shown.length === 0) {
    return fees.invoices.length === 0
      ? undefined
      : { basis: fees.rule.basis, rows: [], notes: [note(msg('No statutory late fees: the contract waives them (statutoryLateFees: false), as this law allows.'))] };
  }
  const dash = '—';
  const rows = shown.map((i) => {
    const percents = [...new Set(i.periods.map((p) => p.percent).filter((p): p is number => p !== undefined))];
    return {
      invoice: i.invoice,
      daysLate: i.daysLate,
      interest: i.interestOutcome === 'waived' ? dash : i.interest === undefined ? dash : fmt.money(i.interest, currency),
      rates: i.interestOutcome === 'waived' ? dash : percents.map((p) => fmt.percent(p)).join(', ') || dash,
      compensation: i.compensation === undefined ? dash : fmt.money(i.compensation.amount, i.compensation.currency),
    };
  });
  // Where the contract's own late fee replaces the statutory interest, the interest is a comparison: no sum with it.
  const replaced = shown.some((i) => i.interestOutcome !== 'waived' && i.contractFee?.applies === 'contract');
  const { interest, compensation } = fees;
  const total =
    interest === undefined && compensation === undefined
      ? undefined
      : {
          interest: interest === undefined ? dash : fmt.money(interest, currency),
          compensation: compensation === undefined ? dash : fmt.money(compensation, currency),
          sum: interest !== undefined && compensation !== undefined && !replaced ? fmt.money(interest + compensation, currency) : dash,
        };
  const upTo: DayNumber | undefined = fees.ratesUpTo === undefined ? undefined : parseDate(fees.ratesUpTo);
  const notes = [
    // A figure more than a year old runs on its earlier years' interest too: the rows show only the total.
    ...(shown.some(includesCapitalised) ? [msg("As the Dutch Civil Code provides (BW 6:119a lid 3), the interest of each full year of lateness was added, at the year's end, to the amount interest runs on.")] : []),
    ...(shown.some((i) => i.interestOutcome === 'appliesAnyway' || i.compensationOutcome === 'appliesAnyway')
      ? [msg('The contract waives these fees, but this law does not let a contract exclude them in advance: they are owed anyway.')]
      : []),
    ...(replaced ? [msg("The contract's own late fee applies instead of the statutory interest: the interest is shown for comparison only.")] : []),
    ...(shown.some((i) => i.rateMissing) ? [msg('No reference rate is known for part of the period: the interest cannot be told.')] : []),
    ...(fees.olderRate && upTo !== undefined
      ? [msg('The interest uses the latest reference rate known, that of {0}: newer rates can be added in the setting clientHealth.lateFees.referenceRates.', date(upTo))]
      : []),
    ...(fees.rule.verified ? [] : [msg("This country's rule was not read in its legal text: take the figures as an estimate.")]),
  ].map(note);
  return { basis: fees.rule.basis, rows, ...(total ? { total } : {}), notes };
}
