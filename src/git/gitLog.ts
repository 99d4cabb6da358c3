/**
 * Reads a repository's history for Client Health's git evidence (docs/git-evidence.md): one `git log` over every local
 * branch in the fixed format, streamed from a child process into the pure parser. No vscode import, so the
 * CLI uses it too; the extension must call it only in a trusted workspace (a repository's configuration
 * can make git run programs).
 *
 * Only commands that read, and never the network: no fetch is ever asked for, lazy fetching of a partial
 * clone is turned off, every transport protocol is forbidden, and signatures are not verified (that runs
 * gpg). A repository named by the environment (GIT_DIR and the like) is ignored: the folder decides.
 */
import type * as ChildProcess from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { GIT_LOG_FORMAT } from '../core/gitHistory/format';
import { GitCommit } from '../core/gitHistory/commit';
import { GitLogParser } from '../core/gitHistory/parse';
import type { GitLog } from './gitPrivacy';

/** Enough for a decade of a busy team's history; a larger read stops there and says it was cut. */
export const MAX_COMMITS = 200_000;
/** The first read of a large repository streams for seconds; a hung git (a network file system) is stopped. */
export const LOG_TIMEOUT_MS = 60_000;
const SMALL_TIMEOUT_MS = 10_000;
/** stdout of a small command (config, for-each-ref) beyond which it is not what we asked for. */
const SMALL_OUTPUT_BYTES = 1024 * 1024;

export const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Settings given on every command line: they win over any configuration file of the repository. */
const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'protocol.allow=never',
  '-c', 'log.showSignature=false',
  '-c', 'core.pager=cat',
];

/** Environment variables that would point git at another repository than the folder's, or make it ask for input. */
const DROPPED_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER'];

let childProcess: typeof ChildProcess | undefined;

function gitEnv(): NodeJS.ProcessEnv {
  // GIT_FLUSH=0: into a pipe git flushes after every commit, and 100,000 commits became some 27,000 reads of a few
  // hundred bytes; buffered, they are about 2,500, and the read costs less than half the CPU (docs/performance.md).
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1', GIT_OPTIONAL_LOCKS: '0', GIT_FLUSH: '0', LC_ALL: 'C' };
  for (const name of DROPPED_ENV) {
    delete env[name];
  }
  return env;
}

type Outcome = 'ok' | 'failed' | 'gitMissing' | 'timeout' | 'tooMuch';

interface Spawned {
  readonly outcome: Outcome;
  readonly code: number;
  readonly stderr: string;
}

/**
 * Runs git with `args`, feeding decoded stdout to `onText` as it arrives; `onText` returns false to stop git
 * (the reader has what it can take). stdin, when given, is written and closed.
 */
function spawnGit(cwd: string, args: readonly string[], onText: (text: string) => boolean, timeoutMs: number, stdin?: string, log?: GitLog): Promise<Spawned> {
  childProcess ??= require('node:child_process') as typeof ChildProcess;
  const started = Date.now();
  // The log names the command, never the folder: a folder is often named after its client.
  const command = `git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''}`;
  return new Promise((resolve) => {
    let settled = false;
    let stopped: Outcome | undefined;
    let stderr = '';
    const child = childProcess!.spawn('git', [...SAFE_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const finish = (result: Spawned) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        log?.info(`${command}: ${result.outcome === 'ok' ? `exit ${result.code}` : result.outcome} in ${Date.now() - started} ms`);
        resolve(result);
      }
    };
    const stop = (why: Outcome) => {
      stopped ??= why;
      child.kill();
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const decoder = new StringDecoder('utf8');
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped === undefined && !onText(decoder.write(chunk))) {
        stop('tooMuch');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the start of git's complaint is kept: enough to tell "not a git repository" from the rest.
      if (stderr.length < 4096) {
        stderr += chunk.toString('utf8');
      }
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      log?.warn(`${command}: git could not start (${error.code ?? 'error'})`);
      finish({ outcome: 'gitMissing', code: -1, stderr: '' });
    });
    child.on('close', (code) => {
      if (stopped === undefined) {
        onText(decoder.end());
      }
      finish({ outcome: stopped ?? (code === 0 ? 'ok' : 'failed'), code: code ?? -1, stderr });
    });
    child.stdin.on('error', () => undefined); // git may exit before reading its input (not a repository)
    child.stdin.end(stdin ?? '');
  });
}

