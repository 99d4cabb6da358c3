/** A commit as Client Health keeps it: who, when (the instant and the author's own wall clock) and the subject, nothing else. */
import { DayNumber } from '../dates';

export interface GitCommit {
  /** The full hash, lower-case hexadecimal (40 or 64 digits). */
  readonly hash: string;
  /** The abbreviated hash git chose, unique in the repository when it was read. */
  readonly short: string;
  /** The author email after .mailmap, as git wrote it (compare with sameEmail). */
  readonly authorEmail: string;
  /** The instant of the author date, in milliseconds since 1970 (UTC). */
  readonly at: number;
  /** The author's local date, in the offset the commit was made in. */
  readonly day: DayNumber;
  /** Minutes after the author's local midnight. */
  readonly minutes: number;
  /** The author's UTC offset in minutes (+60 for +01:00). */
  readonly offsetMinutes: number;
  /** The first line of the message, cut to MAX_SUBJECT_CHARS, every control character written out (controlChars.ts). */
  readonly subject: string;
}
