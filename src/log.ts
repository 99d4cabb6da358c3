/**
 * The Client Health log (Output view, "Client Health"; "Client Health: Show
 * Log"): what failed and why, which git commands ran, when a client file
 * became unreadable or invalid. What a user opens when something looks
 * wrong, and pastes into a bug report, so it holds no client data: no
 * figures, names, notes or file contents, and no absolute paths (a folder is
 * often named after its client). No `vscode` import at run time, so that the
 * git module keeps running in plain unit tests.
 */
import type * as vscode from 'vscode';

export type Log = Pick<vscode.LogOutputChannel, 'trace' | 'debug' | 'info' | 'warn' | 'error'>;

/**
 * The start of an absolute path or a URI: POSIX `/`, `C:\` or `C:/`, `\\server\`, and any scheme with its
 * authority (`file:///`, `vscode-vfs://github/`, `vscode-remote://wsl+Ubuntu/`: remote and virtual workspaces).
 */
const START = String.raw`(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\/\s'"\`]*)?(?:[A-Za-z]:)?[\\/]`;
/** A quoted path, spaces and all (Node's file-system errors quote theirs). */
const QUOTED_PATH = new RegExp(String.raw`(['"\`])${START}[^'"\`\n]*\1`, 'g');
/**
 * An unquoted path, where a word starts or after a bracket or `=`: up to whitespace, a bracket or the
 * `:line` of a stack frame (a path with a space in it shows from that space on).
 */
const BARE_PATH = new RegExp(String.raw`(^|[\s([{<=])${START}[^\s'"\`)\]}>:]*(?::(?![\d\s])[^\s'"\`)\]}>:]*)*`, 'gm');

/** The text with each absolute path written as `<path>`: error messages and stacks name the files they were about. */
export function withoutPaths(text: string): string {
  return text.replace(QUOTED_PATH, '$1<path>$1').replace(BARE_PATH, '$1<path>');
}

/** An error as one log line: its message, then its stack, paths left out. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return withoutPaths(String(error));
  }
  const stack = error.stack ?? '';
  // A stack starts with "Name: message" already.
  return withoutPaths(stack.includes(error.message) ? stack : `${error.message}\n${stack}`);
}
