/** haggling: the client keeps asking for a lower price (discountRequest journal entries in the last windowDays days). */
import { inWindow } from '../health/facts';
import { date, msg, pluralMsg } from '../messages';
import { journalEvidence, newestFirst } from './journalEvidence';
import { SignalRule } from './signal';

export const haggling: SignalRule = ({ facts, today, rules }) => {
  const { windowDays, warning, critical } = rules.haggling;
  const requests = facts.journal.filter((e) => e.kind === 'discountRequest' && inWindow(e.day, today, windowDays)).sort(newestFirst);
  const count = requests.length;
  // The critical threshold is checked first, so critical <= warning in the settings still yields a critical signal.
  const severity = count >= critical && count > 0 ? 'critical' : count >= warning && count > 0 ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }
  return {
    id: 'haggling',
    severity,
    message: pluralMsg(
      count,
      { one: 'The client asked for a discount once in the last {1} days.', other: 'The client asked for a discount {0} times in the last {1} days.' },
      count,
      windowDays,
    ),
    figure: pluralMsg(count, { one: '{0} discount request in {1} days', other: '{0} discount requests in {1} days' }, count, windowDays),
    evidence: requests.map((e) => journalEvidence(facts, e, msg('{0}: the client asked for a discount; no note was logged.', date(e.day)))),
    remedy: msg(
      'Hold your price: do not renegotiate it for each piece of work, and state your rate and what it covers in the contract. If every price discussion turns into a discount request, consider parting ways.',
    ),
  };
};
