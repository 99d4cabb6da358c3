/**
 * Unbilled extra work: revision requests beyond the contract's included rounds
 * (counted in date order) and out-of-scope requests, not billed. Shared by the
 * scopeCreep signal and the unbilledExtra money figure, so both count alike.
 */
import { Minor, toMinor } from '../money';
import { ClientFacts, RequestFacts } from './facts';

export function unbilledExtras(facts: ClientFacts): RequestFacts[] {
  const included = facts.client.contract?.revisionsIncluded;
  let revisionsSeen = 0;
  const extras: RequestFacts[] = [];
  for (const request of facts.requests) {
    let extra = !request.inScope;
    if (request.request.type === 'revision' && request.inScope) {
      revisionsSeen++;
      extra = included !== undefined && revisionsSeen > included;
    }
    if (extra && !request.billed) {
      extras.push(request);
    }
  }
  return extras;
}

/** The rate for extra work: extraHourlyRate, else hourlyRate; undefined when the contract has neither. */
export function extraRate(facts: ClientFacts): number | undefined {
  return facts.client.contract?.extraHourlyRate ?? facts.client.contract?.hourlyRate;
}

/** One extra's hours x rate in minor units; undefined without a rate. The change order prices each line with it. */
export function extraPrice(facts: ClientFacts, request: RequestFacts): Minor | undefined {
  const rate = extraRate(facts);
  return rate === undefined ? undefined : toMinor(request.hours * rate, facts.currency);
}

/** The sum of the extras' prices, line by line as a change order adds them, so both show one total (0 without a rate). */
export function extrasValue(facts: ClientFacts, extras: readonly RequestFacts[]): Minor {
  let total = 0;
  for (const request of extras) {
    total += extraPrice(facts, request) ?? 0;
  }
  return total;
}
