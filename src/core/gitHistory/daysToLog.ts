/**
 * Log Hours from Git: the days git shows work on and the client file has no hours for. A day with any hours
 * entry is left alone, whatever it says: the freelancer's own record wins over an estimate.
 */
import { DayNumber, formatDate, parseDate } from '../dates';
import { Client, HoursEntry } from '../schema';
import { GitEvidence, evidenceSessions } from './evidence';
import { hoursByDay } from './sessions';

export interface DayToLog {
  readonly date: string;
  /** The estimate, to the hundredth of an hour, within what an hours entry takes (more than 0, at most 24). */
  readonly hours: number;
  readonly sessions: number;
  readonly commits: number;
}

/** Newest first; days after `today` (a commit dated ahead by a wrong clock) are left out. */
export function daysToLog(client: Client, evidence: GitEvidence, today: DayNumber): DayToLog[] {
  const logged = new Set<DayNumber | undefined>((client.hours ?? []).map((h) => parseDate(h.date)));
  return hoursByDay(evidenceSessions(evidence))
    .filter((d) => d.day <= today && !logged.has(d.day))
    .map((d) => ({ date: formatDate(d.day), hours: Math.min(24, Math.max(0.01, Math.round(d.hours * 100) / 100)), sessions: d.sessions, commits: d.commits }))
    .reverse();
}

/** The entries for the days chosen, oldest first, as the file lists hours. */
export function hoursEntries(days: readonly DayToLog[], note: string): HoursEntry[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((d) => ({ date: d.date, hours: d.hours, note }));
}
