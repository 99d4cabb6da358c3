/**
 * The words of the optional "work delivered" appendix of the statement and the change order (see
 * ../workDelivered.ts), per draft language. Dates arrive formatted as the draft's tables write them; the
 * summaries and subjects arrive escaped.
 */
import { DraftLanguage } from '../locale';
import { en } from './workDelivered/en';
import { fr } from './workDelivered/fr';
import { it } from './workDelivered/it';
import { tr } from './workDelivered/tr';

export interface WorkDeliveredTexts {
  readonly heading: string;
  /** The statement's appendix: the commits between two days. */
  statementIntro(from: string, to: string): string;
  /** The change order's appendix: the commits around each request, listed under it. */
  readonly changeOrderIntro: string;
  /** A request of the change order, with the day it came in. */
  request(summary: string, day: string): string;
  /** The line after a list cut short to its newest commits: `count` earlier ones, `text` the count as the language writes it. */
  more(count: number, text: string): string;
}

export const WORK_DELIVERED_TEXTS: Readonly<Record<DraftLanguage, WorkDeliveredTexts>> = { en, fr, it, tr };
