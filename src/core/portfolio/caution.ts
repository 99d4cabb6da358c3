/**
 * The income share as a reason for caution (signals-v1): before parting ways with a client that brings more than
 * half of a currency's invoicing, the user is told what the client weighs, in one sentence, and decides.
 * Never a reason to part, never a block: the sentence informs and the user goes on or stops.
 */
import { Message, money, msg } from '../messages';
import { Minor, minorDigits } from '../money';
import { IncomeShare, incomeShares, isLargeShare } from './figures';
import { ClientSummary } from './summary';

export interface IncomeCaution {
  readonly name: string;
  readonly currency: string;
  /** The share as a whole percentage, rounded: 62 for 0.6170. */
  readonly percent: number;
  /** The client's invoicing over 365 days, per month on average. */
  readonly monthly: Minor;
  /**
   * Other currencies were invoiced too: the share is of this currency's invoicing only (a lone dollar client is
   * 100% of the dollars, not of the income), and the sentence says so.
   */
  readonly amongCurrencies: boolean;
}

/** A client and the folder it comes from, so that two folders' clients of the same id stay apart. */
export interface PortfolioClient {
  readonly folder: string;
  readonly summary: ClientSummary;
}

/**
 * The caution for the client `clientId` of `folder` among `clients` (the portfolio's clients, that client
 * included): undefined when its share of its currency's invoicing is half or less, or when nothing was invoiced.
 */
export function incomeCaution(clients: readonly PortfolioClient[], folder: string, clientId: string): IncomeCaution | undefined {
  const shares = incomeShares(clients.map((c) => c.summary));
  const i = clients.findIndex((c) => c.folder === folder && c.summary.id === clientId);
  const invoicedCurrencies = new Set(shares.filter((s) => s.invoiced365 > 0).map((s) => s.currency));
  return i < 0 ? undefined : cautionOf(clients[i].summary, shares[i], invoicedCurrencies.size > 1);
}

export function cautionOf(summary: ClientSummary, share: IncomeShare, amongCurrencies: boolean): IncomeCaution | undefined {
  if (!isLargeShare(share) || share.share === null) {
    return undefined;
  }
  // 50.4% rounds to 50, which would read as "not above half": the sentence says 51 at least.
  const percent = Math.max(51, Math.round(share.share * 100));
  return { name: summary.name, currency: share.currency, percent, monthly: share.monthly, amongCurrencies };
}

/**
 * "Northwind Logistics is 62% of your invoicing over the last 12 months, about EUR 3,100 a month."; with other
 * currencies invoiced, "… 62% of your invoicing in EUR …".
 */
export function cautionMessage(caution: IncomeCaution): Message {
  const monthly = money(roundMonthly(caution.monthly, caution.currency), caution.currency);
  return caution.amongCurrencies
    ? msg('{0} is {1}% of your invoicing in {3} over the last 12 months, about {2} a month.', caution.name, caution.percent, monthly, caution.currency)
    : msg('{0} is {1}% of your invoicing over the last 12 months, about {2} a month.', caution.name, caution.percent, monthly);
}

/**
 * "About" a month: to the hundred from 1,000 up (3,084.50 is about 3,100), to the unit below, so the figure reads
 * as the estimate it is, in the currency's own minor units (JPY has none).
 */
export function roundMonthly(monthly: Minor, currency: string): Minor {
  const unit = 10 ** minorDigits(currency);
  const step = monthly >= 1_000 * unit ? 100 * unit : unit;
  return Math.round(monthly / step) * step;
}
