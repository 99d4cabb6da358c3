/** lowRate: money received per hour worked, in the last windowDays days, against the standard rate and the other clients. */
import { DayNumber, parseDate } from '../dates';
import { ClientFacts, inWindow } from '../health/facts';
import { Severity } from '../health/types';
import { money, msg } from '../messages';
import { Minor, toMinor } from '../money';
import { SignalRule } from './signal';

interface Earnings {
  /** Payments received in the window, in minor units. */
  readonly paid: Minor;
  readonly hours: number;
}

/** What a client paid and the hours logged for it in the window; undefined below minHours (too little to judge). */
function earnings(facts: ClientFacts, today: DayNumber, windowDays: number, minHours: number): Earnings | undefined {
  // Rounded to a millionth of an hour, so 0.1 + 0.2 hours make exactly 0.3.
  const hours = Math.round(facts.hours.filter((h) => inWindow(h.day, today, windowDays)).reduce((sum, h) => sum + h.hours, 0) * 1e6) / 1e6;
  if (hours < minHours || hours <= 0) {
    return undefined;
  }
  // Each payment in minor units, so the sum never drifts by a fraction of a cent.
  let paid = 0;
  for (const invoice of facts.client.invoices ?? []) {
    for (const payment of invoice.payments ?? []) {
      if (inWindow(parseDate(payment.date)!, today, windowDays)) {
        paid += toMinor(payment.amount, facts.currency);
      }
    }
  }
  return { paid, hours };
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) {
    return undefined;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // An even count takes the mean of the two middle values.
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Hours for display: at most two decimals. */
const hoursText = (hours: number): number => Math.round(hours * 100) / 100;

export const lowRate: SignalRule = ({ facts, today, rules, others }) => {
  if (facts.client.status === 'ended') {
    return undefined;
  }
  const { windowDays, minHours, warningPercent, criticalPercent } = rules.lowRate;
  const currency = facts.currency;
  const own = earnings(facts, today, windowDays, minHours);
  if (!own) {
    return undefined;
  }

  // The standard rate is taken as an amount in the client's currency (the file holds no exchange rates), like lowVolume and outgrown.
  const standardRate = facts.file.freelancer.standardHourlyRate;
  const standard = standardRate !== undefined && standardRate > 0 ? toMinor(standardRate, currency) : undefined;
  // Other clients count whatever their status (an ended client's recent payments are still a fair comparison), but only in the same currency.
  const peers = others
    .filter((o) => o.currency === currency)
    .map((o) => earnings(o, today, windowDays, minHours))
    .filter((e): e is Earnings => e !== undefined)
    .map((e) => e.paid / e.hours);
  const peerMedian = median(peers);
  const medianRef = peerMedian !== undefined && peerMedian > 0 ? peerMedian : undefined;

  // paid / hours < percent% of reference, without dividing, so the edges compare exactly.
  const below = (percent: number, reference: number | undefined) => reference !== undefined && own.paid * 100 < percent * reference * own.hours;
  const severity: Severity | undefined =
    below(criticalPercent, standard) || below(criticalPercent, medianRef) ? 'critical' : below(warningPercent, standard) || below(warningPercent, medianRef) ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }

  const rate = own.paid / own.hours;
  // Rounded down, so a share just below a threshold never shows as the threshold itself.
  const share = (reference: number) => Math.floor((rate * 100) / reference + 1e-9);
  const rateArg = money(Math.round(rate), currency);
  const paidArg = money(own.paid, currency);
  const hours = hoursText(own.hours);

  let figure;
  if (standard !== undefined && medianRef !== undefined) {
    figure =
      peers.length === 1
        ? msg(
            'In the last {0} days the client paid {1} for {2} hours, {3} an hour: {4}% of your standard rate of {5}, and {6}% of {7}, the rate of your one other client.',
            windowDays,
            paidArg,
            hours,
            rateArg,
            share(standard),
            money(standard, currency),
            share(medianRef),
            money(Math.round(medianRef), currency),
          )
        : msg(
            'In the last {0} days the client paid {1} for {2} hours, {3} an hour: {4}% of your standard rate of {5}, and {6}% of {7}, the median of {8} other clients.',
            windowDays,
            paidArg,
            hours,
            rateArg,
            share(standard),
            money(standard, currency),
            share(medianRef),
            money(Math.round(medianRef), currency),
            peers.length,
          );
  } else if (standard !== undefined) {
    figure = msg(
      'In the last {0} days the client paid {1} for {2} hours, {3} an hour: {4}% of your standard rate of {5}.',
      windowDays,
      paidArg,
      hours,
      rateArg,
      share(standard),
      money(standard, currency),
    );
  } else {
    figure =
      peers.length === 1
        ? msg(
            'In the last {0} days the client paid {1} for {2} hours, {3} an hour: {4}% of {5}, the rate of your one other client.',
            windowDays,
            paidArg,
            hours,
            rateArg,
            share(medianRef!),
            money(Math.round(medianRef!), currency),
          )
        : msg(
            'In the last {0} days the client paid {1} for {2} hours, {3} an hour: {4}% of {5}, the median of {6} other clients.',
            windowDays,
            paidArg,
            hours,
            rateArg,
            share(medianRef!),
            money(Math.round(medianRef!), currency),
            peers.length,
          );
  }

  // The message names the comparison that looks worse (the lower share).
  const againstStandard = standard !== undefined && (medianRef === undefined || standard >= medianRef);
  const message = againstStandard
    ? msg('Over the last {0} days this client paid {1} an hour, {2}% of your standard rate of {3}.', windowDays, rateArg, share(standard!), money(standard!, currency))
    : msg(
        'Over the last {0} days this client paid {1} an hour, {2}% of what your other clients pay (median {3}).',
        windowDays,
        rateArg,
        share(medianRef!),
        money(Math.round(medianRef!), currency),
      );

  return {
    id: 'lowRate',
    severity,
    message,
    evidence: [{ kind: 'figure', path: facts.path, message: figure }],
    remedy: msg(
      'Announce a new rate for future work, with notice. If the client cannot pay it, say so honestly, recommend other freelancers who fit their budget, and agree on a transition period.',
    ),
  };
};