/** The whole stdout of a small command, or undefined when it failed. */
export async function small(cwd: string, args: readonly string[], log?: GitLog): Promise<{ text: string; result: Spawned }> {
  let text = '';
  const result = await spawnGit(
    cwd,
    args,
    (chunk) => {
      text += chunk;
      return text.length <= SMALL_OUTPUT_BYTES;
    },
    SMALL_TIMEOUT_MS,
    undefined,
    log,
  );
  return { text, result };
}

const notRepository = (stderr: string) => /not a git repository/i.test(stderr);

/** `git config user.email` of the folder's repository (or the user's global one); undefined when unset. */
export async function gitUserEmail(cwd: string, log?: GitLog): Promise<string | undefined> {
  const { text, result } = await small(cwd, ['config', '--get', 'user.email'], log);
  const email = text.trim();
  return result.outcome === 'ok' && email.length > 0 && email.length <= 320 && !email.includes('\n') ? email : undefined;
}

export type BranchTips = { readonly status: 'ok'; readonly tips: string[] } | { readonly status: 'notRepository' | 'gitMissing' | 'failed' | 'timeout' | 'tooMuch' };

/** The commits every local branch points at, distinct, sorted: what a read covers, and what the next read starts from. */
export async function branchTips(cwd: string, log?: GitLog): Promise<BranchTips> {
  const { text, result } = await small(cwd, ['for-each-ref', '--format=%(objectname)', 'refs/heads/'], log);
  if (result.outcome !== 'ok') {
    return { status: result.outcome === 'failed' && notRepository(result.stderr) ? 'notRepository' : result.outcome };
  }
  return { status: 'ok', tips: [...new Set(text.split('\n').filter((h) => HASH.test(h)))].sort() };
}

/**
 * Whether every tip of an earlier read is still in the history of some local branch (by default the branches'
 * tips now). False when a branch was rewritten (rebase, amend, reset) or deleted unmerged: the commits read then
 * may be gone, so read everything again. One `git rev-list`, however many tips: it lists what the earlier tips
 * reach and the current ones do not, and nothing means every earlier tip is still there.
 */
export async function tipsStillReachable(cwd: string, known: readonly string[], log?: GitLog, current?: readonly string[]): Promise<boolean> {
  if (!known.every((h) => HASH.test(h))) {
    return false;
  }
  if (known.length === 0) {
    return true;
  }
  let tips = current;
  if (!tips) {
    const read = await branchTips(cwd, log);
    if (read.status !== 'ok') {
      return false;
    }
    tips = read.tips;
  }
  let text = '';
  const result = await spawnGit(
    cwd,
    ['rev-list', '--max-count=1', '--stdin', '--end-of-options'],
    (chunk) => {
      text += chunk;
      return text.length <= SMALL_OUTPUT_BYTES;
    },
    SMALL_TIMEOUT_MS,
    // `^tip` rather than --not, which --stdin takes only from git 2.42.
    [...known, ...tips.map((h) => `^${h}`)].join('\n') + '\n',
    log,
  );
  // An earlier tip git does not know any more (collected after a rewrite) fails the command: not reachable.
  return result.outcome === 'ok' && text.trim() === '';
}

export interface ReadGitLogOptions {
  /** The tips of an earlier read: only commits not reachable from them are read (check tipsStillReachable first). */
  readonly since?: readonly string[];
  /** Called with each batch of commits as they are parsed, newest first within git's order. */
  readonly onCommits?: (commits: readonly GitCommit[]) => void;
  readonly maxCommits?: number;
  readonly timeoutMs?: number;
  readonly log?: GitLog;
}

export interface GitLogRead {
  /**
   * ok: every commit of every local branch (after `since`) was read; empty: the repository has no branch yet;
   * truncated: stopped at maxCommits; timeout: stopped after timeoutMs (the commits so far are given);
   * notRepository, gitMissing, failed: nothing read.
   */
  readonly status: 'ok' | 'empty' | 'truncated' | 'timeout' | 'notRepository' | 'gitMissing' | 'failed';
  /** In git's order (newest first by commit date), unless onCommits took them (then empty). */
  readonly commits: GitCommit[];
  /** Records of git's output that did not read as a commit. */
  readonly skipped: number;
  /** The branch tips read up to: give them as `since` next time. Only when the status is ok or empty. */
  readonly tips?: string[];
}

