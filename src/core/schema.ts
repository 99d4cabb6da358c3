/**
 * The client file, format version 1: the single source of the model's types
 * and of the JSON Schema that editors use for completion and hovers.
 * Field names are a public contract (see shared/client-file-v1.md).
 */
import * as z from 'zod/mini';
import { parseDate, parseDateOrDateTime, parseTimeOfDay } from './dates';
import { isKnownCurrency } from './money';
import { CLIENT_STATUSES, CheckKind, JOURNAL_KINDS, LANGUAGES, REQUEST_TYPES, WEEKDAYS } from './vocabulary';

export { CHECK_KINDS, CLIENT_STATUSES, CheckKind, JOURNAL_KINDS, LANGUAGES, REQUEST_TYPES, WEEKDAYS } from './vocabulary';

// abort: a value that fails its shape check is not also run through the finer check (one diagnostic, not two).
const check = (kind: CheckKind) => ({ message: kind, abort: true });

const MAX_AMOUNT = 1e12;

/** Attaches the description the JSON Schema shows in hovers; unlike a describe check, it costs nothing per parse. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}

const date = (description: string) =>
  described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, check('date')), z.refine((s) => parseDate(s) !== undefined, check('date'))), description);

const dateOrDateTime = (description: string) =>
  described(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, check('dateTime')),
      z.refine((s) => parseDateOrDateTime(s) !== undefined, check('dateTime')),
    ),
    description,
  );

const timeOfDay = (description: string) =>
  described(z.string().check(z.regex(/^\d{2}:\d{2}$/, check('time')), z.refine((s) => parseTimeOfDay(s) !== undefined, check('time'))), description);

const currency = (description: string) =>
  described(z.string().check(z.regex(/^[A-Z]{3}$/, check('currency')), z.refine(isKnownCurrency, check('currency'))), description);

const between = (min: number, max: number, description: string) => described(z.number().check(z.gte(min), z.lte(max)), description);
const wholeBetween = (min: number, max: number, description: string) => described(z.int().check(z.gte(min), z.lte(max)), description);
const amount = (description: string) => between(0, MAX_AMOUNT, description);
const rate = (description: string) => between(0, 1e7, description);
const days = (description: string) => wholeBetween(0, 3650, description);
const text = (description: string) => described(z.string().check(z.maxLength(100_000)), description);
const requiredText = (description: string) => described(z.string().check(z.trim(), z.minLength(1), z.maxLength(100_000)), description);
const rating = (description: string) => wholeBetween(1, 5, description);
const flag = (description: string) => described(z.boolean(), description);
const oneOf = <const T extends readonly string[]>(values: T, description: string) => described(z.enum(values), description);
const listOf = <T extends z.ZodMiniType>(item: T, description: string) => described(z.array(item), description);
const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);

/** Builds every schema of the format; see schemas(). */
function buildSchemas() {
  const WorkingHoursSchema = described(
    z.looseObject({
      days: optional(
        described(
          z.array(oneOf(WEEKDAYS, 'A working day: mon, tue, wed, thu, fri, sat or sun.')).check(z.refine((d) => new Set(d).size === d.length, check('uniqueDays'))),
          'The days you work. Default: mon to fri.',
        ),
      ),
      start: optional(timeOfDay('When your working day starts, HH:MM (24-hour). Default 09:00.')),
      end: optional(timeOfDay('When your working day ends, HH:MM (24-hour). Default 18:00. Earlier than start means the day runs past midnight.')),
    }),
    'Your working hours: contact outside them counts as after-hours. Default: mon-fri 09:00-18:00.',
  );

  const FreelancerSchema = described(
    z.looseObject({
      name: optional(text('Your name, as it appears on drafts and statements.')),
      email: optional(described(z.email(), 'Your email address, for drafts.')),
      currency: optional(currency('Default currency for every client, an ISO 4217 code such as EUR, USD, TRY or JPY.')),
      standardHourlyRate: optional(rate("Today's hourly rate for new work; clients well below it have been outgrown.")),
      workingHours: optional(WorkingHoursSchema),
      language: optional(oneOf(LANGUAGES, 'Language of drafted emails, statements and clauses: en, fr, it or tr.')),
    }),
    'You, the freelancer.',
  );

  const ContractSchema = described(
    z.looseObject({
      signed: optional(
        described(
          z.union([date('The date the client signed the contract, YYYY-MM-DD.'), z.null()]),
          'The date the contract was signed, YYYY-MM-DD; absent or null when it is not signed.',
        ),
      ),
      start: optional(date('The date work under the contract started, YYYY-MM-DD.')),
      hourlyRate: optional(rate('The agreed hourly rate, in the client currency.')),
      paymentTermsDays: optional(days('Days the client has to pay an invoice (net 30 = 30). Default 30.')),
      lateFeePercentPerMonth: optional(between(0, 100, 'Late fee the contract allows, in percent of the overdue balance per month.')),
      revisionsIncluded: optional(days('Revision rounds included in the price; further revisions are extra work.')),
      extraHourlyRate: optional(rate('Hourly rate for out-of-scope work and extra revisions.')),
      noticeDays: optional(days('Notice period in days before the relationship can end.')),
      scope: optional(listOf(requiredText('One item of the agreed scope.'), 'What the contract covers, item by item.')),
    }),
    'The contract terms. Absent: no contract.',
  );

  const DeliverableSchema = described(
    z.looseObject({
      name: requiredText('What is to be delivered.'),
      due: optional(date('When it is due, YYYY-MM-DD.')),
      done: optional(flag('True once delivered.')),
    }),
    'Something you owe the client.',
  );

  const PaymentSchema = described(
    z.looseObject({
      date: date('When the payment arrived, YYYY-MM-DD.'),
      amount: amount('How much was paid, in the client currency.'),
      note: optional(text('A note about the payment.')),
    }),
    'A payment received against this invoice.',
  );

  const InvoiceSchema = described(
    z.looseObject({
      number: requiredText('The invoice number, unique for this client.'),
      issued: date('The date the invoice was issued, YYYY-MM-DD.'),
      due: optional(date('The due date, YYYY-MM-DD. Default: issued plus the contract payment terms.')),
      amount: amount('The invoiced amount, in the client currency.'),
      payments: optional(listOf(PaymentSchema, 'Payments received against this invoice.')),
      note: optional(text('A note about the invoice.')),
    }),
    'An invoice sent to the client.',
  );

  const RequestSchema = described(
    z.looseObject({
      at: dateOrDateTime('When the request came in: YYYY-MM-DDTHH:MM local time, or a date.'),
      summary: requiredText('What the client asked for, in a few words.'),
      type: oneOf(REQUEST_TYPES, 'revision: another round on agreed work; change: different from what was agreed; feature: something new.'),
      inScope: optional(flag('Whether the contract covers it. Default: true for a revision, false otherwise.')),
      billed: optional(flag('Whether it has been billed. Default false.')),
      hours: optional(between(0, 10_000, 'Hours it took or will take.')),
    }),
    'A request from the client, logged as it came.',
  );

  const JournalEntrySchema = described(
    z.looseObject({
      at: dateOrDateTime('When it happened: YYYY-MM-DDTHH:MM local time, or a date.'),
      kind: oneOf(
        JOURNAL_KINDS,
        'What happened: abusive, unethical, afterHoursContact, urgentDemand, discountRequest, refusedContract, missedMeeting, negative, positive or note.',
      ),
      note: optional(text('What happened, in your words: the paper trail.')),
    }),
    'An entry in the journal of the relationship.',
  );

  const HoursEntrySchema = described(
    z.looseObject({
      date: date('The day the work was done, YYYY-MM-DD.'),
      hours: described(z.number().check(z.gt(0), z.lte(24)), 'Hours worked that day, more than 0 and at most 24.'),
      note: optional(text('What the hours were spent on.')),
    }),
    'Hours worked for the client.',
  );

  const FitSchema = described(
    z.looseObject({
      enjoyment: optional(rating('How much you enjoy the work, from 1 (you dread it) to 5 (you love it).')),
      styleMatch: optional(rating('How well your style and philosophy match theirs, from 1 (not at all) to 5 (perfectly).')),
    }),
    'How you feel about the fit.',
  );

  const ReferralSchema = described(
    z.looseObject({
      name: requiredText('Who you would recommend.'),
      contact: optional(text('How to reach them.')),
      note: optional(text('Why they would fit.')),
    }),
    'A freelancer you could recommend to this client.',
  );

  const ClientSchema = described(
    z.looseObject({
      id: described(
        z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, check('slug'))),
        'A short unique id for the client: letters, digits, dot, dash or underscore, e.g. acme.',
      ),
      name: requiredText('The client name.'),
      contact: optional(
        described(
          z.looseObject({
            name: optional(text('Your contact person at the client.')),
            email: optional(described(z.email(), 'Their email address.')),
          }),
          'Your contact person at the client.',
        ),
      ),
      status: optional(oneOf(CLIENT_STATUSES, 'active, ending (notice given) or ended. Default active; an ended client yields no signals.')),
      currency: optional(currency('The client currency, ISO 4217; overrides freelancer.currency.')),
      contract: optional(ContractSchema),
      deliverables: optional(listOf(DeliverableSchema, 'What you still owe or have delivered.')),
      invoices: optional(listOf(InvoiceSchema, 'Invoices sent to the client.')),
      requests: optional(listOf(RequestSchema, 'What the client asked for, as it came.')),
      journal: optional(listOf(JournalEntrySchema, 'The paper trail: calls, demands, incidents.')),
      hours: optional(listOf(HoursEntrySchema, 'Hours worked for the client.')),
      fit: optional(FitSchema),
      referrals: optional(listOf(ReferralSchema, 'Freelancers you could recommend instead.')),
      notes: optional(text('Free text.')),
    }),
    'A client of this workspace.',
  );

  const ClientFileSchema = described(
    z.looseObject({
      $schema: optional(described(z.string(), 'The JSON Schema of this file, for editors.')),
      version: described(z.literal(1), 'Format version of this file; 1.'),
      freelancer: FreelancerSchema,
      clients: listOf(ClientSchema, 'The clients of this workspace.'),
    }),
    'Client Health: the private record of your clients in this workspace.',
  );

  return {
    WorkingHoursSchema,
    FreelancerSchema,
    ContractSchema,
    DeliverableSchema,
    PaymentSchema,
    InvoiceSchema,
    RequestSchema,
    JournalEntrySchema,
    HoursEntrySchema,
    FitSchema,
    ReferralSchema,
    ClientSchema,
    ClientFileSchema,
  };
}

export type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;

/**
 * The format's zod schemas, built on first use: building them is most of the
 * time to load the extension's bundle, and the parts of the extension that never
 * validate a file (a window without one) should not pay for it.
 */
export function schemas(): Schemas {
  return (built ??= buildSchemas());
}

export type ClientFile = z.infer<Schemas['ClientFileSchema']>;
export type Freelancer = z.infer<Schemas['FreelancerSchema']>;
export type Client = z.infer<Schemas['ClientSchema']>;
export type Contract = z.infer<Schemas['ContractSchema']>;
export type Invoice = z.infer<Schemas['InvoiceSchema']>;
export type Payment = z.infer<Schemas['PaymentSchema']>;
export type ClientRequest = z.infer<Schemas['RequestSchema']>;
export type JournalEntry = z.infer<Schemas['JournalEntrySchema']>;
export type HoursEntry = z.infer<Schemas['HoursEntrySchema']>;
export type { JournalKind } from './vocabulary';
