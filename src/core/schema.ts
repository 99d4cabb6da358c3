/**
 * The client file, format version 1: the single source of the model's types
 * and of the JSON Schema that editors use for completion and hovers.
 * Field names are a public contract (see shared/client-file-v1.md).
 */
import * as z from 'zod';
import { parseDate, parseDateOrDateTime, parseTimeOfDay } from './dates';
import { isKnownCurrency } from './money';

/** Why a format check failed; carried as the message, which the issue mapper turns into words. */
export type CheckKind = 'date' | 'dateTime' | 'time' | 'currency' | 'slug' | 'uniqueDays';
export const CHECK_KINDS: readonly string[] = ['date', 'dateTime', 'time', 'currency', 'slug', 'uniqueDays'];

// abort: a value that fails its shape check is not also run through the finer check (one diagnostic, not two).
const check = (kind: CheckKind) => ({ message: kind, abort: true });

const MAX_AMOUNT = 1e12;

const date = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, check('date'))
    .refine((s) => parseDate(s) !== undefined, check('date'))
    .describe(description);

const dateOrDateTime = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, check('dateTime'))
    .refine((s) => parseDateOrDateTime(s) !== undefined, check('dateTime'))
    .describe(description);

const timeOfDay = (description: string) =>
  z
    .string()
    .regex(/^\d{2}:\d{2}$/, check('time'))
    .refine((s) => parseTimeOfDay(s) !== undefined, check('time'))
    .describe(description);

const currency = (description: string) =>
  z
    .string()
    .regex(/^[A-Z]{3}$/, check('currency'))
    .refine(isKnownCurrency, check('currency'))
    .describe(description);

const amount = (description: string) => z.number().min(0).max(MAX_AMOUNT).describe(description);
const rate = (description: string) => z.number().min(0).max(1e7).describe(description);
const days = (description: string) => z.number().int().min(0).max(3650).describe(description);
const text = (description: string) => z.string().max(100_000).describe(description);
const requiredText = (description: string) => z.string().trim().min(1).max(100_000).describe(description);
const rating = (description: string) => z.number().int().min(1).max(5).describe(description);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LANGUAGES = ['en', 'fr', 'it', 'tr'] as const;
export const CLIENT_STATUSES = ['active', 'ending', 'ended'] as const;
export const REQUEST_TYPES = ['revision', 'change', 'feature'] as const;
export const JOURNAL_KINDS = [
  'abusive',
  'unethical',
  'afterHoursContact',
  'urgentDemand',
  'discountRequest',
  'refusedContract',
  'missedMeeting',
  'negative',
  'positive',
  'note',
] as const;

export const WorkingHoursSchema = z
  .looseObject({
    days: z
      .array(z.enum(WEEKDAYS).describe('A working day: mon, tue, wed, thu, fri, sat or sun.'))
      .refine((d) => new Set(d).size === d.length, check('uniqueDays'))
      .describe('The days you work. Default: mon to fri.')
      .optional(),
    start: timeOfDay('When your working day starts, HH:MM (24-hour). Default 09:00.').optional(),
    end: timeOfDay('When your working day ends, HH:MM (24-hour). Default 18:00. Earlier than start means the day runs past midnight.').optional(),
  })
  .describe('Your working hours: contact outside them counts as after-hours. Default: mon-fri 09:00-18:00.');

export const FreelancerSchema = z
  .looseObject({
    name: text('Your name, as it appears on drafts and statements.').optional(),
    email: z.email().describe('Your email address, for drafts.').optional(),
    currency: currency('Default currency for every client, an ISO 4217 code such as EUR, USD, TRY or JPY.').optional(),
    standardHourlyRate: rate("Today's hourly rate for new work; clients well below it have been outgrown.").optional(),
    workingHours: WorkingHoursSchema.optional(),
    language: z.enum(LANGUAGES).describe('Language of drafted emails, statements and clauses: en, fr, it or tr.').optional(),
  })
  .describe('You, the freelancer.');

export const ContractSchema = z
  .looseObject({
    signed: z
      .union([date('The date the client signed the contract, YYYY-MM-DD.'), z.null()])
      .describe('The date the contract was signed, YYYY-MM-DD; absent or null when it is not signed.')
      .optional(),
    start: date('The date work under the contract started, YYYY-MM-DD.').optional(),
    hourlyRate: rate('The agreed hourly rate, in the client currency.').optional(),
    paymentTermsDays: days('Days the client has to pay an invoice (net 30 = 30). Default 30.').optional(),
    lateFeePercentPerMonth: z.number().min(0).max(100).describe('Late fee the contract allows, in percent of the overdue balance per month.').optional(),
    revisionsIncluded: days('Revision rounds included in the price; further revisions are extra work.').optional(),
    extraHourlyRate: rate('Hourly rate for out-of-scope work and extra revisions.').optional(),
    noticeDays: days('Notice period in days before the relationship can end.').optional(),
    scope: z.array(requiredText('One item of the agreed scope.')).describe('What the contract covers, item by item.').optional(),
  })
  .describe('The contract terms. Absent: no contract.');

export const DeliverableSchema = z
  .looseObject({
    name: requiredText('What is to be delivered.'),
    due: date('When it is due, YYYY-MM-DD.').optional(),
    done: z.boolean().describe('True once delivered.').optional(),
  })
  .describe('Something you owe the client.');

