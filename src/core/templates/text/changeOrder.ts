/**
 * The words of the change order, per draft language. Arguments are already
 * formatted and, when they come from the client file, escaped. The change
 * order is an email: its items are a list with their amounts (a pipe table
 * does not survive being pasted into a mail app). One file per language in
 * changeOrder/, each held to ChangeOrderTexts below.
 */
import { DraftLanguage } from '../locale';
import { en } from './changeOrder/en';
import { fr } from './changeOrder/fr';
import { it } from './changeOrder/it';
import { tr } from './changeOrder/tr';

type RequestType = 'revision' | 'change' | 'feature';

/** Which sections the change order has: work already delivered, work still to approve, or both. */
export type ChangeOrderSections = 'done' | 'future' | 'both';

export interface ChangeOrderTexts {
  readonly heading: string;
  title(client: string): string;
  subject(sections: ChangeOrderSections): string;
  readonly scopeIntro: string;
  revisionsIncluded(n: number, nText: string): string;
  /** How work outside the contract is priced: at its rate for extra work. */
  rateExtra(rate: string): string;
  /** The contract has an hourly rate but no separate rate for extra work. */
  rateHourly(rate: string): string;
  readonly rateNone: string;

  readonly doneHeading: string;
  /** Work delivered, completed between two days. Dates arrive as Intl writes them (1 April 2026); each language sets them in its sentences (le 1er avril, il 1º aprile). */
  doneIntro(first: string, last: string): string;
  /** Work delivered, all of it completed on one day. */
  doneIntroOneDay(day: string): string;
  /** The total of the delivered work, billed with the next invoice. */
  doneTotal(total: string, hours: string): string;
  /** Some delivered items without hours recorded, left out of the total. */
  donePartial(total: string, hours: string, missing: number, missingText: string): string;
  /** No delivered item has hours recorded. */
  readonly doneNoHours: string;
  /** No rate to price the delivered work with. */
  readonly doneNoRate: string;

  readonly futureHeading: string;
  /** Work not started, that needs written approval first; `afterDone` when the delivered work came before. */
  futureIntro(afterDone: boolean): string;
  futureTotal(total: string, hours: string): string;
  /** Some items priced, `pending` of them to be estimated. */
  futurePartial(total: string, hours: string, pending: number, pendingText: string): string;
  /** A rate, but none of the `n` items to approve has hours yet. */
  allToBeEstimated(n: number): string;
  /** No rate in the contract to price the `n` items to approve with. */
  noRate(n: number): string;
  readonly approval: string;

  /**
   * One item of either list: its summary, the day it was requested, the day it was delivered when the
   * file records it, why it is extra, and its amount (hours and price, or what is still missing).
   */
  item(summary: string, requested: string, delivered: string | undefined, why: string, amount: string): string;
  /** An in-scope revision past the included rounds: round `round` of which `included` are included. */
  revisionBeyond(round: string, included: number, includedText: string): string;
  /** A request outside the agreed scope, by type; read inside the item, after its date. */
  readonly outOfScope: Readonly<Record<RequestType, string>>;
  /** The amount of work to approve that has no hours yet. */
  readonly toBeEstimated: string;
  /** The amount of an item with hours but no rate to price them. */
  readonly toBePriced: string;
  /** The amount of delivered work without hours recorded. */
  readonly hoursToConfirm: string;

  readonly nothingExtra: string;
  readonly closing: string;
}

export const CHANGE_ORDER_TEXTS: Readonly<Record<DraftLanguage, ChangeOrderTexts>> = { en, fr, it, tr };
