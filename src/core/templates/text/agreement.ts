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
  readonly refund: (amount: string | undefined, by: string) => string;
  readonly handoverHeading: string;
  readonly handoverIntro: (by: string) => string;
  readonly handoverItems: readonly string[];
  readonly credentials: string;
  readonly referralsHeading: string;
  readonly referralsIntro: string;
  readonly closingHeading: string;
  readonly release: string;
  readonly thanks: string;
  readonly signaturesHeading: string;
  readonly provider: string;
  readonly client: string;
  readonly nameLine: (name: string) => string;
  readonly dateLine: string;
  readonly signatureLine: string;
}





export const AGREEMENT_TEXTS: Readonly<Record<DraftLanguage, AgreementTexts>> = { en, fr, it, tr };
