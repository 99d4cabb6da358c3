/**
 * Unbilled extra work: revision requests beyond the contract's included rounds
 * (counted in date order) and out-of-scope requests, not billed. Shared by the
 * scopeCreep signal and the unbilledExtra money figure, so both count alike.
 */
import { DayNumber, parseDate } from '../dates';
import { Minor, toMinor } from '../money';
import { ClientFacts, RequestFacts } from './facts';

/** A request as the figures count it: extra work or not, and for an in-scope revision its round (1, 2, …). */
export interface RequestScope {
  readonly request: RequestFacts;
  readonly extra: boolean;
  readonly round?: number;
}

/**
 * Every request's scope, in date order: out of scope is extra; an in-scope revision takes the next round, and is
 * extra beyond the contract's included rounds. What the figures, the signals and the chat tools all count.
 */
export function requestScopes(facts: ClientFacts): RequestScope[] {
  const included = facts.client.contract?.revisionsIncluded;
  let round = 0;
  return facts.requests.map((request) => {
    if (request.request.type === 'revision' && request.inScope) {
      round++;
      return { request, extra: included !== undefined && round > included, round };
    }
    return { request, extra: !request.inScope };
  });
}

export function unbilledExtras(facts: ClientFacts): RequestFacts[] {
  return requestScopes(facts)
    .filter((s) => s.extra && !s.request.billed)
    .map((s) => s.request);
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

/** Whether a request's work is delivered as of today, and the day when the file records it. */
export interface Delivery {
  readonly delivered: boolean;
  /** The day it was delivered, from `delivered`; undefined when not recorded (or not delivered). */
  readonly day?: DayNumber;
}

/**
 * The request's `delivered` field says it: a date (delivered that day; a day after today is a plan, not yet
 * delivered), true (delivered, day not recorded) or false (not yet). Absent, the data decides: a request that
 * came in before today with hours recorded is delivered work, as the unbilledExtra figure already counts its
 * hours as money owed; one that came in today, or has no hours yet (nothing to bill), is still to be done.
 */
export function delivery(request: RequestFacts, today: DayNumber): Delivery {
  const marked = request.request.delivered;
  if (typeof marked === 'string') {
    const day = parseDate(marked);
    return day !== undefined && day <= today ? { delivered: true, day } : { delivered: false };
  }
  if (typeof marked === 'boolean') {
    return { delivered: marked };
  }
  return { delivered: request.day < today && request.hours > 0 };
}
