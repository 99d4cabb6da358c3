/**
 * What `check` adds when it reads client files together (docs/portfolio.md): the totals per currency and each client's
 * income share, from the same summaries the editor's portfolio keeps. Amounts of different currencies are never
 * added: a total is per currency, and a share is of the client's own currency's invoicing.
 */
import { DayNumber } from '../core/dates';
import { IncomeShare, incomeShares, isLargeShare, portfolioTotals } from '../core/portfolio/figures';
import { ClientSummary } from '../core/portfolio/summary';
import { formatMoney, fromMinor } from '../core/money';
import { inert } from './terminal';

/** A client file as check read it: its label on the command line, and its clients' summaries (none when it could not be read). */
export interface PortfolioFile {
  readonly file: string;
  readonly summaries: readonly ClientSummary[];
}

interface ClientShare {
  readonly file: string;
  readonly summary: ClientSummary;
  readonly share: IncomeShare;
}

function sharesOf(files: readonly PortfolioFile[]): ClientShare[] {
  const clients = files.flatMap((f) => f.summaries.map((summary) => ({ file: f.file, summary })));
  const shares = incomeShares(clients.map((c) => c.summary));
  return clients.map((c, i) => ({ ...c, share: shares[i] }));
}

/** A fraction to 4 decimals: 0.6213 is 62.13%, as exact as a script needs and stable across runs. */
const fraction = (share: number | null) => (share === null ? null : Math.round(share * 10_000) / 10_000);

/** The JSON report's `portfolio`: totals keyed by currency, amounts as decimals like the clients' own; shares in the clients' order. */
export function portfolioJson(files: readonly PortfolioFile[], today: DayNumber): unknown {
  const all = files.flatMap((f) => f.summaries);
  const totals = Object.fromEntries(
    portfolioTotals(all, today).map((t) => [
      t.currency,
      {
        outstanding: fromMinor(t.owed, t.currency),
        overdue: fromMinor(t.overdue, t.currency),
        unbilledExtra: fromMinor(t.unbilled, t.currency),
        invoiced365: fromMinor(t.invoiced365, t.currency),
      },
    ]),
  );
  const shares = sharesOf(files).map((c) => ({ file: c.file, id: c.summary.id, currency: c.share.currency, share: fraction(c.share.share) }));
  return { totals, shares };
}

/** The text report's closing section when several files were given: `files` those read, `unread` the others' labels. */
export function portfolioLines(files: readonly PortfolioFile[], unread: readonly string[], today: DayNumber, paint: (code: string, text: string) => string): string[] {
  const all = files.flatMap((f) => f.summaries);
  const lines = [paint('1', `Portfolio: ${files.length} client file${files.length === 1 ? '' : 's'}, ${all.length} client${all.length === 1 ? '' : 's'}`)];
  for (const t of portfolioTotals(all, today)) {
    const m = (minor: number) => formatMoney(minor, t.currency);
    lines.push(
      `  ${t.currency} (${t.clients} client${t.clients === 1 ? '' : 's'}): owed ${m(t.owed)} · overdue ${m(t.overdue)} · unbilled extras ${m(t.unbilled)} · invoiced over 365 days ${m(t.invoiced365)}`,
    );
  }
  if (all.length === 0) {
    lines.push('  No client could be read.');
  }
  for (const c of sharesOf(files).filter((c) => isLargeShare(c.share))) {
    // Caution before parting ways, never a reason to part (signals-v1): the figure, and what a month of it is worth.
    const percent = Math.round(c.share.share! * 100);
    lines.push(
      `  ${paint('33', '▲')} ${inert(c.summary.name)} (${inert(c.summary.id)}, ${inert(c.file)}) is ${percent}% of your ${c.share.currency} invoicing over the last 12 months, about ${formatMoney(c.share.monthly, c.share.currency)} a month.`,
    );
  }
  for (const file of unread) {
    lines.push(`  ${paint('31', '✖')} ${inert(file)} was not read: its problems are on standard error, and its clients are not in these figures.`);
  }
  return lines;
}
