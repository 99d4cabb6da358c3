/**
 * When a client will pay, from how it paid before: the days between each fully paid invoice's due date and its last
 * payment (negative when early). Pure; the method and the base rate's source are in docs/late-payment-law.md.
 */
import { DayNumber } from '../dates';
import { Minor } from '../money';

export interface PaidRecord {
  readonly number: string;
  readonly due: DayNumber;
  /** The day the payments reached the amount. */
  readonly paidOn: DayNumber;
}

export interface OpenRecord {
  readonly number: string;
  readonly due: DayNumber;
  readonly balance: Minor;
}

/** Fewer paid invoices than this is no history to speak of. */
export const MIN_HISTORY = 3;
/** The trend compares the last RECENT payments with those before. */
const RECENT = 3;
/** A change of the median smaller than this many days is noise. */
const TREND_DAYS = 3;

/**
 * Published base rate for freelancers, used while a client has too little history. Bonsai's analysis of three years
 * of its users' invoices (Priceonomics, May 2018): 29 % were paid after the due date and over 75 % of those within
 * 14 days of it. So the typical invoice is paid by its due date (71 % are), and at least nine in ten (71 % + 75 % of
 * 29 % = 92.75 %) by 14 days after it. Both figures are bounds the study allows, not fitted values.
 */
export const FREELANCER_BASE_RATE = {
  medianDaysLate: 0,
  lowDaysLate: 0,
  highDaysLate: 14,
  source: 'Bonsai invoice data, "How often do freelancers get paid late?", Priceonomics, 2018-05-04',
} as const;

export interface Trend {
  /** Median days late of the last three payments, and of the ones before. */
  readonly recentMedian: number;
  readonly earlierMedian: number;
  readonly direction: 'later' | 'earlier' | 'steady';
}

export interface ExpectedPayment {
  readonly invoice: string;
  readonly balance: Minor;
  /** Expected payment day, and the band that 8 in 10 of the client's payments fell in (from the 10th to the 90th percentile). */
  readonly date: DayNumber;
  readonly earliest: DayNumber;
  readonly latest: DayNumber;
  /** Already later than 9 in 10 past payments: the dates are today's, and no more can be told. */
  readonly beyondHistory: boolean;
  /**
   * The expected day and the band's last day as the client's habit gives them, before either is moved up to today:
   * what another day's forecast of the same invoice starts from (the portfolio keeps them, cashOn).
   */
  readonly habit: { readonly date: DayNumber; readonly latest: DayNumber };
}

export interface PaymentForecast {
  readonly paidInvoices: number;
  /** Fewer than MIN_HISTORY paid invoices: the published base rate stands in. */
  readonly notEnoughHistory: boolean;
  /** Whole days; undefined without history. */
  readonly medianDaysLate: number | undefined;
  readonly p80DaysLate: number | undefined;
  readonly trend: Trend | undefined;
  readonly expected: readonly ExpectedPayment[];
}

/** The p-quantile (0..1) of sorted values, interpolated between the two nearest ranks. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.ceil(h);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

const sortedOf = (values: readonly number[]) => [...values].sort((a, b) => a - b);
// Whole days, halves away from zero: -2.5 days early is 3 days early, as 2.5 days late is 3.
const wholeDays = (days: number) => (days < 0 ? -Math.round(-days) : Math.round(days)) + 0;

function trendOf(daysLate: readonly number[]): Trend | undefined {
  if (daysLate.length <= RECENT) {
    return undefined;
  }
  const recentMedian = quantile(sortedOf(daysLate.slice(-RECENT)), 0.5);
  const earlierMedian = quantile(sortedOf(daysLate.slice(0, -RECENT)), 0.5);
  const change = recentMedian - earlierMedian;
  return { recentMedian, earlierMedian, direction: change >= TREND_DAYS ? 'later' : change <= -TREND_DAYS ? 'earlier' : 'steady' };
}

/** The forecast of a client's open invoices from its paid ones, as of `today`. */
export function paymentForecast(paid: readonly PaidRecord[], open: readonly OpenRecord[], today: DayNumber): PaymentForecast {
  // In the order they were paid, so that the trend compares the latest payments with the earlier ones.
  const history = [...paid].sort((a, b) => a.paidOn - b.paidOn || a.due - b.due).map((r) => r.paidOn - r.due);
  const sorted = sortedOf(history);
  const enough = history.length >= MIN_HISTORY;
  const median = enough ? quantile(sorted, 0.5) : FREELANCER_BASE_RATE.medianDaysLate;
  const low = enough ? quantile(sorted, 0.1) : FREELANCER_BASE_RATE.lowDaysLate;
  const high = enough ? quantile(sorted, 0.9) : FREELANCER_BASE_RATE.highDaysLate;
  const expected = open.map((o): ExpectedPayment => {
    const date = o.due + wholeDays(median);
    const latest = o.due + wholeDays(high);
    return {
      invoice: o.number,
      balance: o.balance,
      date: Math.max(date, today),
      earliest: Math.max(o.due + wholeDays(low), today),
      latest: Math.max(latest, today),
      beyondHistory: latest < today,
      habit: { date, latest },
    };
  });
  return {
    paidInvoices: history.length,
    notEnoughHistory: !enough,
    medianDaysLate: enough ? wholeDays(median) : undefined,
    p80DaysLate: enough ? wholeDays(quantile(sorted, 0.8)) : undefined,
    trend: trendOf(history),
    expected,
  };
}

export interface CashExpected {
  readonly currency: string;
  /** Balances expected within 30, 60 and 90 days from today (each includes the shorter windows). */
  readonly in30: Minor;
  readonly in60: Minor;
  readonly in90: Minor;
  /** Balances past every band of their client's history: when they come, no one can tell. */
  readonly unknown: Minor;
}

/** Cash expected per currency over the next 30, 60 and 90 days, from the forecasts of several clients. */
export function cashExpected(forecasts: readonly { readonly currency: string; readonly forecast: PaymentForecast }[], today: DayNumber): CashExpected[] {
  const byCurrency = new Map<string, { in30: Minor; in60: Minor; in90: Minor; unknown: Minor }>();
  for (const { currency, forecast } of forecasts) {
    const sums = byCurrency.get(currency) ?? { in30: 0, in60: 0, in90: 0, unknown: 0 };
    for (const e of forecast.expected) {
      addExpected(sums, e.balance, e.habit.date, e.habit.latest, today);
    }
    byCurrency.set(currency, sums);
  }
  return [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, sums]) => ({ currency, ...sums }));
}

/**
 * Adds one open balance to the sums of its horizon as of `today`, from the days its client's habit gives (not moved
 * up to any day): past the band's last day it is unknown; else it counts within 30, 60 and 90 days of the later of
 * its expected day and today. The same figures whichever day the habit was read on (the portfolio's summaries).
 */
export function addExpected(sums: { in30: Minor; in60: Minor; in90: Minor; unknown: Minor }, balance: Minor, date: DayNumber, latest: DayNumber, today: DayNumber): void {
  if (latest < today) {
    sums.unknown += balance;
    return;
  }
  const days = Math.max(date, today) - today;
  sums.in30 += days <= 30 ? balance : 0;
  sums.in60 += days <= 60 ? balance : 0;
  sums.in90 += days <= 90 ? balance : 0;
}
