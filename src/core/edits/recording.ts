/**
 * The recording operations of the client file, as text edits (see operations.ts).
 * Each takes the current text and returns edits, or the offset of the first
 * syntax error when the text cannot be edited safely.
 */
import { Edit, applyEdits } from 'jsonc-parser';
import { ClientField, FieldValue, fieldPath } from '../clientFields';
import { ClientRequest, HoursEntry, Invoice, JournalEntry, Payment, ReminderSent } from '../schema';
import { EditResult, appendTo, parse, setValue } from './operations';
import { invoiceNumberKey } from '../invoiceNumbers';

type ClientStatus = 'active' | 'ending' | 'ended';

/** Runs several operations one after the other and returns them as one edit of the original text. */
function chain(text: string, steps: ((current: string) => EditResult)[]): EditResult {
  const { errorOffset } = parse(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  if (errorOffset !== undefined) {
    return { ok: false, offset: errorOffset };
  }
  let current = text;
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) {
      return result;
    }
    current = applyEdits(current, result.edits);
  }
  return { ok: true, edits: [spanEdit(text, current)] };
}

/** The smallest single edit that turns `before` into `after`. */
export function spanEdit(before: string, after: string): Edit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, content: after.slice(start, endAfter) };
}

const client = (index: number) => ['clients', index];

export const addClient = (text: string, value: { id: string; name: string; status?: ClientStatus; [key: string]: unknown }) =>
  appendTo(text, ['clients'], value, true);

export const recordInvoice = (text: string, clientIndex: number, invoice: Invoice) => appendTo(text, [...client(clientIndex), 'invoices'], invoice);

export const recordPayment = (text: string, clientIndex: number, invoiceIndex: number, payment: Payment) =>
  appendTo(text, [...client(clientIndex), 'invoices', invoiceIndex, 'payments'], payment);

export const recordReminder = (text: string, clientIndex: number, invoiceIndex: number, reminder: ReminderSent) =>
  appendTo(text, [...client(clientIndex), 'invoices', invoiceIndex, 'reminders'], reminder);

export const logRequest = (text: string, clientIndex: number, request: ClientRequest) => appendTo(text, [...client(clientIndex), 'requests'], request);

export const markRequestBilled = (text: string, clientIndex: number, requestIndex: number) =>
  setValue(text, [...client(clientIndex), 'requests', requestIndex, 'billed'], true);

export const markRequestDelivered = (text: string, clientIndex: number, requestIndex: number, on: string) =>
  setValue(text, [...client(clientIndex), 'requests', requestIndex, 'delivered'], on);

export const logJournalEntry = (text: string, clientIndex: number, entry: JournalEntry) => appendTo(text, [...client(clientIndex), 'journal'], entry);

export const logHours = (text: string, clientIndex: number, entry: HoursEntry) => appendTo(text, [...client(clientIndex), 'hours'], entry);

export const markContractSigned = (text: string, clientIndex: number, signed: string) =>
  setValue(text, [...client(clientIndex), 'contract', 'signed'], signed);

/** Sets one contact or contract field; undefined removes it. */
export const setClientField = (text: string, clientIndex: number, field: ClientField, value: FieldValue | undefined) =>
  setValue(text, [...client(clientIndex), ...fieldPath(field)], value);

export const setStatus = (text: string, clientIndex: number, status: ClientStatus) => setValue(text, [...client(clientIndex), 'status'], status);

export function rateFit(text: string, clientIndex: number, fit: { enjoyment?: number; styleMatch?: number }): EditResult {
  const steps = (Object.entries(fit) as [string, number | undefined][])
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (current: string) => setValue(current, [...client(clientIndex), 'fit', key], value));
  return chain(text, steps);
}

/**
 * The next invoice number after the client's last numbered one: 2026-009 -> 2026-010; none yet -> YEAR-001.
 * Never one already in use; digits of any length (BigInt), so long numbers never go backwards.
 */
export function nextInvoiceNumber(numbers: readonly string[], year: number): string {
  // Compared as the file's duplicate check compares them, and built from the last number without its zero-width characters.
  const keys = numbers.map(invoiceNumberKey);
  const used = new Set(keys);
  const last = [...keys].reverse().find((n) => /\d/.test(n));
  const match = last === undefined ? null : /^(.*?)(\d+)(\D*)$/.exec(last);
  let [prefix, counter, width, suffix] = match ? [match[1], BigInt(match[2]), match[2].length, match[3]] : [`${year}-`, 0n, 3, ''];
  let proposal: string;
  do {
    counter += 1n;
    proposal = `${prefix}${counter.toString().padStart(width, '0')}${suffix}`;
  } while (used.has(invoiceNumberKey(proposal)));
  return proposal;
}
