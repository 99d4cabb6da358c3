/**
 * Logged, git and editor hours side by side per calendar month (the dashboard's Hours section): the three
 * sources are shown apart, never added, so the freelancer sees where the logged hours fall short.
 */
import { DayNumber, formatDate, parseDate } from '../dates';
import { Client } from '../schema';
import { GitSession } from '../gitHistory/sessions';

export interface MonthHours {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly logged: number;
  /** Undefined: no git evidence for this client (not the same as none in the month). */
  readonly git: number | undefined;
  /** Undefined: editor time is off or has counted nothing for this client. */
  readonly editor: number | undefined;
}

/** The last `count` months up to today's, oldest first; hours to the hundredth. */
export function hoursByMonth(
  client: Client,
  sessions: readonly GitSession[] | undefined,
  editorSeconds: ReadonlyMap<DayNumber, number> | undefined,
  today: DayNumber,
  count = 12,
): MonthHours[] {
  const months: string[] = [];
  const [year, month] = formatDate(today).split('-').map(Number);
  for (let i = count - 1; i >= 0; i--) {
    const m = (((month - 1 - i) % 12) + 12) % 12;
    const y = year + Math.floor((month - 1 - i) / 12);
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  const logged = new Map<string, number>();
  const git = new Map<string, number>();
  const editor = new Map<string, number>();
  const add = (into: Map<string, number>, day: DayNumber, hours: number) => {
    if (day <= today) {
      const key = formatDate(day).slice(0, 7);
      into.set(key, (into.get(key) ?? 0) + hours);
    }
  };
  for (const h of client.hours ?? []) {
    const day = parseDate(h.date);
    if (day !== undefined) {
      add(logged, day, h.hours);
    }
  }
  for (const s of sessions ?? []) {
    add(git, s.day, s.hours);
  }
  for (const [day, seconds] of editorSeconds ?? []) {
    add(editor, day, seconds / 3600);
  }
  const round = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;
  const hasEditor = editorSeconds !== undefined && editorSeconds.size > 0;
  return months.map((m) => ({
    month: m,
    logged: round(logged.get(m)),
    git: sessions ? round(git.get(m)) : undefined,
    editor: hasEditor ? round(editor.get(m)) : undefined,
  }));
}
