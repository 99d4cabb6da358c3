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
  /** The client's name, already escaped. */
  readonly client: string;
  /** False for a consumer client (`isBusiness: false`), whom no company name can address. */
  readonly business: boolean;
}

export const GREETINGS: Readonly<Record<DraftLanguage, (to: Addressee) => string>> = {
  en: ({ salutation }) => (salutation ? `Dear ${salutation},` : 'Dear Sir or Madam,'),
  fr: ({ salutation }) => (salutation ? `Bonjour ${salutation},` : 'Madame, Monsieur,'),
  // An Italian business letter without a person's name addresses the company: "Spettabile Acme S.r.l.,".
  it: ({ salutation, client, business }) => (salutation ? `Gentile ${salutation},` : business ? `Spettabile ${client},` : 'Gentile Cliente,'),
  tr: ({ salutation }) => (salutation ? `Sayın ${salutation},` : 'Sayın Yetkili,'),
};
