/**
 * Recording operations addressed by identity: a client by `id`, an invoice by
 * `number`, a request by its own fields. The text can change between the
 * moment a command shows its prompts and the moment it writes (a hand edit, a
 * `git pull`, a sync tool), so every target is looked up again in the text
 * about to be edited, and the edited text is read again with the same reader
 * before anything is applied: when it would not validate, or when any client
 * but the target would change, nothing is written.
 */
import { Edit, applyEdits } from 'jsonc-parser';
import { readClientFile } from '../clientFile';
import { ClientField, FieldValue } from '../clientFields';
import { Client, ClientFile, ClientRequest, HoursEntry, Invoice, JournalEntry, Payment, ReminderSent } from '../schema';
import { invoiceNumberKey } from '../invoiceNumbers';
import { EditResult, parse } from './operations';
import * as recording from './recording';

type ClientStatus = 'active' | 'ending' | 'ended';

export type NewClient = { id: string; name: string; status?: ClientStatus; [key: string]: unknown };

/**
 * A request picked by the user: its value as it was shown, and which of the
 * entries with that same value it was (two identical requests are the same to
 * the reader, so the n-th of them is the one meant).
 */
export interface RequestRef {
  readonly value: ClientRequest;
  readonly occurrence: number;
}

export type Operation =
  | { readonly kind: 'addClient'; readonly client: NewClient }
  | { readonly kind: 'recordInvoice'; readonly clientId: string; readonly invoice: Invoice }
  | { readonly kind: 'recordPayment'; readonly clientId: string; readonly invoiceNumber: string; readonly payment: Payment }
  | { readonly kind: 'recordReminder'; readonly clientId: string; readonly invoiceNumbers: readonly string[]; readonly reminder: ReminderSent }
  | { readonly kind: 'logRequest'; readonly clientId: string; readonly request: ClientRequest }
  | { readonly kind: 'markRequestBilled'; readonly clientId: string; readonly request: RequestRef }
  | { readonly kind: 'markRequestDelivered'; readonly clientId: string; readonly request: RequestRef; readonly on: string }
  | { readonly kind: 'logJournalEntry'; readonly clientId: string; readonly entry: JournalEntry }
  | { readonly kind: 'logHours'; readonly clientId: string; readonly entry: HoursEntry }
  /** Several days of hours for one client in one edit (Log Hours from Git): all are written, or none. */
  | { readonly kind: 'logHoursEntries'; readonly clientId: string; readonly entries: readonly HoursEntry[] }
  | { readonly kind: 'markContractSigned'; readonly clientId: string; readonly signed: string }
  | { readonly kind: 'setStatus'; readonly clientId: string; readonly status: ClientStatus }
  | { readonly kind: 'rateFit'; readonly clientId: string; readonly fit: { enjoyment?: number; styleMatch?: number } }
  /** One contact or contract field (clientFields.ts); `value` undefined removes it. */
  | { readonly kind: 'setClientField'; readonly clientId: string; readonly field: ClientField; readonly value: FieldValue | undefined }
  /**
   * Invoices of one or more clients, added together as one edit (an import); none may already be on file.
   * `taxIds`: tax ids the user chose to store on clients in the same edit, so the next import matches them.
   */
  | { readonly kind: 'importInvoices'; readonly additions: readonly InvoiceAddition[]; readonly taxIds?: readonly { readonly clientId: string; readonly taxId: string }[] };

export interface InvoiceAddition {
  readonly clientId: string;
  readonly invoice: Invoice;
}

/** Why nothing was written. `offset` points at the first problem of the text, where there is one. */
export type Refusal =
  | { readonly kind: 'syntax'; readonly offset: number }
  | { readonly kind: 'invalid'; readonly offset: number }
  | { readonly kind: 'clientGone'; readonly clientId: string }
  | { readonly kind: 'clientExists'; readonly clientId: string }
  | { readonly kind: 'invoiceGone'; readonly clientId: string; readonly invoiceNumber: string }
  | { readonly kind: 'invoiceExists'; readonly clientId: string; readonly invoiceNumber: string }
  | { readonly kind: 'requestGone'; readonly clientId: string }
  | { readonly kind: 'ambiguous'; readonly clientId: string }
  | { readonly kind: 'wouldBreak'; readonly offset: number }
  | { readonly kind: 'othersChanged'; readonly clientId: string };

export type Plan = { readonly ok: true; readonly edit: Edit; readonly after: string } | { readonly ok: false; readonly refusal: Refusal };

const refuse = (refusal: Refusal): Plan => ({ ok: false, refusal });

