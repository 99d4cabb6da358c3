/** scopeCreep: unbilled extra work, i.e. revisions beyond the included rounds and out-of-scope requests. */
import { extraPrice, extraRate, extrasValue, unbilledExtras } from '../health/extras';
import { RequestFacts, inWindow } from '../health/facts';
import { Evidence, Severity } from '../health/types';
import { date, money, msg, pluralMsg, quantity } from '../messages';
import { sumMinor, toMinor } from '../money';
import { SignalRule } from './signal';

export const scopeCreep: SignalRule = ({ facts, today, rules }) => {
  const { warning, critical, criticalPercentOfInvoiced, invoicedWindowDays } = rules.scopeCreep;
  const currency = facts.currency;
  const contract = facts.client.contract;
  const included = contract?.revisionsIncluded;

  // Shared with the unbilledExtra money figure. Every in-scope revision uses up the allowance in date order, billed or not;
  // revisions marked inScope: false are extras of their own and leave the allowance alone.
  const extras = unbilledExtras(facts);
  const count = extras.length;
  if (count === 0) {
    return undefined;
  }
  const round = new Map<RequestFacts, number>();
  let seen = 0;
  for (const request of facts.requests) {
    if (request.request.type === 'revision' && request.inScope) {
      round.set(request, ++seen);
    }
  }

  const rate = extraRate(facts);
  const rateMinor = rate === undefined ? undefined : toMinor(rate, currency);
  const hours = quantity(extras.reduce((sum, r) => sum + r.hours, 0), 'hour');
  const value = extrasValue(facts, extras);
  const invoiced = sumMinor(facts.invoices.filter((i) => inWindow(i.issued, today, invoicedWindowDays)).map((i) => i.amount));
  // signals-v1 prices the share at extraHourlyRate only (the hourlyRate fallback is for the money figure and the
  // messages). With nothing invoiced in the window, any extra with a price is above the share: work given away while
  // nothing is billed is the worst case, not one without a base.
  const extraHourlyRate = facts.client.contract?.extraHourlyRate;
  const shareValue = extraHourlyRate === undefined ? 0 : value;
  const aboveShare = shareValue > 0 && shareValue * 100 > criticalPercentOfInvoiced * invoiced;
  // Critical checked first, so settings with critical <= warning still yield critical.
  const severity: Severity | undefined = aboveShare || count >= critical ? 'critical' : count >= warning ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }

  // In date order (the order in which they were asked for), as a change order lists them.
  const evidence = extras.map<Evidence>((r) => {
    const n = round.get(r);
    const summary = r.request.summary;
    const h = quantity(r.hours, 'hour');
    const price = rate === undefined ? undefined : money(extraPrice(facts, r)!, currency);
    let message;
    if (n !== undefined) {
      message = price
        ? msg('Revision "{0}" on {1} is round {2}, beyond the {3} included in the contract; {4} worth {5}, not billed.', summary, date(r.day), n, included ?? 0, h, price)
        : msg('Revision "{0}" on {1} is round {2}, beyond the {3} included in the contract; {4}, not billed.', summary, date(r.day), n, included ?? 0, h);
    } else {
      message = price
        ? msg('Request "{0}" on {1} is outside the agreed scope; {2} worth {3}, not billed.', summary, date(r.day), h, price)
        : msg('Request "{0}" on {1} is outside the agreed scope; {2}, not billed.', summary, date(r.day), h);
    }
    return { kind: 'request', path: r.path, message };
  });

  const worth = money(value, currency);
  let message;
  if (aboveShare && invoiced === 0) {
    message = pluralMsg(
      count,
      {
        one: 'One unbilled extra request is worth {1}, and nothing was invoiced in the last {2} days.',
        other: '{0} unbilled extra requests are worth {1}, and nothing was invoiced in the last {2} days.',
      },
      count,
      worth,
      invoicedWindowDays,
    );
  } else if (aboveShare) {
    message = pluralMsg(
      count,
      {
        one: 'One unbilled extra request is worth {1}, more than {2}% of the {3} invoiced in the last {4} days.',
        other: '{0} unbilled extra requests are worth {1}, more than {2}% of the {3} invoiced in the last {4} days.',
      },
      count,
      worth,
      criticalPercentOfInvoiced,
      money(invoiced, currency),
      invoicedWindowDays,
    );
  } else if (rateMinor !== undefined) {
    message = pluralMsg(
      count,
      {
        one: 'One extra request beyond the contract is not billed: {1}, worth {2} at {3} an hour.',
        other: '{0} extra requests beyond the contract are not billed: {1}, worth {2} at {3} an hour.',
      },
      count,
      hours,
      worth,
      money(rateMinor, currency),
    );
  } else {
    message = pluralMsg(
      count,
      {
        one: 'One extra request beyond the contract is not billed ({1}); the contract sets no rate to price it.',
        other: '{0} extra requests beyond the contract are not billed ({1}); the contract sets no rate to price them.',
      },
      count,
      hours,
    );
  }
  const figure =
    rateMinor === undefined
      ? pluralMsg(count, { one: '{0} request, {1}', other: '{0} requests, {1}' }, count, hours)
      : pluralMsg(count, { one: '{0} request, {1}, {2}', other: '{0} requests, {1}, {2}' }, count, hours, worth);

  let remedy;
  if (contract?.extraHourlyRate !== undefined) {
    remedy = msg(
      "Send a change order that lists these requests and prices them at the contract's extra rate of {0} an hour, and agree on it before doing more extra work. Either the client pays for the extras, or you part ways by mutual agreement.",
      money(rateMinor!, currency),
    );
  } else if (rateMinor !== undefined) {
    remedy = msg(
      'Send a change order that lists these requests and prices them at the contract rate of {0} an hour, and agree on it before doing more extra work. Add the included revision rounds and a rate for extra work to the contract.',
      money(rateMinor, currency),
    );
  } else {
    remedy = msg(
      'Send a change order that lists and prices these requests, and agree on it before doing more extra work. Add the included revision rounds and a rate for extra work to the contract.',
    );
  }

  return { id: 'scopeCreep', severity, message, figure, evidence, remedy };
};
