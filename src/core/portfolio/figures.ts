/**
 * Figures across the portfolio, from the clients' summaries: totals and income shares, always per currency.
 * Amounts in different currencies are never added: a user's exchange rates convert rates for a comparison
 * (lowRate), not money owed or invoiced, which stays in the currency it is owed in.
 */
import { DayNumber, parseDate } from '../dates';
import { addExpected } from '../forecast/forecast';
import { Minor } from '../money';
import { PeerRate } from '../signals/lowRate';
import { FolderEntry, PortfolioIndex } from './indexFile';
import { ClientSummary, invoicedOverYear } from './summary';

export interface CurrencyTotals {
  readonly currency: string;
  readonly owed: Minor;
  readonly overdue: Minor;
  readonly unbilled: Minor;
  /** Invoiced over the last 365 days. */
  readonly invoiced365: Minor;
  /** How many of the clients are in this currency. */
  readonly clients: number;
  /** Cash expected within 30, 60 and 90 days, and past every band, summed over the clients whose summary has it. */
  readonly expected: { readonly in30: Minor; readonly in60: Minor; readonly in90: Minor; readonly unknown: Minor };
  /** How many of the clients have an expected-cash figure (summaries written before it was kept have none). */
  readonly expectedClients: number;
}

/**
 * One row per currency, in the order of the currency codes. The cash expected is counted from `today`: each open
 * balance from the days its client's habit gives, whatever day its summary was written (summaries written before
 * those days were kept give their sums as of their own day).
 */
export function portfolioTotals(summaries: readonly ClientSummary[], today: DayNumber): CurrencyTotals[] {
  const totals = new Map<
    string,
    { owed: Minor; overdue: Minor; unbilled: Minor; invoiced365: Minor; clients: number; expected: { in30: Minor; in60: Minor; in90: Minor; unknown: Minor }; expectedClients: number }
  >();
  for (const s of summaries) {
    let row = totals.get(s.currency);
    if (!row) {
      row = { owed: 0, overdue: 0, unbilled: 0, invoiced365: 0, clients: 0, expected: { in30: 0, in60: 0, in90: 0, unknown: 0 }, expectedClients: 0 };
      totals.set(s.currency, row);
    }
    row.owed += s.owed;
    row.overdue += s.overdue;
    row.unbilled += s.unbilled;
    row.invoiced365 += invoicedOverYear(s);
    row.clients++;
    if (s.expectedOpen) {
      for (const e of s.expectedOpen) {
        const date = parseDate(e.date);
        const latest = parseDate(e.latest);
        if (date !== undefined && latest !== undefined) {
          addExpected(row.expected, e.balance, date, latest, today);
        }
      }
      row.expectedClients++;
    } else if (s.expected) {
      row.expected.in30 += s.expected.in30;
      row.expected.in60 += s.expected.in60;
      row.expected.in90 += s.expected.in90;
      row.expected.unknown += s.expected.unknown;
      row.expectedClients++;
    }
  }
  return [...totals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, row]) => ({ currency, ...row }));
}

/** Above this share of a currency's invoicing, a client's weight is shown before parting ways (signals-v1). */
export const INCOME_SHARE_CAUTION = 0.5;

export interface IncomeShare {
  readonly currency: string;
  /** The client's invoicing over 365 days against all clients' in its currency, 0 to 1; null when nothing was invoiced in it. */
  readonly share: number | null;
  /** The client's invoicing over 365 days, and per month on average ("about EUR 3,100 a month"). */
  readonly invoiced365: Minor;
  readonly monthly: Minor;
  /** Every client's invoicing in the currency over the same days. */
  readonly currencyTotal: Minor;
}

/** Each client's income share, in the order given. */
export function incomeShares(summaries: readonly ClientSummary[]): IncomeShare[] {
  const invoiced = summaries.map(invoicedOverYear);
  const byCurrency = new Map<string, Minor>();
  summaries.forEach((s, i) => byCurrency.set(s.currency, (byCurrency.get(s.currency) ?? 0) + invoiced[i]));
  return summaries.map((s, i) => {
    const currencyTotal = byCurrency.get(s.currency)!;
    return {
      currency: s.currency,
      share: currencyTotal > 0 ? invoiced[i] / currencyTotal : null,
      invoiced365: invoiced[i],
      monthly: Math.round(invoiced[i] / 12),
      currencyTotal,
    };
  });
}

/** Whether a share is large enough to give pause before parting ways: strictly above half. */
export function isLargeShare(share: IncomeShare): boolean {
  return share.share !== null && share.share > INCOME_SHARE_CAUTION;
}

/** A client of the index with the folder it comes from. */
export interface IndexedClient {
  readonly folder: string;
  readonly file: string;
  readonly state: FolderEntry['state'];
  readonly summary: ClientSummary;
}

/**
 * Every client of the index, folder by folder. `states`: which folders count; by default only those read as
 * they are now ('ok'): a missing or invalid folder's clients are its last valid ones, shown but not added in.
 */
export function indexedClients(index: PortfolioIndex, states: readonly FolderEntry['state'][] = ['ok']): IndexedClient[] {
  return index.folders.filter((f) => states.includes(f.state)).flatMap((f) => f.clients.map((summary) => ({ folder: f.folder, file: f.file, state: f.state, summary })));
}

/**
 * The rates of the portfolio's clients outside `excludeFolder` (the folder being evaluated, whose clients lowRate
 * reads from its file), for lowRate. Only clients with at least `minHours` in the window, as lowRate asks of its own.
 */
export function peerRates(index: PortfolioIndex, excludeFolder: string | undefined, minHours: number): PeerRate[] {
  return indexedClients(index)
    .filter((c) => c.folder !== excludeFolder && c.summary.hours > 0 && c.summary.hours >= minHours)
    .map((c) => ({ currency: c.summary.currency, rate: c.summary.paidForHours / c.summary.hours, clientId: c.summary.id, folder: c.folder }));
}
