/**
 * The portfolio index, `portfolio.json` in the extension's global storage: every client file the extension
 * has read, with the summaries of its clients. It is read back as untrusted input (another version of the
 * extension, a hand edit, a disk that tore a write): known keys only, every size and count bounded, its
 * nesting checked before JSON.parse.
 */
import * as z from 'zod/mini';
import { LEVELS, SIGNAL_IDS } from '../health/types';
import { MAX_TEXT_LENGTH } from '../limits';
import { Message } from '../messages';
import { isKnownCurrency } from '../money';
import { CLIENT_STATUSES } from '../vocabulary';
import { ClientSummary, MAX_EXPECTED_OPEN, OVERDUE_BUCKETS, OverdueBucket } from './summary';

export const INDEX_VERSION = 1;
export const INDEX_FILE_NAME = 'portfolio.json';

/** More than anyone keeps on one machine; the benchmark indexes 200. */
export const MAX_FOLDERS = 2_000;
/** A client file of the extension's own benchmarks holds 30 clients; 5,000 is far past any real one. */
export const MAX_CLIENTS_PER_FOLDER = 5_000;
/** Past this the index is set aside unread: 2,000 folders of 30 clients each take about 40 MB. */
export const MAX_INDEX_BYTES = 128 * 1024 * 1024;
/** The index nests 10 levels (folders, clients, signals, a message's arguments); 16 leaves room and stops a crafted file. */
export const MAX_INDEX_DEPTH = 16;

const MAX_PATH_LENGTH = 4_096;

/** A path with forward slashes, relative, with no empty, "." or ".." segment. */
function staysInside(file: string): boolean {
  return !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.includes('\\') && file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
const MAX_MESSAGE_ARGS = 32;
const MAX_SIGNALS = 64;
const MAX_MINOR = 1e17;

export type FolderState = 'ok' | 'missing' | 'invalid';

/** Why a file is not read: a serialisable message, and the 1-based line it points at when it points at one. */
export interface IndexProblem {
  readonly message: Message;
  readonly line?: number;
}

export interface FolderEntry {
  /** The folder's absolute path on this machine. */
  readonly folder: string;
  /** The client file's path relative to the folder, with forward slashes (".freelance/clients.json"). */
  readonly file: string;
  readonly state: FolderState;
  /** Set for `missing` and `invalid`. */
  readonly problem?: IndexProblem;
  /** When the file was last read (or found missing), ISO 8601 UTC. */
  readonly read: string;
  /** `ok`: the clients as read; `missing` and `invalid`: the last valid summaries, kept until the folder is forgotten. */
  readonly clients: readonly ClientSummary[];
}

export interface PortfolioIndex {
  readonly version: typeof INDEX_VERSION;
  readonly folders: readonly FolderEntry[];
}

export const emptyIndex = (): PortfolioIndex => ({ version: INDEX_VERSION, folders: [] });

const text = (max = MAX_TEXT_LENGTH) => z.string().check(z.maxLength(max));
const minor = () => z.int().check(z.gte(-MAX_MINOR), z.lte(MAX_MINOR));
const count = () => z.number().check(z.gte(0), z.lte(1e9));
const day = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const currency = () => z.string().check(z.regex(/^[A-Z]{3}$/), z.refine(isKnownCurrency));

function buildSchema() {
  const messageArg = z.union([
    text(),
    z.number(),
    z.strictObject({ money: minor(), currency: currency() }),
    z.strictObject({ date: z.int() }),
    z.strictObject({ quantity: z.number(), unit: z.enum(['day', 'hour']) }),
  ]);
  const message = z.strictObject({
    template: text(),
    args: z.array(messageArg).check(z.maxLength(MAX_MESSAGE_ARGS)),
    plural: z.optional(z.strictObject({ count: z.number(), one: text() })),
  });
  const signal = z.strictObject({ id: z.enum(SIGNAL_IDS), severity: z.enum(['warning', 'critical']), message });
  const month = z.strictObject({ month: z.string().check(z.regex(/^\d{4}-\d{2}$/)), invoiced: minor(), paid: minor() });
  const summary = z.strictObject({
    id: text(64),
    name: text(),
    status: z.enum(CLIENT_STATUSES),
    currency: currency(),
    level: z.enum(LEVELS as [string, ...string[]]),
    score: z.int().check(z.gte(0), z.lte(100)),
    signals: z.array(signal).check(z.maxLength(MAX_SIGNALS)),
    owed: minor(),
    overdue: minor(),
    unbilled: minor(),
    aging: z.optional(z.strictObject(Object.fromEntries(OVERDUE_BUCKETS.map((b) => [b, minor()])) as Record<OverdueBucket, ReturnType<typeof minor>>)),
    expected: z.optional(z.strictObject({ in30: minor(), in60: minor(), in90: minor(), unknown: minor() })),
    expectedOpen: z.optional(z.array(z.strictObject({ balance: minor(), date: day(), latest: day() })).check(z.maxLength(MAX_EXPECTED_OPEN))),
    months: z.array(month).check(z.maxLength(14)),
    hours: count(),
    paidForHours: minor(),
    effectiveRate: z.nullable(minor()),
    lastActivity: z.nullable(day()),
    evaluated: day(),
  });
  const folder = z.strictObject({
    folder: text(MAX_PATH_LENGTH).check(z.minLength(1)),
    // Relative to its folder and inside it, as clientHealth.clientFile must be: an edited index cannot send a read elsewhere.
    file: text(MAX_PATH_LENGTH).check(z.minLength(1), z.refine(staysInside)),
    state: z.enum(['ok', 'missing', 'invalid']),
    problem: z.optional(z.strictObject({ message, line: z.optional(z.int().check(z.gte(1))) })),
    read: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/)),
    clients: z.array(summary).check(z.maxLength(MAX_CLIENTS_PER_FOLDER)),
  });
  return z.strictObject({
    version: z.literal(INDEX_VERSION),
    folders: z.array(folder).check(
      z.maxLength(MAX_FOLDERS),
      // One entry per folder: two would show its clients twice and count them twice in the totals.
      z.refine((folders) => new Set(folders.map((f) => f.folder)).size === folders.length),
    ),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

export type IndexParse = { readonly index: PortfolioIndex; readonly why?: undefined } | { readonly index?: undefined; readonly why: 'tooDeep' | 'notJson' | 'notIndex' };

/** The index in `text`, or why it is not one. Never throws. */
export function parseIndex(text: string): IndexParse {
  // JSON.parse recurses once per level: a crafted file of a million brackets would exhaust the stack.
  if (nestedDeeperThan(text, MAX_INDEX_DEPTH)) {
    return { why: 'tooDeep' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { why: 'notJson' };
  }
  const parsed = (schema ??= buildSchema()).safeParse(value);
  return parsed.success ? { index: parsed.data as PortfolioIndex } : { why: 'notIndex' };
}

/**
 * Whether a bracket outside strings opens past `maxDepth`. One pass over the characters: the index is plain JSON,
 * never JSONC, so the client file's scanner (syntax.ts firstTooDeep), several times slower, is not needed.
 */
export function nestedDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, escapes included; an unterminated one ends the text (JSON.parse refuses it).
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) {
        if (text.charCodeAt(i) === 0x5c) i++;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** The index as written to disk. */
export function serializeIndex(index: PortfolioIndex): string {
  return JSON.stringify(index);
}
