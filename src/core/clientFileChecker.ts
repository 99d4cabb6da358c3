/**
 * The check of a client file, kept between edits: an edit changes one client, and
 * re-validating and re-evaluating the 29 others of a large file is most of its
 * re-check (docs/performance.md). A ClientFileChecker remembers each client's
 * validated model by its exact source text, each client's health by that model
 * and what its rules read outside it, and each client's evidence ranges by its
 * text; it produces what readClientFile and evaluate produce (tests compare them
 * over random edits). A client's hints and cross-check problems are its own and
 * kept with it. Anything it is not sure of goes through the full check: a file
 * that needs the syntax tree, a client or a top level that fails the schema, a
 * hint or repeated id outside the clients, more hints than the file shows.
 */
import { Node } from 'jsonc-parser';
import { Client, ClientFile, schemas } from './schema';
import { ReadResult, readClientFile } from './clientFile';
import { locateByClient, placeProblems } from './clientPlaces';
import { CrossIssue, checkClientIds, crossCheck } from './crossChecks';
import { CountedHints, countedKeyHints, reachedHints } from './keyHints';
import { plainTree, plainValue } from './plainJson';
import { Range, plainRanges } from './plainRanges';
import { DayNumber } from './dates';
import { Rules } from './health/rules';
import { ClientHealth } from './health/types';
import { evaluateClients, evaluationMemo } from './health/evaluate';
import { PortfolioPeers, lowRatePeerKeys } from './signals/lowRate';
import { GitEvidenceForFile, gitEvidenceByClient } from './gitHistory/evidence';

interface ClientText {
  /** The validated model of this exact text; reused as is, so that the health cache can key on it. */
  readonly model: Client;
  /** The freelancer's currency when it was checked: a client's cross checks read it. */
  readonly currency: string;
  /** Ranges of paths inside this client, relative to its first character. */
  readonly ranges: Map<string, Range>;
  /** Its hints, and its cross-check problems, at paths below `clients`, 0. */
  readonly hints: CountedHints;
  readonly cross: readonly CrossIssue[];
}

interface HealthEntry {
  readonly index: number;
  readonly context: string;
  readonly health: ClientHealth;
}

/** What the checker knows of the text it last read on the fast path. */
interface Known {
  readonly text: string;
  /** The file's value; its clients are `clients`. */
  readonly value: object;
  readonly clients: readonly unknown[];
  /** The clients array's range, and each client's. */
  readonly array: Range;
  readonly spans: readonly Range[];
  /** Undefined when the full check had to say what is wrong: the next edit still reads only its window. */
  readonly result: ReadResult | undefined;
}

type Parsed = Omit<Known, 'result'>;

export class ClientFileChecker {
  private texts = new Map<string, ClientText>();
  private known: Known | undefined;
  private readonly health = new WeakMap<Client, HealthEntry>();

  /** What readClientFile(text) returns. */
  read(text: string): ReadResult {
    if (this.known?.result && text === this.known.text) {
      return this.known.result;
    }
    let result: ReadResult | undefined;
    try {
      const edited = this.readEdited(text);
      // null: the window does not read as a run of clients (mostly a syntax error being typed); the full check says.
      const parsed = edited === null ? undefined : (edited ?? this.readWhole(text));
      if (parsed) {
        result = this.validate(parsed);
      } else {
        this.forget();
      }
    } catch {
      this.forget(); // the full check below says what is wrong, if anything
    }
    return result ?? readClientFile(text);
  }

  private forget(): void {
    this.texts = new Map();
    this.known = undefined;
  }

