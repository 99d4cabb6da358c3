/** Working hours: whether a moment falls outside them, and the moments a prompt offers for "when did it happen". */
import { DayNumber, formatDate, localToday, weekday } from './dates';
import type { WorkingHours } from './health/facts';

/** HH:MM for a number of minutes after midnight. */
export function clock(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * True when an entry falls outside working hours. A date-only entry does when its day is not a working day.
 * The working day is half-open, [start, end): 09:00 is inside, 18:00 is outside.
 * When end < start the day runs past midnight, and the early hours (before end) belong to the shift that began on the previous day,
 * so they are inside only when that previous day is a working day. start === end means the whole day is working time.
 */
export function outsideWorkingHours(entry: { readonly day: DayNumber; readonly minutes: number | undefined }, hours: WorkingHours): boolean {
  const t = entry.minutes;
  const working = (day: number) => hours.days.has(weekday(day));
  if (t === undefined) {
    return !working(entry.day);
  }
  if (hours.start === hours.end) {
    return !working(entry.day);
  }
  if (hours.start < hours.end) {
    return !(working(entry.day) && t >= hours.start && t < hours.end);
  }
  const lateShift = working(entry.day) && t >= hours.start;
  const earlyShift = working(entry.day - 1) && t < hours.end;
  return !(lateShift || earlyShift);
}

export interface WhenSuggestions {
  /** Today, as a date without a time. */
  readonly today: string;
  /** Today at the start of working hours; undefined when today is not a working day. */
  readonly startOfWork: string | undefined;
  /** Now; undefined outside working hours, so that logging late at night does not make the entry after-hours. */
  readonly now: string | undefined;
}

/**
 * What a "when did it happen" prompt offers. The moment the user types is not
 * the moment the request came in: offering it as the default turned an evening
 * of bookkeeping into a week of after-hours contacts.
 */
export function whenSuggestions(now: Date, hours: WorkingHours): WhenSuggestions {
  const day = localToday(now);
  const today = formatDate(day);
  const minutes = now.getHours() * 60 + now.getMinutes();
  const workingDay = hours.days.has(weekday(day));
  return {
    today,
    startOfWork: workingDay ? `${today}T${clock(hours.start)}` : undefined,
    now: outsideWorkingHours({ day, minutes }, hours) ? undefined : `${today}T${clock(minutes)}`,
  };
}
