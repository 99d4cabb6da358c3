/** What every draft is made from: one client of a valid file, on a given day, in a language. */
import { DayNumber } from '../dates';
import { Rules } from '../health/rules';
import type { RateEntry } from '../law';
import { ClientFile } from '../schema';
import { DraftLanguage } from './locale';
import type { DeliveredCommit } from './workDelivered';

export interface DraftInput {
  readonly file: ClientFile;
  readonly clientIndex: number;
  readonly today: DayNumber;
  readonly rules: Rules;
  readonly language: DraftLanguage;
  /** Reference rates for the statutory late-payment figures (law mergeRates); absent: the shipped ones. */
  readonly rates?: readonly RateEntry[];
  /** The freelancer's commits for the statement's and the change order's "work delivered" appendix; absent: none. */
  readonly commits?: readonly DeliveredCommit[];
}
