/**
 * The contract clauses, in each draft language, written as clauses of that
 * language's contracts ("le Prestataire", "il Professionista / il Committente",
 * "Hizmet Veren / Müşteri"). Values arrive formatted (or as snippet tab stops).
 * One file per language in clauses/, each held to ClausesTexts below.
 */
import { DraftLanguage } from '../locale';
import { Count } from './termination';
import { en } from './clauses/en';
import { fr } from './clauses/fr';
import { it } from './clauses/it';
import { tr } from './clauses/tr';


export { CLAUSE_IDS } from '../../draftIds';
import type { ClauseId } from '../../draftIds';
export type { ClauseId };

/** Every figure a clause can name, formatted for the language. */
export interface ClauseValues {
  readonly revisions: Count;
  /** Per hour, for extra revisions and out-of-scope work; undefined: the rate in force. */
  readonly extraRate: string | undefined;
  /** The agreed hourly rate; undefined: the agreed rate. */
  readonly hourlyRate: string | undefined;
  readonly paymentDays: Count;
  readonly lateFee: string;
  /** The monthly late fee over a year (1,5% a month is 18%), for a help that compares it with the law's rate. */
  readonly lateFeeYearly: string;
  readonly deposit: string;
  readonly workingDays: string;
  readonly start: string;
  readonly end: string;
  readonly urgentHours: Count;
  readonly urgentSurcharge: string;
  readonly noticeDays: Count;
  readonly withdrawalDays: Count;
  readonly suspendAfterDays: Count;
  readonly latePayments: Count;
  /**
   * `freelancer.country`, whose late-payment law the payment clause cites (FR, IT, DE, ES, BE, NL, GB and TR, the
   * verified rules with a compensation in src/core/law/rules.ts, are worded in every language; another country: none). Undefined (a file without a country, a snippet): each language keeps citing
   * its own country's law, as before the country existed: French cites France, Italian Italy, Turkish Türkiye.
   */
  readonly lawCountry?: string;
}

/** The country whose late-payment law a clause cites: the freelancer's, or the language's own when none is known. */
export const clauseLaw = (v: ClauseValues, languageCountry: string | undefined): string | undefined => v.lawCountry ?? languageCountry;

export interface ClauseText {
  readonly name: string;
  readonly body: (v: ClauseValues) => readonly string[];
  /**
   * A note for the freelancer beside the clause, never part of it: what the law of the freelancer's country
   * (clauseLaw) says about its figures (Italian: the statutory late-payment rate, under Italian law).
   */
  readonly help?: (v: ClauseValues) => string | undefined;
}

export interface ClausesTexts {
  readonly clauses: Readonly<Record<ClauseId, ClauseText>>;
  /** Day names, Monday first, as they read in "from Monday to Friday". */
  readonly workingDays: (days: readonly number[]) => string;
  /** A time of day, minutes after midnight. */
  readonly time: (minutes: number) => string;
  readonly slots: { readonly rate: string; readonly workingDays: string };
}

export const CLAUSES_TEXTS: Readonly<Record<DraftLanguage, ClausesTexts>> = { en, fr, it, tr };
