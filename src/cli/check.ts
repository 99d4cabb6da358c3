/**
 * client-health check [FILE...] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--git [DIR]] [--author EMAIL]... [--debug]
 * The same health as the editor shows, from the same core, for terminals and CI. Synchronous, except with
 * --git, where git's output streams in: check then returns a promise.
 * Several files are evaluated together (docs/portfolio.md): lowRate compares each client with the clients of every file,
 * and the report adds the portfolio's totals per currency and income shares.
 * Exit codes: 0 done; 1 an unreadable or invalid file (FILE:LINE:COL: message on stderr; the other files are still
 * reported, and 1 stands before 3), or an unexpected error (one line); 2 wrong usage; 3 a client of any file is at or
 * past the --fail-on level.
 */
import { parseArgs } from 'node:util';
import { rangeForPath, readClientFile } from '../core/clientFile';
import { LineIndex } from '../core/lineIndex';
import { EntryPath } from '../core/health/types';
import { localToday, parseDate } from '../core/dates';
import { dirname, join, resolve } from 'node:path';
import { evaluate } from '../core/health/evaluate';
import { mergeRates } from '../core/law';
import { readRuleSettings } from './settings';
import { levelRank } from '../core/health/scoring';
import { LEVELS, Level } from '../core/health/types';
import { formatMessage } from '../core/messages';
import { CheckedFile, GitSummaries, LineOf, UnreadProblem, jsonText, textReport } from './report';
import { inputLabel, maxBytesOption, maxBytesUsage, readInput } from './readInput';
import { unparsed } from '../core/decode';
import { ClientFile } from '../core/schema';
import { summarizeFile } from '../core/portfolio/summary';
import { PortfolioPeers, fileRates } from '../core/signals/lowRate';
import { GitEvidenceForFile } from '../core/gitHistory/evidence';
import { isFolder, readCliGitEvidence } from './gitEvidence';

import type { Io } from './io';

// Every client is at least healthy: failing on it would fail every run, whatever the file says.
const FAIL_ON_LEVELS: readonly Level[] = LEVELS.filter((level) => level !== 'healthy');

export const CHECK_USAGE = `Usage: client-health check [FILE...] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--max-size-mb N] [--git [DIR]] [--author EMAIL]... [--debug]

Prints the health of every client in FILE (default: .freelance/clients.json; - reads standard input).
Several files are checked together: lowRate compares each client with the clients of
every file, and the report ends with the totals per currency and each client's share
of the invoicing over 365 days (--json: "portfolio", and "file" on each client).
  --today DATE     evaluate as of this date (default: today, local time)
  --json           print JSON instead of a report
  --fail-on LEVEL  exit with code 3 when a client is at LEVEL or worse
  --settings FILE  take clientHealth.rules.*, clientHealth.git.*,
                   clientHealth.lateFees.referenceRates and clientHealth.exchangeRates
                   (e.g. { "USD": 0.92 }: lowRate then compares rates across
                   currencies; amounts are never added) from this VS Code settings.json
                   (default: .vscode/settings.json in the current folder, if any;
                   a setting or file that cannot be used is a warning, and the
                   defaults apply)
  --max-size-mb N  refuse a client file larger than N MB, 1 to 100 (default: 20)
  --git [DIR]      add the evidence of your commits in DIR's git repository (default:
                   the client file's folder): the overtime signal, and hours from git
                   (clientHealth.git.useForHours); only commands that read run.
                   With several files, --git without DIR, last: each file's own folder
  --author EMAIL   an author email of yours besides git config user.email and
                   clientHealth.git.authorEmails (repeatable; needs --git)
  --debug          print the stack of an unexpected error
Exit codes: 0 ok, 1 unreadable or invalid file or an unexpected error, 2 wrong usage,
3 --fail-on met (by a client of any file). A file that cannot be read is reported on
stderr and the others are still checked; the exit code is then 1, even if --fail-on is met.
Importing invoices into the client file: client-health import --help
The chat tools for agents, over MCP: client-health mcp --help`;

