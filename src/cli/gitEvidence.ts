/**
 * `check --git [DIR]`: the freelancer's own commits of the repository, as evaluate's git evidence, and what the
 * report shows of them per client. Only reading commands run (src/git/gitLog.ts); a repository that cannot be
 * read is one warning, and the check goes on without git evidence, as it would without --git.
 */
import { statSync } from 'node:fs';
import { ClientFile } from '../core/schema';
import { authorFilter, distinctEmails } from '../core/gitHistory/authors';
import { GitCommit } from '../core/gitHistory/commit';
import { GitEvidenceByClient, GitEvidenceForFile, UseGitForHours, evidenceSessions, gitEvidenceByClient } from '../core/gitHistory/evidence';
import { gitUserEmail, readGitLog } from '../git/gitLog';

export interface GitOptions {
  /** The folder git reads from: DIR, or the client file's folder. */
  readonly dir: string;
  /** `--author` values. */
  readonly authors: readonly string[];
  /** `clientHealth.git.authorEmails`. */
  readonly settingEmails: readonly string[];
  readonly useForHours: UseGitForHours;
}

export interface GitSummary {
  /** The freelancer's commits read (every local branch, the whole history), from the client's contract start on. */
  readonly commits: number;
  readonly sessions: number;
  /** Hours from git over the same commits (sessions less than 2 hours apart, plus 30 minutes). */
  readonly hours: number;
}

export interface CliGitEvidence {
  readonly evidence: GitEvidenceForFile | undefined;
  readonly byClient: GitEvidenceByClient;
  readonly summary: ReadonlyMap<number, GitSummary>;
  /** One line each for stderr, without the prefix the CLI adds. */
  readonly warnings: string[];
}

const NONE = (warnings: string[]): CliGitEvidence => ({ evidence: undefined, byClient: new Map(), summary: new Map(), warnings });

/** Whether DIR names a folder; --git DIR is refused as usage otherwise. */
export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export async function readCliGitEvidence(file: ClientFile, options: GitOptions): Promise<CliGitEvidence> {
  const configured = await gitUserEmail(options.dir);
  const emails = distinctEmails([...(configured ? [configured] : []), ...options.settingEmails, ...options.authors]);
  if (emails.length === 0) {
    return NONE(['warning: no author email to recognise your commits (git config user.email, --author or clientHealth.git.authorEmails); checked without git evidence.']);
  }
  // Filtered as git streams: a history of 200,000 commits by a whole team is never held in memory, only yours.
  const isMine = authorFilter(emails);
  const mine: GitCommit[] = [];
  let count = 0;
  const read = await readGitLog(options.dir, {
    onCommits: (batch) => {
      count += batch.length;
      for (const c of batch) {
        if (isMine(c)) {
          mine.push(c);
        }
      }
    },
  });
  const warnings: string[] = [];
  switch (read.status) {
    case 'notRepository':
      return NONE(['warning: the folder given to --git is not in a git repository; checked without git evidence.']);
    case 'gitMissing':
      return NONE(['warning: git could not be started; checked without git evidence.']);
    case 'failed':
      return NONE(['warning: git could not read the history; checked without git evidence.']);
    case 'timeout':
    case 'truncated':
      warnings.push(`warning: the history was ${read.status === 'timeout' ? 'too slow to read whole' : 'too long to read whole'}; only the newest ${count} commits count.`);
      break;
    default:
      break;
  }
  if (read.skipped > 0) {
    warnings.push(`warning: ${read.skipped} record${read.skipped === 1 ? '' : 's'} of git's output did not read as a commit and ${read.skipped === 1 ? 'was' : 'were'} skipped.`);
  }
  const evidence: GitEvidenceForFile = { commits: mine, useForHours: options.useForHours };
  const byClient = gitEvidenceByClient(file, evidence);
  if (byClient.size === 0) {
    const open = file.clients.filter((c) => c.status !== 'ended').length;
    warnings.push(
      open === 0
        ? 'warning: every client of the file has ended; the git evidence is not used.'
        : `warning: the file holds ${open} clients that have not ended, and a commit does not say which client it was for; the git evidence is not used.`,
    );
  }
  const summary = new Map<number, GitSummary>();
  for (const [index, e] of byClient) {
    const sessions = evidenceSessions(e);
    const hours = Math.round(sessions.reduce((sum, s) => sum + s.hours, 0) * 100) / 100;
    summary.set(index, { commits: e.commits.length, sessions: sessions.length, hours });
  }
  return { evidence, byClient, summary, warnings };
}
