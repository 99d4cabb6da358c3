/** outgrown: the client's contract rate has fallen far behind your standard hourly rate. */
import { money, msg } from '../messages';
import { toMinor } from '../money';
import { SignalRule } from './signal';

export const outgrown: SignalRule = ({ facts, rules }) => {
  const rate = facts.client.contract?.hourlyRate;
  const standard = facts.file.freelancer.standardHourlyRate;
  if (rate === undefined || standard === undefined) {
    return undefined;
  }
  const { warningPercent, criticalPercent } = rules.outgrown;
  const currency = facts.currency;
  // Both rates in minor units of the client's currency (no exchange rates in the file), so the edges compare exactly: 59.50 of 85 is 70%, not below.
  const rateMinor = toMinor(rate, currency);
  const standardMinor = toMinor(standard, currency);
  const below = (percent: number) => rateMinor * 100 < percent * standardMinor;
  const severity = below(criticalPercent) ? 'critical' : below(warningPercent) ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }
  // Rounded down, so the message never shows the threshold itself when the rate is just below it.
  const percent = Math.floor((rateMinor * 100) / standardMinor);
  return {
    id: 'outgrown',
    severity,
    message: msg(
      'This client pays {0} an hour, {1}% of your standard rate of {2}.',
      money(rateMinor, currency),
      percent,
      money(standardMinor, currency),
    ),
    figure: msg('{0} an hour, {1}% of your rate', money(rateMinor, currency), percent),
    evidence: [
      { kind: 'contract', path: [...facts.path, 'contract'], message: msg('The contract rate is {0} an hour.', money(rateMinor, currency)) },
      {
        kind: 'figure',
        path: facts.path,
        message: msg('Your standard rate is {0} an hour; this client pays {1}% of it.', money(standardMinor, currency), percent),
      },
    ],
    remedy: msg(
      'Tell them honestly that your business has grown and they would be better served elsewhere, recommend other freelancers who fit their budget, and give a transition period: one to two months for a long relationship, and at least two weeks or until the next project milestone.',
    ),
  };
};
