/**
 * Git evidence as evaluate takes it: the freelancer's own commits in a client's repository, and whether
 * lowRate and lowVolume may count hours from them (`clientHealth.git.useForHours`).
 */
import { DayNumber, parseDate } from '../dates';
import { Client, ClientFile } from '../schema';
import { GitCommit } from './commit';
import { GitSession, gitSessions } from './sessions';

export const USE_GIT_FOR_HOURS = ['whenNoHoursLogged', 'never', 'always'] as const;
export type UseGitForHours = (typeof USE_GIT_FOR_HOURS)[number];
export const DEFAULT_USE_GIT_FOR_HOURS: UseGitForHours = 'whenNoHoursLogged';

/** The setting's value, or the default for anything else a settings file may hold. */
export function resolveUseGitForHours(value: unknown): UseGitForHours {
  return (USE_GIT_FOR_HOURS as readonly unknown[]).includes(value) ? (value as UseGitForHours) : DEFAULT_USE_GIT_FOR_HOURS;
}

export interface GitEvidence {
  /** The freelancer's own commits (authorFilter applied), in any order. */
  readonly commits: readonly GitCommit[];
  readonly useForHours: UseGitForHours;
}

/** The evidence of one repository for the client file in it. */
export interface GitEvidenceForFile extends GitEvidence {
  /**
   * The ids of the clients the repository's work is for. Absent: the file's only client that has not ended.
   * With several such clients nobody can tell from a commit which client it was for, so none gets it.
   */
  readonly clientIds?: readonly string[];
}

/** The client (by index in the file) each piece of evidence belongs to. */
export type GitEvidenceByClient = ReadonlyMap<number, GitEvidence>;

export function gitEvidenceByClient(file: ClientFile, evidence: GitEvidenceForFile | undefined): GitEvidenceByClient {
  const byClient = new Map<number, GitEvidence>();
  if (!evidence) {
    return byClient;
  }
  if (evidence.clientIds) {
    const ids = new Set(evidence.clientIds);
    file.clients.forEach((c, i) => ids.has(c.id) && byClient.set(i, sinceWorkStart(evidence, c)));
    return byClient;
  }
  const open = file.clients.flatMap((c, i) => (c.status === 'ended' ? [] : [i]));
  if (open.length === 1) {
    byClient.set(open[0], sinceWorkStart(evidence, file.clients[open[0]]));
  }
  return byClient;
}

/**
 * The day a client's work began, as far as the file says: its contract's start. A repository that served an
 * earlier client (now ended) holds that client's commits and editor days too, and they are not this one's work.
 */
export function workStart(client: Client): DayNumber | undefined {
  return parseDate(client.contract?.start ?? '');
}

/** Per evidence read, its commits from each start day on: kept, so that its sessions are computed once (evidenceSessions). */
const fromStart = new WeakMap<GitEvidence, Map<DayNumber | undefined, GitEvidence>>();

function sinceWorkStart(evidence: GitEvidence, client: Client): GitEvidence {
  const start = workStart(client);
  let byStart = fromStart.get(evidence);
  if (!byStart) {
    byStart = new Map();
    fromStart.set(evidence, byStart);
  }
  let kept = byStart.get(start);
  if (!kept) {
    const { commits, useForHours } = evidence;
    kept = { commits: start === undefined ? commits : commits.filter((c) => c.day >= start), useForHours };
    byStart.set(start, kept);
  }
  return kept;
}

/** The freelancer is one person whatever email a commit carries: their sessions are never counted twice over. */
const sessionsOf = new WeakMap<GitEvidence, readonly GitSession[]>();

export function evidenceSessions(evidence: GitEvidence): readonly GitSession[] {
  let sessions = sessionsOf.get(evidence);
  if (!sessions) {
    sessions = gitSessions(evidence.commits, () => '');
    sessionsOf.set(evidence, sessions);
  }
  return sessions;
}

export interface GitHours {
  readonly hours: number;
  readonly sessions: number;
  readonly commits: number;
}

/** Hours from git of the sessions that start in the window of `windowDays` days ending today. */
export function gitHoursInWindow(evidence: GitEvidence, today: DayNumber, windowDays: number): GitHours {
  let hours = 0;
  let sessions = 0;
  let commits = 0;
  for (const s of evidenceSessions(evidence)) {
    if (s.day > today - windowDays && s.day <= today) {
      hours += s.hours;
      sessions++;
      commits += s.commits.length;
    }
  }
  return { hours: Math.round(hours * 1e6) / 1e6, sessions, commits };
}

export type HoursSource = 'logged' | 'git';

/** Which hours a rule counts in a window: the logged ones, unless the setting and the evidence say git. */
export function hoursSource(loggedInWindow: boolean, evidence: GitEvidence | undefined): HoursSource {
  if (!evidence || evidence.useForHours === 'never') {
    return 'logged';
  }
  return evidence.useForHours === 'always' || !loggedInWindow ? 'git' : 'logged';
}
