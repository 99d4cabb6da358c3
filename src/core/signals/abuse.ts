/** abuse: any abusive or unethical journal entry, ever. Always critical; the scoring turns abuse into partWays. */
import { ClientFacts, TimedEntry } from '../health/facts';
import { Evidence } from '../health/types';
import { date, msg } from '../messages';
import { SignalRule } from './signal';

/** Newest first: later day, then later time (a date without a time sorts before timed entries of that day), then later in the file. */
const newestFirst = (a: TimedEntry, b: TimedEntry): number => b.day - a.day || (b.minutes ?? -1) - (a.minutes ?? -1) || b.index - a.index;

function evidenceOf(facts: ClientFacts, entry: TimedEntry & { readonly kind: string }): Evidence {
  const note = facts.client.journal?.[entry.index]?.note?.trim();
  if (note) {
    return { kind: 'journal', path: entry.path, message: msg('{0}: {1}', date(entry.day), note) };
  }
  return {
    kind: 'journal',
    path: entry.path,
    message:
      entry.kind === 'abusive'
        ? msg('{0}: abusive behaviour was logged, without a note.', date(entry.day))
        : msg('{0}: an unethical request was logged, without a note.', date(entry.day)),
  };
}

export const abuse: SignalRule = ({ facts }) => {
  if (facts.client.status === 'ended') {
    return undefined;
  }
  // "Ever" includes entries dated after today: an incident logged ahead of time still counts.
  const incidents = facts.journal.filter((e) => e.kind === 'abusive' || e.kind === 'unethical').sort(newestFirst);
  if (incidents.length === 0) {
    return undefined;
  }
  const latest = incidents[0].day;
  return {
    id: 'abuse',
    severity: 'critical',
    message:
      incidents.length === 1
        ? msg('One abusive or unethical incident is on record, on {0}.', date(latest))
        : msg('{0} abusive or unethical incidents are on record; the latest was on {1}.', incidents.length, date(latest)),
    evidence: incidents.map((e) => evidenceOf(facts, e)),
    remedy: msg(
      'Keep the paper trail of these requests and messages, and end the relationship at once: briefly, without blame and without over-explaining. Refund any paid work that is not finished.',
    ),
  };
};
