/**
 * A client of the portfolio as the index keeps it: the figures that compare clients across repositories, and
 * nothing a person wrote about the client. Built from fields by name, never by copying the client: a field
 * added to the file format later (a phone number, a note) cannot reach the index by accident.
 */
import { DayNumber, dayOfDateTime, formatDate, parseDate } from '../dates';
import { ClientFacts, clientFacts, inWindow } from '../health/facts';
import { cashExpected, clientForecast } from '../forecast';
import { AGING_BUCKETS, AgingBucket, ClientHealth, Level, Severity, SignalId } from '../health/types';
import { Message } from '../messages';
import { Minor } from '../money';
import { ClientFile } from '../schema';
import { CLIENT_STATUSES } from '../vocabulary';

export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** Invoicing and payments are summed over this many days, by calendar month. */
export const MONEY_WINDOW_DAYS = 365;
/** Hours and the effective rate are taken over this many days by default: lowRate's window, which the rules may change. */
export const RATE_WINDOW_DAYS = 180;

export interface SignalSummary {
  readonly id: SignalId;
  readonly severity: Severity;
  readonly message: Message;
}

/** One calendar month of the last 365 days: only what is dated inside the window counts. */
export interface MonthFigures {
  /** YYYY-MM. */
  readonly month: string;
  /** Amounts of invoices issued in the month, in minor units. */
  readonly invoiced: Minor;
  /** Payments received in the month, in minor units. */
  readonly paid: Minor;
}

export interface ExpectedCash {
  readonly in30: Minor;
  readonly in60: Minor;
  readonly in90: Minor;
  readonly unknown: Minor;
}

/** An open balance with the days its client's habit gives (src/core/forecast ExpectedPayment habit), YYYY-MM-DD. */
export interface ExpectedOpen {
  readonly balance: Minor;
  readonly date: string;
  readonly latest: string;
}

/** Open balances kept one by one up to this many per client; a client with more keeps only its sums (`expected`). */
export const MAX_EXPECTED_OPEN = 200;

export interface ClientSummary {
  readonly id: string;
  readonly name: string;
  readonly status: ClientStatus;
  /** Every amount of this summary is in this currency. */
  readonly currency: string;
  readonly level: Level;
  readonly score: number;
  readonly signals: readonly SignalSummary[];
  /** Sum of balances, minor units. */
  readonly owed: Minor;
  /** Sum of balances past due, minor units. */
  readonly overdue: Minor;
  /** Unbilled extra work, minor units. */
  readonly unbilled: Minor;
  /**
   * The overdue balance by days past due, the client dashboard's buckets (minor units), for the portfolio page's
   * aging. Absent from summaries written before it was kept: their overdue is shown as not yet sorted by age.
   */
  readonly aging?: Readonly<Record<OverdueBucket, Minor>>;
  /**
   * The open balances the client is expected to pay within 30, 60 and 90 days of `evaluated` (each including the
   * shorter), and those past every band of its history (src/core/forecast). Absent from summaries written before it was kept.
   */
  readonly expected?: ExpectedCash;
  /**
   * The same balances one by one with their days, so that the Portfolio view counts them within 30, 60 and 90 days
   * of the day it is looked at, not of `evaluated` (a folder not read for a month would count a month early).
   * Absent from summaries written before it was kept, and past MAX_EXPECTED_OPEN open balances.
   */
  readonly expectedOpen?: readonly ExpectedOpen[];
  /** The months of the last 365 days, oldest first (13 when the window starts mid-month). */
  readonly months: readonly MonthFigures[];
  /** Hours logged in the last 180 days (lowRate's window). */
  readonly hours: number;
  /** Payments received in the same days, minor units: with `hours`, the effective rate before rounding. */
  readonly paidForHours: Minor;
  /** paidForHours / hours in minor units, rounded; null without hours. */
  readonly effectiveRate: Minor | null;
  /** The latest dated entry up to the evaluation day (invoice, payment, request, journal, hours), YYYY-MM-DD; null when none. */
  readonly lastActivity: string | null;
  /** The day the client was evaluated, YYYY-MM-DD. */
  readonly evaluated: string;
}

/** The buckets of an overdue balance: every aging bucket but `current` (not yet due). */
export const OVERDUE_BUCKETS = AGING_BUCKETS.filter((b): b is Exclude<AgingBucket, 'current'> => b !== 'current');
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];

const monthOf = (day: DayNumber) => formatDate(day).slice(0, 7);

/**
 * The months that the window of `days` days ending today touches, oldest first. Counted by month from the window's
 * first day, not by formatting each of its 365 days: that was two thirds of a summary's time (npm run bench, the
 * portfolio's refresh).
 */
