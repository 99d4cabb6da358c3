/** What every draft is made from: one client of a valid file, on a given day, in a language. */
import { DayNumber } from '../dates';
import { Rules } from '../health/rules';
import type { RateEntry } from '../law';
import { ClientFile } from '../schema';
import { DraftLanguage } from './locale';

export interface DraftInput {
  readonly file: ClientFile;
  readonly clientIndex: number;
  readonly today: DayNumber;
  readonly rules: Rules;
  readonly language: DraftLanguage;
  /** Reference rates for the statutory late-payment figures (law mergeRates); absent: the shipped ones. */
  readonly rates?: readonly RateEntry[];
}
