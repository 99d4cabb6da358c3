/**
 * What each chat tool accepts, as zod schemas: the same schemas validate a
 * model's input at run time and, turned into JSON Schema (scripts/lmTools.mjs),
 * describe it in package.json. Known keys only: a model's extra key is an error
 * it can read and correct, never a field written to the client file.
 */
import * as z from 'zod/mini';
import { LEVELS } from '../health/types';
import { schemas } from '../schema';
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
  });
  // Each entry as the file holds it, from the format's own schemas, with no key the format does not know.
  const record = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('payment'), clientId: CLIENT_ID, folder: z.optional(FOLDER), invoice: s.InvoiceSchema.shape.number, ...s.PaymentSchema.shape }),
    z.strictObject({ kind: z.literal('invoice'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...pick(s.InvoiceSchema.shape, ['number', 'issued', 'due', 'amount', 'note']) }),
    z.strictObject({ kind: z.literal('request'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...pick(s.RequestSchema.shape, ['at', 'summary', 'type', 'inScope', 'billed', 'hours']) }),
    // The journal entry's own `kind` is `entryKind` here: `kind` names the operation.
    z.strictObject({ kind: z.literal('journal'), clientId: CLIENT_ID, folder: z.optional(FOLDER), at: s.JournalEntrySchema.shape.at, entryKind: s.JournalEntrySchema.shape.kind, note: s.JournalEntrySchema.shape.note }),
    z.strictObject({ kind: z.literal('hours'), clientId: CLIENT_ID, folder: z.optional(FOLDER), ...s.HoursEntrySchema.shape }),
  ]);
  return { clients, client, draft, record };
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

/** A zod error as one plain sentence per problem, for the model to correct its input. */
export function inputProblems(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`).join('; ');
}