  /** What evaluate(file, today, rules, { peers: portfolio, gitEvidence: git }) returns; reuses the health of clients whose model and inputs are unchanged. */
  evaluate(file: ClientFile, today: DayNumber, rules: Rules, portfolio?: PortfolioPeers, git?: GitEvidenceForFile): ClientHealth[] {
    // Everything a client's rules read besides the client: the date, the rules, the file outside its clients, and
    // (lowRate) the rates of the other clients in its currency, whether they are the portfolio's and at which exchange rates.
    const exchange = portfolio ? JSON.stringify(portfolio.exchangeRates ?? {}) : '';
    // The git evidence by identity: a new read is a new object, and re-evaluates every client it reaches.
    const outside = `${today}\u0000${JSON.stringify(rules)}\u0000${JSON.stringify({ ...file, clients: undefined })}\u0000${exchange}\u0000${git ? gitGeneration(git) : ''}`;
    const memo = evaluationMemo(portfolio);
    const byClient = git ? gitEvidenceByClient(file, git) : undefined;
    const peers = lowRatePeerKeys(file, today, rules, memo, byClient);
    const contexts = file.clients.map((_, i) => `${outside}\u0000${peers[i]}`);
    const stale: number[] = [];
    const result = file.clients.map((client, i) => {
      const entry = this.health.get(client);
      if (entry && entry.index === i && entry.context === contexts[i]) {
        return entry.health;
      }
      stale.push(i);
      return undefined;
    });
    const fresh = evaluateClients(file, stale, today, rules, memo, byClient);
    stale.forEach((i, k) => {
      result[i] = fresh[k];
      this.health.set(file.clients[i], { index: i, context: contexts[i], health: fresh[k] });
    });
    return result as ClientHealth[];
  }

