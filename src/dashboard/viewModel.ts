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
import { BreakdownRow, DashboardModel, ForecastView, InvoiceRow } from './protocol';
import { cashExpected, clientForecast } from '../core/forecast';
import { ClientFacts } from '../core/health/facts';
import { msg, pluralMsg, quantity } from '../core/messages';
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
    forecast: forecastView(facts, today, fmt),
  };
}

/** When the client will pay (src/core/forecast): its habit in one sentence, each open invoice's date and band, and the cash by horizon. */
export function forecastView(facts: ClientFacts, today: DayNumber, fmt: Pick<Formatters, 'money' | 'message' | 'when'>): ForecastView {
  const forecast = clientForecast(facts, today);
  const currency = facts.currency;
  const day = (d: DayNumber) => fmt.when(formatDate(d));
  const summary =
    forecast.notEnoughHistory || forecast.medianDaysLate === undefined || forecast.p80DaysLate === undefined
      ? pluralMsg(
          forecast.paidInvoices,
          {
            one: 'Only {0} invoice paid so far, not enough history: the dates below follow what is usual for freelancers (most invoices are paid by the due date, 9 in 10 within 14 days of it).',
            other: 'Only {0} invoices paid so far, not enough history: the dates below follow what is usual for freelancers (most invoices are paid by the due date, 9 in 10 within 14 days of it).',
          },
          forecast.paidInvoices,
        )
      : forecast.medianDaysLate > 0
        ? msg('This client pays a median of {0} after the due date; 8 in 10 of its payments came within {1}.', quantity(forecast.medianDaysLate, 'day'), quantity(Math.max(0, forecast.p80DaysLate), 'day'))
        : msg('This client pays by the due date at the median; 8 in 10 of its payments came within {0} of it.', quantity(Math.max(0, forecast.p80DaysLate), 'day'));
  const [cash] = cashExpected([{ currency, forecast }], today);
  return {
    summary: fitText(fmt.message(summary)),
    expected: forecast.expected.map((e) => ({
      invoice: e.invoice,
      balance: fmt.money(e.balance, currency),
      date: e.beyondHistory ? fmt.message(msg('later than its history tells')) : day(e.date),
      band: e.beyondHistory ? '' : e.earliest === e.latest ? day(e.earliest) : `${day(e.earliest)} – ${day(e.latest)}`,
    })),
    cash: cash
      ? [
          { horizon: '30' as const, amount: fmt.money(cash.in30, currency) },
          { horizon: '60' as const, amount: fmt.money(cash.in60, currency) },
          { horizon: '90' as const, amount: fmt.money(cash.in90, currency) },
          ...(cash.unknown > 0 ? [{ horizon: 'unknown' as const, amount: fmt.money(cash.unknown, currency) }] : []),
        ]
      : [],
  };
}
