/**
 * Words the money drafts (statement, payment reminder, change order) share, in
 * every draft language. Written natively per language, not translated word for
 * word: French uses vous, Italian the formal Lei, Turkish the formal siz.
 */
import { DraftLanguage } from '../locale';
import { itFirst, itPercentArticle } from './typography';

export interface MoneyCommonTexts {
  /** Label of the client in a document's header. */
  readonly client: string;
  readonly contact: string;
  /** Label of the freelancer who issues the document. */
  readonly from: string;
  readonly date: string;
  readonly currency: string;
  /** The line before the signature. */
  readonly regards: string;
  /** A count of days: 1 day, 12 days. */
  days(count: string, n: number): string;
  /** A count of hours in running text: 1 hour, 6.5 hours. */
  hours(count: string, n: number): string;
  /** A labelled value on its own line: "Client: Acme"; French sets a space before the colon. */
  field(label: string, value: string): string;
  /** A date in running text, as people write it in this language (French: 1er avril). */
  prose(date: string): string;
  /** An empty cell, where a value does not apply (days late of a paid invoice). */
  readonly none: string;
}

export const MONEY_COMMON: Readonly<Record<DraftLanguage, MoneyCommonTexts>> = {
  en: {
    client: 'Client',
    contact: 'Contact',
    from: 'From',
    date: 'Date',
    currency: 'Currency',
    regards: 'Kind regards,',
    days: (count, n) => (n === 1 ? `${count} day` : `${count} days`),
    hours: (count, n) => (n === 1 ? `${count} hour` : `${count} hours`),
    field: (label, value) => `${label}: ${value}`,
    prose: (date) => date,
    none: '—',
  },
  fr: {
    client: 'Client',
    contact: 'Interlocuteur',
    from: 'Établi par',
    date: 'Date',
    currency: 'Devise',
    regards: 'Bien cordialement,',
    days: (count, n) => (n <= 1 ? `${count} jour` : `${count} jours`),
    // French keeps the singular below 2: 1,5 heure.
    hours: (count, n) => (n < 2 ? `${count} heure` : `${count} heures`),
    field: (label, value) => `${label} : ${value}`,
    // Intl writes 1 avril; French writes the first of the month 1er.
    prose: (date) => date.replace(/^1 /, '1er '),
    none: '—',
  },
  it: {
    client: 'Cliente',
    contact: 'Referente',
    from: 'Emesso da',
    date: 'Data',
    currency: 'Valuta',
    regards: 'Cordiali saluti,',
    days: (count, n) => (n === 1 ? `${count} giorno` : `${count} giorni`),
    hours: (count, n) => (n === 1 ? `${count} ora` : `${count} ore`),
    field: (label, value) => `${label}: ${value}`,
    // Intl writes 1 aprile; Italian writes the first of the month 1º aprile, as every Italian draft does.
    prose: itFirst,
    none: '—',
  },
  tr: {
    client: 'Müşteri',
    contact: 'İlgili kişi',
    from: 'Düzenleyen',
    date: 'Tarih',
    currency: 'Para birimi',
    regards: 'Saygılarımla,',
    // Turkish keeps the noun singular after a number.
    days: (count) => `${count} gün`,
    hours: (count) => `${count} saat`,
    field: (label, value) => `${label}: ${value}`,
    prose: (date) => date,
    none: '—',
  },
};

/**
 * The Italian article of a percentage: "l’1,5%" (uno), "l’8%" (otto), "l’11%", "l’80%" (ottanta),
 * "lo 0,5%" (zero), "il 2%", "il 100%". The rule is typography.ts's, shared with the clauses.
 */
export function italianPercentArticle(percent: number): string {
  return itPercentArticle(percent, 'il');
}

/** "del " / "dell’" / "dello " before a percentage. */
export function italianDelPercent(percent: number): string {
  return itPercentArticle(percent, 'del');
}
