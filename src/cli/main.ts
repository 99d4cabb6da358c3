/**
 * client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays]
 * The same health as the editor shows, from the same core, for terminals and CI.
 * Exit codes: 0 done; 1 unreadable or invalid file (FILE:LINE:COL: message on stderr);
 * 2 wrong usage; 3 a client is at or past the --fail-on level.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rangeForPath, readClientFile } from '../core/clientFile';
import { LineIndex } from '../core/lineIndex';
import { EntryPath } from '../core/health/types';
import { localToday, parseDate } from '../core/dates';
import { join } from 'node:path';
import { evaluate } from '../core/health/evaluate';
import { readRuleSettings } from './settings';
import { levelRank } from '../core/health/scoring';
import { LEVELS, Level } from '../core/health/types';
import { formatMessage } from '../core/messages';
import { jsonReport, textReport } from './report';

const USAGE = `Usage: client-health check [FILE] [--today YYYY-MM-DD] [--json] [--fail-on watch|atRisk|partWays] [--settings FILE]

Prints the health of every client in FILE (default: .freelance/clients.json).
  --today DATE     evaluate as of this date (default: today, local time)
  --json           print JSON instead of a report
  --fail-on LEVEL  exit with code 3 when a client is at LEVEL or worse
  --settings FILE  take clientHealth.rules.* from this VS Code settings.json
                   (default: .vscode/settings.json in the current folder, if any;
                   a setting or file that cannot be used is a warning, and the
                   defaults apply)
Exit codes: 0 ok, 1 unreadable or invalid file, 2 wrong usage, 3 --fail-on met.`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly now: Date;
}

export function run(argv: readonly string[], io: Io): number {
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, fileArg, ...extra] = positionals;
  if (command !== 'check' || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const today = values.today === undefined ? localToday(io.now) : parseDate(values.today);
  if (today === undefined) {
    io.err(`--today must be a date written YYYY-MM-DD, such as 2026-03-01; got "${values.today}".`);
    return 2;
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !LEVELS.includes(failOn as Level)) {
    io.err(`--fail-on must be one of ${LEVELS.join(', ')}; got "${failOn}".`);
    return 2;
  }

  const file = fileArg ?? '.freelance/clients.json';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    io.err(`${file}:1:1: cannot read the client file: ${reason}`);
    return 1;
  }
  const read = readClientFile(text);
  for (const problem of read.problems) {
    const where = `${file}:${problem.start.line + 1}:${problem.start.character + 1}`;
    // One line per problem, whatever the file holds: scripts split stderr on line breaks.
    const text = formatMessage(problem.message).replace(/[\r\n]+/g, ' ');
    io.err(`${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${text}`);
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
  io.out(values.json ? JSON.stringify(jsonReport(today, health, lineOf), null, 2) : textReport(today, health, io.color, lineOf));
  if (failOn !== undefined && health.some((h) => levelRank(h.level) >= levelRank(failOn as Level))) {
    return 3;
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    now: new Date(),
  });
}
