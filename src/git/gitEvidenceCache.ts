/**
 * The git evidence cache in the workspace state: the freelancer's commits of a folder's repository and the
 * branch tips they were read up to. Stored compactly (one array per commit) and checked on the way back in,
 * since the state may come from an older version or be damaged: anything that does not read is a full read.
 * No vscode import, so that it runs in plain unit tests.
 */
import { GitCommit } from '../core/gitHistory/commit';
import { inert } from '../core/controlChars';

/** Years of one person's commits; beyond it the oldest are dropped, which keeps the workspace state small. */
export const MAX_CACHED_COMMITS = 10_000;
// 2: the mailmap digest joined the key.
const VERSION = 2;
const MS_PER_DAY = 86_400_000;
const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface CachedCommits {
  /** The author emails the commits were chosen by, lower case, sorted, one a line: other emails mean another read. */
  readonly emailsKey: string;
  /** The digest of the mailmap the commits were read under (mailmap.ts): another mapping means another read. */
  readonly mailmap: string;
  readonly tips: readonly string[];
  readonly commits: readonly GitCommit[];
}

type Row = [hash: string, short: string, email: string, at: number, offsetMinutes: number, subject: string];

export function toCache(entry: CachedCommits): unknown {
  return {
    v: VERSION,
    emails: entry.emailsKey,
    mailmap: entry.mailmap,
    tips: entry.tips,
    commits: entry.commits.slice(0, MAX_CACHED_COMMITS).map((c): Row => [c.hash, c.short, c.authorEmail, c.at, c.offsetMinutes, c.subject]),
  };
}

/** The cached entry, or undefined when there is none or it does not read. */
export function fromCache(value: unknown): CachedCommits | undefined {
  const v = value as { v?: unknown; emails?: unknown; mailmap?: unknown; tips?: unknown; commits?: unknown } | undefined;
  if (!v || typeof v !== 'object' || v.v !== VERSION || typeof v.emails !== 'string' || typeof v.mailmap !== 'string' || !Array.isArray(v.tips) || !Array.isArray(v.commits)) {
    return undefined;
  }
  if (!v.tips.every((t) => typeof t === 'string' && HASH.test(t)) || v.commits.length > MAX_CACHED_COMMITS) {
    return undefined;
  }
  const commits: GitCommit[] = [];
  for (const row of v.commits as unknown[]) {
    const commit = fromRow(row);
    if (!commit) {
      return undefined;
    }
    commits.push(commit);
  }
  return { emailsKey: v.emails, mailmap: v.mailmap, tips: v.tips as string[], commits };
}

function fromRow(row: unknown): GitCommit | undefined {
  if (!Array.isArray(row) || row.length !== 6) {
    return undefined;
  }
  const [hash, short, email, at, offsetMinutes, subject] = row as unknown[];
  if (
    typeof hash !== 'string' || !HASH.test(hash) || typeof short !== 'string' || !hash.startsWith(short) || short.length < 4 ||
    typeof email !== 'string' || typeof subject !== 'string' || subject.length > 400 ||
    typeof at !== 'number' || !Number.isSafeInteger(at) || typeof offsetMinutes !== 'number' || !Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60
  ) {
    return undefined;
  }
  const local = at + offsetMinutes * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  const minutes = Math.floor((local - day * MS_PER_DAY) / 60_000);
  // inert: what the parser wrote out stays as it was; anything written into the state by other means is made harmless.
  return { hash, short, authorEmail: inert(email), at, day, minutes, offsetMinutes, subject: inert(subject) };
}
