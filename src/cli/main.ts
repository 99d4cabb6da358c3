/**
 * client-health: the health check and the invoice import, for terminals and CI, and the
 * MCP server for chat agents. `check` (check.ts), `import` (import.ts) and `mcp` (mcp.ts)
 * each parse their own options; this file runs the one asked for and turns an unexpected
 * error into one line and exit 1.
 */
import { check } from './check';
import type * as Import from './import';
import type { Io } from './io';
import { inert } from './terminal';
import type * as Mcp from './mcp';

/** The package's version, for the MCP handshake. */
export const CLI_VERSION = '0.1.0';

export type { Io } from './io';

/**
 * Runs the CLI; an unexpected error is one line and exit 1, its stack only under --debug. A number, except for
 * check with --git, which reads git's output as it streams: then a promise of the number.
 */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  const fail = (error: unknown) => {
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    io.err(`client-health: unexpected error: ${inert(message)}${debug ? '' : ' (--debug prints the details)'}`);
    if (debug && error instanceof Error && error.stack) {
      error.stack.split('\n').forEach((line) => io.err(inert(line)));
    }
    return 1;
  };
  try {
    // Each call to err is one line: a line break or escape sequence in a file name, a value or a key is written out.
    const safe = { ...io, err: (text: string) => io.err(inert(text)) };
    // Required only for import: its core (dist/imports.js in the bundle) is not needed to check.
    const code = argv[0] === 'import' ? (require('./import') as typeof Import).importCommand(argv.slice(1), safe) : check(argv, safe);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (error) {
    return fail(error);
  }
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

if (require.main === module && process.argv[2] === 'mcp') {
  // A server, not a report: it runs until the agent closes standard input.
  // Required here, not imported: the bundle loads dist/mcp.js (the MCP SDK) only for this command.
  const failed = (error: unknown) => {
    process.stderr.write(`client-health mcp: ${inert(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  };
  let mcp: typeof Mcp | undefined;
  try {
    mcp = require('./mcp') as typeof Mcp;
  } catch {
    // The .vsix ships the CLI without its MCP server (README, Command line).
    failed(new Error('the MCP server is not part of this installation; build the command line with npm run build (it writes dist/mcp.js).'));
  }
  mcp?.mcpMain(process.argv.slice(2), (text) => process.stderr.write(inert(text) + '\n'), CLI_VERSION).then((code) => (process.exitCode = code), failed);
} else if (require.main === module) {
  guardProcess(process.argv.includes('--debug'));
  const code = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    now: new Date(),
  });
  if (typeof code === 'number') {
    process.exitCode = code;
  } else {
    // run's promise turns every error into exit 1 already; the second handler only keeps that true.
    code.then(
      (c) => (process.exitCode = c),
      () => (process.exitCode = 1),
    );
  }
}
