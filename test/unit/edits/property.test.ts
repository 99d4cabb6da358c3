/**
 * Property test of the recording operations: random sequences of
 * operations on random valid client files full of comments, unknown fields and
 * odd formatting. After every step the text must still parse and validate,
 * every comment and unknown field must still be there exactly once, the model
 * must have changed exactly as the operation says, and the line endings and
 * indentation must still be the file's own.
 *
 * Seeded and reproducible: the seed is in the test title; set
 * CLIENT_HEALTH_PROPERTY_SEED to replay it (CLIENT_HEALTH_PROPERTY_SEQUENCES
 * changes the number of sequences, CLIENT_HEALTH_PROPERTY_ONLY runs one
 * sequence index, and CLIENT_HEALTH_PROPERTY_VERBOSE=1 with it prints the text
 * after every step).
 */
import * as assert from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { readClientFile } from '../../../src/core/clientFile';
import { CLIENT_STATUSES, JOURNAL_KINDS, REQUEST_TYPES } from '../../../src/core/schema';
import { EditResult } from '../../../src/core/edits/operations';
import {
  addClient,
  logHours,
  logJournalEntry,
  logRequest,
  markContractSigned,
  markRequestBilled,
  nextInvoiceNumber,
  rateFit,
  recordInvoice,
  recordPayment,
  setStatus,
} from '../../../src/core/edits/recording';

const DEFAULT_SEED = 20260315;
const SEED = parseSeed(process.env.CLIENT_HEALTH_PROPERTY_SEED) ?? DEFAULT_SEED;
const SEQUENCES = Number(process.env.CLIENT_HEALTH_PROPERTY_SEQUENCES ?? 1000);
const ONLY = process.env.CLIENT_HEALTH_PROPERTY_ONLY === undefined ? undefined : Number(process.env.CLIENT_HEALTH_PROPERTY_ONLY);
/** With ONLY: print the generated text and the text after every step. */
const VERBOSE = process.env.CLIENT_HEALTH_PROPERTY_VERBOSE === '1';

function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined;
  }
  const n = Number(value);
  if (!Number.isInteger(n)) {
    throw new Error(`CLIENT_HEALTH_PROPERTY_SEED must be an integer, got ${JSON.stringify(value)}`);
  }
  return n >>> 0;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of one sequence, so that any sequence can be replayed on its own. */
