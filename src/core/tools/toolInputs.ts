/**
 * What each chat tool accepts, as zod schemas: the same schemas validate a
 * model's input at run time and, turned into JSON Schema (scripts/lmTools.mjs),
 * describe it in package.json. Known keys only: a model's extra key is an error
 * it can read and correct, never a field written to the client file.
 */
import * as z from 'zod/mini';
import { LEVELS } from '../health/types';
import { describeValue, issueMessage } from '../issues';
import { formatMessage } from '../messages';
import { CHECK_KINDS, schemas } from '../schema';
import { CLAUSE_IDS, TERMINATION_REASONS } from '../draftIds';
import { LANGUAGES, REMINDER_STEPS } from '../vocabulary';

const CLIENT_ID = z.string().check(z.minLength(1), z.maxLength(64));
const FOLDER = z.string().check(z.maxLength(260));

export const DRAFT_KINDS = ['statement', 'reminder', 'changeOrder', 'terminationEmail', 'terminationAgreement', 'offboardingChecklist', 'clause'] as const;
export const RECORD_KINDS = ['payment', 'invoice', 'request', 'journal', 'hours'] as const;

/** Built on first use, as the file's own schemas are (schema.ts). */
function build() {
  const s = schemas();
  const clients = z.strictObject({
    minLevel: z.optional(z.enum(LEVELS)),
    folder: z.optional(FOLDER),
    clientId: z.optional(CLIENT_ID),
  });
  const client = z.strictObject({
    clientId: CLIENT_ID,
    folder: z.optional(FOLDER),
    includeNotes: z.optional(z.boolean()),
    includeContact: z.optional(z.boolean()),
  });
  const draft = z.strictObject({
    clientId: CLIENT_ID,
    folder: z.optional(FOLDER),
    kind: z.enum(DRAFT_KINDS),
    language: z.optional(z.enum(LANGUAGES)),
    step: z.optional(z.enum(REMINDER_STEPS)),
    reason: z.optional(z.enum(TERMINATION_REASONS)),
    clause: z.optional(z.enum(CLAUSE_IDS)),
    includeContact: z.optional(z.boolean()),
  });
  // Each entry as the file holds it, from the format's own schemas, with no key the format does not know.
  const recordKinds = {
    payment: z.strictObject({ kind: z.literal('payment'), clientId: CLIENT_ID, folder: z.optional(FOLDER), invoice: s.InvoiceSchema.shape.number, ...s.PaymentSchema.shape }),
    invoice: z.strictObject({ kind: z.literal('invoice'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...pick(s.InvoiceSchema.shape, ['number', 'issued', 'due', 'amount', 'note']) }),
    request: z.strictObject({ kind: z.literal('request'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...pick(s.RequestSchema.shape, ['at', 'summary', 'type', 'inScope', 'billed', 'hours']) }),
    // The journal entry's own `kind` is `entryKind` here: `kind` names the operation.
    journal: z.strictObject({ kind: z.literal('journal'), clientId: CLIENT_ID, folder: z.optional(FOLDER), at: s.JournalEntrySchema.shape.at, entryKind: s.JournalEntrySchema.shape.kind, note: s.JournalEntrySchema.shape.note }),
    hours: z.strictObject({ kind: z.literal('hours'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...s.HoursEntrySchema.shape }),
  };
  const record = z.discriminatedUnion('kind', [recordKinds.payment, recordKinds.invoice, recordKinds.request, recordKinds.journal, recordKinds.hours]);
  return { clients, client, draft, record, recordKinds };
}

function pick<T extends Record<string, unknown>, K extends keyof T>(shape: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) {
    picked[key] = shape[key];
  }
  return picked;
}

let built: ReturnType<typeof build> | undefined;
export const toolInputs = () => (built ??= build());

export type ClientsInput = z.infer<ReturnType<typeof build>['clients']>;
export type ClientInput = z.infer<ReturnType<typeof build>['client']>;
export type DraftToolInput = z.infer<ReturnType<typeof build>['draft']>;
export type RecordInput = z.infer<ReturnType<typeof build>['record']>;

export type InputName = 'clients' | 'client' | 'draft' | 'record';

/** The keys an input may have: for the record tool, those of the kind it names, if it names one. */
function keysOf(input: InputName, raw: unknown): { readonly keys: readonly string[]; readonly kind?: string } {
  const inputs = toolInputs();
  const kind = input === 'record' && typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).kind : undefined;
  if (input === 'record') {
    const branch = typeof kind === 'string' && Object.hasOwn(inputs.recordKinds, kind) ? inputs.recordKinds[kind as RecordKind] : undefined;
    return branch ? { keys: Object.keys(branch.shape), kind: kind as string } : { keys: ['kind', 'clientId', 'folder'] };
  }
  return { keys: Object.keys(inputs[input].shape) };
}

type RecordKind = (typeof RECORD_KINDS)[number];

const valueAt = (raw: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);

/**
 * A zod error as plain sentences a model can correct its input from: each names the key, what it must be and
 * what was found, in the words the client file's own problems use (issues.ts).
 */
export function inputProblems(error: z.core.$ZodError, raw: unknown, input: InputName): string {
  const sentences = error.issues.map((issue) => {
    const key = issue.path.at(-1);
    const value = valueAt(raw, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const { keys, kind } = keysOf(input, raw);
      const names = issue.keys.map((k) => `"${k}"`).join(', ');
      return `${names} ${issue.keys.length === 1 ? 'is not a key' : 'are not keys'} this tool takes${kind ? ` for kind ${kind}` : ''}; it takes ${keys.join(', ')}.`;
    }
    if (key === undefined) {
      return `the input must be a JSON object {…}; found ${describeValue(value)}.`;
    }
    // A discriminated union whose `kind` matches none of its branches: zod lists the branches' values in `options`.
    const options = issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String).join(', ') : undefined;
    if (options !== undefined) {
      return value === undefined ? `missing required field "${String(key)}": one of ${options}.` : `"${String(key)}" must be one of ${options}; found ${describeValue(value)}.`;
    }
    const text = formatMessage(issueMessage(issue, value, typeof key === 'symbol' ? String(key) : key));
    // The file's checks (dates, times) say what is expected without naming the key: name it here.
    return CHECK_KINDS.includes(issue.message) ? `"${String(key)}": ${lowerFirst(text)}` : text;
  });
  return `Invalid input: ${sentences.map((sentence, i) => (i === 0 ? lowerFirst(sentence) : sentence)).join(' ')}`;
}

/** The first letter in lower case, unless the sentence starts with a quoted key. */
const lowerFirst = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);
