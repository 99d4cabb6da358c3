/**
 * Keeps the client file out of git without touching the repository's shared
 * `.gitignore`: the entry goes to `.git/info/exclude`, which stays on this
 * machine. Runs the local `git` binary; never in an untrusted workspace, since
 * a repository's own config can make git run programs. Paths are passed as
 * literal pathspecs, so a file name with `*` can never match other files.
 */
import type * as ChildProcess from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { excludeEntry } from './excludeEntry';
import { Log, withoutPaths } from '../log';

/** Where each git command is noted with its exit status: never its output, and paths as `<path>`. */
export type GitLog = Pick<Log, 'info' | 'warn'>;

interface GitResult {
  readonly code: number;
  readonly stdout: string;
}

// Loaded on the first git call, not with the extension: child_process and the
// stream modules it brings take 3-5 ms to load here, and nothing the tree or the
// status bar shows waits on git.
let childProcess: typeof ChildProcess | undefined;

/** `literal` off only for commands that take plain paths and refuse pathspec magic (check-ignore). */
function git(cwd: string, args: string[], log: GitLog | undefined, literal = true): Promise<GitResult | undefined> {
  const fullArgs = literal ? ['--literal-pathspecs', ...args] : args;
  // The client file and the folder are named by absolute paths, and a folder is often named after its client.
  const command = ['git', ...fullArgs.map((a) => (path.isAbsolute(a) ? '<path>' : a))].join(' ');
  const started = Date.now();
  return new Promise((resolve) => {
    childProcess ??= require('node:child_process') as typeof ChildProcess;
    childProcess.execFile('git', fullArgs, { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
        log?.warn(`${command}: git could not start (${(error as NodeJS.ErrnoException).code})`);
        resolve(undefined); // git is not installed or could not start
        return;
      }
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      const why = error?.killed ? `; stopped after ${GIT_TIMEOUT_MS / 1000} s` : code !== 0 ? firstLine(String(stderr)) : '';
      log?.info(`${command}: exit ${code} in ${Date.now() - started} ms${why}`);
      resolve({ code, stdout: String(stdout) });
    });
  });
}

const GIT_TIMEOUT_MS = 10_000;

/** Git's reason for a non-zero exit, without the paths in it; git echoes only the paths it was given or relative ones. */
function firstLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.trim() !== '');
  return line ? `: ${withoutPaths(line.trim()).slice(0, 300)}` : '';
}

/** The repository's top level, or undefined when the folder is not in a git work tree (or git is absent). */
export async function gitTopLevel(folder: string, log?: GitLog): Promise<string | undefined> {
  const result = await git(folder, ['rev-parse', '--show-toplevel'], log);
  return result?.code === 0 ? result.stdout.trim() : undefined;
}

/** True when git tracks the file (it is in the index). */
export async function isTracked(folder: string, file: string, log?: GitLog): Promise<boolean> {
  const result = await git(folder, ['ls-files', '--error-unmatch', '--', file], log);
  return result?.code === 0;
}

/** True when git's ignore rules (exclude file and .gitignore files together) ignore the file. */
export async function isIgnored(folder: string, file: string, log?: GitLog): Promise<boolean> {
  const result = await git(folder, ['check-ignore', '-q', '--no-index', '--', file], log, false);
  return result?.code === 0;
}

/**
 * added: the entry was written; present: it was there already; notIgnored: the
 * entry is there but a .gitignore rule (such as `!*.json`) re-includes the file;
 * notRepository: the folder is not in a git work tree; unsafeName: the path has
 * a control character, so no single exclude line can name it (nothing written);
 * outsideRepository: the file's real path is outside the repository, through a
 * symbolic link (nothing written).
 */
export type ExcludeOutcome = 'added' | 'present' | 'notIgnored' | 'notRepository' | 'unsafeName' | 'outsideRepository';

/** Adds the file to the repository's local exclude list, once, and checks that git now ignores it. */
export async function excludeFromGit(folder: string, file: string, log?: GitLog): Promise<ExcludeOutcome> {
  const top = await gitTopLevel(folder, log);
  const excludeResult = top ? await git(folder, ['rev-parse', '--git-path', 'info/exclude'], log) : undefined;
  if (!top || excludeResult?.code !== 0) {
    return 'notRepository';
  }
  const excludeFile = path.resolve(folder, excludeResult.stdout.trim());
  const relative = path.relative(await fs.realpath(top), await realpathOrSelf(file));
  if (relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
    return 'outsideRepository';
  }
  const entry = excludeEntry(relative.split(path.sep).join('/'));
  if (entry === undefined) {
    return 'unsafeName';
  }
  // Only a missing file reads as empty: on any other error, writing would replace the user's entries.
  const existing = await fs.readFile(excludeFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return '';
    }
    throw error;
  });
  let outcome: ExcludeOutcome = 'present';
  // Compared as git reads a line (a CR before the LF dropped), not trimmed: an entry may end with an escaped space.
  if (!existing.split('\n').some((line) => line.replace(/\r$/, '') === entry)) {
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    await fs.mkdir(path.dirname(excludeFile), { recursive: true });
    await fs.writeFile(excludeFile, `${existing}${separator}# Client Health: private client record (rates, invoices, journal)\n${entry}\n`);
    outcome = 'added';
  }
  return (await isIgnored(folder, file, log)) ? outcome : 'notIgnored';
}

export type KeepOutOutcome = { readonly untracked: boolean; readonly exclude: ExcludeOutcome } | undefined;

/** Removes the file from the index when git tracks it (it stays on disk), then excludes it. Undefined when git failed. */
export async function keepOutOfGit(folder: string, file: string, log?: GitLog): Promise<KeepOutOutcome> {
  let untracked = false;
  if (await isTracked(folder, file, log)) {
    const result = await git(folder, ['rm', '--cached', '--quiet', '--', file], log);
    if (result?.code !== 0) {
      return undefined;
    }
    untracked = true;
  }
  return { untracked, exclude: await excludeFromGit(folder, file, log) };
}

async function realpathOrSelf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(await fs.realpath(path.dirname(file)).catch(() => path.dirname(file)), path.basename(file));
  }
}
