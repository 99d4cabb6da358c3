/**
 * client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--debug]
 * The same health as the editor shows, from the same core, for terminals and CI.
 * Exit codes: 0 done; 1 unreadable or invalid file (FILE:LINE:COL: message on stderr), or an
 * unexpected error (one line); 2 wrong usage; 3 a client is at or past the --fail-on level.
 */
import { parseArgs } from 'node:util';
import { rangeForPath, readClientFile } from '../core/clientFile';
import { LineIndex } from '../core/lineIndex';
import { EntryPath } from '../core/health/types';
import { localToday, parseDate } from '../core/dates';
import { join } from 'node:path';
import { evaluate } from '../core/health/evaluate';
import { mergeRates } from '../core/law';
import { readRuleSettings } from './settings';
import { levelRank } from '../core/health/scoring';
import { LEVELS, Level } from '../core/health/types';
import { formatMessage } from '../core/messages';
import { jsonText, textReport } from './report';
import { inert } from './terminal';
import { inputLabel, maxBytesOption, maxBytesUsage, readInput } from './readInput';
import { unparsed } from '../core/decode';

// Every client is at least healthy: failing on it would fail every run, whatever the file says.
const FAIL_ON_LEVELS: readonly Level[] = LEVELS.filter((level) => level !== 'healthy');

const USAGE = `Usage: client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE] [--max-size-mb N] [--debug]

Prints the health of every client in FILE (default: .freelance/clients.json; - reads standard input).
  --today DATE     evaluate as of this date (default: today, local time)
  --json           print JSON instead of a report
  --fail-on LEVEL  exit with code 3 when a client is at LEVEL or worse
  --settings FILE  take clientHealth.rules.* and clientHealth.lateFees.referenceRates
                   from this VS Code settings.json
                   (default: .vscode/settings.json in the current folder, if any;
                   a setting or file that cannot be used is a warning, and the
                   defaults apply)
  --max-size-mb N  refuse a client file larger than N MB, 1 to 100 (default: 20)
  --debug          print the stack of an unexpected error
Exit codes: 0 ok, 1 unreadable or invalid file or an unexpected error, 2 wrong usage,
3 --fail-on met.`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly now: Date;
}

/** Runs the CLI; an unexpected error is one line and exit 1, its stack only under --debug. */
export function run(argv: readonly string[], io: Io): number {
  try {
    // Each call to err is one line: a line break or escape sequence in a file name, a value or a key is written out.
    return check(argv, { ...io, err: (text) => io.err(inert(text)) });
  } catch (error) {
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    io.err(`client-health: unexpected error: ${inert(message)}${debug ? '' : ' (--debug prints the details)'}`);
    if (debug && error instanceof Error && error.stack) {
      error.stack.split('\n').forEach((line) => io.err(inert(line)));
    }
    return 1;
  }
}

function check(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        today: { type: 'string' },
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        settings: { type: 'string' },
        'max-size-mb': { type: 'string' },
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
    io.out(USAGE);
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
  const health = evaluate(read.file, today, settings.rules);
  const root = read.root;
  const lines = new LineIndex(text);
  const lineOf = (path: EntryPath) => (root ? lines.positionAt(rangeForPath(root, path).offset).line + 1 : undefined);
  io.out(values.json ? jsonText(today, health, lineOf, { file: read.file, rates: mergeRates(settings.referenceRates) }) : textReport(today, health, io.color, lineOf));
  if (failOn !== undefined && health.some((h) => levelRank(h.level) >= levelRank(failOn as Level))) {
    return 3;
  }
  return 0;
}

function printUsage(err: (line: string) => void): void {
  USAGE.split('\n').forEach((line) => err(line));
}

/** Errors after run returns, such as a write to a closed pipe: one line and exit 1 too. */
function guardProcess(debug: boolean): void {
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`client-health: unexpected error: ${inert(message)}\n`);
    if (debug && error instanceof Error && error.stack) {
      process.stderr.write(error.stack.split('\n').map(inert).join('\n') + '\n');
    }
    process.exit(1);
  };
  // The reader of the report stopped reading, as `| head` does: nothing to say, and the check's own exit code stands.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit() : fail(error)));
  process.on('uncaughtException', fail);
}

if (require.main === module) {
  guardProcess(process.argv.includes('--debug'));
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    now: new Date(),
  });
}
