/**
 * client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--git [DIR]] [--author EMAIL]... [--debug]
 * The same health as the editor shows, from the same core, for terminals and CI. Synchronous, except with
 * --git, where git's output streams in: check then returns a promise.
 * Exit codes: 0 done; 1 unreadable or invalid file (FILE:LINE:COL: message on stderr), or an
 * unexpected error (one line); 2 wrong usage; 3 a client is at or past the --fail-on level.
 */
import { parseArgs } from 'node:util';
import { rangeForPath, readClientFile } from '../core/clientFile';
import { LineIndex } from '../core/lineIndex';
import { EntryPath } from '../core/health/types';
import { localToday, parseDate } from '../core/dates';
import { dirname, join } from 'node:path';
import { evaluate } from '../core/health/evaluate';
import { mergeRates } from '../core/law';
import { readRuleSettings } from './settings';
import { levelRank } from '../core/health/scoring';
import { LEVELS, Level } from '../core/health/types';
import { formatMessage } from '../core/messages';
import { jsonText, textReport } from './report';
import { inputLabel, maxBytesOption, maxBytesUsage, readInput } from './readInput';
import { unparsed } from '../core/decode';
import { ClientHealth } from '../core/health/types';
import { GitSummary, isFolder, readCliGitEvidence } from './gitEvidence';

import type { Io } from './io';

// Every client is at least healthy: failing on it would fail every run, whatever the file says.
const FAIL_ON_LEVELS: readonly Level[] = LEVELS.filter((level) => level !== 'healthy');

export const CHECK_USAGE = `Usage: client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--max-size-mb N] [--git [DIR]] [--author EMAIL]... [--debug]

Prints the health of every client in FILE (default: .freelance/clients.json; - reads standard input).
  --today DATE     evaluate as of this date (default: today, local time)
  --json           print JSON instead of a report
  --fail-on LEVEL  exit with code 3 when a client is at LEVEL or worse
  --settings FILE  take clientHealth.rules.*, clientHealth.git.* and
                   clientHealth.lateFees.referenceRates from this VS Code settings.json
                   (default: .vscode/settings.json in the current folder, if any;
                   a setting or file that cannot be used is a warning, and the
                   defaults apply)
  --max-size-mb N  refuse a client file larger than N MB, 1 to 100 (default: 20)
  --git [DIR]      add the evidence of your commits in DIR's git repository (default:
                   the client file's folder): the overtime signal, and hours from git
                   (clientHealth.git.useForHours); only commands that read run
  --author EMAIL   an author email of yours besides git config user.email and
                   clientHealth.git.authorEmails (repeatable; needs --git)
  --debug          print the stack of an unexpected error
Exit codes: 0 ok, 1 unreadable or invalid file or an unexpected error, 2 wrong usage,
3 --fail-on met.
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
  const [command, fileArg, ...extra] = positionals;
  if (command !== 'check' || extra.length > 0) {
    printUsage(io.err);
    return 2;
  }
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

  const authors = values.author ?? [];
  if (authors.length > 0 && values.git === undefined) {
    io.err('--author needs --git: it names your commits in the repository --git reads.');
    return 2;
  }
  if (authors.some((a) => !/^[^\s@]+@[^\s@]+$/.test(a) || a.length > 320)) {
    io.err(`--author must be an email address, such as me@example.com; got "${authors.find((a) => !/^[^\s@]+@[^\s@]+$/.test(a) || a.length > 320)}".`);
    return 2;
  }
  // The file's repository by default: git finds it from the file's folder (the current one for standard input).
  const gitDir = values.git === undefined ? undefined : values.git !== '' ? values.git : fileArg === undefined ? '.freelance' : fileArg === '-' ? '.' : dirname(fileArg);
  if (gitDir !== undefined && values.git !== '' && !isFolder(gitDir)) {
    io.err(`--git DIR must be a folder; "${gitDir}" is not one (put FILE before --git when --git takes no folder).`);
    return 2;
  }

  const file = inputLabel(fileArg ?? '.freelance/clients.json');
  const input = readInput(fileArg ?? '.freelance/clients.json', maxBytes);
  if (input.reason !== undefined) {
    io.err(`${file}:1:1: cannot read the client file: ${input.reason}`);
    return 1;
  }
  const text = input.text ?? '';
  const read = input.problem ? unparsed(input.problem) : readClientFile(text);
  for (const problem of read.problems) {
    const where = `${file}:${problem.start.line + 1}:${problem.start.character + 1}`;
    // One line per problem, whatever the file holds: scripts split stderr on line breaks (run's err writes them out).
    const text = formatMessage(problem.message);
    io.err(`${where}: ${problem.severity === 'warning' ? 'warning: ' : problem.severity === 'info' ? 'hint: ' : ''}${text}`);
  }
  if (!read.file) {
    return 1;
  }
  // The settings only tune the thresholds: a file that cannot be used leaves the defaults, not a failed check.
  const settings = readRuleSettings(values.settings ?? join('.vscode', 'settings.json'), values.settings !== undefined);
  settings.warnings.forEach((warning) => io.err(warning));
  const root = read.root;
  const lines = new LineIndex(text);
  const lineOf = (path: EntryPath) => (root ? lines.positionAt(rangeForPath(root, path).offset).line + 1 : undefined);
  const clientFile = read.file;
  const context = { file: clientFile, rates: mergeRates(settings.referenceRates) };
  const report = (health: ClientHealth[], git?: ReadonlyMap<number, GitSummary>) => {
    io.out(values.json ? jsonText(today, health, lineOf, { git, context }) : textReport(today, health, io.color, lineOf, git, context));
    return failOn !== undefined && health.some((h) => levelRank(h.level) >= levelRank(failOn as Level)) ? 3 : 0;
  };
  if (gitDir === undefined) {
    return report(evaluate(clientFile, today, settings.rules));
  }
  return readCliGitEvidence(clientFile, { dir: gitDir, authors, settingEmails: settings.git.authorEmails, useForHours: settings.git.useForHours }).then((git) => {
    git.warnings.forEach((warning) => io.err(`${file}: ${warning}`));
    return report(evaluate(clientFile, today, settings.rules, { gitEvidence: git.evidence }), git.summary);
  });
}

function printUsage(err: (line: string) => void): void {
  CHECK_USAGE.split('\n').forEach((line) => err(line));
}
