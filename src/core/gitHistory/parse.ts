/**
 * Parses the output of `git log --format=<GIT_LOG_FORMAT>` as it streams in. The output comes from a
 * repository the client may have written to, so nothing in it is trusted: a record that does not read
 * as a commit is skipped and counted, a subject is cut short and its control characters written out,
 * a record of any size costs bounded memory, and nothing here throws on what git printed.
 */
import { parseDate } from '../dates';
import { inert } from '../controlChars';
import { GitCommit } from './commit';
import { FIELD_COUNT, FIELD_SEPARATOR, RECORD_SEPARATOR } from './format';

/** A subject longer than this is cut, with an ellipsis: evidence is one line. */
export const MAX_SUBJECT_CHARS = 200;
/** More than the fields and a cut subject ever need; the rest of a longer record is dropped as it arrives. */
export const MAX_RECORD_CHARS = 4096;
/** RFC 5321's limit on an address; anything longer is not an email. */
const MAX_EMAIL_CHARS = 320;

const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SHORT = /^[0-9a-f]{4,64}$/;
// git's strict ISO 8601 (%aI): local date and time, then Z or the offset.
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))$/;
const MS_PER_DAY = 86_400_000;

/** Feed it text with push (in chunks of any size, cut anywhere), then call end once. */
export class GitLogParser {
  /** Records that did not read as a commit. */
  skipped = 0;
  private pending = '';
  /** The pending record grew past MAX_RECORD_CHARS: drop text until its separator. */
  private overflow = false;

  push(text: string): GitCommit[] {
    const commits: GitCommit[] = [];
    let start = 0;
    for (let end = text.indexOf(RECORD_SEPARATOR); end >= 0; end = text.indexOf(RECORD_SEPARATOR, start)) {
      this.take(this.overflow ? this.pending : this.pending + text.slice(start, end), commits);
      this.pending = '';
      this.overflow = false;
      start = end + 1;
    }
    if (!this.overflow) {
      this.pending += text.slice(start);
      if (this.pending.length > MAX_RECORD_CHARS) {
        this.pending = this.pending.slice(0, MAX_RECORD_CHARS);
        this.overflow = true;
      }
    }
    return commits;
  }

  /** The last record, when the output stopped without its separator (git killed, the total bound reached): it is not trusted whole. */
  end(): GitCommit[] {
    if (this.pending.trim().length > 0) {
      this.skipped++;
    }
    this.pending = '';
    this.overflow = false;
    return [];
  }

  private take(record: string, into: GitCommit[]): void {
    // tformat ends each entry with a line break, which comes before the next record's first field.
    const text = record.startsWith('\r\n') ? record.slice(2) : record.startsWith('\n') ? record.slice(1) : record;
    if (text.length === 0) {
      return;
    }
    const commit = parseRecord(text);
    if (commit) {
      into.push(commit);
    } else {
      this.skipped++;
    }
  }
}

/** The whole output at once: the commits in the order git printed them, and how many records were skipped. */
export function parseGitLog(text: string): { commits: GitCommit[]; skipped: number } {
  const parser = new GitLogParser();
  const commits = parser.push(text);
  parser.end();
  return { commits, skipped: parser.skipped };
}

function parseRecord(text: string): GitCommit | undefined {
  const fields = text.split(FIELD_SEPARATOR);
  if (fields.length !== FIELD_COUNT) {
    return undefined;
  }
  const [hash, short, iso, email, subject] = fields;
  if (!HASH.test(hash) || !SHORT.test(short) || !hash.startsWith(short)) {
    return undefined;
  }
  const when = parseAuthorDate(iso);
  if (!when || email.length === 0 || email.length > MAX_EMAIL_CHARS) {
    return undefined;
  }
  return { hash, short, authorEmail: inert(email), ...when, subject: boundedSubject(subject) };
}

/** `%aI` as the instant, the local day and minutes, and the offset; undefined when it is not git's strict ISO form. */
export function parseAuthorDate(iso: string): Pick<GitCommit, 'at' | 'day' | 'minutes' | 'offsetMinutes'> | undefined {
  const m = ISO.exec(iso);
  if (!m) {
    return undefined;
  }
  const day = parseDate(m[1]);
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  const seconds = Number(m[4]);
  if (day === undefined || hours > 23 || minutes > 59 || seconds > 60) {
    return undefined;
  }
  const offsetHours = m[5] === undefined ? 0 : Number(m[6]);
  const offsetMins = m[5] === undefined ? 0 : Number(m[7]);
  // No zone on Earth is more than 14 hours from UTC; git stores what a commit says, but more than 18 is not an offset.
  if (offsetHours > 18 || offsetMins > 59) {
    return undefined;
  }
  const offsetMinutes = (m[5] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const local = hours * 60 + minutes;
  return { at: day * MS_PER_DAY + (local - offsetMinutes) * 60_000 + Math.min(seconds, 59) * 1000, day, minutes: local, offsetMinutes };
}

function boundedSubject(subject: string): string {
  if (subject.length <= MAX_SUBJECT_CHARS) {
    return inert(subject);
  }
  let cut = subject.slice(0, MAX_SUBJECT_CHARS);
  // Never half a surrogate pair at the cut.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    cut = cut.slice(0, -1);
  }
  return inert(cut) + '…';
}
