/**
 * Change order: the unbilled extra work (revisions beyond the contract's
 * included rounds and out-of-scope requests, exactly as the scopeCreep signal
 * and the unbilledExtra figure count them: health/extras.ts), each priced at
 * the contract's extraHourlyRate, else its hourlyRate, × the request's hours.
 *
 * Work already delivered (health/extras.ts `delivery`) is billed as done, in a
 * section of its own ("completed between … and …"); the rest needs written
 * approval before work starts. A request to approve without hours is "to be
 * estimated"; delivered work without hours has its hours "to be confirmed";
 * neither is priced at nothing, and the totals say what they leave out. Each
 * line is rounded to a minor unit and every total is the sum of its lines, so
 * the document adds up; both totals together equal the unbilledExtra figure.
 *
 * The change order is an email (subject, recipient, Copy and Open in Mail
 * App): its items are a list with their amounts, never a pipe table, so what
 * the user reads and edits in the editor is what reaches the client.
 */
import { DayNumber } from '../dates';
import { delivery, extraPrice, extraRate, unbilledExtras } from '../health/extras';
import { RequestFacts } from '../health/facts';
import { Minor, toMinor } from '../money';
import { Block, Draft, heading, list, paragraph } from './document';
import { DraftInput } from './input';
import { addresseeOf, greeting } from './greeting';
import { MoneyContext, documentHeader, inline, moneyContext, plainLine, present, signature } from './money/shared';
import { CHANGE_ORDER_TEXTS, ChangeOrderTexts } from './text/changeOrder';
import { typesetDraft } from './typeset';
import { changeOrderWorkDelivered } from './workDelivered';

export interface ChangeOrderItem {
  readonly request: RequestFacts;
  /** The revision round, for an in-scope revision past the included rounds; undefined for an out-of-scope request. */
  readonly round: number | undefined;
  /** Hours logged; undefined when none (to be estimated, or to be confirmed when delivered). */
  readonly hours: number | undefined;
  /** hours × rate in minor units; undefined without hours or without a rate. */
  readonly price: Minor | undefined;
  /** The work is delivered: billed as done rather than put up for approval. */
  readonly delivered: boolean;
  /** The day it was delivered, when the file records it. */
  readonly deliveredOn: DayNumber | undefined;
}

export interface ChangeOrderSection {
  readonly items: readonly ChangeOrderItem[];
  /** Sum of the priced lines. */
  readonly total: Minor;
  /** Hours of the priced lines. */
  readonly pricedHours: number;
  /** Items without a price (no hours, or no rate). */
  readonly pending: number;
}

export interface ChangeOrderFigures {
  /** The rate used, as written in the contract; undefined without one. */
  readonly rate: number | undefined;
  readonly rateSource: 'extraHourlyRate' | 'hourlyRate' | undefined;
  /** Every item, in date order. */
  readonly items: readonly ChangeOrderItem[];
  /** Work delivered, billed as done. */
  readonly done: ChangeOrderSection;
  /** Work not delivered yet, to approve before it starts. */
  readonly future: ChangeOrderSection;
  /** Sum of every priced line, done and future. */
  readonly total: Minor;
}

/** Hours without float noise (0.1 + 0.2 = 0.3). */
const roundHours = (hours: number) => Math.round(hours * 100) / 100;

function section(items: readonly ChangeOrderItem[]): ChangeOrderSection {
  const priced = items.filter((i) => i.price !== undefined);
  return {
    items,
    total: priced.reduce((sum, i) => sum + i.price!, 0),
    pricedHours: roundHours(priced.reduce((sum, i) => sum + i.hours!, 0)),
    pending: items.length - priced.length,
  };
}

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
    const delivered = delivery(request, input.today);
    return {
      request,
      round: round.get(request),
      hours,
      price: hours !== undefined ? extraPrice(facts, request) : undefined,
      delivered: delivered.delivered,
      deliveredOn: delivered.day,
    };
  });
  const done = section(items.filter((i) => i.delivered));
  const future = section(items.filter((i) => !i.delivered));
  return { rate, rateSource, items, done, future, total: done.total + future.total };
}

/** Writes the two sections: each item as a list line with its amount, then the section's total. */
class ChangeOrderWriter {
  private readonly t: ChangeOrderTexts;

  constructor(
    private readonly ctx: MoneyContext,
    private readonly figures: ChangeOrderFigures,
  ) {
    this.t = CHANGE_ORDER_TEXTS[ctx.input.language];
  }

  private money(minor: Minor): string {
    return this.ctx.format.money(minor, this.ctx.currency);
  }

  private hours(hours: number): string {
    return this.ctx.common.hours(this.ctx.format.number(roundHours(hours), 2), roundHours(hours));
  }

  private count(n: number): string {
    return this.ctx.format.number(n, 0);
  }

