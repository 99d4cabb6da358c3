/**
 * The language of a draft and how it writes money, dates and numbers.
 * A draft's language is the file's `freelancer.language`, else the setting
 * `clientHealth.draftLanguage` (`auto` follows the editor's display language),
 * else English. Formatting goes through Intl so that French reads `1 234,50 €`.
 */
import { DayNumber, formatDate } from '../dates';
import { LANGUAGES } from '../vocabulary';
import { Minor, formatMoney, moneyGrouping } from '../money';
import { turkishMoney } from './turkishMoney';

export type DraftLanguage = (typeof LANGUAGES)[number];
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = LANGUAGES;

export function isDraftLanguage(value: unknown): value is DraftLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * @param fileLanguage `freelancer.language` from the client file
 * @param setting `clientHealth.draftLanguage`: a language or `auto`
 * @param displayLanguage the editor's display language, such as `fr` or `pt-br`
 */
export function resolveDraftLanguage(fileLanguage: string | undefined, setting: string | undefined, displayLanguage: string | undefined): DraftLanguage {
  if (isDraftLanguage(fileLanguage)) {
    return fileLanguage;
  }
  if (isDraftLanguage(setting)) {
    return setting;
  }
  const display = displayLanguage?.toLowerCase().split(/[-_]/)[0];
  return isDraftLanguage(display) ? display : 'en';
}

/** The BCP 47 tag Intl formats with; English drafts use British-style day-month dates to avoid 3/4 ambiguity. */
const INTL_LOCALE: Record<DraftLanguage, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', tr: 'tr-TR' };

/**
 * A date in a table: French, Italian and Turkish readers write dates in figures (01/02/2026, 01.02.2026);
 * English ones read 01/02/2026 as 2 January or 1 February depending on the country, so English names the month.
 */
const TABLE_DATE: Record<DraftLanguage, Intl.DateTimeFormatOptions> = {
  en: { day: 'numeric', month: 'short', year: 'numeric' },
  fr: { day: '2-digit', month: '2-digit', year: 'numeric' },
  it: { day: '2-digit', month: '2-digit', year: 'numeric' },
  tr: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

export interface Formatter {
  readonly language: DraftLanguage;
  money(minor: Minor, currency: string): string;
  /** A date for people: `22 November 2026`, `22 novembre 2026`, `22 novembre 2026`, `22 Kasım 2026`. */
  date(day: DayNumber): string;
  /** A date in a table the client reads, short as each language writes it: `22 Nov 2026`, `22/11/2026`, `22/11/2026`, `22.11.2026`. */
  tableDate(day: DayNumber): string;
  /** A date as the file writes it, for CSV (sortable) and file names: `2026-11-22`. */
  isoDate(day: DayNumber): string;
  number(value: number, maximumFractionDigits?: number): string;
  percent(percent: number): string;
}

export function formatterFor(language: DraftLanguage): Formatter {
  const locale = INTL_LOCALE[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const tableFormat = new Intl.DateTimeFormat(locale, { ...TABLE_DATE[language], timeZone: 'UTC' });
  return {
    language,
    money: language === 'tr' ? turkishMoney : (minor, currency) => formatMoney(minor, currency, locale),
    date: (day) => dateFormat.format(new Date(day * 86_400_000)),
    tableDate: (day) => tableFormat.format(new Date(day * 86_400_000)),
    isoDate: formatDate,
    number: (value, maximumFractionDigits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits, ...moneyGrouping(locale) }).format(value),
    percent: (percent) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100),
  };
}
