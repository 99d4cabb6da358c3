/**
 * The words of the termination email, in each draft language. Every value is
 * already formatted (escaped names, Intl money and dates) or a snippet tab
 * stop, so these functions only place them in natural sentences. Written for
 * each language, not translated word for word: French uses vouvoiement and
 * French letter conventions, Italian the formal Lei, Turkish the formal siz.
 * One file per language in termination/, each held to TerminationTexts below.
 */
import { DraftLanguage } from '../locale';
import { en } from './termination/en';
import { fr } from './termination/fr';
import { it } from './termination/it';
import { tr } from './termination/tr';

/** A number as the text shows it, with the value that decides singular or plural. */
export interface Count {
  readonly text: string;
  readonly n: number;
}


export { TERMINATION_REASONS } from '../../draftIds';
import type { TerminationReason } from '../../draftIds';
export type { TerminationReason };

/** Reasons that end the collaboration after a notice period (all but abuse). */
export type NoticeReason = Exclude<TerminationReason, 'abuse'>;

export interface Referral {
  readonly name: string;
  readonly contact?: string;
  readonly note?: string;
}

export interface TerminationTexts {
  /** The reason's short name, for a quick pick. */
  readonly reasonLabels: Readonly<Record<TerminationReason, string>>;
  readonly title: (client: string) => string;
  readonly subject: (client: string) => string;
  readonly subjectImmediate: (client: string) => string;
  readonly opening: string;
  readonly reasons: Readonly<Record<NoticeReason, string>>;
  readonly openingImmediate: (today: string) => string;
  readonly immediateStop: string;
  readonly lastDayContract: (client: string, lastDay: string, notice: Count) => string;
  readonly lastDayDefault: (client: string, lastDay: string, notice: Count) => string;
  readonly lastDayChosen: (client: string, lastDay: string) => string;
  readonly deliverIntro: string;
  readonly deliverable: (name: string, due: string | undefined) => string;
  readonly notFinishedIntro: string;
  /** A refund of paid work left unfinished, when nothing else is owed. */
  readonly refund: (amount: string | undefined, by: string) => string;
  /** The same share when invoices are still open, after their total: deducted from what is owed, or refunded, as the client prefers. */
  readonly refundOrSetOff: (amount: string | undefined, by: string) => string;
  readonly owedIntro: string;
  readonly invoice: (number: string, issued: string, due: string, outstanding: string) => string;
  readonly total: (total: string, payBy: string) => string;
  readonly handover: (by: string) => string;
  readonly referralsIntro: string;
  readonly referral: (referral: Referral) => string;
  readonly noReferrals: string;
  readonly thanks: (client: string) => string;
  readonly closing: string;
  readonly closingImmediate: string;
  /** Labels of the snippet tab stops. */
  readonly slots: {
    readonly client: string;
    /** The salutation after the greeting (see text/greeting.ts). */
    readonly contact: string;
    readonly date: string;
    readonly amount: string;
    readonly deliverable: string;
    readonly invoice: string;
    readonly colleague: string;
    readonly colleagueContact: string;
    readonly yourName: string;
    readonly yourEmail: string;
  };
  /** "Subject:" before the subject line in a snippet. */
  readonly subjectLabel: string;
}

export const TERMINATION_TEXTS: Readonly<Record<DraftLanguage, TerminationTexts>> = { en, fr, it, tr };
