/**
 * The words of the termination agreement, the written follow-up to the call,
 * in each draft language (see text/termination.ts for the conventions).
 */
import { DraftLanguage } from '../locale';
import { en } from './agreement/en';
import { fr } from './agreement/fr';
import { it } from './agreement/it';
import { tr } from './agreement/tr';

export interface AgreementTexts {
  readonly title: (client: string) => string;
  readonly heading: string;
  readonly parties: (provider: string | undefined, client: string, contact: string | undefined) => string;
  readonly purpose: (today: string) => string;
  readonly endHeading: string;
  readonly endOnDay: (lastDay: string) => string;
  readonly endImmediate: (lastDay: string) => string;
  readonly workHeading: string;
  readonly deliverableHeader: readonly [string, string];
  readonly asIs: (by: string) => string;
  readonly allDelivered: string;
  readonly moneyHeading: string;
  readonly invoiceHeader: readonly [string, string, string, string];
  readonly totalRow: string;
  readonly payTotal: (total: string, payBy: string) => string;
  readonly nothingOwed: (today: string) => string;
  readonly finalInvoice: (lastDay: string) => string;
  /** The late-payment interest and charges on the open invoices are waived only if their total is paid in full by `payBy`. */
  readonly lateInterestWaiver: (payBy: string) => string;
  /** A refund of paid work left unfinished, when no invoice is open. */
  readonly refund: (amount: string | undefined, by: string) => string;
  /** The same refund while invoices are open: or set off against them, as the Client prefers. */
  readonly refundOrSetOff: (amount: string | undefined, by: string) => string;
  readonly handoverHeading: string;
  readonly handoverIntro: (by: string) => string;
  readonly handoverItems: readonly string[];
  /** The rights in the deliverables pass as the contract provides once everything owed is paid. */
  readonly rightsOnPayment: string;
  readonly credentials: string;
  readonly referralsHeading: string;
  readonly referralsIntro: string;
  readonly closingHeading: string;
  readonly release: string;
  readonly thanks: string;
  readonly signaturesHeading: string;
  /**
   * A line above the signatures where the language's law asks for one: French law lets a paper agreement
   * binding both parties prove only if it is made in as many originals as parties, each saying how many
   * were made (Code civil art. 1375).
   */
  readonly originals?: string;
  readonly provider: string;
  readonly client: string;
  readonly nameLine: (name: string) => string;
  readonly dateLine: string;
  readonly signatureLine: string;
}





export const AGREEMENT_TEXTS: Readonly<Record<DraftLanguage, AgreementTexts>> = { en, fr, it, tr };
