/**
 * What editor time keeps: seconds of active time per local date, in the workspace storage of the folder it was
 * counted in (never in the repository, never sent anywhere). Only the last 400 days are kept. What comes back
 * from storage is read entry by entry: an entry that is not a date with a plausible number of seconds is dropped.
 */
import { DayNumber, formatDate, parseDate } from '../dates';

export const KEEP_DAYS = 400;
/** Each folder's days are under this prefix and the folder's URI in the workspace state (VS Code's storage for this workspace). */
export const EDITOR_TIME_KEY = 'clientHealth.editorTime:';
const SECONDS_PER_DAY = 86_400;

/** The stored form: `{ "v": 1, "seconds": { "2026-03-05": 5400 } }`. */
export interface StoredEditorTime {
  readonly v: 1;
  readonly seconds: Readonly<Record<string, number>>;
}

/** Seconds per day, from whatever storage gave back. */
export function readEditorTime(value: unknown): Map<DayNumber, number> {
  const days = new Map<DayNumber, number>();
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== 1) {
    return days;
  }
  const seconds = (value as { seconds?: unknown }).seconds;
  if (typeof seconds !== 'object' || seconds === null || Array.isArray(seconds)) {
    return days;
  }
  for (const [date, s] of Object.entries(seconds)) {
    const day = parseDate(date);
    if (day !== undefined && typeof s === 'number' && Number.isFinite(s) && s > 0 && s <= SECONDS_PER_DAY) {
      days.set(day, s);
    }
  }
  return days;
}

/** The stored value with the milliseconds just taken added, and the days older than KEEP_DAYS before today dropped. */
export function addEditorTime(stored: unknown, taken: ReadonlyMap<DayNumber, number>, today: DayNumber): StoredEditorTime {
  const days = readEditorTime(stored);
  for (const [day, ms] of taken) {
    days.set(day, Math.min(SECONDS_PER_DAY, Math.round(((days.get(day) ?? 0) * 1000 + ms) / 100) / 10));
  }
  const seconds: Record<string, number> = {};
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    if (day > today - KEEP_DAYS && days.get(day)! > 0) {
      seconds[formatDate(day)] = days.get(day)!;
    }
  }
  return { v: 1, seconds };
}

/** Seconds as hours to the hundredth, as an hours entry holds them. */
export function secondsToHours(seconds: number): number {
  return Math.round(seconds / 36) / 100;
}
