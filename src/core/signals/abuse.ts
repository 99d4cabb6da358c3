/** abuse: any abusive or unethical journal entry, ever. Always critical; the scoring turns abuse into partWays. */
import { date, msg, pluralMsg } from '../messages';
import { journalEvidence, newestFirst } from './journalEvidence';
import { SignalRule } from './signal';

const withoutNote = (e: { readonly kind: string; readonly day: number }) =>
  e.kind === 'abusive'
    ? msg('{0}: abusive behaviour was logged, without a note.', date(e.day))
    : msg('{0}: an unethical request was logged, without a note.', date(e.day));

export const abuse: SignalRule = ({ facts }) => {
  // "Ever" includes entries dated after today: an incident logged ahead of time still counts.
  const incidents = facts.journal.filter((e) => e.kind === 'abusive' || e.kind === 'unethical').sort(newestFirst);
  if (incidents.length === 0) {
    return undefined;
  }
  const latest = incidents[0].day;
  return {
    id: 'abuse',
    severity: 'critical',
    message: pluralMsg(
      incidents.length,
      {
        one: 'One abusive or unethical incident is on record, on {1}.',
        other: '{0} abusive or unethical incidents are on record; the latest was on {1}.',
      },
      incidents.length,
      date(latest),
    ),
    figure: pluralMsg(incidents.length, { one: '{0} incident, on {1}', other: '{0} incidents, the latest on {1}' }, incidents.length, date(latest)),
    evidence: incidents.map((e) => journalEvidence(facts, e, withoutNote(e))),
    remedy: msg(
      'Keep the paper trail of these requests and messages, and end the relationship at once: briefly, without blame and without over-explaining. Refund any paid work that is not finished.',
    ),
  };
};