/** `--git` takes an optional value, which parseArgs cannot: a bare --git becomes --git= (the file's folder). */
function withGitValue(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--git' && (i + 1 >= argv.length || argv[i + 1].startsWith('-'))) {
      args.push('--git=');
    } else {
      args.push(argv[i]);
    }
  }
  return args;
}

export function check(argv: readonly string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: withGitValue(argv),
      allowPositionals: true,
      options: {
        today: { type: 'string' },
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        settings: { type: 'string' },
        'max-size-mb': { type: 'string' },
        git: { type: 'string' },
        author: { type: 'string', multiple: true },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err('');
    printUsage(io.err);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const [command, ...fileArgs] = positionals;
  if (command !== 'check') {
    printUsage(io.err);
    return 2;
  }
  const fileNames = fileArgs.length > 0 ? fileArgs : [DEFAULT_FILE];
  const today = values.today === undefined ? localToday(io.now) : parseDate(values.today);
  if (today === undefined) {
    io.err(`--today must be a date written YYYY-MM-DD, such as 2026-03-01; got "${values.today}".`);
    return 2;
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !FAIL_ON_LEVELS.includes(failOn as Level)) {
    io.err(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}; got "${failOn}".`);
    return 2;
  }

  const maxBytes = maxBytesOption(values['max-size-mb']);
  if (maxBytes === undefined) {
    io.err(`${maxBytesUsage}; got "${values['max-size-mb']}".`);
    return 2;
  }
  // The same file twice would count its clients twice in the totals and compare each with its own copy.
  const twice = fileNames.find((name, i) => fileNames.findIndex((other) => (other === '-' ? name === '-' : name !== '-' && resolve(other) === resolve(name))) !== i);
  if (twice !== undefined) {
    io.err(`${twice === '-' ? 'Standard input (-)' : `"${twice}"`} is given twice; each client file is checked once.`);
    return 2;
  }

  const authors = values.author ?? [];
  if (authors.length > 0 && values.git === undefined) {
    io.err('--author needs --git: it names your commits in the repository --git reads.');
    return 2;
  }
  if (authors.some((a) => !/^[^\s@]+@[^\s@]+$/.test(a) || a.length > 320)) {
    io.err(`--author must be an email address, such as me@example.com; got "${authors.find((a) => !/^[^\s@]+@[^\s@]+$/.test(a) || a.length > 320)}".`);
    return 2;
  }
  // A commit does not say which client it was for: one repository's commits cannot be shared out among several files.
  if (values.git !== undefined && values.git !== '' && fileNames.length > 1) {
    io.err('--git DIR reads one repository, and several client files are given: put --git last, without DIR, to read each file\'s own folder.');
    return 2;
  }
  if (values.git !== undefined && values.git !== '' && !isFolder(values.git)) {
    io.err(`--git DIR must be a folder; "${values.git}" is not one (put FILE before --git when --git takes no folder).`);
    return 2;
  }
  // The file's repository by default: git finds it from the file's folder (the current one for standard input).
  const gitDirOf = (name: string) => (values.git === undefined ? undefined : values.git !== '' ? values.git : name === '-' ? '.' : dirname(name));

  // Every file is read before any is evaluated: each one's lowRate compares with the clients of all the others.
  const files = fileNames.map((name) => readOne(name, maxBytes, io));
  const valid = files.filter((f): f is ReadFile => f.read !== undefined);
  if (valid.length === 0) {
    if (values.json) {
      // A script reading only the JSON still gets a document, saying that nothing could be read and why.
      io.out(jsonText(today, files.map((f) => ({ file: f.label, health: [], summaries: [], unread: f.problem }))));
    }
    return 1;
  }
  // The settings only tune the thresholds: a file that cannot be used leaves the defaults, not a failed check.
  const settings = readRuleSettings(values.settings ?? join('.vscode', 'settings.json'), values.settings !== undefined);
  settings.warnings.forEach((warning) => io.err(warning));
  const rules = settings.rules;
  const rates = mergeRates(settings.referenceRates);
  // One file without exchange rates is compared within itself, as it always was; otherwise across every file read.
  const together = valid.length > 1 || Object.keys(settings.exchangeRates).length > 0;
  const peerRates = together ? valid.flatMap((f) => fileRates(f.read.model, today, rules, f.label)) : [];
  const peersOf = (f: ReadFile): PortfolioPeers | undefined =>
    together ? { rates: peerRates.filter((r) => r.folder !== f.label), exchangeRates: settings.exchangeRates } : undefined;

  const checked = (f: ReadFile, gitEvidence?: GitEvidenceForFile, git?: GitSummaries): CheckedFile => {
    const health = evaluate(f.read.model, today, rules, { gitEvidence, peers: peersOf(f) });
    return {
      file: f.label,
      health,
      summaries: summarizeFile(f.read.model, health, today, rules.lowRate.windowDays),
      lineOf: f.read.lineOf,
      git,
      context: { file: f.read.model, rates },
    };
  };
  const report = (done: ReadonlyMap<string, CheckedFile>) => {
    const all = files.map((f) => (f.read === undefined ? { file: f.label, health: [], summaries: [], unread: f.problem } : done.get(f.name)!));
    io.out(values.json ? jsonText(today, all) : textReport(today, all, io.color));
    if (valid.length < files.length) {
      // The check is incomplete: that decides the exit code before any client's level does.
      return 1;
    }
    const health = all.flatMap((f) => f.health);
    return failOn !== undefined && health.some((h) => levelRank(h.level) >= levelRank(failOn as Level)) ? 3 : 0;
  };
  if (values.git === undefined) {
    return report(new Map(valid.map((f) => [f.name, checked(f)])));
  }
  return (async () => {
    // One repository at a time: each git log may read a long history, and the machine's other work goes on.
    const done = new Map<string, CheckedFile>();
    for (const f of valid) {
      const git = await readCliGitEvidence(f.read.model, { dir: gitDirOf(f.name)!, authors, settingEmails: settings.git.authorEmails, useForHours: settings.git.useForHours });
      git.warnings.forEach((warning) => io.err(`${f.label}: ${warning}`));
      done.set(f.name, checked(f, git.evidence, git.summary));
    }
    return report(done);
  })();
}

const DEFAULT_FILE = '.freelance/clients.json';

interface Parsed {
  readonly model: ClientFile;
  readonly lineOf: LineOf;
}

/** A file named on the command line: its label in messages, and its model when it could be read and validated, else why not. */
type OneFile = { readonly name: string; readonly label: string } & ({ readonly read: Parsed; readonly problem?: undefined } | { readonly read: undefined; readonly problem: UnreadProblem });

type ReadFile = OneFile & { readonly read: Parsed };

/** Reads and validates one file, its problems on stderr as FILE:LINE:COL: message lines. */
function readOne(name: string, maxBytes: number, io: Io): OneFile {
  const label = inputLabel(name);
  const input = readInput(name, maxBytes);
  if (input.reason !== undefined) {
    const message = `cannot read the client file: ${input.reason}`;
    io.err(`${label}:1:1: ${message}`);
    return { name, label, read: undefined, problem: { line: 1, column: 1, message } };
  }
  const text = input.text ?? '';
  const read = input.problem ? unparsed(input.problem) : readClientFile(text);
  for (const problem of read.problems) {
    const where = `${label}:${problem.start.line + 1}:${problem.start.character + 1}`;
    // One line per problem, whatever the file holds: scripts split stderr on line breaks (run's err writes them out).
    const message = formatMessage(problem.message);
    io.err(`${where}: ${problem.severity === 'warning' ? 'warning: ' : problem.severity === 'info' ? 'hint: ' : ''}${message}`);
  }
  if (!read.file) {
    const first = read.problems.find((p) => p.severity === 'error') ?? read.problems[0];
    const problem = first
      ? { line: first.start.line + 1, column: first.start.character + 1, message: formatMessage(first.message) }
      : { line: 1, column: 1, message: 'the client file does not validate' };
    return { name, label, read: undefined, problem };
  }
  const root = read.root;
  const lines = new LineIndex(text);
  const lineOf = (path: EntryPath) => (root ? lines.positionAt(rangeForPath(root, path).offset).line + 1 : undefined);
  return { name, label, read: { model: read.file, lineOf } };
}

function printUsage(err: (line: string) => void): void {
  CHECK_USAGE.split('\n').forEach((line) => err(line));
}
