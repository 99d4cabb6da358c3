/**
 * Validation of what the user types into the recording prompts, with the
 * schema's own field rules (each validator asks the zod field schema), plus the
 * cross-checks a single field can break (unique ids and numbers, due after issued).
 * A validator returns undefined when the text is acceptable, else why not.
 */
import * as z from 'zod/mini';
import { parseDate } from '../dates';
import { readDateTimeInput } from '../humanDates';
import { Message, msg } from '../messages';
import { invoiceNumberKey } from '../invoiceNumbers';
import { MAX_TEXT_LENGTH } from '../limits';
import { schemas } from '../schema';

export type Validator = (text: string) => Message | undefined;

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

/** A decimal the way people type it: `1200`, `82.50` or `82,50`. Undefined when it is not one. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,13}([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** Makes a validator accept an empty answer (a step the user may skip with Enter). */
export const optional =
  (validate: Validator): Validator =>
  (text) =>
    text.trim() === '' ? undefined : validate(text);

export const date: Validator = (text) =>
  parseDate(text.trim()) === undefined ? msg('Enter a real calendar date written YYYY-MM-DD, such as 2026-03-01.') : undefined;

/** A date alone or a date and time, with a space or a T between them (readDateTimeInput says which forms). */
export const dateOrDateTime: Validator = (text) => {
  const reading = readDateTimeInput(text);
  return reading.ok ? undefined : reading.problem;
};

/** A date on or after `earliest` (YYYY-MM-DD), such as a due date after the issue date. */
export function dateFrom(earliest: string): Validator {
  return (text) => {
    const problem = date(text);
    if (problem) {
      return problem;
    }
    const from = parseDate(earliest);
    return from !== undefined && parseDate(text.trim())! < from ? msg('The due date {0} is before the issue date {1}.', text.trim(), earliest) : undefined;
  };
}

export const clientName: Validator = (text) => (accepts(schemas().ClientSchema.shape.name, text) ? undefined : msg('Enter a name.'));

export function clientId(taken: readonly string[]): Validator {
  return (text) => {
    const id = text.trim();
    if (!accepts(schemas().ClientSchema.shape.id, id)) {
      return msg('Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit, such as acme.');
    }
    return taken.includes(id) ? msg('Another client already uses the id "{0}".', id) : undefined;
  };
}

/** How letters address the contact: any text the schema's contact fields accept (bounded in length). */
export const salutation: Validator = (text) =>
  accepts(schemas().ContactSchema.shape.salutation, text) ? undefined : msg('Write the salutation in at most {0} characters.', MAX_TEXT_LENGTH);

/** A tax id as printed: the schema's text bound; anything else a country prints (letters, digits, spaces) is the user's. */
export const taxId: Validator = (text) =>
  accepts(schemas().ClientSchema.shape.taxId, text) ? undefined : msg('Write the tax number in at most {0} characters.', MAX_TEXT_LENGTH);

export const email: Validator = (text) => (accepts(z.email(), text.trim()) ? undefined : msg('Enter an email address such as name@example.com.'));

export function invoiceNumber(taken: readonly string[]): Validator {
  const keys = new Set(taken.map(invoiceNumberKey));
  return (text) => {
    const number = text.trim();
    if (!accepts(schemas().InvoiceSchema.shape.number, number)) {
      return msg('Enter the invoice number.');
    }
    return keys.has(invoiceNumberKey(number)) ? msg('Duplicate invoice number "{0}" for this client.', number) : undefined;
  };
}

export const requestSummary: Validator = (text) =>
  accepts(schemas().RequestSchema.shape.summary, text) ? undefined : msg('Say in a few words what the client asked for.');

/** Hours a request took or will take: 0 to 10,000. */
export const requestHours: Validator = (text) => {
  const value = parseDecimal(text);
  return value !== undefined && accepts(schemas().RequestSchema.shape.hours, value) ? undefined : msg('Enter hours from 0 to 10000, such as 3 or 1.5.');
};

/** Hours worked on one day: more than 0, at most 24. */
export const workedHours: Validator = (text) => {
  const value = parseDecimal(text);
  return value !== undefined && accepts(schemas().HoursEntrySchema.shape.hours, value) ? undefined : msg('Enter hours worked that day: more than 0 and at most 24, such as 6.5.');
};

/** A whole number the contract's `key` accepts (0 to 3650), typed in digits. */
const contractCount =
  (key: 'paymentTermsDays' | 'noticeDays' | 'revisionsIncluded', problem: Message): Validator =>
  (text) =>
    /^\d{1,4}$/.test(text.trim()) && accepts(schemas().ContractSchema.shape[key], Number(text.trim())) ? undefined : problem;

/** Payment terms: a whole number of days, 0 to 3650. */
export const paymentTermsDays = contractCount('paymentTermsDays', msg('Enter a whole number of days, such as 30.'));

export const noticeDays = contractCount('noticeDays', msg('Enter a whole number of days, such as 30.'));

export const revisionsIncluded = contractCount('revisionsIncluded', msg('Enter a whole number of revision rounds, such as 2.'));

/** The contract's late fee: a percentage per month, 0 to 100. */
export const lateFeePercent: Validator = (text) => {
  const value = parseDecimal(text);
  return value !== undefined && accepts(schemas().ContractSchema.shape.lateFeePercentPerMonth, value)
    ? undefined
    : msg('Enter a percentage per month from 0 to 100, such as 1.5.');
};
