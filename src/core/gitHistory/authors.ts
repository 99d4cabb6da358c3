/** Which commits are the freelancer's own: the author email is one of theirs, whatever its letter case. */
import { GitCommit } from './commit';

/**
 * Emails are compared case-insensitively in whole: `Me@Example.com` is `me@example.com`. Strictly the part
 * before @ may be case-sensitive, but no mail provider a freelancer uses treats it so, and git users type
 * their address with varying case across machines.
 */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A test for the user's own commits; an empty list of emails matches no commit (never everybody's). */
export function authorFilter(emails: readonly string[]): (commit: GitCommit) => boolean {
  const mine = new Set(emails.map(normalEmail).filter((e) => e.length > 0));
  return (commit) => mine.has(normalEmail(commit.authorEmail));
}

/** The user's emails without blanks and duplicates (in the case first given), for settings and CLI options. */
export function distinctEmails(emails: readonly unknown[]): string[] {
  const seen = new Map<string, string>();
  for (const e of emails) {
    if (typeof e === 'string' && e.trim().length > 0 && !seen.has(normalEmail(e))) {
      seen.set(normalEmail(e), e.trim());
    }
  }
  return [...seen.values()];
}
