/**
 * The portfolio page's view model, from the index's summaries (docs/portfolio.md): invoicing per client per month
 * over the last 12 months as stacked bars, the overdue balance by age, the clients ranked by effective rate. Every
 * figure stays in its currency: one chart, one aging and one ranking per currency, never a sum across them.
 * Pure (no vscode import), so it is unit tested; words and amounts go through the functions passed in.
 */
import { DayNumber, formatDate } from '../core/dates';
import { Message, msg, pluralMsg, quantity } from '../core/messages';
import { Minor } from '../core/money';
import { IndexedClient, indexedClients } from '../core/portfolio/figures';
import { PortfolioIndex } from '../core/portfolio/indexFile';
import { OVERDUE_BUCKETS, OverdueBucket } from '../core/portfolio/summary';
import { AgingView, InvoicingView, MAX_STACKED_CLIENTS, PortfolioPageModel, RatesView } from './portfolioProtocol';
import { fitText } from './viewModel';

export interface PortfolioFormatters {
  money(minor: number, currency: string): string;
  message(message: Message): string;
  /** A month as "2026-11" becomes a short label in the display language ("Nov 26"). */
  month(month: string): string;
  /** Hours as a quantity in the display language ("42.5 hours"). */
  hours(hours: number): string;
  /** The name a folder goes by (its last path segment). */
  folder(path: string): string;
}

/** As on the client dashboard: more than 90 days past due is a collection matter, drawn apart. */
const OLD_BUCKETS: ReadonlySet<OverdueBucket> = new Set(['91-120', '120+']);

