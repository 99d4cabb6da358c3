/**
 * The words that state the statutory late-payment figures (src/core/law) in firm and final reminders and in the
 * statement of account, per draft language. The law is the freelancer's country's; the language only words it, so
 * each language cites every country's law. Arguments are already formatted (money, dates, percentages) and, when
 * they come from the client file, escaped.
 */
import type { ContractFeeReason } from '../../law';
import { DraftLanguage } from '../locale';
import { en } from './statutory/en';
import { fr } from './statutory/fr';
import { it } from './statutory/it';
import { tr } from './statutory/tr';

export interface StatutoryTexts {
  /** The statement's section heading. */
  readonly heading: string;
  /** The law's reference as this language cites it; a country without its own entry: the Late Payment Directive. */
  basis(country: string): string;
  /** What the law adds to a late payment between businesses; `withCompensation`: the rule has a compensation for recovery costs (a floor, never a cap). */
  intro(basis: string, date: string, withCompensation: boolean): string;
  /**
   * One overdue invoice. `interest` undefined: no figure (no reference rate known for a day); `rates` the annual
   * rates used, joined; `compensation` undefined: none for this invoice.
   */
  invoiceLine(invoice: string, days: string, interest: string | undefined, rates: string, compensation: string | undefined): string;
  /** The totals as of `date`; `all` is their sum when both are known in one currency; not counted in the reminder's total or the statement's balance above (`inReminder`). */
  total(date: string, interest: string | undefined, compensation: string | undefined, all: string | undefined, inReminder: boolean): string;
  /** The contract waives the statutory late fees, and the law does not let it (or presumes the clause unfair). */
  readonly appliesAnyway: string;
  /** Some interest runs on a balance that includes earlier years' interest: the Dutch rule, BW 6:119a lid 3, the only one that capitalises. */
  readonly capitalisedYearly: string;
  /** A figure uses the latest rate known, older than its period. */
  olderRate(date: string): string;
  /** The contract's late fee replaces the statutory interest: the interest figures are a comparison. */
  readonly comparisonOnly: string;
  /** Which late fee applies where the contract has its own; percents are annual, `statutory` undefined when unknown. */
  contractFee(reason: ContractFeeReason, contract: string, statutory: string | undefined): string;
}

export const STATUTORY_TEXTS: Readonly<Record<DraftLanguage, StatutoryTexts>> = { en, fr, it, tr };
