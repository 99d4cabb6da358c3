/**
 * How every draft that writes to the client greets them, in each draft
 * language: the language's greeting followed by `contact.salutation` exactly
 * as the file writes it ("Monsieur Dupont", "Sig.ra Rossi", "Ayşe Hanım").
 * Without one, the language's neutral formal greeting: never the bare full
 * name, which reads as a mail merge ("Bonjour Jean Dupont,").
 */
import { DraftLanguage } from '../locale';

export interface Addressee {
  /** `contact.salutation`, already escaped; undefined when the file has none. */
  readonly salutation: string | undefined;
}

export const GREETINGS: Readonly<Record<DraftLanguage, (to: Addressee) => string>> = {
  en: ({ salutation }) => (salutation ? `Dear ${salutation},` : 'Dear Sir or Madam,'),
  fr: ({ salutation }) => (salutation ? `Bonjour ${salutation},` : 'Madame, Monsieur,'),
  // The drafts write to one person in Lei, so no "Spettabile Acme S.r.l." (a company, answered in Voi), and no
  // "Gentile Cliente" (a mass mailing): an Italian freelancer without the contact's title opens with "Buongiorno".
  it: ({ salutation }) => (salutation ? `Gentile ${salutation},` : 'Buongiorno,'),
  tr: ({ salutation }) => (salutation ? `Sayın ${salutation},` : 'Sayın Yetkili,'),
};
