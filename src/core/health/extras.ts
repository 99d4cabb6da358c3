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

/** Hours x rate in minor units (0 without a rate). */
export function extrasValue(facts: ClientFacts, extras: readonly RequestFacts[]): Minor {
  const rate = extraRate(facts);
  if (rate === undefined) {
    return 0;
  }
  const hours = extras.reduce((sum, r) => sum + r.hours, 0);
  return toMinor(hours * rate, facts.currency);
}
