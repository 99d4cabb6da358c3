/**
 * The optional "work delivered" appendix of the statement and the change order (docs/git-evidence.md): the commits of
 * the period, by short hash and subject only. The drafts take the commits as input (DraftInput.commits): the
 * core never runs git. A subject is the repository's text, not the freelancer's: control characters are
 * removed (a line break would forge a line of the email), spaces collapsed, and its length bounded.
 */
import { DayNumber } from '../dates';
import { workStart } from '../gitHistory/evidence';
import { Block, heading, list, paragraph } from './document';
import { MoneyContext, inline } from './money/shared';
import { WORK_DELIVERED_TEXTS } from './text/workDelivered';

/** What a draft may show of a commit. */
export interface DeliveredCommit {
  readonly short: string;
  /** The author's local day. */
  readonly day: DayNumber;
  /** The instant, to order commits of the same day. */
  readonly at: number;
  readonly subject: string;
}

/** The statement's appendix covers the 90 days up to its date. */
export const STATEMENT_WINDOW_DAYS = 90;
/** A change order's request: the commits from 3 days before it came in to 3 days after it was delivered. */
export const AROUND_REQUEST_DAYS = 3;
const MAX_SUBJECT = 80;
const MAX_COMMITS = 50;
const MAX_PER_REQUEST = 10;

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** A subject as a draft may carry it: one line, no control character, at most 80 characters. */
export function inertSubject(subject: string): string {
  const line = subject.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_SUBJECT) {
    return line;
  }
  let end = MAX_SUBJECT - 1;
  if (/[\uD800-\uDBFF]/.test(line[end - 1])) {
    end--;
  }
  return `${line.slice(0, end).trimEnd()}…`;
}

/**
 * The commits of days `from` to `to`, oldest first, each hash once; never before the client's contract started: a
 * repository that served an earlier client holds its commits too, and they are not this client's work.
 */
function between(ctx: MoneyContext, commits: readonly DeliveredCommit[], from: DayNumber, to: DayNumber): DeliveredCommit[] {
  const client = ctx.input.file.clients[ctx.input.clientIndex];
  const start = client && workStart(client);
  const first = start === undefined ? from : Math.max(from, start);
  const seen = new Set<string>();
  return commits
    .filter((c) => c.day >= first && c.day <= to && !seen.has(c.short) && seen.add(c.short))
    .sort((a, b) => a.at - b.at);
}

function commitLines(ctx: MoneyContext, commits: readonly DeliveredCommit[], max: number): string[] {
  const t = WORK_DELIVERED_TEXTS[ctx.input.language];
  // The newest are kept when cut: they are the work the client has not seen billed yet.
  const shown = commits.slice(-max);
  // Hash and subject only, as docs/git-evidence.md says: the day decided which commits belong, the list need not repeat it.
  const lines = shown.map((c) => `\`${c.short.replace(/[^0-9a-f]/g, '')}\` ${inline(inertSubject(c.subject))}`);
  const more = commits.length - shown.length;
  return more > 0 ? [...lines, t.more(more, ctx.format.number(more, 0))] : lines;
}

/** The statement's appendix, or nothing without commits in its 90 days. */
export function statementWorkDelivered(ctx: MoneyContext, commits: readonly DeliveredCommit[] | undefined): Block[] {
  const today = ctx.input.today;
  const from = today - STATEMENT_WINDOW_DAYS + 1;
  const period = between(ctx, commits ?? [], from, today);
  if (period.length === 0) {
    return [];
  }
  const t = WORK_DELIVERED_TEXTS[ctx.input.language];
  return [heading(2, t.heading), paragraph(t.statementIntro(ctx.format.date(from), ctx.format.date(today))), list(commitLines(ctx, period, MAX_COMMITS))];
}

/** A change order's request, as the appendix lists it. */
export interface RequestPeriod {
  readonly summary: string;
  readonly day: DayNumber;
  /** The day it was delivered, when known: the commits run until a few days after it. */
  readonly deliveredOn: DayNumber | undefined;
}

/** The change order's appendix: under each request, the commits around it; nothing when no request has any. */
export function changeOrderWorkDelivered(ctx: MoneyContext, requests: readonly RequestPeriod[], commits: readonly DeliveredCommit[] | undefined): Block[] {
  const t = WORK_DELIVERED_TEXTS[ctx.input.language];
  const blocks: Block[] = [];
  for (const r of requests) {
    const around = between(ctx, commits ?? [], r.day - AROUND_REQUEST_DAYS, Math.max(r.day, r.deliveredOn ?? r.day) + AROUND_REQUEST_DAYS);
    if (around.length > 0) {
      blocks.push(paragraph(t.request(inline(r.summary), ctx.format.date(r.day))), list(commitLines(ctx, around, MAX_PER_REQUEST)));
    }
  }
  return blocks.length === 0 ? [] : [heading(2, t.heading), paragraph(t.changeOrderIntro), ...blocks];
}