function sequenceSeed(seed: number, index: number): number {
  return (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date in 2020-2030. */
function randomDate(r: Random): string {
  const year = r.int(2020, 2030);
  const month = r.int(1, 12);
  return `${year}-${pad(month)}-${pad(r.int(1, daysIn(year, month)))}`;
}

function randomDateTime(r: Random): string {
  return r.chance(0.2) ? randomDate(r) : `${randomDate(r)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A date `days` or fewer after `date`, kept within 2030. */
function laterDate(r: Random, date: string, days: number): string {
  const later = addDays(date, r.int(0, days));
  return later.startsWith('2031') ? date : later;
}

/** At most two decimals, as EUR allows. */
const randomAmount = (r: Random) => r.int(0, 1_000_000) / 100;
/** 0.25 to 12 hours, in quarters. */
const randomHours = (r: Random) => r.int(1, 48) / 4;

const WORDS = ['logo', 'header', 'call', 'typo', 'café', 'naïve "quoted"', 'back\\slash', 'tab\there', 'line\nbreak', 'emoji 😀', 'ünïcødé', 'a/b', '{braces}', '[brackets]', '// not a comment', '/* not a comment */'];
const randomText = (r: Random) => Array.from({ length: r.int(1, 3) }, () => r.pick(WORDS)).join(' ');

// ---------------------------------------------------------------- the file as text

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

interface Style {
  readonly unit: string;
  readonly eol: string;
}

/** Every comment and unknown field written into the text, to be found again after each edit. */
interface Markers {
  /** Full comment texts, each containing a unique tag. */
  comments: { tag: string; text: string }[];
  /** Unknown keys and values, each unique. */
  unknown: { key: string; value: string }[];
}

class Writer {
  private counter = 0;
  constructor(
    private readonly r: Random,
    private readonly style: Style,
    readonly markers: Markers,
  ) {}

  private id(): number {
    return ++this.counter;
  }

  /** A comment that can sit inside a line: always a block comment. */
  inlineComment(): string {
    const tag = `BC#${this.id()}#`;
    const text = `/* ${tag} inline */`;
    this.markers.comments.push({ tag, text });
    return text;
  }

  /** A comment that ends a line (followed by the line end): line or block, possibly multi-line. */
  endComment(depth: number): string {
    const n = this.id();
    let text: string;
    let tag: string;
    if (this.r.chance(0.6)) {
      tag = `LC#${n}#`;
      text = `// ${tag} line comment`;
    } else if (this.r.chance(0.5)) {
      tag = `BC#${n}#`;
      text = `/* ${tag} block */`;
    } else {
      tag = `BC#${n}#`;
      const inner = this.style.unit.repeat(depth + 1);
      text = `/* ${tag} multi${this.style.eol}${inner}* second line${this.style.eol}${inner}*/`;
    }
    this.markers.comments.push({ tag, text });
    return text;
  }

  /** A fresh unknown field, added to `target`; returns its key. */
  unknownField(target: Obj): string {
    const n = this.id();
    const key = `x_k${n}`;
    const value = `UF#${n}#`;
    this.markers.unknown.push({ key: JSON.stringify(key), value: JSON.stringify(value) });
    const shape = this.r.int(0, 3);
    target[key] = shape === 0 ? { note: value, n } : shape === 1 ? [value, n, true, null] : value;
    return key;
  }

  private indent(depth: number): string {
    return this.style.unit.repeat(depth);
  }

  /** A scalar, sometimes spelled differently from JSON.stringify (same value once parsed). */
  private scalar(value: Json): string {
    if (typeof value === 'number' && Number.isInteger(value) && this.r.chance(0.1)) {
      return `${value}.0`;
    }
    if (typeof value === 'string' && value.includes('/') && this.r.chance(0.5)) {
      return JSON.stringify(value).replace(/\//g, '\\/');
    }
    if (typeof value === 'string' && value.includes('é') && this.r.chance(0.5)) {
      return JSON.stringify(value).replace(/é/g, '\\u00e9');
    }
    return JSON.stringify(value);
  }

  private sep(): string {
    return this.r.pick([' ', '', '  ']);
  }

  /** One member (`"key": value` or an array element) at `depth`, on one line or not. */
  private member(key: string | undefined, value: Json, depth: number, oneLine: boolean): string {
    let head = '';
    if (key !== undefined) {
      // A known key is sometimes spelled with an escape ("\u0073tatus"): the same key once parsed.
      head = !key.startsWith('x_') && this.r.chance(0.03) ? `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(key).slice(2)}` : JSON.stringify(key);
      if (this.r.chance(0.08)) {
        head += ` ${this.inlineComment()} `;
      }
      head += ':' + this.sep();
      if (this.r.chance(0.08)) {
        head += `${this.inlineComment()} `;
      }
    }
    return head + this.value(value, depth, oneLine);
  }

  value(value: Json, depth: number, forceOneLine = false): string {
    if (value === null || typeof value !== 'object') {
      return this.scalar(value);
    }
    const isArray = Array.isArray(value);
    const entries: [string | undefined, Json][] = isArray ? value.map((v) => [undefined, v]) : Object.entries(value);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    const oneLine = forceOneLine || (depth > 0 && this.r.chance(depth >= 3 ? 0.5 : depth === 2 ? 0.25 : 0.1));
    if (entries.length === 0) {
      if (!oneLine && this.r.chance(0.3)) {
        return `${open} ${this.endComment(depth)}${this.style.eol}${this.indent(depth)}${close}`;
      }
      return this.r.chance(0.3) ? `${open} ${this.inlineComment()} ${close}` : `${open}${close}`;
    }
    const trailingComma = this.r.chance(0.2);
    if (oneLine) {
      const parts = entries.map(([k, v]) => (this.r.chance(0.1) ? `${this.inlineComment()} ` : '') + this.member(k, v, depth + 1, true));
      const between = this.r.pick([', ', ',']);
      const inner = parts.join(between) + (trailingComma ? ',' : '') + (this.r.chance(0.15) ? ` ${this.inlineComment()}` : '');
      const pad = this.r.pick([' ', '']);
      return `${open}${pad}${inner}${pad}${close}`;
    }
    const eol = this.style.eol;
    let out = open;
    if (this.r.chance(0.15)) {
      out += ` ${this.endComment(depth)}`;
    }
    out += eol;
    entries.forEach(([k, v], i) => {
      const last = i === entries.length - 1;
      if (this.r.chance(0.12)) {
        out += `${this.indent(depth + 1)}${this.endComment(depth + 1)}${eol}`;
      }
      out += this.indent(depth + 1) + (this.r.chance(0.05) ? `${this.inlineComment()} ` : '') + this.member(k, v, depth + 1, false);
      if (!last || trailingComma) {
        // Sometimes a comment or a space before the comma.
        out += this.r.chance(0.05) ? ` ${this.inlineComment()},` : this.r.chance(0.05) ? ' ,' : ',';
      }
      if (this.r.chance(0.15)) {
        out += ` ${this.endComment(depth + 1)}`;
      }
      // Sometimes trailing blanks, sometimes an empty line.
      out += (this.r.chance(0.05) ? ' \t ' : '') + eol + (this.r.chance(0.05) ? eol : '');
    });
    if (this.r.chance(0.2)) {
      // After the last element, before the closing bracket.
      out += `${this.indent(depth + 1)}${this.endComment(depth + 1)}${eol}`;
    }
    return out + this.indent(depth) + close;
  }

  file(model: Obj): string {
    const eol = this.style.eol;
    let out = '';
    if (this.r.chance(0.4)) {
      out += this.endComment(0) + eol;
    }
    // The root is always written on several lines, its first line holding a key.
    const entries = Object.entries(model);
    out += '{' + eol;
    entries.forEach(([k, v], i) => {
      const last = i === entries.length - 1;
      out += this.indent(1) + this.member(k, v, 1, false) + (last ? '' : ',');
      if (i > 0 && this.r.chance(0.15)) {
        out += ` ${this.endComment(1)}`;
      }
      out += eol;
      if (!last && this.r.chance(0.1)) {
        out += `${this.indent(1)}${this.endComment(1)}${eol}`;
      }
    });
    out += '}';
    if (this.r.chance(0.3)) {
      out += ` ${this.endComment(0)}`;
    }
    return out + (this.r.chance(0.7) ? eol : '');
  }
}

// ---------------------------------------------------------------- random valid models

interface Gen {
  readonly r: Random;
  readonly w: Writer;
  ids: number;
}

function maybeUnknown(g: Gen, target: Obj, p = 0.25): void {
  if (g.r.chance(p)) {
    g.w.unknownField(target);
  }
}

function randomInvoice(g: Gen, number: string): Obj {
  const { r } = g;
  const issued = randomDate(r);
  const invoice: Obj = { number, issued };
  if (r.chance(0.6)) {
    invoice.due = laterDate(r, issued, 60);
  }
  invoice.amount = randomAmount(r);
  if (r.chance(0.5)) {
    invoice.payments = Array.from({ length: r.int(0, 3) }, () => {
      const p: Obj = { date: randomDate(r), amount: randomAmount(r) };
      if (r.chance(0.2)) {
        p.note = randomText(r);
      }
      maybeUnknown(g, p, 0.15);
      return p;
    });
  }
  if (r.chance(0.2)) {
    invoice.note = randomText(r);
  }
  maybeUnknown(g, invoice);
  return invoice;
}

function randomRequest(r: Random): Obj {
  const req: Obj = { at: randomDateTime(r), summary: randomText(r), type: r.pick(REQUEST_TYPES) };
  if (r.chance(0.5)) {
    req.inScope = r.chance(0.5);
  }
  if (r.chance(0.5)) {
    req.billed = r.chance(0.5);
  }
  if (r.chance(0.5)) {
    req.hours = randomHours(r);
  }
  return req;
}

function randomJournal(g: Gen): Obj {
  const { r } = g;
  const entry: Obj = { at: randomDateTime(r), kind: r.pick(JOURNAL_KINDS) };
  if (r.chance(0.7)) {
    entry.note = randomText(r);
  }
  maybeUnknown(g, entry, 0.15);
  return entry;
}

function randomHoursEntry(g: Gen): Obj {
  const { r } = g;
  const entry: Obj = { date: randomDate(r), hours: randomHours(r) };
  if (r.chance(0.5)) {
    entry.note = randomText(r);
  }
  maybeUnknown(g, entry, 0.15);
  return entry;
}

const NUMBER_STYLES: ((n: number, year: number) => string)[] = [
  (n, year) => `${year}-${pad(n, 3)}`,
  (n) => `INV-${n}`,
  (n) => `A${n}b`,
  (n) => `F${pad(n, 5)}`,
];

function randomClient(g: Gen): Obj {
  const { r } = g;
  const id = `c${++g.ids}`;
  const c: Obj = {};
  // Key order is random too: the operations must not care.
  const fields: [string, () => Json | undefined][] = [
    ['contact', () => (r.chance(0.4) ? { name: randomText(r), email: `contact${g.ids}@example.com` } : undefined)],
    ['status', () => (r.chance(0.5) ? r.pick(CLIENT_STATUSES) : undefined)],
    ['currency', () => (r.chance(0.3) ? r.pick(['EUR', 'USD', 'CHF']) : undefined)],
    [
      'contract',
      () => {
        if (!r.chance(0.5)) {
          return undefined;
        }
        const contract: Obj = {};
        const s = r.int(0, 2);
        if (s === 1) {
          contract.signed = randomDate(r);
        } else if (s === 2) {
          contract.signed = null;
        }
        if (r.chance(0.5)) {
          contract.hourlyRate = r.int(20, 150);
        }
        if (r.chance(0.5)) {
          contract.paymentTermsDays = r.pick([0, 14, 30, 45]);
        }
        if (r.chance(0.4)) {
          contract.scope = ['Landing page', 'Blog migration'].slice(0, r.int(0, 2));
        }
        maybeUnknown(g, contract, 0.3);
        return contract;
      },
    ],
    ['deliverables', () => (r.chance(0.3) ? [{ name: 'Blog migration', due: randomDate(r), done: r.chance(0.5) }] : undefined)],
    [
      'invoices',
      () => {
        if (!r.chance(0.5)) {
          return undefined;
        }
        const style = r.pick(NUMBER_STYLES);
        const year = r.int(2020, 2030);
        const start = r.int(1, 120);
        return Array.from({ length: r.int(0, 3) }, (_, i) => randomInvoice(g, style(start + i, year)));
      },
    ],
    [
      'requests',
      () =>
        r.chance(0.5)
          ? Array.from({ length: r.int(0, 3) }, () => {
              const req = randomRequest(r);
              maybeUnknown(g, req, 0.15);
              return req;
            })
          : undefined,
    ],
    ['journal', () => (r.chance(0.5) ? Array.from({ length: r.int(0, 3) }, () => randomJournal(g)) : undefined)],
    ['hours', () => (r.chance(0.5) ? Array.from({ length: r.int(0, 3) }, () => randomHoursEntry(g)) : undefined)],
    [
      'fit',
      () => {
        if (!r.chance(0.4)) {
          return undefined;
        }
        const fit: Obj = {};
        if (r.chance(0.5)) {
          fit.enjoyment = r.int(1, 5);
        }
        if (r.chance(0.5)) {
          fit.styleMatch = r.int(1, 5);
        }
        maybeUnknown(g, fit, 0.2);
        return fit;
      },
    ],
    ['referrals', () => (r.chance(0.15) ? [{ name: 'Alex Rossi', note: randomText(r) }] : undefined)],
    ['notes', () => (r.chance(0.3) ? randomText(r) : undefined)],
  ];
  const head: [string, Json][] = [
    ['id', id],
    ['name', `Client ${g.ids} ${randomText(r)}`],
  ];
  const rest: [string, Json][] = [];
  for (const [key, make] of fields) {
    const value = make();
    if (value !== undefined) {
      rest.push([key, value]);
    }
  }
  // Shuffle the optional members among themselves.
  for (let i = rest.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  for (const [k, v] of [...head, ...rest]) {
    c[k] = v;
  }
  maybeUnknown(g, c, 0.5);
  return c;
}

function randomModel(g: Gen): Obj {
  const { r } = g;
  const freelancer: Obj = { name: 'Camille Martin', currency: 'EUR' };
  if (r.chance(0.3)) {
    freelancer.workingHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' };
  }
  maybeUnknown(g, freelancer, 0.4);
  const model: Obj = { version: 1, freelancer, clients: Array.from({ length: r.int(1, 3) }, () => randomClient(g)) };
  maybeUnknown(g, model, 0.5);
  return model;
}

// ---------------------------------------------------------------- operations and their expected effect

interface Step {
  /** What was done, for the failure message. */
  readonly description: string;
  readonly run: (text: string) => EditResult;
  /** The same change on a plain copy of the model. */
  readonly expect: (model: Obj) => void;
}

type ClientModel = Obj & { invoices?: Obj[]; requests?: Obj[] };

function clientsOf(model: Obj): ClientModel[] {
  return model.clients as ClientModel[];
}

function push(target: Obj, key: string, value: Json): void {
  if (!Array.isArray(target[key])) {
    target[key] = [];
  }
  target[key].push(value);
}

function randomStep(g: Gen, model: Obj): Step {
  const { r } = g;
  const clients = clientsOf(model);
  const ci = r.int(0, clients.length - 1);
  const c = clients[ci];
  const kinds = ['addClient', 'recordInvoice', 'logRequest', 'logJournalEntry', 'logHours', 'markContractSigned', 'setStatus', 'rateFit'];
  if ((c.invoices ?? []).length > 0) {
    kinds.push('recordPayment', 'recordPayment');
  }
  if ((c.requests ?? []).length > 0) {
    kinds.push('markRequestBilled', 'markRequestBilled');
  }
  const kind = r.pick(kinds);
  const at = (op: string, args: unknown) => `${op}(client ${ci}, ${JSON.stringify(args)})`;
  switch (kind) {
    case 'addClient': {
      const value: Obj = { id: `c${++g.ids}`, name: `New client ${g.ids}` };
      if (r.chance(0.5)) {
        value.status = r.pick(CLIENT_STATUSES);
      }
      if (r.chance(0.3)) {
        g.w.unknownField(value);
      }
      const v = value as { id: string; name: string };
      return { description: `addClient(${JSON.stringify(value)})`, run: (t) => addClient(t, v), expect: (m) => push(m, 'clients', structuredClone(value)) };
    }
    case 'recordInvoice': {
      const numbers = (c.invoices ?? []).map((inv) => inv.number as string);
      const issued = randomDate(r);
      let number = nextInvoiceNumber(numbers, Number(issued.slice(0, 4)));
      while (numbers.includes(number)) {
        number = `${number}-x`;
      }
      const invoice: Obj = { number, issued };
      if (r.chance(0.7)) {
        invoice.due = laterDate(r, issued, 60);
      }
      invoice.amount = randomAmount(r);
      if (r.chance(0.2)) {
        invoice.note = randomText(r);
      }
      if (r.chance(0.1)) {
        invoice.payments = [{ date: laterDate(r, issued, 30), amount: randomAmount(r) }];
      }
      return {
        description: at('recordInvoice', invoice),
        run: (t) => recordInvoice(t, ci, invoice as never),
        expect: (m) => push(clientsOf(m)[ci], 'invoices', structuredClone(invoice)),
      };
    }
    case 'recordPayment': {
      const ii = r.int(0, c.invoices!.length - 1);
      const payment: Obj = { date: randomDate(r), amount: randomAmount(r) };
      if (r.chance(0.3)) {
        payment.note = randomText(r);
      }
      return {
        description: `recordPayment(client ${ci}, invoice ${ii}, ${JSON.stringify(payment)})`,
        run: (t) => recordPayment(t, ci, ii, payment as never),
        expect: (m) => push(clientsOf(m)[ci].invoices![ii], 'payments', structuredClone(payment)),
      };
    }
    case 'logRequest': {
      const request = randomRequest(r);
      return {
        description: at('logRequest', request),
        run: (t) => logRequest(t, ci, request as never),
        expect: (m) => push(clientsOf(m)[ci], 'requests', structuredClone(request)),
      };
    }
    case 'markRequestBilled': {
      const ri = r.int(0, c.requests!.length - 1);
      return {
        description: `markRequestBilled(client ${ci}, request ${ri})`,
        run: (t) => markRequestBilled(t, ci, ri),
        expect: (m) => {
          clientsOf(m)[ci].requests![ri].billed = true;
        },
      };
    }
    case 'logJournalEntry': {
      const entry: Obj = { at: randomDateTime(r), kind: r.pick(JOURNAL_KINDS) };
      if (r.chance(0.7)) {
        entry.note = randomText(r);
      }
      return {
        description: at('logJournalEntry', entry),
        run: (t) => logJournalEntry(t, ci, entry as never),
        expect: (m) => push(clientsOf(m)[ci], 'journal', structuredClone(entry)),
      };
    }
    case 'logHours': {
      const entry: Obj = { date: randomDate(r), hours: randomHours(r) };
      if (r.chance(0.5)) {
        entry.note = randomText(r);
      }
      return {
        description: at('logHours', entry),
        run: (t) => logHours(t, ci, entry as never),
        expect: (m) => push(clientsOf(m)[ci], 'hours', structuredClone(entry)),
      };
    }
    case 'markContractSigned': {
      const signed = randomDate(r);
      return {
        description: at('markContractSigned', signed),
        run: (t) => markContractSigned(t, ci, signed),
        expect: (m) => {
          const target = clientsOf(m)[ci];
          if (!target.contract) {
            target.contract = {};
          }
          (target.contract as Obj).signed = signed;
        },
      };
    }
    case 'setStatus': {
      const status = r.pick(CLIENT_STATUSES);
      return {
        description: at('setStatus', status),
        run: (t) => setStatus(t, ci, status),
        expect: (m) => {
          clientsOf(m)[ci].status = status;
        },
      };
    }
    default: {
      const fit: { enjoyment?: number; styleMatch?: number } = {};
      const shape = r.int(0, 2);
      if (shape !== 1) {
        fit.enjoyment = r.int(1, 5);
      }
      if (shape !== 0) {
        fit.styleMatch = r.int(1, 5);
      }
      return {
        description: at('rateFit', fit),
        run: (t) => rateFit(t, ci, fit),
        expect: (m) => {
          const target = clientsOf(m)[ci];
          if (!target.fit) {
            target.fit = {};
          }
          Object.assign(target.fit as Obj, fit);
        },
      };
    }
  }
}

// ---------------------------------------------------------------- checks

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    n++;
  }
  return n;
}

/** What is wrong with `text` (empty when all is well). */
function checkText(text: string, style: Style, markers: Markers): string[] {
  const wrong: string[] = [];
  const result = readClientFile(text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !result.file) {
    wrong.push(`not valid: ${JSON.stringify(errors.map((p) => ({ code: p.code, offset: p.offset, message: p.message })))}`);
  }
  for (const c of markers.comments) {
    if (count(text, c.tag) !== 1) {
      wrong.push(`comment tag ${c.tag} found ${count(text, c.tag)} times`);
    } else if (count(text, c.text) !== 1) {
      wrong.push(`comment ${JSON.stringify(c.text)} no longer verbatim`);
    }
  }
  for (const u of markers.unknown) {
    if (count(text, u.key) !== 1) {
      wrong.push(`unknown key ${u.key} found ${count(text, u.key)} times`);
    }
    if (count(text, u.value) !== 1) {
      wrong.push(`unknown value ${u.value} found ${count(text, u.value)} times`);
    }
  }
  if (style.eol === '\r\n') {
    if (/(^|[^\r])\n/.test(text)) {
      wrong.push('a lone \\n in a CRLF file');
    }
    if (/\r(?!\n)/.test(text)) {
      wrong.push('a lone \\r in a CRLF file');
    }
  } else if (text.includes('\r')) {
    wrong.push('a \\r in an LF file');
  }
  // Indentation: only the file's own unit, whole units only.
  const unitChar = style.unit[0];
  const otherChar = unitChar === '\t' ? ' ' : '\t';
  text.split(style.eol).forEach((line, i) => {
    const lead = /^[ \t]*/.exec(line)![0];
    if (lead.includes(otherChar) || lead.length % style.unit.length !== 0) {
      wrong.push(`line ${i + 1} is indented with ${JSON.stringify(lead)}, not whole units of ${JSON.stringify(style.unit)}`);
    }
  });
  return wrong;
}

function failure(seed: number, index: number, stepIndex: number, step: string, before: string, after: string, why: string[]): string {
  return [
    `property failed: seed ${SEED} (CLIENT_HEALTH_PROPERTY_SEED=${SEED} CLIENT_HEALTH_PROPERTY_ONLY=${index}), sequence ${index} (sequence seed ${seed}), step ${stepIndex}: ${step}`,
    ...why.map((w) => `  - ${w}`),
    `text before (JSON-escaped): ${JSON.stringify(before)}`,
    `text after (JSON-escaped): ${JSON.stringify(after)}`,
    '--- text after ---',
    after,
    '--- end ---',
  ].join('\n');
}

/** Runs one sequence; returns the number of operations applied. */
function runSequence(index: number): number {
  const seed = sequenceSeed(SEED, index);
  const r = new Random(seed);
  const style: Style = { unit: r.pick(['  ', '    ', '\t']), eol: r.chance(0.5) ? '\r\n' : '\n' };
  const markers: Markers = { comments: [], unknown: [] };
  const w = new Writer(r, style, markers);
  const g: Gen = { r, w, ids: 0 };
  const model = randomModel(g);
  let text = w.file(model);

  // The generator itself must produce what it claims.
  const initial = readClientFile(text);
  const setup = checkText(text, style, markers);
  if (setup.length === 0) {
    try {
      assert.deepStrictEqual(initial.file, model);
    } catch (e) {
      setup.push(`generated model differs from the parsed one: ${(e as Error).message}`);
    }
  }
  if (setup.length > 0) {
    assert.fail(failure(seed, index, -1, 'generating the file', '', text, setup));
  }

  const log = (title: string, t: string) => {
    if (VERBOSE && ONLY !== undefined) {
      console.log(`----- ${title}\n${t}`);
    }
  };
  log(`sequence ${index}, seed ${seed}`, text);
  let expected = structuredClone(initial.file as unknown as Obj);
  const steps = r.int(1, 8);
  for (let s = 0; s < steps; s++) {
    const step = randomStep(g, expected);
    const before = text;
    const result = step.run(before);
    if (!result.ok) {
      assert.fail(failure(seed, index, s, step.description, before, before, [`refused a valid text, offset ${result.offset}`]));
    }
    const after = applyEdits(before, result.edits);
    const why = checkText(after, style, markers);
    const next = structuredClone(expected);
    step.expect(next);
    const actual = readClientFile(after).file;
    if (why.length === 0) {
      try {
        assert.deepStrictEqual(actual, next);
      } catch (e) {
        why.push(`model did not change exactly as the operation says: ${(e as Error).message}`);
      }
    }
    if (why.length > 0) {
      assert.fail(failure(seed, index, s, step.description, before, after, why));
    }
    log(`after step ${s}: ${step.description}`, after);
    text = after;
    expected = next;
  }
  return steps;
}

describe('recording operations: property', function () {
  this.timeout(120_000);

  it(`${ONLY === undefined ? SEQUENCES : 1} random sequences of 1-8 operations keep the file valid, every comment and unknown field, the formatting, and change the model exactly (seed ${SEED})`, () => {
    let operations = 0;
    if (ONLY !== undefined) {
      operations += runSequence(ONLY);
    } else {
      for (let i = 0; i < SEQUENCES; i++) {
        operations += runSequence(i);
      }
    }
    assert.ok(operations >= (ONLY === undefined ? SEQUENCES : 1));
  });

  it('mulberry32 is reproducible: the same seed gives the same numbers', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    assert.deepStrictEqual(first, Array.from({ length: 5 }, () => b()));
    assert.ok(first.every((x) => x >= 0 && x < 1));
    assert.notDeepStrictEqual(first, Array.from({ length: 5 }, mulberry32(43)));
  });
});
