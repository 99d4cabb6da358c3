/** negativity: negative journal entries in the last windowDays days outweigh the positive ones. */
import { inWindow } from '../health/facts';
import { date, msg, pluralMsg } from '../messages';
import { journalEvidence, newestFirst } from './journalEvidence';
import { SignalRule } from './signal';

export const negativity: SignalRule = ({ facts, today, rules }) => {
  const { windowDays, warning, critical, criticalPercentNegative } = rules.negativity;
  const recent = facts.journal.filter((e) => inWindow(e.day, today, windowDays));
  const negatives = recent.filter((e) => e.kind === 'negative').sort(newestFirst);
  const positives = recent.filter((e) => e.kind === 'positive').length;
  const n = negatives.length;
  if (n === 0) {
    return undefined;
  }
  const total = n + positives;
  // Integer comparison: n / total >= percent / 100, without floating-point error at the edge (3 of 4 = 75%).
  const criticalShare = n * 100 >= criticalPercentNegative * total;
  // Critical is checked on its own ("5 or more and at least 3 in 4 negative"); at the default 75% it implies more negative than positive.
  const severity = n >= critical && criticalShare ? 'critical' : n >= warning && n > positives ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }
  // Rounded down, so the message never shows the critical share when the real share is just below it.
  const percent = Math.floor((n * 100) / total);
  return {
    id: 'negativity',
    severity,
    message: pluralMsg(
      n,
      {
        one: '{0} of the {1} exchanges logged as positive or negative in the last {2} days was negative ({3}%).',
        other: '{0} of the {1} exchanges logged as positive or negative in the last {2} days were negative ({3}%).',
      },
      n,
      total,
      windowDays,
      percent,
    ),
    figure: msg('{0} of {1} negative ({2}%)', n, total, percent),
    // Evidence: the negative entries, newest first; the positive ones are counted in the message only.
    evidence: negatives.map((e) => journalEvidence(facts, e, msg('{0}: a negative exchange was logged, without a note.', date(e.day)))),
    remedy: msg(
      'Talk about the tone of your exchanges calmly and without blame, and see whether it can change. If every conversation stays negative, plan a professional, blame-free ending with a notice period.',
    ),
  };
};