/** The 12 calendar months ending with today's, oldest first (YYYY-MM). */
export function lastTwelveMonths(today: DayNumber): string[] {
  const [year, month] = formatDate(today).split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The clients of the folders read as they are now (as the Portfolio view's totals count them), by currency, in code order. */
function byCurrency(clients: readonly IndexedClient[]): [string, IndexedClient[]][] {
  const groups = new Map<string, IndexedClient[]>();
  for (const c of clients) {
    groups.set(c.summary.currency, [...(groups.get(c.summary.currency) ?? []), c]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `rateWindowDays`: lowRate's window (rules.lowRate.windowDays), over which the summaries' rates were taken. */
export function buildPortfolioPage(index: PortfolioIndex, today: DayNumber, fmt: PortfolioFormatters, rateWindowDays: number): PortfolioPageModel {
  const clients = indexedClients(index);
  const groups = byCurrency(clients);
  const months = lastTwelveMonths(today);
  return {
    clients: clients.length,
    invoicing: groups.map(([currency, group]) => invoicingView(currency, group, months, fmt)).filter((v): v is InvoicingView => v !== undefined),
    aging: groups.map(([currency, group]) => agingView(currency, group, fmt)).filter((v): v is AgingView => v !== undefined),
    rates: groups.map(([currency, group]) => ratesView(currency, group, fmt)).filter((v): v is RatesView => v !== undefined),
    rateNote: fmt.message(msg('Payments received over the last {0}, divided by the hours logged in them.', quantity(rateWindowDays, 'day'))),
  };
}

/** A currency's stacked bars: the clients that invoiced most in the 12 months, each its own series, the rest as one. */
export function invoicingView(currency: string, group: readonly IndexedClient[], months: readonly string[], fmt: PortfolioFormatters): InvoicingView | undefined {
  const wanted = new Set(months);
  const perClient = group
    .map((c) => {
      const byMonth = new Map(c.summary.months.filter((m) => wanted.has(m.month)).map((m) => [m.month, m.invoiced]));
      return { client: c, byMonth, total: [...byMonth.values()].reduce((a, b) => a + b, 0) };
    })
    .filter((c) => c.total > 0)
    // The largest first, so the same client keeps the bottom of every bar; ties by name, then folder, for a stable order.
    .sort((a, b) => b.total - a.total || a.client.summary.name.localeCompare(b.client.summary.name) || a.client.folder.localeCompare(b.client.folder));
  if (perClient.length === 0) {
    return undefined;
  }
  const shown = perClient.length > MAX_STACKED_CLIENTS + 1 ? perClient.slice(0, MAX_STACKED_CLIENTS) : perClient;
  const rest = perClient.slice(shown.length);
  const series = [
    ...shown.map((c) => ({ name: fitText(c.client.summary.name), folder: fitText(fmt.folder(c.client.folder)), other: false })),
    ...(rest.length > 0 ? [{ name: fmt.message(pluralMsg(rest.length, { one: '{0} other client', other: '{0} other clients' }, rest.length)), folder: '', other: true }] : []),
  ];
  const amounts = months.map((month) => [
    ...shown.map((c) => c.byMonth.get(month) ?? 0),
    ...(rest.length > 0 ? [rest.reduce((sum, c) => sum + (c.byMonth.get(month) ?? 0), 0)] : []),
  ]);
  const totals = amounts.map((row) => row.reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const money = (minor: Minor) => fmt.money(minor, currency);
  return {
    currency,
    total: money(totals.reduce((a, b) => a + b, 0)),
    series,
    months: months.map((month, m) => ({
      month: fmt.month(month),
      total: money(totals[m]),
      ratio: max > 0 ? totals[m] / max : 0,
      segments: amounts[m].map((amount, s) => ({ series: s, amount: money(amount), ratio: max > 0 ? amount / max : 0 })).filter((seg) => amounts[m][seg.series] > 0),
    })),
  };
}

/** A currency's overdue balance by days past due, summed over its clients; undefined when nothing is overdue in it. */
export function agingView(currency: string, group: readonly IndexedClient[], fmt: PortfolioFormatters): AgingView | undefined {
  const sums = new Map<OverdueBucket, Minor>(OVERDUE_BUCKETS.map((b) => [b, 0]));
  let unaged = 0;
  let total = 0;
  for (const { summary } of group) {
    if (summary.overdue <= 0) {
      continue;
    }
    total += summary.overdue;
    if (!summary.aging) {
      unaged += summary.overdue;
      continue;
    }
    for (const bucket of OVERDUE_BUCKETS) {
      sums.set(bucket, sums.get(bucket)! + summary.aging[bucket]);
    }
  }
  if (total <= 0) {
    return undefined;
  }
  const max = Math.max(...sums.values());
  return {
    currency,
    total: fmt.money(total, currency),
    buckets: OVERDUE_BUCKETS.map((bucket) => ({
      bucket,
      amount: fmt.money(sums.get(bucket)!, currency),
      ratio: max > 0 ? sums.get(bucket)! / max : 0,
      series: OLD_BUCKETS.has(bucket) ? ('old' as const) : ('recent' as const),
    })),
    ...(unaged > 0 && { unaged: fmt.money(unaged, currency) }),
  };
}

/** A currency's clients with hours in lowRate's window, best paid per hour first; the others are counted, not ranked. */
export function ratesView(currency: string, group: readonly IndexedClient[], fmt: PortfolioFormatters): RatesView | undefined {
  const rated = group
    .filter((c) => c.summary.effectiveRate !== null)
    .sort((a, b) => b.summary.effectiveRate! - a.summary.effectiveRate! || a.summary.name.localeCompare(b.summary.name) || a.folder.localeCompare(b.folder));
  const without = group.length - rated.length;
  if (rated.length === 0 && without === 0) {
    return undefined;
  }
  const best = Math.max(0, ...rated.map((c) => c.summary.effectiveRate!));
  return {
    currency,
    rows: rated.map((c, i) => ({
      rank: i + 1,
      name: fitText(c.summary.name),
      folder: fitText(fmt.folder(c.folder)),
      rate: fmt.money(c.summary.effectiveRate!, currency),
      hours: fmt.hours(c.summary.hours),
      ratio: best > 0 ? Math.max(0, c.summary.effectiveRate!) / best : 0,
    })),
    ...(without > 0 && {
      withoutHours: fmt.message(
        pluralMsg(without, { one: '{0} client has no hours logged in these days, so no effective rate.', other: '{0} clients have no hours logged in these days, so no effective rate.' }, without),
      ),
    }),
  };
}
