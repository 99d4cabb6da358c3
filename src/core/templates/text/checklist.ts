/** The words of the offboarding checklist, in each draft language (see text/termination.ts). */
import { DraftLanguage } from '../locale';
import type { Count } from './termination';
import { en } from './checklist/en';
import { fr } from './checklist/fr';
import { it } from './checklist/it';
import { tr } from './checklist/tr';

export interface ChecklistTexts {
  readonly title: (client: string) => string;
  readonly heading: (client: string) => string;
  readonly intro: (lastDay: string) => string;
  readonly talkHeading: string;
  readonly call: (contact: string) => string;
  readonly someone: string;
  readonly email: string;
  readonly agreement: string;
  readonly moneyHeading: string;
  readonly finalInvoice: (lastDay: string) => string;
  readonly statement: string;
  readonly collect: (total: string, invoices: string) => string;
  readonly nothingOwed: string;
  readonly refund: (by: string) => string;
  readonly workHeading: string;
  readonly deliver: (name: string, due: string | undefined) => string;
  readonly handAsIs: (name: string) => string;
  readonly handoverHeading: string;
  readonly repositories: string;
  readonly credentials: string;
  readonly domains: string;
  readonly hosting: string;
  readonly designFiles: string;
  readonly accounts: string;
  readonly closeHeading: string;
  readonly recommend: (names: string) => string;
  readonly findReferrals: string;
  readonly removeAccess: string;
  readonly archive: string;
  readonly quiet: string;
  readonly selfCare: string;
  /**
   * Under French law, which sanctions too short a notice (« rupture brutale », Code de commerce L442-1 II), a
   * task to check the notice before announcing it: `notice` days given, `suggested` days the relationship's
   * length calls for, the relationship started on `since`. Worded in every language: the law is the
   * freelancer's country's (exitFacts `noticeLaw`), not the draft's language's.
   */
  readonly shortNotice: (notice: Count, suggested: Count, since: string) => string;
}





export const CHECKLIST_TEXTS: Readonly<Record<DraftLanguage, ChecklistTexts>> = { en, fr, it, tr };