/** Positions of entries equal to `value`, compared as the reader returns them. */
function positionsOf<T>(entries: readonly T[] | undefined, value: T): number[] {
  const wanted = JSON.stringify(value);
  const found: number[] = [];
  (entries ?? []).forEach((entry, index) => JSON.stringify(entry) === wanted && found.push(index));
  return found;
}

/** Which of the client's requests equal to `request` it is (0 for the first), for a RequestRef. */
export function requestOccurrence(client: Client, requestIndex: number): number {
  const positions = positionsOf(client.requests, client.requests?.[requestIndex]);
  return Math.max(0, positions.indexOf(requestIndex));
}

/** The position of the client's one invoice numbered `number`, or why there is none. */
function invoiceAt(client: Client, clientId: string, number: string): number | Refusal {
  const found = (client.invoices ?? []).flatMap((invoice, at) => (invoice.number === number ? [at] : []));
  if (found.length !== 1) {
    return found.length === 0 ? { kind: 'invoiceGone', clientId, invoiceNumber: number } : { kind: 'ambiguous', clientId };
  }
  return found[0];
}

/** The edit for `op` against `index`, the client's position in this very text; or why it cannot be made. */
function editAt(text: string, file: ClientFile, index: number, op: Exclude<Operation, { kind: 'addClient' | 'importInvoices' }>): EditResult | Refusal {
  const client = file.clients[index];
  switch (op.kind) {
    case 'recordInvoice':
      return recording.recordInvoice(text, index, op.invoice);
    case 'recordPayment': {
      const at = invoiceAt(client, op.clientId, op.invoiceNumber);
      return typeof at === 'number' ? recording.recordPayment(text, index, at, op.payment) : at;
    }
    case 'recordReminder': {
      // One reminder, several invoices: each gets its entry, in one edit.
      let current = text;
      for (const number of op.invoiceNumbers) {
        const at = invoiceAt(client, op.clientId, number);
        if (typeof at !== 'number') {
          return at;
        }
        const step = recording.recordReminder(current, index, at, op.reminder);
        if (!step.ok) {
          return step;
        }
        current = applyEdits(current, step.edits);
      }
      return { ok: true, edits: [recording.spanEdit(text, current)] };
    }
    case 'logRequest':
      return recording.logRequest(text, index, op.request);
    case 'markRequestBilled':
    case 'markRequestDelivered': {
      const positions = positionsOf(client.requests, op.request.value);
      const at = positions[op.request.occurrence];
      if (at === undefined) {
        return positions.length === 0 ? { kind: 'requestGone', clientId: op.clientId } : { kind: 'ambiguous', clientId: op.clientId };
      }
      return op.kind === 'markRequestBilled' ? recording.markRequestBilled(text, index, at) : recording.markRequestDelivered(text, index, at, op.on);
    }
    case 'logJournalEntry':
      return recording.logJournalEntry(text, index, op.entry);
    case 'logHours':
      return recording.logHours(text, index, op.entry);
    case 'logHoursEntries': {
      let current = text;
      for (const entry of op.entries) {
        const step = recording.logHours(current, index, entry);
        if (!step.ok) {
          return step;
        }
        current = applyEdits(current, step.edits);
      }
      return { ok: true, edits: [recording.spanEdit(text, current)] };
    }
    case 'markContractSigned':
      return recording.markContractSigned(text, index, op.signed);
    case 'setStatus':
      return recording.setStatus(text, index, op.status);
    case 'rateFit':
      return recording.rateFit(text, index, op.fit);
    case 'setClientField':
      return recording.setClientField(text, index, op.field, op.value);
  }
}

/** Every client but the targets, and everything outside the clients, as the reader sees them. */
function untouched(file: ClientFile, targetIds: readonly string[]): string {
  return JSON.stringify({ ...file, clients: file.clients.filter((c) => !targetIds.includes(c.id)) });
}

/** The one position of client `clientId` in `file`, or why there is not exactly one. */
function clientAt(file: ClientFile, clientId: string): number | Refusal {
  const positions = file.clients.flatMap((c, at) => (c.id === clientId ? [at] : []));
  return positions.length === 1 ? positions[0] : positions.length === 0 ? { kind: 'clientGone', clientId } : { kind: 'ambiguous', clientId };
}