  private item(item: ChangeOrderItem): string {
    const { t, ctx } = this;
    const included = ctx.client.contract?.revisionsIncluded ?? 0;
    const why = item.round !== undefined ? t.revisionBeyond(this.count(item.round), included, this.count(included)) : t.outOfScope[item.request.request.type];
    const amount =
      item.hours === undefined
        ? item.delivered
          ? t.hoursToConfirm
          : t.toBeEstimated
        : `${this.hours(item.hours)}, ${item.price === undefined ? t.toBePriced : this.money(item.price)}`;
    const delivered = item.deliveredOn === undefined ? undefined : ctx.format.date(item.deliveredOn);
    return t.item(inline(item.request.request.summary), ctx.format.date(item.request.day), delivered, why, amount);
  }

  /**
   * Delivered work, "completed between <first> and <last>": from the earliest to the latest day of
   * completion, the `delivered` date, or the day the request came in when the file records none.
   */
  done(): Block[] {
    const { t, ctx } = this;
    const { items, total, pricedHours, pending } = this.figures.done;
    const days = items.map((i) => i.deliveredOn ?? i.request.day);
    // A loop, not Math.min(...days): spreading some 130,000 items overflows the stack, and a file may hold that many.
    const first = ctx.format.date(days.reduce((a, b) => Math.min(a, b)));
    const last = ctx.format.date(days.reduce((a, b) => Math.max(a, b)));
    const priced = items.length - pending;
    const summary =
      this.figures.rate === undefined
        ? t.doneNoRate
        : priced === 0
          ? t.doneNoHours
          : pending === 0
            ? t.doneTotal(this.money(total), this.hours(pricedHours))
            : t.donePartial(this.money(total), this.hours(pricedHours), pending, this.count(pending));
    return [
      heading(2, t.doneHeading),
      paragraph(first === last ? t.doneIntroOneDay(first) : t.doneIntro(first, last)),
      list(items.map((i) => this.item(i))),
      paragraph(summary),
    ];
  }

  /** Work still to do: priced where it can be, and put up for written approval. */
  future(afterDone: boolean): Block[] {
    const { t } = this;
    const { items, total, pricedHours, pending } = this.figures.future;
    const priced = items.length - pending;
    const summary =
      this.figures.rate === undefined
        ? t.noRate(items.length)
        : priced === 0
          ? t.allToBeEstimated(items.length)
          : pending === 0
            ? t.futureTotal(this.money(total), this.hours(pricedHours))
            : t.futurePartial(this.money(total), this.hours(pricedHours), pending, this.count(pending));
    return [heading(2, t.futureHeading), paragraph(t.futureIntro(afterDone)), list(items.map((i) => this.item(i))), paragraph(summary), paragraph(t.approval)];
  }
}

export function draftChangeOrder(input: DraftInput): Draft {
  const ctx = moneyContext(input);
  const { format, currency, client } = ctx;
  const t = CHANGE_ORDER_TEXTS[input.language];
  const figures = changeOrderFigures(input);
  const contract = client.contract;
  const to = present(client.contact?.email);
  const hasDone = figures.done.items.length > 0;
  const hasFuture = figures.future.items.length > 0;
  const subject = t.subject(hasDone && hasFuture ? 'both' : hasDone ? 'done' : 'future');
  const base = { kind: 'changeOrder' as const, language: input.language, title: t.title(plainLine(client.name)), subject, ...(to ? { to } : {}) };

  const blocks: Block[] = [heading(1, t.heading), documentHeader(ctx, false), paragraph(greeting(input.language, addresseeOf(client)))];
  if (figures.items.length === 0) {
    blocks.push(paragraph(t.nothingExtra), signature(ctx));
    return typesetDraft({ ...base, blocks });
  }

  const scope = (contract?.scope ?? []).map((s) => present(s)).filter((s): s is string => s !== undefined);
  if (scope.length > 0) {
    blocks.push(paragraph(t.scopeIntro), list(scope.map(inline)));
  }
  const included = contract?.revisionsIncluded;
  const rate = figures.rate === undefined ? undefined : format.money(toMinor(figures.rate, currency), currency);
  const pricing = figures.rateSource === 'extraHourlyRate' ? t.rateExtra(rate!) : figures.rateSource === 'hourlyRate' ? t.rateHourly(rate!) : t.rateNone;
  blocks.push(paragraph(included === undefined ? pricing : `${t.revisionsIncluded(included, format.number(included, 0))} ${pricing}`));

  const writer = new ChangeOrderWriter(ctx, figures);
  if (hasDone) {
    blocks.push(...writer.done());
  }
  if (hasFuture) {
    blocks.push(...writer.future(hasDone));
  }
  blocks.push(paragraph(t.closing), signature(ctx));
  const requests = figures.items.map((i) => ({ summary: i.request.request.summary, day: i.request.day, deliveredOn: i.deliveredOn }));
  blocks.push(...changeOrderWorkDelivered(ctx, requests, input.commits));
  return typesetDraft({ ...base, blocks });
}