export function monthsOfWindow(today: DayNumber, days: number): string[] {
  const first = formatDate(today - days + 1);
  const last = monthOf(today);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const months: string[] = [];
  for (let text = first.slice(0, 7); text <= last; text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`) {
    months.push(text);
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

interface MoneyWindow {
  readonly today: DayNumber;
  readonly months: readonly string[];
  /** The day number of each month's first day, in the order of `months`. */
  readonly starts: readonly DayNumber[];
}

let lastWindow: MoneyWindow | undefined;

/** The months of the money window ending `today`, and where each starts: worked out once for every client of a day. */
function moneyWindow(today: DayNumber): MoneyWindow {
  if (lastWindow?.today !== today) {
    const months = monthsOfWindow(today, MONEY_WINDOW_DAYS);
    lastWindow = { today, months, starts: months.map((m) => parseDate(`${m}-01`)!) };
  }
  return lastWindow;
}

/**
 * The position in `window.months` of a day inside the window: the last month starting on or before it. Compared as
 * day numbers rather than by formatting each date, which was half of a summary's time (npm run bench, the portfolio).
 */
function monthIndex(window: MoneyWindow, day: DayNumber): number {
  let i = window.starts.length - 1;
  while (i > 0 && window.starts[i] > day) {
    i--;
  }
  return i;
}

/**
 * The summary of the client `health` describes, a client of `file` evaluated on `today`. `rateWindowDays`: lowRate's
 * window (rules.lowRate.windowDays), so that the portfolio's rates are the ones lowRate compares. `facts`: the client's
 * facts as of `today` when the caller has them already (evaluateEach), so that they are not built twice.
 */
export function summarize(
  file: ClientFile,
  health: ClientHealth,
  today: DayNumber,
  rateWindowDays = RATE_WINDOW_DAYS,
  facts: ClientFacts = clientFacts(file, health.index, today),
): ClientSummary {
  const client = facts.client;

  const window = moneyWindow(today);
  const invoiced = window.months.map(() => 0);
  const paid = window.months.map(() => 0);
  let paidForHours = 0;
  let last: DayNumber | undefined;
  const seen = (day: DayNumber) => {
    if (day <= today && (last === undefined || day > last)) {
      last = day;
    }
  };
  for (const invoice of facts.invoices) {
    seen(invoice.issued);
    if (inWindow(invoice.issued, today, MONEY_WINDOW_DAYS)) {
      invoiced[monthIndex(window, invoice.issued)] += invoice.amount;
    }
    for (const payment of invoice.payments) {
      seen(payment.day);
      if (inWindow(payment.day, today, MONEY_WINDOW_DAYS)) {
        paid[monthIndex(window, payment.day)] += payment.amount;
      }
      if (inWindow(payment.day, today, rateWindowDays)) {
        paidForHours += payment.amount;
      }
    }
  }
  let logged = 0;
  for (const entry of facts.hours) {
    seen(entry.day);
    if (inWindow(entry.day, today, rateWindowDays)) {
      logged += entry.hours;
    }
  }
  for (const request of client.requests ?? []) {
    seen(dayOfDateTime(request.at));
  }
  for (const entry of client.journal ?? []) {
    seen(dayOfDateTime(entry.at));
  }
  // As lowRate adds them: to a millionth of an hour, so 0.1 + 0.2 hours make 0.3.
  const hours = Math.round(logged * 1e6) / 1e6;

  return {
    id: client.id,
    name: client.name,
    status: client.status ?? 'active',
    currency: facts.currency,
    level: health.level,
    score: health.score,
    signals: health.signals.map((s) => ({ id: s.id, severity: s.severity, message: s.message })),
    owed: health.money.outstanding,
    overdue: health.money.overdue,
    unbilled: health.money.unbilledExtra,
    aging: Object.fromEntries(OVERDUE_BUCKETS.map((b) => [b, health.money.aging[b]])) as Record<OverdueBucket, Minor>,
    ...expectedCash(facts, today),
    months: window.months.map((month, i) => ({ month, invoiced: invoiced[i], paid: paid[i] })),
    hours,
    paidForHours,
    effectiveRate: hours > 0 ? Math.round(paidForHours / hours) : null,
    lastActivity: last === undefined ? null : formatDate(last),
    evaluated: formatDate(today),
  };
}

/** Every client of an evaluated file, in the file's order. */
export function summarizeFile(file: ClientFile, healths: readonly ClientHealth[], today: DayNumber, rateWindowDays = RATE_WINDOW_DAYS): ClientSummary[] {
  return healths.map((h) => summarize(file, h, today, rateWindowDays));
}

/** What the client invoiced over the last 365 days, minor units. */
export function invoicedOverYear(summary: ClientSummary): Minor {
  return summary.months.reduce((sum, m) => sum + m.invoiced, 0);
}

/** What the client paid over the last 365 days, minor units. */
export function paidOverYear(summary: ClientSummary): Minor {
  return summary.months.reduce((sum, m) => sum + m.paid, 0);
}

/** A date of the summary as a day number (lastActivity, evaluated); undefined for null. */
export function summaryDay(text: string | null): DayNumber | undefined {
  return text === null ? undefined : parseDate(text);
}

/** The client's cash by horizon, from its own payment habit: the dashboard's figures, kept for the Portfolio view. */
function expectedCash(facts: ClientFacts, today: DayNumber): { expected: ExpectedCash; expectedOpen?: ExpectedOpen[] } {
  const forecast = clientForecast(facts, today);
  const [cash] = cashExpected([{ currency: facts.currency, forecast }], today);
  const expected = { in30: cash?.in30 ?? 0, in60: cash?.in60 ?? 0, in90: cash?.in90 ?? 0, unknown: cash?.unknown ?? 0 };
  if (forecast.expected.length > MAX_EXPECTED_OPEN) {
    return { expected };
  }
  return { expected, expectedOpen: forecast.expected.map((e) => ({ balance: e.balance, date: formatDate(e.habit.date), latest: formatDate(e.habit.latest) })) };
}
