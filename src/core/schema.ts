/**
 * The client file, format version 1: the single source of the model's types
 * and of the JSON Schema that editors use for completion and hovers (with the
 * hover texts of fieldDocs.ts).
 * Field names are a public contract (see docs/client-file-v1.md).
 */
import * as z from 'zod/mini';
import { parseDate, parseDateOrDateTime, parseTimeOfDay } from './dates';
import { MAX_AMOUNT, MAX_TEXT_LENGTH } from './limits';
import { isCountryCode } from './countries';
import { isKnownCurrency } from './money';
import { CLIENT_STATUSES, CheckKind, JOURNAL_KINDS, LANGUAGES, REMINDER_STEPS, REQUEST_TYPES, WEEKDAYS } from './vocabulary';

export { MAX_TEXT_LENGTH } from './limits';
export { CHECK_KINDS, CLIENT_STATUSES, CheckKind, JOURNAL_KIND_ORDER, JOURNAL_KINDS, LANGUAGES, REMINDER_STEPS, REQUEST_TYPES, WEEKDAYS } from './vocabulary';

// abort: a value that fails its shape check is not also run through the finer check (one diagnostic, not two).
const check = (kind: CheckKind) => ({ message: kind, abort: true });


const date = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, check('date')), z.refine((s) => parseDate(s) !== undefined, check('date')));
const dateOrDateTime = () =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, check('dateTime')),
    z.refine((s) => parseDateOrDateTime(s) !== undefined, check('dateTime')),
  );
const timeOfDay = () => z.string().check(z.regex(/^\d{2}:\d{2}$/, check('time')), z.refine((s) => parseTimeOfDay(s) !== undefined, check('time')));
const currency = () => z.string().check(z.regex(/^[A-Z]{3}$/, check('currency')), z.refine(isKnownCurrency, check('currency')));
const country = () => z.string().check(z.regex(/^[A-Z]{2}$/, check('country')), z.refine(isCountryCode, check('country')));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const wholeBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const amount = () => between(0, MAX_AMOUNT);
const rate = () => between(0, 1e7);
const days = () => wholeBetween(0, 3650);
const text = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH));
const requiredText = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));
const rating = () => wholeBetween(1, 5);
// A function, not `const { optional } = z`: destructuring the namespace would keep all of zod in the bundle.
const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);

/**
 * Builds every schema of the format; see schemas(). What each field means, as
 * editors show it on hover, is in fieldDocs.ts.
 */
function buildSchemas() {
  const WorkingHoursSchema = z.looseObject({
    days: optional(z.array(z.enum(WEEKDAYS)).check(z.refine((d) => new Set(d).size === d.length, check('uniqueDays')))),
    start: optional(timeOfDay()),
    end: optional(timeOfDay()),
  });

  const FreelancerSchema = z.looseObject({
    name: optional(text()),
    email: optional(z.email()),
    currency: optional(currency()),
    standardHourlyRate: optional(rate()),
    workingHours: optional(WorkingHoursSchema),
    language: optional(z.enum(LANGUAGES)),
    // VAT or tax id as printed on invoices: tells the freelancer's own e-invoices from purchase invoices on import.
    taxId: optional(text()),
    // Optional addition: the country invoiced from, which selects the late-payment law (src/core/law).
    country: optional(country()),
  });

  const ContractSchema = z.looseObject({
    signed: optional(z.union([date(), z.null()])),
    start: optional(date()),
    hourlyRate: optional(rate()),
    paymentTermsDays: optional(days()),
    lateFeePercentPerMonth: optional(between(0, 100)),
    revisionsIncluded: optional(days()),
    extraHourlyRate: optional(rate()),
    noticeDays: optional(days()),
    scope: optional(z.array(requiredText())),
    // Optional addition: false leaves the statutory late-payment figures out where the law lets a contract waive them.
    statutoryLateFees: optional(z.boolean()),
  });

  const DeliverableSchema = z.looseObject({
    name: requiredText(),
    due: optional(date()),
    done: optional(z.boolean()),
  });

  const PaymentSchema = z.looseObject({
    date: date(),
    amount: amount(),
    note: optional(text()),
  });

  const ReminderSentSchema = z.looseObject({
    date: date(),
    step: z.enum(REMINDER_STEPS),
  });

  const InvoiceSchema = z.looseObject({
    number: requiredText(),
    issued: date(),
    due: optional(date()),
    amount: amount(),
    payments: optional(z.array(PaymentSchema)),
    reminders: optional(z.array(ReminderSentSchema)),
    note: optional(text()),
  });

  const RequestSchema = z.looseObject({
    at: dateOrDateTime(),
    summary: requiredText(),
    type: z.enum(REQUEST_TYPES),
    inScope: optional(z.boolean()),
    billed: optional(z.boolean()),
    hours: optional(between(0, 10_000)),
    // Optional addition: the day the work was delivered, true when the day is not recorded, false while it is not.
    delivered: optional(z.union([date(), z.boolean()])),
  });

  const JournalEntrySchema = z.looseObject({
    at: dateOrDateTime(),
    kind: z.enum(JOURNAL_KINDS),
    note: optional(text()),
  });

  const HoursEntrySchema = z.looseObject({
    date: date(),
    hours: z.number().check(z.gt(0), z.lte(24)),
    note: optional(text()),
  });

  const FitSchema = z.looseObject({
    enjoyment: optional(rating()),
    styleMatch: optional(rating()),
  });

  const ReferralSchema = z.looseObject({
    name: requiredText(),
    contact: optional(text()),
    note: optional(text()),
  });

  // Optional addition: salutation, how letters address the contact after the language's greeting ("Monsieur Dupont").
  const ContactSchema = z.looseObject({
    name: optional(text()),
    email: optional(z.email()),
    salutation: optional(text()),
  });

  const ClientSchema = z.looseObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, check('slug'))),
    name: requiredText(),
    contact: optional(ContactSchema),
    // The buyer's VAT or tax id: imported e-invoices are matched to the client by it.
    taxId: optional(text()),
    status: optional(z.enum(CLIENT_STATUSES)),
    // Optional addition: false for a consumer, to whom the statutory late-payment figures do not apply.
    isBusiness: optional(z.boolean()),
    currency: optional(currency()),
    contract: optional(ContractSchema),
    deliverables: optional(z.array(DeliverableSchema)),
    invoices: optional(z.array(InvoiceSchema)),
    requests: optional(z.array(RequestSchema)),
    journal: optional(z.array(JournalEntrySchema)),
    hours: optional(z.array(HoursEntrySchema)),
    fit: optional(FitSchema),
    referrals: optional(z.array(ReferralSchema)),
    notes: optional(text()),
  });

  const ClientFileSchema = z.looseObject({
    $schema: optional(z.string()),
    version: z.literal(1),
    freelancer: FreelancerSchema,
    clients: z.array(ClientSchema),
  });

  return {
    WorkingHoursSchema,
    FreelancerSchema,
    ContractSchema,
    DeliverableSchema,
    PaymentSchema,
    ReminderSentSchema,
    InvoiceSchema,
    RequestSchema,
    JournalEntrySchema,
    HoursEntrySchema,
    FitSchema,
    ReferralSchema,
    ContactSchema,
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
export type ReminderSent = z.infer<Schemas['ReminderSentSchema']>;
export type ClientRequest = z.infer<Schemas['RequestSchema']>;
export type JournalEntry = z.infer<Schemas['JournalEntrySchema']>;
export type HoursEntry = z.infer<Schemas['HoursEntrySchema']>;
export type { JournalKind } from './vocabulary';