/** Every commit of the local branches (or those after `since`), streamed through the parser. */
export async function readGitLog(cwd: string, options: ReadGitLogOptions = {}): Promise<GitLogRead> {
  const tips = await branchTips(cwd, options.log);
  if (tips.status !== 'ok') {
    return { status: tips.status === 'notRepository' || tips.status === 'gitMissing' ? tips.status : 'failed', commits: [], skipped: 0 };
  }
  return readLog(cwd, tips.tips, options);
}

/** git log of the commits reachable from `tips` and not from `options.since`. */
async function readLog(cwd: string, current: readonly string[], options: ReadGitLogOptions): Promise<GitLogRead> {
  const { since = [], onCommits, maxCommits = MAX_COMMITS, timeoutMs = LOG_TIMEOUT_MS, log } = options;
  const tips = { tips: [...current] };
  if (tips.tips.length === 0) {
    return { status: 'empty', commits: [], skipped: 0, tips: [] };
  }
  const known = since.filter((h) => HASH.test(h));
  // The tips read above, not --branches: a commit made while git log runs is left for the next read rather
  // than counted and then read again. Revisions go through stdin, so a thousand branches make no long command line.
  const revisions = [...tips.tips, ...known.map((h) => `^${h}`)].join('\n') + '\n';
  const parser = new GitLogParser();
  const commits: GitCommit[] = [];
  let count = 0;
  let truncated = false;
  const result = await spawnGit(
    cwd,
    ['log', '--use-mailmap', '--no-color', '--no-show-signature', `--format=${GIT_LOG_FORMAT}`, '--stdin', '--end-of-options'],
    (text) => {
      let batch = parser.push(text);
      if (count + batch.length >= maxCommits) {
        batch = batch.slice(0, maxCommits - count);
        truncated = true;
      }
      count += batch.length;
      if (batch.length > 0) {
        if (onCommits) {
          onCommits(batch);
        } else {
          for (const c of batch) {
            commits.push(c);
          }
        }
      }
      return !truncated;
    },
    timeoutMs,
    revisions,
    log,
  );
  parser.end();
  const skipped = parser.skipped;
  if (truncated) {
    return { status: 'truncated', commits, skipped };
  }
  if (result.outcome === 'ok') {
    return { status: 'ok', commits, skipped, tips: tips.tips };
  }
  if (result.outcome === 'timeout') {
    return { status: 'timeout', commits, skipped };
  }
  return { status: result.outcome === 'gitMissing' ? 'gitMissing' : notRepository(result.stderr) ? 'notRepository' : 'failed', commits: [], skipped };
}

/**
 * The incremental read: the commits since an earlier read's tips, or `rewritten` when one of those tips is no
 * longer in any local branch (then read everything again, without `since`). The check and the read run side by
 * side once the current tips are known, so an incremental read costs about two git start-ups, not three.
 */
export async function readGitLogSince(cwd: string, known: readonly string[], options: Omit<ReadGitLogOptions, 'since'> = {}): Promise<GitLogRead | { readonly status: 'rewritten' }> {
  const tips = await branchTips(cwd, options.log);
  if (tips.status !== 'ok') {
    return { status: tips.status === 'notRepository' || tips.status === 'gitMissing' ? tips.status : 'failed', commits: [], skipped: 0 };
  }
  const [still, read] = await Promise.all([tipsStillReachable(cwd, known, options.log, tips.tips), readLog(cwd, tips.tips, { ...options, since: known })]);
  return still ? read : { status: 'rewritten' };
}

/** What `git show --stat` of one commit says (message and changed files, no diff), or undefined when git failed. No textconv or external diff: a repository's config cannot make it run a program. */
export async function gitShowStat(cwd: string, hash: string, log?: GitLog): Promise<string | undefined> {
  if (!HASH.test(hash)) {
    return undefined;
  }
  const { text, result } = await small(cwd, ['show', '--stat', '--no-color', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--format=medium', '--end-of-options', hash], log);
  return result.outcome === 'ok' ? text : undefined;
}
