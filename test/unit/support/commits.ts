/** Commits for tests of the git evidence, without a repository: each with a fresh hash. */
import { GitCommit } from '../../../src/core/gitHistory/commit';
import { parseAuthorDate } from '../../../src/core/gitHistory/parse';
import { GitEvidence, UseGitForHours } from '../../../src/core/gitHistory/evidence';

let n = 0;

/** A commit authored at `iso` (git's %aI form, with its offset). */
export function commit(iso: string, email = 'me@example.com', subject = `commit ${n + 1}`): GitCommit {
  const when = parseAuthorDate(iso);
  if (!when) {
    throw new Error(`not a strict ISO date: ${iso}`);
  }
  const hash = (++n).toString(16).padStart(40, '0');
  return { hash, short: hash.slice(0, 7), authorEmail: email, subject, ...when };
}

export function evidence(commits: GitCommit[], useForHours: UseGitForHours = 'whenNoHoursLogged'): GitEvidence {
  return { commits, useForHours };
}
