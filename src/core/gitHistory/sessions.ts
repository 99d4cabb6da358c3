/**
 * Hours from git (signals-v1): commits of the same author less than 2 hours apart form one work session; a
 * session lasts from its first to its last commit, plus 30 minutes before the first (the work that led to
 * it). A session belongs to the local day of its first commit, in that commit's own offset: a night that
 * runs past midnight is counted on the evening it began, and travel across time zones does not move it.
 * Instants decide the gaps, so commits listed out of order or in changing offsets give the same sessions.
 */
import { DayNumber } from '../dates';
import { normalEmail } from './authors';
import { GitCommit } from './commit';

/** "Less than 2 hours apart": a gap of exactly 2 hours starts a new session. */
export const SESSION_GAP_MS = 2 * 60 * 60 * 1000;
/** Counted before each session's first commit. */
export const SESSION_LEAD_MS = 30 * 60 * 1000;

export interface GitSession {
  /** The author the session belongs to (the key it was grouped by). */
  readonly author: string;
  /** The local day of the first commit: the day the session counts on. */
  readonly day: DayNumber;
  /** The first commit's local minutes after midnight. */
  readonly minutes: number;
  readonly start: number;
  readonly end: number;
  /** Hours, (end - start) + 30 minutes. */
  readonly hours: number;
  /** The session's commits, oldest first. */
  readonly commits: readonly GitCommit[];
}

/** Groups commits by author; by default the author email, whatever its case. */
export type AuthorKey = (commit: GitCommit) => string;

const byEmail: AuthorKey = (c) => normalEmail(c.authorEmail);

/** The work sessions of the commits, ordered by their start (then author). Duplicated hashes count once. */
export function gitSessions(commits: readonly GitCommit[], authorOf: AuthorKey = byEmail): GitSession[] {
  const seen = new Set<string>();
  const byAuthor = new Map<string, GitCommit[]>();
  for (const c of commits) {
    if (seen.has(c.hash)) {
      continue;
    }
    seen.add(c.hash);
    const key = authorOf(c);
    let list = byAuthor.get(key);
    if (!list) {
      byAuthor.set(key, (list = []));
    }
    list.push(c);
  }
  const sessions: GitSession[] = [];
  for (const [author, list] of byAuthor) {
    list.sort((a, b) => a.at - b.at || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    let current: GitCommit[] = [];
    for (const c of list) {
      if (current.length > 0 && c.at - current[current.length - 1].at >= SESSION_GAP_MS) {
        sessions.push(session(author, current));
        current = [];
      }
      current.push(c);
    }
    if (current.length > 0) {
      sessions.push(session(author, current));
    }
  }
  return sessions.sort((a, b) => a.start - b.start || (a.author < b.author ? -1 : a.author > b.author ? 1 : 0));
}

function session(author: string, commits: GitCommit[]): GitSession {
  const first = commits[0];
  const last = commits[commits.length - 1];
  const start = first.at - SESSION_LEAD_MS;
  return { author, day: first.day, minutes: first.minutes, start, end: last.at, hours: roundHours((last.at - start) / 3_600_000), commits };
}

/** To a millionth of an hour, as lowRate sums logged hours, so that sums compare exactly. */
function roundHours(hours: number): number {
  return Math.round(hours * 1e6) / 1e6;
}

export interface GitDay {
  readonly day: DayNumber;
  readonly hours: number;
  readonly sessions: number;
  readonly commits: number;
}

/** Hours per local day (a session counts on the day it starts), oldest day first. */
export function hoursByDay(sessions: readonly GitSession[]): GitDay[] {
  const days = new Map<DayNumber, { hours: number; sessions: number; commits: number }>();
  for (const s of sessions) {
    const d = days.get(s.day) ?? { hours: 0, sessions: 0, commits: 0 };
    d.hours += s.hours;
    d.sessions++;
    d.commits += s.commits.length;
    days.set(s.day, d);
  }
  return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, d]) => ({ day, hours: roundHours(d.hours), sessions: d.sessions, commits: d.commits }));
}
