/** What every signal rule receives and returns: one rule per file in this folder. */
import { DayNumber } from '../dates';
import { ClientFacts } from '../health/facts';
import { Rules } from '../health/rules';
import { Signal } from '../health/types';

export interface SignalInput {
  readonly facts: ClientFacts;
  readonly today: DayNumber;
  readonly rules: Rules;
  /** The other clients of the same file (for comparisons such as the median rate). */
  readonly others: readonly ClientFacts[];
}

/** Yields at most one signal for a client; undefined when the sign is absent. */
export type SignalRule = (input: SignalInput) => Signal | undefined;
