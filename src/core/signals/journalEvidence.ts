/** Journal entries as evidence, shared by the signals that read the journal. */
import { ClientFacts, TimedEntry } from '../health/facts';
import { Evidence } from '../health/types';
import { Message, date, msg } from '../messages';

/** Newest first: later day, then later time (a date without a time sorts before timed entries of that day), then later in the file. */
export const newestFirst = (a: TimedEntry, b: TimedEntry): number => b.day - a.day || (b.minutes ?? -1) - (a.minutes ?? -1) || b.index - a.index;

/** The entry's date and note; `withoutNote` when the freelancer logged no note. */
export function journalEvidence(facts: ClientFacts, entry: TimedEntry, withoutNote: Message): Evidence {
  const note = facts.client.journal?.[entry.index]?.note?.trim();
  return { kind: 'journal', path: entry.path, message: note ? msg('{0}: {1}', date(entry.day), note) : withoutNote };
}
