/** Reading a folder's commits for the editor: the cached ones and those git adds since, or all of them. No vscode import. Part of dist/git.js. */
import { GitCommit } from '../core/gitHistory/commit';
import { authorFilter, distinctEmails } from '../core/gitHistory/authors';
import { GitLog } from './gitPrivacy';
import { GitLogRead, gitUserEmail, readGitLog, readGitLogSince } from './gitLog';
import { MAX_CACHED_COMMITS, fromCache, toCache } from './gitEvidenceCache';
import { mailmapDigest } from './mailmap';

export interface FolderRead {
  /** noEmail: neither git config user.email nor the setting gives one, so no commit is anyone's. */
  readonly status: GitLogRead['status'] | 'noEmail';
  /** The freelancer's commits, newest first, at most MAX_CACHED_COMMITS; for ok, empty, truncated and timeout. */
  readonly commits: GitCommit[];
  /** What to keep in the workspace state: only after a complete read. */
  readonly cache?: unknown;
  /** The cached tips were no longer all in the history: it was read again from the start. */
  readonly rewritten: boolean;
  readonly skipped: number;
}

export async function readFolderCommits(cwd: string, configuredEmails: readonly string[], cached: unknown, log: GitLog): Promise<FolderRead> {
  const [own, mailmap] = await Promise.all([gitUserEmail(cwd, log), mailmapDigest(cwd, log)]);
  const emails = distinctEmails([...(own ? [own] : []), ...configuredEmails]);
  if (emails.length === 0) {
    return { status: 'noEmail', commits: [], rewritten: false, skipped: 0 };
  }
  const emailsKey = emails.map((e) => e.toLowerCase()).sort().join('\n');
  const mine = authorFilter(emails);
  const earlier = fromCache(cached);
  let commits: GitCommit[] = [];
  const take = (batch: readonly GitCommit[]) => {
    for (const c of batch) {
      if (mine(c)) {
        commits.push(c);
      }
    }
  };
  let rewritten = false;
  let read: GitLogRead | undefined;
  // Other emails, or another mailmap, than the cache was made with: its commits were chosen for someone else
  // (a mapping decides whose an old address is); read everything.
  if (earlier && earlier.emailsKey === emailsKey && earlier.mailmap === mailmap) {
    const since = await readGitLogSince(cwd, earlier.tips, { onCommits: take, log });
    rewritten = since.status === 'rewritten';
    if (since.status === 'ok' || since.status === 'empty') {
      const seen = new Set(commits.map((c) => c.hash));
      commits = [...commits, ...earlier.commits.filter((c) => !seen.has(c.hash))];
      read = since;
    }
  }
  if (!read) {
    commits = [];
    read = await readGitLog(cwd, { onCommits: take, log });
  }
  const kept = commits.sort((a, b) => b.at - a.at || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)).slice(0, MAX_CACHED_COMMITS);
  const complete = read.status === 'ok' || read.status === 'empty';
  return {
    status: read.status,
    commits: kept,
    cache: complete ? toCache({ emailsKey, mailmap, tips: read.tips ?? [], commits: kept }) : undefined,
    rewritten,
    skipped: read.skipped,
  };
}
