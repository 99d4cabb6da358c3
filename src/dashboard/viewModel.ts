/**
 * The dashboard's view model: what the page shows for one client, computed
 * from the client file and its health. Pure (no vscode import) so it is unit
 * tested; money and messages are formatted through the functions passed in.
 */
import { DayNumber, formatDate } from '../core/dates';
import type { RequestType } from '../core/vocabulary';
import { clientFacts } from '../core/health/facts';
import { pointsLost } from '../core/health/scoring';
import { AGING_BUCKETS, AgingBucket, ClientHealth } from '../core/health/types';
import { MAX_TEXT_LENGTH } from '../core/limits';
import { Message } from '../core/messages';
import { ClientFile, JournalKind } from '../core/schema';
import { BreakdownRow, DashboardModel, InvoiceRow } from './protocol';
import { remedyCommand } from '../remedyCommands';

export interface Formatters {
  money(minor: number, currency: string): string;
  message(message: Message): string;
  level(level: ClientHealth['level']): string;
  /** A stored date or date-time as people read it in the display language (the When column, invoice dates). */
  when(at: string): string;
  requestType(type: RequestType): string;
  journalKind(kind: JournalKind): string;
}

/**
 * A text made of several of the file's texts (a message quoting an invoice
 * number, the contact's name and email) can pass the limit each of them keeps:
 * it is shortened to it, never split inside a surrogate pair.
 */
export function fitText(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) {
    return text;
  }
  let end = MAX_TEXT_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) {
    end--;
  }
  return text.slice(0, end) + '…';
}

/** Each signal with the points it took off the score (the tooltip's figure) and the draft that answers it (the tree's button). */
export function breakdownRows(health: ClientHealth, fmt: Pick<Formatters, 'message'>): BreakdownRow[] {
  return health.signals.map((signal) => ({
    id: signal.id,
    severity: signal.severity,
    points: pointsLost(health.breakdown, signal.id),
    message: fitText(fmt.message(signal.message)),
    remedy: remedyCommand(signal.id),
  }));
}

/** Balances more than 90 days past due are drawn apart: by then a payment is a collection matter. */
const OLD_BUCKETS: ReadonlySet<AgingBucket> = new Set(['91-120', '120+']);

export function buildDashboardModel(
  file: ClientFile,
  health: ClientHealth,
  today: DayNumber,
  fmt: Formatters,
  graceDays = 0,
): DashboardModel {
  const client = file.clients[health.index];
  const facts = clientFacts(file, health.index, today);
  const currency = health.money.currency;
  const money = (minor: number) => fmt.money(minor, currency);

  const invoices: InvoiceRow[] = facts.invoices.map((inv) => {
    const paid = inv.balance <= 0;
    const daysLate = Math.max(0, (paid ? (inv.paidOn ?? inv.due) : today) - inv.due);
    return {
      number: inv.number,
      issued: fmt.when(formatDate(inv.issued)),
      due: fmt.when(formatDate(inv.due)),
      amount: money(inv.amount),
      paid: money(inv.paid),
      balance: money(Math.max(0, inv.balance)),
      daysLate,
      state: paid ? 'paid' : today > inv.due + graceDays ? 'overdue' : 'open',
    };
  });

  const maxAging = Math.max(0, ...AGING_BUCKETS.filter((b) => b !== 'current').map((b) => health.money.aging[b]));
  const aging = AGING_BUCKETS.filter((b) => b !== 'current').map((bucket) => ({
    bucket,
    amount: money(health.money.aging[bucket]),
    ratio: maxAging > 0 ? health.money.aging[bucket] / maxAging : 0,
    series: OLD_BUCKETS.has(bucket) ? ('old' as const) : ('recent' as const),
  }));

  const byIssue = [...facts.invoices].sort((a, b) => a.issued - b.issued || a.index - b.index);
  const lateness = byIssue.map((inv) => invoices[facts.invoices.indexOf(inv)]);
  const maxLate = Math.max(0, ...lateness.map((r) => r.daysLate));
  const delays = lateness.map((row) => ({
    number: row.number,
    issued: row.issued,
    daysLate: row.daysLate,
    open: row.state !== 'paid',
    ratio: maxLate > 0 ? row.daysLate / maxLate : 0,
  }));

  const contact = fitText([client.contact?.name, client.contact?.email].filter((v): v is string => !!v).join(' · '));
  return {
    header: {
      name: health.name,
      contact,
      level: health.level,
      levelLabel: fmt.level(health.level),
      score: health.score,
      owed: money(health.money.outstanding),
      overdue: money(health.money.overdue),
      unbilled: money(health.money.unbilledExtra),
    },
    breakdown: breakdownRows(health, fmt),
    aging,
    delays,
    invoices,
    requests: facts.requests.map((r) => ({
      at: r.request.at,
      when: fmt.when(r.request.at),
      summary: r.request.summary,
      type: r.request.type,
      typeLabel: fmt.requestType(r.request.type),
      inScope: r.inScope,
      billed: r.billed,
      hours: r.hours,
    })),
    journal: (client.journal ?? []).map((j) => ({ at: j.at, when: fmt.when(j.at), kind: j.kind, kindLabel: fmt.journalKind(j.kind), note: j.note ?? '' })),
  };
}