export const PaymentSchema = z
  .looseObject({
    date: date('When the payment arrived, YYYY-MM-DD.'),
    amount: amount('How much was paid, in the client currency.'),
    note: text('A note about the payment.').optional(),
  })
  .describe('A payment received against this invoice.');

export const InvoiceSchema = z
  .looseObject({
    number: requiredText('The invoice number, unique for this client.'),
    issued: date('The date the invoice was issued, YYYY-MM-DD.'),
    due: date('The due date, YYYY-MM-DD. Default: issued plus the contract payment terms.').optional(),
    amount: amount('The invoiced amount, in the client currency.'),
    payments: z.array(PaymentSchema).describe('Payments received against this invoice.').optional(),
    note: text('A note about the invoice.').optional(),
  })
  .describe('An invoice sent to the client.');

export const RequestSchema = z
  .looseObject({
    at: dateOrDateTime('When the request came in: YYYY-MM-DDTHH:MM local time, or a date.'),
    summary: requiredText('What the client asked for, in a few words.'),
    type: z.enum(REQUEST_TYPES).describe('revision: another round on agreed work; change: different from what was agreed; feature: something new.'),
    inScope: z.boolean().describe('Whether the contract covers it. Default: true for a revision, false otherwise.').optional(),
    billed: z.boolean().describe('Whether it has been billed. Default false.').optional(),
    hours: z.number().min(0).max(10_000).describe('Hours it took or will take.').optional(),
  })
  .describe('A request from the client, logged as it came.');

export const JournalEntrySchema = z
  .looseObject({
    at: dateOrDateTime('When it happened: YYYY-MM-DDTHH:MM local time, or a date.'),
    kind: z
      .enum(JOURNAL_KINDS)
      .describe(
        'What happened: abusive, unethical, afterHoursContact, urgentDemand, discountRequest, refusedContract, missedMeeting, negative, positive or note.',
      ),
    note: text('What happened, in your words: the paper trail.').optional(),
  })
  .describe('An entry in the journal of the relationship.');

export const HoursEntrySchema = z
  .looseObject({
    date: date('The day the work was done, YYYY-MM-DD.'),
    hours: z.number().gt(0).max(24).describe('Hours worked that day, more than 0 and at most 24.'),
    note: text('What the hours were spent on.').optional(),
  })
  .describe('Hours worked for the client.');

export const FitSchema = z
  .looseObject({
    enjoyment: rating('How much you enjoy the work, from 1 (you dread it) to 5 (you love it).').optional(),
    styleMatch: rating('How well your style and philosophy match theirs, from 1 (not at all) to 5 (perfectly).').optional(),
  })
  .describe('How you feel about the fit.');

export const ReferralSchema = z
  .looseObject({
    name: requiredText('Who you would recommend.'),
    contact: text('How to reach them.').optional(),
    note: text('Why they would fit.').optional(),
  })
  .describe('A freelancer you could recommend to this client.');

export const ClientSchema = z
  .looseObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, check('slug'))
      .describe('A short unique id for the client: letters, digits, dot, dash or underscore, e.g. acme.'),
    name: requiredText('The client name.'),
    contact: z
      .looseObject({
        name: text('Your contact person at the client.').optional(),
        email: z.email().describe('Their email address.').optional(),
      })
      .describe('Your contact person at the client.')
      .optional(),
    status: z.enum(CLIENT_STATUSES).describe('active, ending (notice given) or ended. Default active; an ended client yields no signals.').optional(),
    currency: currency('The client currency, ISO 4217; overrides freelancer.currency.').optional(),
    contract: ContractSchema.optional(),
    deliverables: z.array(DeliverableSchema).describe('What you still owe or have delivered.').optional(),
    invoices: z.array(InvoiceSchema).describe('Invoices sent to the client.').optional(),
    requests: z.array(RequestSchema).describe('What the client asked for, as it came.').optional(),
    journal: z.array(JournalEntrySchema).describe('The paper trail: calls, demands, incidents.').optional(),
    hours: z.array(HoursEntrySchema).describe('Hours worked for the client.').optional(),
    fit: FitSchema.optional(),
    referrals: z.array(ReferralSchema).describe('Freelancers you could recommend instead.').optional(),
    notes: text('Free text.').optional(),
  })
  .describe('A client of this workspace.');

export const ClientFileSchema = z
  .looseObject({
    $schema: z.string().describe('The JSON Schema of this file, for editors.').optional(),
    version: z.literal(1).describe('Format version of this file; 1.'),
    freelancer: FreelancerSchema,
    clients: z.array(ClientSchema).describe('The clients of this workspace.'),
  })
  .describe('Client Health: the private record of your clients in this workspace.');

export type ClientFile = z.infer<typeof ClientFileSchema>;
export type Freelancer = z.infer<typeof FreelancerSchema>;
export type Client = z.infer<typeof ClientSchema>;
export type Contract = z.infer<typeof ContractSchema>;
export type Invoice = z.infer<typeof InvoiceSchema>;
export type Payment = z.infer<typeof PaymentSchema>;
export type ClientRequest = z.infer<typeof RequestSchema>;
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type HoursEntry = z.infer<typeof HoursEntrySchema>;
export type JournalKind = (typeof JOURNAL_KINDS)[number];
