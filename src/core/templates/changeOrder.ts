/**
 * Change order: the unbilled extra work (revisions beyond the contract's
 * included rounds and out-of-scope requests, exactly as the scopeCreep signal
 * and the unbilledExtra figure count them: health/extras.ts), each priced at
 * the contract's extraHourlyRate, else its hourlyRate, × the request's hours,
 * with a total and an "approve before work starts" line.
 *
 * A request logged without hours (or with 0) is listed as "to be estimated"
 * rather than priced at nothing, and the total says it leaves them out. Each
 * line is rounded to a minor unit and the total is the sum of the lines, so
 * the document adds up, and equals the unbilledExtra figure, which adds the
 * same line prices.
 */
import { extraPrice, extraRate, unbilledExtras } from '../health/extras';
import { RequestFacts } from '../health/facts';
import { Minor, toMinor } from '../money';
import { Block, Draft, heading, lines, list, paragraph, table } from './document';
import { DraftInput } from './input';
import { documentHeader, inline, moneyContext, plainLine, present, signature } from './money/shared';
import { CHANGE_ORDER_TEXTS } from './text/changeOrder';

export interface ChangeOrderItem {
  readonly request: RequestFacts;
  /** The revision round, for an in-scope revision past the included rounds; undefined for an out-of-scope request. */
  readonly round: number | undefined;
  /** Hours logged; undefined when none (to be estimated). */
  readonly hours: number | undefined;
  /** hours × rate in minor units; undefined when to be estimated (no hours or no rate). */
  readonly price: Minor | undefined;
}

export interface ChangeOrderFigures {
  /** The rate used, as written in the contract; undefined without one. */
  readonly rate: number | undefined;
  readonly rateSource: 'extraHourlyRate' | 'hourlyRate' | undefined;
  readonly items: readonly ChangeOrderItem[];
  /** Sum of the priced lines. */
  readonly total: Minor;
  /** Hours of the priced lines. */
  readonly pricedHours: number;
  /** Items to be estimated. */
  readonly pending: number;
}

/** Hours without float noise (0.1 + 0.2 = 0.3). */
const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** The change order's lines and totals, from the same unbilled extras as the health figures. */
export function changeOrderFigures(input: DraftInput): ChangeOrderFigures {
  const { facts } = moneyContext(input);
  const contract = facts.client.contract;
  const rate = extraRate(facts);
  const rateSource = contract?.extraHourlyRate !== undefined ? 'extraHourlyRate' : rate !== undefined ? 'hourlyRate' : undefined;
  // Rounds are numbered as the scopeCreep signal numbers them: every in-scope revision, in date order.
  const round = new Map<RequestFacts, number>();
  let seen = 0;
  for (const request of facts.requests) {
    if (request.request.type === 'revision' && request.inScope) {
      round.set(request, ++seen);
    }
  }
  const items = unbilledExtras(facts).map<ChangeOrderItem>((request) => {
    const hours = request.request.hours !== undefined && request.request.hours > 0 ? request.request.hours : undefined;
    return {
      request,
      round: round.get(request),
      hours,
      price: hours !== undefined ? extraPrice(facts, request) : undefined,
    };
  });
  const priced = items.filter((i) => i.price !== undefined);
  return {
    rate,
    rateSource,
    items,
    total: priced.reduce((sum, i) => sum + i.price!, 0),
    pricedHours: roundHours(priced.reduce((sum, i) => sum + i.hours!, 0)),
    pending: items.length - priced.length,
  };
}

export function draftChangeOrder(input: DraftInput): Draft {
  const ctx = moneyContext(input);
  const { format, currency, common, client } = ctx;
  const t = CHANGE_ORDER_TEXTS[input.language];
  const figures = changeOrderFigures(input);
  const contract = client.contract;
  const to = present(client.contact?.email);
  const base = { kind: 'changeOrder' as const, language: input.language, title: t.title(plainLine(client.name)), subject: t.subject, ...(to ? { to } : {}) };
  const money = (minor: Minor) => format.money(minor, currency);
  const hoursText = (hours: number) => common.hours(format.number(roundHours(hours), 2), roundHours(hours));

  const blocks: Block[] = [heading(1, t.heading), documentHeader(ctx, false)];
  if (figures.items.length === 0) {
    blocks.push(paragraph(t.nothingExtra), signature(ctx));
    return { ...base, blocks };
  }

  const scope = (contract?.scope ?? []).map((s) => present(s)).filter((s): s is string => s !== undefined);
  if (scope.length > 0) {
    blocks.push(paragraph(t.scopeIntro), list(scope.map(inline)));
  }
  const included = contract?.revisionsIncluded;
  const rate = figures.rate === undefined ? undefined : money(toMinor(figures.rate, currency));
  const beyond =
    figures.rateSource === 'extraHourlyRate' ? t.beyondAtExtraRate(rate!) : figures.rateSource === 'hourlyRate' ? t.beyondAtHourlyRate(rate!) : t.beyondNoRate;
  blocks.push(paragraph(included === undefined ? beyond : `${t.revisionsIncluded(included, format.number(included, 0))} ${beyond}`));

  blocks.push(
    table(
      t.columns,
      figures.items.map((item, n) => [
        format.number(n + 1, 0),
        format.isoDate(item.request.day),
        inline(item.request.request.summary),
        item.round !== undefined
          ? t.revisionBeyond(format.number(item.round, 0), included ?? 0, format.number(included ?? 0, 0))
          : t.outOfScope[item.request.request.type],
        item.hours === undefined ? common.none : format.number(roundHours(item.hours), 2),
        item.price === undefined ? t.toBeEstimated : money(item.price),
      ]),
      ['right', 'left', 'left', 'left', 'right', 'right'],
    ),
  );

  const priced = figures.items.length - figures.pending;
  if (figures.rate === undefined) {
    blocks.push(paragraph(t.noRate));
  } else if (priced === 0) {
    blocks.push(paragraph(t.allToBeEstimated));
  } else if (figures.pending === 0) {
    blocks.push(paragraph(t.total(money(figures.total), hoursText(figures.pricedHours))));
  } else {
    blocks.push(paragraph(t.totalPartial(money(figures.total), hoursText(figures.pricedHours), figures.pending, format.number(figures.pending, 0))));
  }

  blocks.push(paragraph(t.approval), lines(t.approvedBy, t.approvalDate), paragraph(t.closing), signature(ctx));
  return { ...base, blocks };
}
