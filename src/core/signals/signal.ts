/** What every signal rule receives and returns: one rule per file in this folder. */
import { DayNumber } from '../dates';
import { GitEvidenceByClient } from '../gitHistory/evidence';
import { ClientFacts } from '../health/facts';
import { Rules } from '../health/rules';
import { Signal } from '../health/types';

export interface SignalInput {
  readonly facts: ClientFacts;
  readonly today: DayNumber;
  readonly rules: Rules;
  /**
   * Shared by every rule during one evaluation: what is worked out once for all clients. A rule that compares
   * with the other clients (the median rate) reads them from `facts.file` into here: an evaluation holds the
   * facts of one client at a time.
   */
  readonly memo: Map<string, unknown>;
  /** The git evidence of the clients that have some (docs/git-evidence.md); absent, the rules read the client file only. */
  readonly git?: GitEvidenceByClient;
}

/** A value computed once per evaluation, whichever client asks first. */
export function memoized<T>(memo: SignalInput['memo'], key: string, compute: () => T): T {
  if (!memo.has(key)) {
    memo.set(key, compute());
  }
  return memo.get(key) as T;
}

/** Yields at most one signal for a client; undefined when the sign is absent. */
export type SignalRule = (input: SignalInput) => Signal | undefined;
