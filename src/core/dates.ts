/**
 * Calendar dates (`YYYY-MM-DD`) and local date-times (`YYYY-MM-DDTHH:MM`).
 * Due dates have no time zone, so arithmetic runs on whole days counted from
 * 1970-01-01 through UTC, where no day is ever 23 or 25 hours long.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
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

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function validParts(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is not a real calendar date. */
export function parseDate(text: string): DayNumber | undefined {
  const m = DATE_RE.exec(text);
  if (!m) {
    return undefined;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validParts(year, month, day) ? Date.UTC(year, month - 1, day) / MS_PER_DAY : undefined;
}

/** A `YYYY-MM-DDTHH:MM` local date-time or a plain date; undefined when impossible (2026-02-30, 24:00). */
export function parseDateOrDateTime(text: string): DateTimeParts | undefined {
  const m = DATE_TIME_RE.exec(text);
  if (!m) {
    const day = parseDate(text);
    return day === undefined ? undefined : { day, minutes: undefined };
  }
  const day = parseDate(text.slice(0, 10));
  const [hours, minutes] = [Number(m[4]), Number(m[5])];
  if (day === undefined || hours > 23 || minutes > 59) {
    return undefined;
  }
  return { day, minutes: hours * 60 + minutes };
}

/** `HH:MM` as minutes after midnight; undefined when impossible. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) {
    return undefined;
  }
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

export function formatDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: DayNumber, days: number): DayNumber {
  return day + days;
}

/** Adds calendar months, clamping to the month's end (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const dom = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, dom) / MS_PER_DAY;
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysBetween(from: DayNumber, to: DayNumber): number {
  return to - from;
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
