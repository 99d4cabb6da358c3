/**
 * Log Hours with editor time: the days git or editor time shows work on and the client file has no hours for.
 * A day both show is offered once with both estimates, and logs the larger: each misses work the other sees
 * (editor time misses the browser and the meeting, git the day of reading that ended without a commit).
 */
import { DayNumber, formatDate, parseDate } from '../dates';
import { Client, ClientFile, HoursEntry } from '../schema';
import { DayToLog } from '../gitHistory/daysToLog';
import { workStart } from '../gitHistory/evidence';
import { secondsToHours } from './totals';

export type HoursEvidenceSource = 'git' | 'editor' | 'both';

export interface EvidenceDayToLog {
  readonly date: string;
  readonly source: HoursEvidenceSource;
  /** What is written when the day is ticked: the larger of the estimates, at most 24. */
  readonly hours: number;
  readonly git?: DayToLog;
  /** Editor time in hours, to the hundredth. */
  readonly editorHours?: number;
}

/** Newest first. `gitDays` are daysToLog's (already without logged days); editor days under 0.01 h or after today are left out. */
export function evidenceDaysToLog(client: Client, gitDays: readonly DayToLog[], editorSeconds: ReadonlyMap<DayNumber, number>, today: DayNumber): EvidenceDayToLog[] {
  const logged = new Set<DayNumber | undefined>((client.hours ?? []).map((h) => parseDate(h.date)));
  const byDate = new Map<string, { git?: DayToLog; editorHours?: number }>();
  for (const g of gitDays) {
    byDate.set(g.date, { git: g });
  }
  for (const [day, seconds] of editorDaysOf(client, editorSeconds)) {
    const hours = Math.min(24, secondsToHours(seconds));
    if (day <= today && !logged.has(day) && hours >= 0.01) {
      const date = formatDate(day);
      byDate.set(date, { ...byDate.get(date), editorHours: hours });
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, { git, editorHours }]) => ({
      date,
      source: git && editorHours !== undefined ? 'both' : git ? 'git' : 'editor',
      hours: Math.max(git?.hours ?? 0, editorHours ?? 0),
      ...(git ? { git } : {}),
      ...(editorHours !== undefined ? { editorHours } : {}),
    }));
}

/** The notes each source's entries carry, in the display language. */
export interface EvidenceNotes {
  readonly git: string;
  readonly editor: string;
  readonly both: string;
}

/** The entries for the days chosen, oldest first, as the file lists hours. */
export function evidenceHoursEntries(days: readonly EvidenceDayToLog[], notes: EvidenceNotes): HoursEntry[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((d) => ({ date: d.date, hours: d.hours, note: notes[d.source] }));
}

/** The editor time of a folder that is the client's: from its contract's start on, as git evidence (workStart). */
export function editorDaysOf(client: Client, editorSeconds: ReadonlyMap<DayNumber, number>): ReadonlyMap<DayNumber, number> {
  const start = workStart(client);
  return start === undefined ? editorSeconds : new Map([...editorSeconds].filter(([day]) => day >= start));
}

/**
 * The client editor time counts for: the file's only client that has not ended. A folder's time does not say
 * which client it was for, as a commit does not: with several, none gets it (the same rule as git evidence).
 */
export function editorTimeClient(file: ClientFile): number | undefined {
  const open = file.clients.flatMap((c, i) => (c.status === 'ended' ? [] : [i]));
  return open.length === 1 ? open[0] : undefined;
}
