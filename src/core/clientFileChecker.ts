/**
 * The check of a client file, kept between edits: an edit changes one client, and
 * re-validating and re-evaluating the 29 others of a large file is most of its
 * re-check (docs/performance.md). A ClientFileChecker remembers each client's
 * validated model by its exact source text, each client's health by that model
 * and what its rules read outside it, and each client's evidence ranges by its
 * text; it produces what readClientFile and evaluate produce (tests compare them
 * over random edits). Anything it is not sure of goes through the full check:
 * a file that needs the syntax tree, a client or a top level that fails the
 * schema, any problem or hint at all.
 */
import { Node } from 'jsonc-parser';
import { Client, ClientFile, schemas } from './schema';
import { ReadResult, readClientFile } from './clientFile';
import { checkClientIds, crossCheck } from './crossChecks';
import { keyHints } from './keyHints';
import { plainTree, plainValue } from './plainJson';
import { Path, Range, plainRanges } from './plainRanges';
import { DayNumber } from './dates';
import { Rules } from './health/rules';
import { ClientHealth } from './health/types';
import { evaluateClients } from './health/evaluate';
import { lowRatePeerKeys } from './signals/lowRate';

interface ClientText {
  /** The validated model of this exact text; reused as is, so that the health cache can key on it. */
  readonly model: Client;
  /** Ranges of paths inside this client, relative to its first character. */
  readonly ranges: Map<string, Range>;
}

interface HealthEntry {
  readonly index: number;
  readonly context: string;
  readonly health: ClientHealth;
}

export class ClientFileChecker {
  private texts = new Map<string, ClientText>();
  private readonly health = new WeakMap<Client, HealthEntry>();

  /** What readClientFile(text) returns. */
  read(text: string): ReadResult {
    try {
      return this.readFast(text) ?? this.full(text);
    } catch {
      return this.full(text);
    }
  }

  /** What evaluate(file, today, rules) returns; reuses the health of clients whose model and inputs are unchanged. */
  evaluate(file: ClientFile, today: DayNumber, rules: Rules): ClientHealth[] {
    // Everything a client's rules read besides the client: the date, the rules, the file outside its clients, and
    // (lowRate) the rates of the other clients in its currency.
    const outside = `${today}\u0000${JSON.stringify(rules)}\u0000${JSON.stringify({ ...file, clients: undefined })}`;
    const memo = new Map<string, unknown>();
    const peers = lowRatePeerKeys(file, today, rules, memo);
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
    const fresh = evaluateClients(file, stale, today, rules, memo);
    stale.forEach((i, k) => {
      result[i] = fresh[k];
      this.health.set(file.clients[i], { index: i, context: contexts[i], health: fresh[k] });
    });
    return result as ClientHealth[];
  }

  private full(text: string): ReadResult {
    this.texts = new Map();
    return readClientFile(text);
  }

  /** The check of a clean file, client by client; undefined whenever the full check must decide. */
  private readFast(text: string): ReadResult | undefined {
    const value = plainValue(text);
    const clients = (value as { clients?: unknown } | null)?.clients;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(clients)) {
      return undefined;
    }
    const { ClientSchema, ClientFileSchema } = schemas();
    const top = ClientFileSchema.safeParse({ ...value, clients: [] });
    if (!top.success) {
      return undefined;
    }
    const spans = plainRanges(
      text,
      clients.map((_, i) => ['clients', i]),
    );
    const texts = new Map<string, ClientText>();
    const slices: string[] = [];
    const models: Client[] = [];
    for (let i = 0; i < clients.length; i++) {
      const slice = text.slice(spans[i].offset, spans[i].offset + spans[i].length);
      let known = texts.get(slice) ?? this.texts.get(slice);
      if (!known) {
        const parsed = ClientSchema.safeParse(clients[i]);
        if (!parsed.success) {
          return undefined;
        }
        known = { model: parsed.data, ranges: new Map() };
      }
      texts.set(slice, known);
      slices.push(slice);
      models.push(known.model);
    }
    const file: ClientFile = { ...top.data, clients: models };
    if (checkClientIds(value).length > 0 || keyHints(value).length > 0 || crossCheck(file).length > 0) {
      return undefined;
    }
    this.texts = texts;
    let tree: Node | undefined;
    return {
      file,
      problems: [],
      get root() {
        return (tree ??= plainTree(text));
      },
      locate: (paths) => locateByClient(text, paths, spans, slices, texts),
    };
  }
}

/** Ranges of paths; those inside a client from that client's text alone, and remembered with it. */
function locateByClient(text: string, paths: readonly Path[], spans: Range[], slices: string[], texts: Map<string, ClientText>): Range[] {
  const result: Range[] = new Array(paths.length);
  const rest: number[] = [];
  const byClient = new Map<number, number[]>();
  paths.forEach((path, k) => {
    const c = path[1];
    if (path.length > 2 && path[0] === 'clients' && typeof c === 'number' && c >= 0 && c < slices.length) {
      const ranges = texts.get(slices[c])!.ranges;
      const known = ranges.get(keyOf(path));
      if (known) {
        result[k] = { offset: spans[c].offset + known.offset, length: known.length };
      } else {
        byClient.get(c)?.push(k) ?? byClient.set(c, [k]);
      }
    } else {
      rest.push(k);
    }
  });
  for (const [c, ks] of byClient) {
    const ranges = texts.get(slices[c])!.ranges;
    plainRanges(
      slices[c],
      ks.map((k) => paths[k].slice(2)),
    ).forEach((range, j) => {
      ranges.set(keyOf(paths[ks[j]]), range);
      result[ks[j]] = { offset: spans[c].offset + range.offset, length: range.length };
    });
  }
  plainRanges(
    text,
    rest.map((k) => paths[k]),
  ).forEach((range, j) => (result[rest[j]] = range));
  return result;
}

/** A path below a client; strings and numbers never meet at one step of a client's value. */
const keyOf = (path: Path) => path.slice(2).join('\u0000');
