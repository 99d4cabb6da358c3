/** The CLI's two outputs: a report for people, and the JSON shape scripts rely on. */
import { formatDate, DayNumber } from '../core/dates';
import { clientForecast } from '../core/forecast';
import { clientFacts } from '../core/health/facts';
import { ClientLateFees, clientLateFees, includesCapitalised, RateEntry } from '../core/law';
import { fromMinor, formatMoney } from '../core/money';
import { ClientFile } from '../core/schema';
import { formatMessage } from '../core/messages';
import { pointsLost } from '../core/health/scoring';
import { AGING_BUCKETS, ClientHealth, EntryPath, Level } from '../core/health/types';
import { inert } from './terminal';
import type { GitSummary } from './gitEvidence';
import { PortfolioFile, portfolioJson, portfolioLines } from './portfolioReport';

const LEVEL_LABEL: Record<Level, string> = { healthy: 'healthy', watch: 'watch', atRisk: 'at risk', partWays: 'part ways' };

/** The 1-based line of an entry in the client file, so that a report points back to it. */
export type LineOf = (path: EntryPath) => number | undefined;

/** What --git adds per client: only for the clients given git evidence, so a report without --git is unchanged. */
export type GitSummaries = ReadonlyMap<number, GitSummary>;

/** What the statutory figures and the forecast are computed from: the file, and the reference rates with the settings' added. */
export interface ReportContext {
  readonly file: ClientFile;
  readonly rates: readonly RateEntry[];
}

/** Adds `money.statutory` (where the file names a country with a known rule and the client is a business) and `forecast`. */
function withLateAndForecast<T extends { money: object }>(client: T, today: DayNumber, h: ClientHealth, context: ReportContext | undefined) {
  if (!context) {
    return client;
  }
  const facts = clientFacts(context.file, h.index, today);
  const fees = clientLateFees(facts, today, context.rates);
  const money = (minor: number | undefined) => (minor === undefined ? null : fromMinor(minor, facts.currency));
  const forecast = clientForecast(facts, today);
  return {
    ...client,
    money:
      typeof fees === 'string'
        ? client.money
        : {
            ...client.money,
            statutory: {
              country: fees.country,
              basis: fees.rule.basis,
              interest: money(fees.interest),
              compensation: money(fees.compensation),
              ratesUpTo: fees.ratesUpTo ?? null,
              // The Dutch interest grows on last year's interest: a reader comparing it with simple interest must know.
              capitalisedYearly: fees.invoices.some(includesCapitalised),
            },
          },
    forecast: {
      medianDaysLate: forecast.medianDaysLate ?? null,
      p80DaysLate: forecast.p80DaysLate ?? null,
      paidInvoices: forecast.paidInvoices,
      expected: forecast.expected.map((e) => ({ invoice: e.invoice, date: formatDate(e.date) })),
    },
  };
}

/** What a JSON report adds to the health: --git's summaries, and the statutory figures and forecast of the file. */
export interface ReportExtras {
  readonly git?: GitSummaries;
  readonly context?: ReportContext;
}

/** Why a file was not read: its first problem (every one went to stderr), 1-based as on stderr. */
export interface UnreadProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * A client file as check read it: its label on the command line, its clients' health and summaries, and what the
 * report adds to them. `unread`: the file could not be read or did not validate.
 */
export interface CheckedFile extends PortfolioFile, ReportExtras {
  readonly health: readonly ClientHealth[];
  readonly lineOf?: LineOf;
  readonly unread?: UnreadProblem;
}

/**
 * The JSON report: every client of every file read, each naming its file, and the portfolio's figures over all of
 * them; `unread` names each file that could not be read or did not validate, so that a script reading the JSON
 * alone knows the report is incomplete (the exit code says so too).
 */
export function jsonReport(today: DayNumber, files: readonly CheckedFile[]): unknown {
  const read = files.filter((f) => !f.unread);
  return {
    today: formatDate(today),
    clients: read.flatMap((f) => f.health.map((h) => jsonClient(today, f, h))),
    portfolio: portfolioJson(read, today),
    unread: files.flatMap((f) => (f.unread ? [{ file: f.file, ...f.unread }] : [])),
  };
}

function jsonClient(today: DayNumber, { file, lineOf = () => undefined, git, context }: CheckedFile, h: ClientHealth): unknown {
  return withLateAndForecast(
    {
      file,
      id: h.id,
      name: h.name,
      level: h.level,
      score: h.score,
      signals: h.signals.map((s) => ({
        id: s.id,
        severity: s.severity,
        message: formatMessage(s.message),
        // A commit is not in the client file: its hash instead of a line.
        evidence: s.evidence.map((e) =>
          e.commit !== undefined
            ? { kind: e.kind, path: e.path, commit: e.commit, message: formatMessage(e.message) }
            : { kind: e.kind, path: e.path, line: lineOf(e.path), message: formatMessage(e.message) },
        ),
      })),
      money: {
        currency: h.money.currency,
        outstanding: fromMinor(h.money.outstanding, h.money.currency),
        overdue: fromMinor(h.money.overdue, h.money.currency),
        unbilledExtra: fromMinor(h.money.unbilledExtra, h.money.currency),
        aging: Object.fromEntries(AGING_BUCKETS.map((b) => [b, fromMinor(h.money.aging[b], h.money.currency)])),
      },
      ...(git?.has(h.index) ? { git: git.get(h.index) } : {}),
    },
    today,
    h,
    context,
  );
}

