/**
 * Reads every client file of the portfolio again from disk, so that the figures of folders not opened in months
 * stay current. Read as the extension reads the open workspace's file (same size cap, same decoding, same
 * validation), a few files at a time. A file that is gone or does not validate keeps its last valid summaries,
 * with the reason, until the user forgets its folder: nothing is dropped silently.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Problem, readClientFile } from '../core/clientFile';
import { DayNumber } from '../core/dates';
import { NOT_A_FILE, decodeClientFile, tooLargeProblem } from '../core/decode';
import { evaluateEach } from '../core/health/evaluate';
import { Rules } from '../core/health/rules';
import { Message, msg } from '../core/messages';
import { FolderEntry, IndexProblem } from '../core/portfolio/indexFile';
import { summarize } from '../core/portfolio/summary';
import { ClientFile } from '../core/schema';
import { PeerRate, fileRates } from '../core/signals/lowRate';
import { readFromDisk } from '../store/readDiskBytes';
import { IndexRead, PortfolioIndexStore } from './indexStore';

/** The setting that sets the size limit, named in the problem of a file above it (as the store names it). */
const SIZE_SETTING = 'clientHealth.maxFileSizeMB';
export const DEFAULT_REFRESH_CONCURRENCY = 4;

export interface RefreshOptions {
  readonly today: DayNumber;
  readonly rules: Rules;
  /** `clientHealth.maxFileSizeMB` in bytes (decode.ts maxFileBytes). */
  readonly maxBytes: number;
  /** `clientHealth.exchangeRates`: into the freelancer's currency, for lowRate's comparisons only. */
  readonly exchangeRates?: Readonly<Record<string, number>>;
  /** Files read at once. */
  readonly concurrency?: number;
  readonly now?: () => Date;
}

export type FileRead = { readonly state: 'ok'; readonly file: ClientFile } | { readonly state: 'missing' | 'invalid'; readonly problem: IndexProblem };

/** One client file of the portfolio, read and validated; never rejects. */
export async function readPortfolioFile(folder: string, file: string, maxBytes: number): Promise<FileRead> {
  const fullPath = path.join(folder, ...file.split('/'));
  let bytes;
  try {
    bytes = await readFromDisk(fullPath, maxBytes);
  } catch (error) {
    return { state: 'invalid', problem: { message: msg('The client file cannot be read: {0}', (error as NodeJS.ErrnoException).code ?? String(error)) } };
  }
  switch (bytes.kind) {
    case 'missing':
      return { state: 'missing', problem: { message: (await isFolder(folder)) ? msg('The client file is not in this folder any more.') : msg('This folder is not there any more: it was moved, renamed or deleted.') } };
    case 'folder':
    case 'special':
      return { state: 'invalid', problem: { message: NOT_A_FILE[bytes.kind] } };
    case 'tooLarge':
      return { state: 'invalid', problem: { message: tooLargeProblem(maxBytes, SIZE_SETTING).message } };
    case 'file':
      break;
  }
  const decoded = decodeClientFile(bytes.bytes);
  if (decoded.problem) {
    return { state: 'invalid', problem: { message: decoded.problem.message, line: decoded.problem.start.line + 1 } };
  }
  const read = readClientFile(decoded.text);
  if (read.file) {
    return { state: 'ok', file: read.file };
  }
  // The first error, where the file's own problems list would put it first.
  const first = read.problems.find((p) => p.severity === 'error') ?? read.problems[0];
  return { state: 'invalid', problem: first ? { message: withoutFoundValue(first, decoded.text), line: first.start.line + 1 } : { message: msg('The client file does not validate.') } };
}

/**
 * The problem's message without the value it quotes from the file ("found "ana@@example""): the index holds no
 * text of the file, and the value of a field that fails its check may be a contact's address or a note. The
 * problem's range is that value, so an argument found inside it is the file's and is left out.
 */
function withoutFoundValue(problem: Problem, text: string): Message {
  const range = text.slice(problem.offset, problem.offset + problem.length);
  const args = problem.message.args.map((arg) => {
    if (typeof arg !== 'string') {
      return arg;
    }
    const inner = arg.replace(/^"|"$|…"?$/g, '');
    return inner.length > 0 && range.includes(inner) ? '…' : arg;
  });
  return { ...problem.message, args };
}

/** Runs `work` over `items`, `limit` at a time, results in the order of the items. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * The entries of `folders` read again. Every file is read first, so that each file's lowRate compares with the
 * clients of all the others (signals-v1: the other clients are the portfolio's), then each is evaluated.
 */
export async function refreshEntries(folders: readonly FolderEntry[], options: RefreshOptions): Promise<FolderEntry[]> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  const reads = await mapBounded(folders, options.concurrency ?? DEFAULT_REFRESH_CONCURRENCY, (f) => readPortfolioFile(f.folder, f.file, options.maxBytes));
  const rates: PeerRate[] = reads.flatMap((r, i) => (r.state === 'ok' ? fileRates(r.file, options.today, options.rules, folders[i].folder) : []));
  return folders.map((previous, i) => {
    const read = reads[i];
    if (read.state !== 'ok') {
      // Its last valid summaries stay, with the reason they are not current.
      return { folder: previous.folder, file: previous.file, state: read.state, problem: read.problem, read: now, clients: previous.clients };
    }
    return okEntry(previous.folder, previous.file, read.file, options, now, rates);
  });
}

/** The entry of a client file read valid, evaluated against `rates` (the portfolio's; this folder's own are left out). */
export function okEntry(folder: string, file: string, model: ClientFile, options: RefreshOptions, read: string, rates: readonly PeerRate[]): FolderEntry {
  const peers = { rates: rates.filter((r) => r.folder !== folder), exchangeRates: options.exchangeRates };
  // Each client summarised from the facts its health was worked out from, as summarizeFile would from new ones.
  const clients = evaluateEach(model, options.today, options.rules, { peers }, (health, facts) => summarize(model, health, options.today, options.rules.lowRate.windowDays, facts));
  return { folder, file, state: 'ok', read, clients };
}

/** Reads every folder of the index again and stores the result in one write. */
export async function refreshPortfolio(store: PortfolioIndexStore, options: RefreshOptions): Promise<IndexRead> {
  const { read: before, basis } = await store.readWithBasis();
  const entries = await refreshEntries(before.index.folders, options);
  // The write reads the index again (another window may have changed it meanwhile), but parses it only if it did.
  const after = await store.replaceExisting(entries, basis);
  return before.setAside ? { ...after, setAside: before.setAside } : after;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