/** Each addition appended to its client, found again by id; an invoice number already used (as the file's duplicate check compares them) refuses the whole import. */
function importInvoices(text: string, file: ClientFile, op: Extract<Operation, { kind: 'importInvoices' }>): EditResult | Refusal {
  const { additions } = op;
  const taken = new Map<string, Set<string>>();
  let current = text;
  for (const { clientId, invoice } of additions) {
    const index = clientAt(file, clientId);
    if (typeof index !== 'number') {
      return index;
    }
    let numbers = taken.get(clientId);
    if (!numbers) {
      taken.set(clientId, (numbers = new Set((file.clients[index].invoices ?? []).map((i) => invoiceNumberKey(i.number)))));
    }
    const key = invoiceNumberKey(invoice.number);
    if (numbers.has(key)) {
      return { kind: 'invoiceExists', clientId, invoiceNumber: invoice.number };
    }
    numbers.add(key);
    const step = recording.recordInvoice(current, index, invoice);
    if (!step.ok) {
      return step;
    }
    current = applyEdits(current, step.edits);
  }
  for (const { clientId, taxId } of op.taxIds ?? []) {
    const index = clientAt(file, clientId);
    if (typeof index !== 'number') {
      return index;
    }
    const step = recording.setClientField(current, index, 'taxId', taxId);
    if (!step.ok) {
      return step;
    }
    current = applyEdits(current, step.edits);
  }
  return { ok: true, edits: [recording.spanEdit(text, current)] };
}

/** JSON with every object's keys sorted: the same data compares equal wherever an edit put a new key. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** The clients the import touches, each as it was plus exactly its new invoices, in order, and the tax id stored, if any. */
function addedExactly(before: ClientFile, after: ClientFile, op: Extract<Operation, { kind: 'importInvoices' }>): boolean {
  const ids = [...new Set([...op.additions.map((a) => a.clientId), ...(op.taxIds ?? []).map((t) => t.clientId)])];
  return ids.every((id) => {
    const was = before.clients.find((c) => c.id === id);
    const now = after.clients.filter((c) => c.id === id);
    if (!was || now.length !== 1) {
      return false;
    }
    const added = op.additions.filter((a) => a.clientId === id).map((a) => a.invoice);
    const taxId = op.taxIds?.filter((t) => t.clientId === id).at(-1)?.taxId;
    const expected = { ...was, ...(added.length > 0 ? { invoices: [...(was.invoices ?? []), ...added] } : {}), ...(taxId === undefined ? {} : { taxId }) };
    return canonical(expected) === canonical(now[0]);
  });
}

/** Plans `op` on `text`: one edit that is safe to apply, or why nothing may be written. */
export function planEdit(text: string, op: Operation): Plan {
  const before = readClientFile(text);
  if (!before.file) {
    const syntaxError = parse(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text).errorOffset;
    const first = before.problems.find((p) => p.severity === 'error') ?? before.problems[0];
    return refuse(syntaxError !== undefined ? { kind: 'syntax', offset: syntaxError } : { kind: 'invalid', offset: first?.offset ?? 0 });
  }
  const file = before.file;
  let result: EditResult | Refusal;
  let targetIds: string[];
  if (op.kind === 'addClient') {
    targetIds = [op.client.id];
    if (file.clients.some((c) => c.id === op.client.id)) {
      return refuse({ kind: 'clientExists', clientId: op.client.id });
    }
    result = recording.addClient(text, op.client);
  } else if (op.kind === 'importInvoices') {
    targetIds = [...new Set([...op.additions.map((a) => a.clientId), ...(op.taxIds ?? []).map((t) => t.clientId)])];
    result = importInvoices(text, file, op);
  } else {
    targetIds = [op.clientId];
    const index = clientAt(file, op.clientId);
    result = typeof index === 'number' ? editAt(text, file, index, op) : index;
  }
  if (!('ok' in result)) {
    return refuse(result);
  }
  if (!result.ok) {
    return refuse({ kind: 'syntax', offset: result.offset });
  }
  const after = applyEdits(text, result.edits);
  const read = readClientFile(after);
  if (!read.file) {
    const first = read.problems.find((p) => p.severity === 'error') ?? read.problems[0];
    return refuse({ kind: 'wouldBreak', offset: first?.offset ?? 0 });
  }
  const kept = untouched(file, targetIds) === untouched(read.file, targetIds);
  const targets = targetIds.every((id) => read.file!.clients.filter((c) => c.id === id).length === 1);
  const exact = op.kind !== 'importInvoices' || addedExactly(file, read.file, op);
  if (!kept || !targets || !exact || read.file.clients.length !== file.clients.length + (op.kind === 'addClient' ? 1 : 0)) {
    return refuse({ kind: 'othersChanged', clientId: targetIds[0] ?? '' });
  }
  return { ok: true, edit: recording.spanEdit(text, after), after };
}