  /** A file read whole by plainValue; undefined when it needs the syntax tree or has no array of clients. */
  private readWhole(text: string): Parsed | undefined {
    const value = plainValue(text);
    const clients = (value as { clients?: unknown } | null)?.clients;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(clients)) {
      return undefined;
    }
    const [array, ...spans] = plainRanges(text, [['clients'], ...clients.map((_, i) => ['clients', i])]);
    return { text, value, clients, array, spans };
  }

  /**
   * A text that differs from the last one only inside its clients array: the clients before and after the change
   * keep their values (moved by the change's length); the text between them is read on its own, wrapped as the
   * file wraps it, so that an opened string or comment, or a broken separator, fails there as it would in the file.
   * Undefined when the change is not inside the clients (read the whole text); null when the window fails.
   */
  private readEdited(text: string): Parsed | null | undefined {
    const known = this.known;
    if (!known) {
      return undefined;
    }
    const old = known.text;
    const start = commonPrefix(old, text);
    const oldEnd = old.length - commonSuffix(old, text, Math.min(old.length, text.length) - start);
    const close = known.array.offset + known.array.length - 1;
    if (start <= known.array.offset || oldEnd > close) {
      return undefined; // outside the clients: the freelancer, the settings, the array's brackets
    }
    const delta = text.length - old.length;
    const { spans, clients } = known;
    let lo = 0;
    while (lo < spans.length && spans[lo].offset + spans[lo].length <= start) lo++;
    let hi = lo;
    while (hi < spans.length && spans[hi].offset < oldEnd) hi++;
    const from = lo > 0 ? spans[lo - 1].offset + spans[lo - 1].length : known.array.offset + 1;
    const to = (hi < spans.length ? spans[hi].offset : close) + delta;
    // What precedes and follows the window in the file, as far as the lexer can tell: `}` of a client or `[`, and
    // `{` of a client or `]`, at the same depth.
    const window = text.slice(from, to);
    // A line comment open at the window's end runs on into what follows, which differs between the two: the
    // full check decides (it may also be `//` in a string; rare enough, and only slower).
    if (window.slice(Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1).includes('//')) {
      return null;
    }
    const head = `{"clients":[${lo > 0 ? '{}' : ''}`;
    const probe = `${head}${window}${hi < spans.length ? '{}' : ''}]}`;
    const wrapped = plainValue(probe) as { clients: unknown[] } | undefined;
    // A window that closes the array and opens another (`], "more": [`) leaves it at another key.
    if (!wrapped || Object.keys(wrapped).length !== 1) {
      return null;
    }
    const read = wrapped.clients;
    const middle = read.slice(lo > 0 ? 1 : 0, hi < spans.length ? read.length - 1 : read.length);
    const middleSpans = plainRanges(
      probe,
      middle.map((_, j) => ['clients', j + (lo > 0 ? 1 : 0)]),
    ).map((r) => ({ offset: r.offset - head.length + from, length: r.length }));
    const moved = (r: Range) => ({ offset: r.offset + delta, length: r.length });
    const newClients = [...clients.slice(0, lo), ...middle, ...clients.slice(hi)];
    return {
      text,
      value: { ...known.value, clients: newClients },
      clients: newClients,
      array: { offset: known.array.offset, length: known.array.length + delta },
      spans: [...spans.slice(0, lo), ...middleSpans, ...spans.slice(hi).map(moved)],
    };
  }

  /**
   * The schema and cross checks, client by client, each client's problems placed in its own text; undefined when
   * the full check must say what is wrong. The clients that pass the schema are kept either way, and so is the
   * text: the next edit re-checks its window.
   */
  private validate(next: Parsed): ReadResult | undefined {
    const { text, value, clients, spans } = next;
    const { ClientSchema, ClientFileSchema } = schemas();
    const top = ClientFileSchema.safeParse({ ...value, clients: [] });
    const topHints = countedKeyHints({ ...value, clients: [] });
    let clean = top.success && topHints.hints.length === 0 && checkClientIds(value).length === 0;
    const texts = new Map<string, ClientText>();
    const slices: string[] = [];
    const models: Client[] = [];
    // A client's cross checks read the freelancer's currency besides the client.
    const currency = top.success ? String(top.data.freelancer.currency) : undefined;
    for (let i = 0; i < clients.length; i++) {
      const slice = text.slice(spans[i].offset, spans[i].offset + spans[i].length);
      let known = texts.get(slice) ?? this.texts.get(slice);
      if (!known || known.currency !== currency) {
        const parsed = top.success ? ClientSchema.safeParse(clients[i]) : undefined;
        if (currency === undefined || !parsed?.success) {
          clean = false;
          continue;
        }
        const hints = countedKeyHints({ clients: [clients[i]] });
        known = { model: parsed.data, currency, ranges: new Map(), hints, cross: crossCheck({ ...top.data!, clients: [parsed.data] }) };
      }
      texts.set(slice, known);
      slices.push(slice);
      models.push(known.model);
    }
    this.texts = texts;
    if (!clean || !top.success) {
      this.known = { ...next, result: undefined };
      return undefined;
    }
    // The whole file's walk for hints stops after so many unknown keys: it reaches the clients' in the file's order.
    let offset = topHints.examinedBeforeClients;
    const parts = slices.map((slice) => {
      const counted = texts.get(slice)!.hints;
      const part = { counted, offset };
      offset += counted.examined;
      return part;
    });
    const reached = reachedHints(parts);
    const issues = slices.map((slice, c) => [...reached[c], ...texts.get(slice)!.cross]);
    const { problems, hasError } = placeProblems(text, spans, slices, issues);
    const kept = slices.map((slice) => texts.get(slice)!.ranges);
    const parsedFile: ClientFile = { ...top.data, clients: models };
    let tree: Node | undefined;
    const result: ReadResult = {
      file: hasError ? undefined : parsedFile,
      problems,
      get root() {
        return (tree ??= plainTree(text));
      },
      locate: (paths) => locateByClient(text, paths, spans, slices, kept),
    };
    this.known = { ...next, result };
    return result;
  }
}

/** The length of the longest common start of two texts: chunks compared by the engine, then characters. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common end of two texts, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  while (k + CHUNK <= max && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

const CHUNK = 4096;

const generations = new WeakMap<GitEvidenceForFile, number>();
let nextGeneration = 1;

function gitGeneration(git: GitEvidenceForFile): number {
  let generation = generations.get(git);
  if (generation === undefined) {
    generations.set(git, (generation = nextGeneration++));
  }
  return generation;
}
