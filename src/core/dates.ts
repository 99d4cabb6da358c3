/**
 * Calendar dates (`YYYY-MM-DD`) and local date-times (`YYYY-MM-DDTHH:MM`).
 * Due dates have no time zone, so arithmetic runs on whole days counted from
 * 1970-01-01 through UTC, where no day is ever 23 or 25 hours long.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export type DayNumber = number;

export interface DateTimeParts {
  readonly day: DayNumber;
  /** Minutes after midnight, or undefined when only a date was given. */
  readonly minutes: number | undefined;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

// The parsers below read character codes instead of running a regular expression and Date.UTC: every
// invoice, payment, request, journal entry and hours entry holds a date, and both validation and
// evaluation parse each of them, so these are the hottest functions of a large file's check.

const ZERO = 48;

/** The value of two ASCII digits at `at`, or -1 when either is not a digit 0-9. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  // charCodeAt past the end is NaN, which fails both comparisons.
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days from 1970-01-01 to a valid proleptic Gregorian date (Howard Hinnant's days_from_civil), the same as Date.UTC / 86,400,000. */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The day number of `YYYY-MM-DD` at `at` in `text` (the caller checks the length), or NaN when it is not a real calendar date. */
function dayAt(text: string, at: number): DayNumber {
  const hi = twoDigits(text, at);
  const lo = twoDigits(text, at + 2);
  const month = twoDigits(text, at + 5);
  const day = twoDigits(text, at + 8);
  if (hi < 0 || lo < 0 || month < 0 || day < 0 || text.charCodeAt(at + 4) !== 45 /* - */ || text.charCodeAt(at + 7) !== 45) {
    return NaN;
  }
  const year = hi * 100 + lo;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) {
    return NaN;
  }
  return daysFromCivil(year, month, day);
}

/** `HH:MM` at `at` in `text` as minutes after midnight, or -1 when impossible. */
function minutesAt(text: string, at: number): number {
  const hours = twoDigits(text, at);
  const minutes = twoDigits(text, at + 3);
  if (hours < 0 || minutes < 0 || text.charCodeAt(at + 2) !== 58 /* : */ || hours > 23 || minutes > 59) {
    return -1;
  }
  return hours * 60 + minutes;
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is not a real calendar date. */
export function parseDate(text: string): DayNumber | undefined {
  if (text.length !== 10) {
    return undefined;
  }
  const day = dayAt(text, 0);
  return day === day ? day : undefined;
}

/** A `YYYY-MM-DDTHH:MM` local date-time or a plain date; undefined when impossible (2026-02-30, 24:00). */
export function parseDateOrDateTime(text: string): DateTimeParts | undefined {
  if (text.length === 10) {
    const day = dayAt(text, 0);
    return day === day ? { day, minutes: undefined } : undefined;
  }
  if (text.length !== 16 || text.charCodeAt(10) !== 84 /* T */) {
    return undefined;
  }
  const day = dayAt(text, 0);
  const minutes = minutesAt(text, 11);
  return day === day && minutes >= 0 ? { day, minutes } : undefined;
}

/**
 * The day of a `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` already known to be valid (a validated file's `at`),
 * without building the parts object; NaN when it is not valid after all. Pair with `minutesOfDateTime`.
 */
export function dayOfDateTime(text: string): DayNumber {
  return text.length === 10 || (text.length === 16 && text.charCodeAt(10) === 84) ? dayAt(text, 0) : NaN;
}

/** The minutes of a valid `YYYY-MM-DDTHH:MM`; undefined for a plain date (or anything else). */
export function minutesOfDateTime(text: string): number | undefined {
  if (text.length !== 16) {
    return undefined;
  }
  const minutes = minutesAt(text, 11);
  return minutes >= 0 ? minutes : undefined;
}

/** `HH:MM` as minutes after midnight; undefined when impossible. */
export function parseTimeOfDay(text: string): number | undefined {
  if (text.length !== 5) {
    return undefined;
  }
  const minutes = minutesAt(text, 0);
  return minutes >= 0 ? minutes : undefined;
}

export function formatDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: DayNumber, days: number): DayNumber {
  return day + days;
}

/** Monday = 0 ... Sunday = 6. */
export function weekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

/** Today's calendar date in the machine's local time zone. */
export function localToday(now: Date = new Date()): DayNumber {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY;
}

/** Now as a local `YYYY-MM-DDTHH:MM`. */
export function localDateTime(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(localToday(now))}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