// JSON.stringify escapes C0 controls but leaves DEL, C1, the bidi controls and the line separators as
// they are. Outside strings its output holds none of them, so escaping them keeps the same JSON value.
export const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The JSON report as text, safe for a terminal and exact for a parser. */
export function jsonText(today: DayNumber, files: readonly CheckedFile[]): string {
  return JSON.stringify(jsonReport(today, files), null, 2).replace(RAW_IN_JSON, inert);
}

/**
 * The statutory late fees of a client for people, in the JSON's terms (`money.statutory`): its basis as the JSON
 * words it, the interest to date and the fixed compensation of the invoices overdue today, and how far the rates reach.
 */
export function statutoryLine(fees: ClientLateFees, currency: string): string {
  const head = `  statutory late fees (${fees.rule.basis}):`;
  if (fees.invoices.length === 0) {
    return `${head} none, nothing is overdue`;
  }
  const owed = fees.invoices.filter((i) => i.interestOutcome !== 'waived' || i.compensationOutcome !== 'waived');
  if (owed.length === 0) {
    return `${head} waived by the contract`;
  }
  const parts = [
    fees.interest === undefined ? 'interest unknown, no reference rate is known for the period' : `interest ${formatMoney(fees.interest, currency)} to date`,
  ];
  if (fees.rule.compensation) {
    parts.push(fees.compensation === undefined ? 'compensation not in the client\'s currency' : `compensation ${formatMoney(fees.compensation, currency)}`);
  }
  const notes = [
    ...(fees.invoices.some((i) => i.interestOutcome === 'appliesAnyway' || i.compensationOutcome === 'appliesAnyway') ? ['owed despite the contract\'s waiver'] : []),
    ...(fees.olderRate && fees.ratesUpTo !== undefined ? [`uses the latest known rate, from ${fees.ratesUpTo}`] : []),
    ...(fees.invoices.some(includesCapitalised) ? ['each full year\'s interest added to the amount it runs on'] : []),
  ];
  return `${head} ${parts.join(', ')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * The report for people; every text from the client file has its control characters written out (terminal.ts).
 * One file reads as it always has; several are each under their name, then the portfolio's figures.
 */
export function textReport(today: DayNumber, files: readonly CheckedFile[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [`Client health on ${formatDate(today)}`, ''];
  const several = files.length > 1;
  for (const f of files) {
    if (several) {
      lines.push(paint('4', inert(f.file)));
      if (f.unread) {
        lines.push('  Not checked: the file cannot be read or does not validate; its problems are on standard error.', '');
      }
    }
    lines.push(...clientLines(today, f, paint));
  }
  if (several) {
    lines.push(
      ...portfolioLines(
        files.filter((f) => !f.unread),
        files.filter((f) => f.unread).map((f) => f.file),
        today,
        paint,
      ),
      '',
    );
  }
  return lines.join('\n');
}

function clientLines(today: DayNumber, { health, lineOf = () => undefined, git, context }: CheckedFile, paint: (code: string, text: string) => string): string[] {
  const levelColor: Record<Level, string> = { healthy: '32', watch: '33', atRisk: '33;1', partWays: '31;1' };
  const lines: string[] = [];
  for (const h of health) {
    const m = h.money;
    lines.push(`${paint('1', inert(h.name))} (${inert(h.id)}): ${paint(levelColor[h.level], LEVEL_LABEL[h.level])}, score ${h.score}/100`);
    lines.push(
      inert(`  owed ${formatMoney(m.outstanding, m.currency)} · overdue ${formatMoney(m.overdue, m.currency)} · unbilled extras ${formatMoney(m.unbilledExtra, m.currency)}`),
    );
    const fees = context && clientLateFees(clientFacts(context.file, h.index, today), today, context.rates);
    if (fees && typeof fees === 'object') {
      lines.push(statutoryLine(fees, m.currency));
    }
    const g = git?.get(h.index);
    if (g) {
      lines.push(`  git: ${g.commits} commit${g.commits === 1 ? '' : 's'} of yours, about ${g.hours} hours in ${g.sessions} work session${g.sessions === 1 ? '' : 's'} (estimated)`);
    }
    if (h.signals.length === 0) {
      lines.push('  No warning signs.');
    }
    for (const s of h.signals) {
      const mark = s.severity === 'critical' ? paint('31', '✖ critical') : paint('33', '▲ warning ');
      const points = pointsLost(h.breakdown, s.id);
      lines.push(`  ${mark} ${s.id} (−${points}): ${inert(formatMessage(s.message))}`);
      for (const e of s.evidence) {
        const line = e.commit === undefined ? lineOf(e.path) : undefined;
        lines.push(`      - ${inert(formatMessage(e.message))}${line === undefined ? '' : paint('2', ` (line ${line})`)}`);
      }
      lines.push(`      → ${inert(formatMessage(s.remedy))}`);
    }
    lines.push('');
  }
  return lines;
}
