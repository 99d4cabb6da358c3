/**
 * The calendar of statutory interest: which reference-rate entry is in force on a day, where a rule's periods
 * (half-years, years, or none for the UK) begin and on which day each reads its rate, and the anniversaries of
 * the first day of lateness (the Dutch yearly capitalisation). Pure; interest.ts computes with them.
 */
import { DayNumber, formatDate, isLeapYear, parseDate } from '../dates';
import { LateFeeRule } from './rules';
import { RateEntry, RateSource } from './rates';

// Rates in ten-thousandths of a percent: exact for any rate the data or settings hold to four decimals.
export const RATE_SCALE = 10_000;

/** The entry of a source in force on a day: the latest from that day or before. */
export function rateOn(rates: readonly RateEntry[], source: RateSource, day: string): RateEntry | undefined {
  let found: RateEntry | undefined;
  for (const entry of rates) {
    if (entry.source === source && entry.from <= day && (!found || entry.from >= found.from)) {
      found = entry;
    }
  }
  return found;
}

/** The day of a source's latest entry: how far its known rates reach. */
export function ratesUpTo(rates: readonly RateEntry[], source: RateSource): string | undefined {
  let last: string | undefined;
  for (const entry of rates) {
    if (entry.source === source && (!last || entry.from > last)) {
      last = entry.from;
    }
  }
  return last;
}

function yearMonth(day: DayNumber): [number, number] {
  const text = formatDate(day);
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7))];
}

export type ReferenceRate = NonNullable<LateFeeRule['rate']>;

const dayOf = (year: number, month: number, date: number) => parseDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`)!;

/** The first day of the period a day falls in, under the rule's choice (the whole debt for the UK: no split). */
export function periodStart(rate: ReferenceRate, day: DayNumber): DayNumber | undefined {
  const [year, month] = yearMonth(day);
  switch (rate.choice) {
    case 'halfYearStart':
      return dayOf(year, month <= 6 ? 1 : 7, 1);
    case 'yearStart':
      return dayOf(year, 1, 1);
    case 'halfYearEndBeforeStart':
      return undefined;
  }
}

/** The day the reference rate is read on for a period starting on `start` (the first day of lateness for the UK). */
export function referenceDayOf(rate: ReferenceRate, start: DayNumber): DayNumber {
  if (rate.choice === 'halfYearEndBeforeStart') {
    const [year, month] = yearMonth(start);
    return month <= 6 ? dayOf(year - 1, 12, 31) : dayOf(year, 6, 30);
  }
  return periodStart(rate, start)!;
}

/** The next day a new period begins after `day`, or undefined when the rule never splits. */
export function nextPeriodStart(rate: ReferenceRate, day: DayNumber): DayNumber | undefined {
  const [year, month] = yearMonth(day);
  switch (rate.choice) {
    case 'halfYearStart':
      return month <= 6 ? dayOf(year, 7, 1) : dayOf(year + 1, 1, 1);
    case 'yearStart':
      return dayOf(year + 1, 1, 1);
    case 'halfYearEndBeforeStart':
      return undefined;
  }
}

/**
 * The day `years` after `start`, the first day of lateness: where a year of lateness ends and the next begins. A start
 * on 29 February moves to 1 March in a common year (its year ends on 28 February) and back to 29 February in a leap
 * year: each anniversary counts from the start, never from the one before, so it does not drift.
 */
export function anniversary(start: DayNumber, years: number): DayNumber {
  const text = formatDate(start);
  const year = Number(text.slice(0, 4)) + years;
  const [month, date] = [Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  return month === 2 && date === 29 && !isLeapYear(year) ? dayOf(year, 3, 1) : dayOf(year, month, date);
}
