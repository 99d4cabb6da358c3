/**
 * What importing e-invoice records would do to a client file, decided before
 * anything is written: each record is added to one client, skipped with its
 * reason, a conflict with what is on file, or a question (which client?). The
 * caller shows this plan, and writes the additions as one edit once confirmed.
 * Nothing on file is ever overwritten: a different invoice under a number
 * already used is a conflict.
 */
import { parseDate } from '../dates';
import { invoiceNumberKey } from '../invoiceNumbers';
import { MAX_AMOUNT } from '../limits';
import { Message, msg } from '../messages';
import { hasExcessPrecision } from '../money';
import { Client, ClientFile, Invoice } from '../schema';
import { EInvoiceRecord } from './record';

export type ImportStep =
  | { readonly kind: 'add'; readonly clientId: string; readonly invoice: Invoice }
  | { readonly kind: 'skip'; readonly number: string; readonly reason: Message }
  | { readonly kind: 'conflict'; readonly clientId: string; readonly number: string; readonly reason: Message }
  /** No client matches for sure: the user picks one (and may store the buyer's tax id on it). */
  | { readonly kind: 'ask'; readonly number: string; readonly buyer: EInvoiceRecord['buyer']; readonly reason: Message };

const normalName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export interface ImportOptions {
  /** Every record goes to this client (`--client`, or the client the user picked). */
  readonly clientId?: string;
  /** The user's answers to "which client?": the client id for a buyer no client matched (keyed by `buyerKey`). */
  readonly answers?: ReadonlyMap<string, string>;
}

/** One key per buyer, for asking once about every invoice of the same buyer: its tax id, else its name. */
export const buyerKey = (buyer: EInvoiceRecord['buyer']): string =>
  buyer.taxId !== undefined && normalTaxId(buyer.taxId) !== '' ? `taxId:${normalTaxId(buyer.taxId)}` : `name:${normalName(buyer.name ?? '')}`;

/** A tax id as printed, compared without spaces, dots, dashes or case (`IT 012.345` is `IT012345`). */
export const normalTaxId = (id: string): string => id.replace(/[\s.\-/]/g, '').toUpperCase();

export function planImport(file: ClientFile, records: readonly EInvoiceRecord[], options: ImportOptions = {}): ImportStep[] {
  const mine = file.freelancer.taxId === undefined ? undefined : normalTaxId(file.freelancer.taxId);
  // Numbers added by this import, per client: a batch that holds an invoice twice adds it once.
  const added = new Map<string, Map<string, Invoice>>();
  return records.map((record): ImportStep => {
    const { number } = record;
    if (record.kind === 'creditNote') {
      return { kind: 'skip', number, reason: msg('A credit note: the client file has no credit notes yet, so it is not imported.') };
    }
    if (mine !== undefined && record.seller.taxId !== undefined && normalTaxId(record.seller.taxId) !== mine) {
      return { kind: 'skip', number, reason: msg('Issued by {0} ({1}), not by you: a purchase invoice is not imported.', record.seller.name ?? '', record.seller.taxId) };
    }
    const answered = options.answers?.get(buyerKey(record.buyer));
    const chosen = options.clientId ?? answered;
    const match = chosen === undefined ? matchClient(file.clients, record.buyer) : file.clients.find((c) => c.id === chosen);
    if (match === undefined || !('id' in match)) {
      return {
        kind: 'ask',
        number,
        buyer: record.buyer,
        reason: match?.unsure ?? msg('No client has the buyer\'s tax id {0} or the name "{1}".', record.buyer.taxId ?? '—', record.buyer.name ?? ''),
      };
    }
    const client = match;
    // A record that states no currency (a CSV export without the column) is in the client's. A valid
    // client file has a currency for every client (crossChecks), and only a valid one is planned against.
    const currency = (client.currency ?? file.freelancer.currency)!;
    if (record.currency !== undefined && record.currency !== currency) {
      return { kind: 'skip', number, reason: msg('In {0}, while {1} is invoiced in {2}.', record.currency, client.name, currency) };
    }
    const amount = Number(record.amount);
    const prepaid = record.prepaid === undefined ? 0 : Number(record.prepaid);
    const recordable = (value: number) => value <= MAX_AMOUNT && !hasExcessPrecision(value, currency);
    if (!(amount > 0) || !recordable(amount) || prepaid < 0 || !recordable(prepaid)) {
      return { kind: 'skip', number, reason: msg('The amount {0} {1} cannot be recorded as an invoice of {2}: it must be above zero, within the client file\'s limit, and have no more decimals than the currency allows.', record.amount, currency, client.name) };
    }
    // The client file refuses a due date before the issue date: one such invoice would refuse the whole import.
    if (record.due !== undefined && parseDate(record.due)! < parseDate(record.issued)!) {
      return { kind: 'skip', number, reason: msg('Due on {0}, before its issue date {1}: correct the document, then import it again.', record.due, record.issued) };
    }
    const dated = (record.payments ?? []).map((p) => ({ date: p.date, amount: Number(p.amount) }));
    if (dated.some((p) => !(p.amount > 0) || !recordable(p.amount))) {
      return { kind: 'skip', number, reason: msg('A payment of invoice {0} cannot be recorded in {1}.', number, currency) };
    }
    const payments = [...(prepaid > 0 ? [{ date: record.issued, amount: prepaid }] : []), ...dated];
    const invoice: Invoice = {
      number,
      issued: record.issued,
      ...(record.due === undefined ? {} : { due: record.due }),
      amount,
      ...(payments.length > 0 ? { payments } : {}),
    };
    // Numbers compared as the client file compares them for duplicates, so that what is planned is what the edit accepts.
    const key = invoiceNumberKey(number);
    const filed = client.invoices?.find((i) => invoiceNumberKey(i.number) === key);
    const onFile = filed ?? added.get(client.id)?.get(key);
    if (onFile) {
      const again = filed === undefined ? msg('Already in this import for {0}, from an earlier document.', client.name) : msg('{0} already has this invoice on file.', client.name);
      return sameInvoice(onFile, invoice) ? { kind: 'skip', number, reason: again } : { kind: 'conflict', clientId: client.id, number, reason: differs(onFile, invoice) };
    }
    let batch = added.get(client.id);
    if (!batch) {
      added.set(client.id, (batch = new Map<string, Invoice>()));
    }
    batch.set(key, invoice);
    return { kind: 'add', clientId: client.id, invoice };
  });
}

/**
 * By tax id when a client has the buyer's; else by name; undefined unless exactly one client fits. A name
 * is no match for a client whose tax id on file is another one: two companies may share a name, never a tax id.
 */
function matchClient(clients: readonly Client[], buyer: EInvoiceRecord['buyer']): Client | { readonly unsure: Message } | undefined {
  const taxId = buyer.taxId === undefined ? undefined : normalTaxId(buyer.taxId);
  const known = taxId !== undefined && taxId !== '';
  if (known) {
    const byTaxId = clients.filter((c) => c.taxId !== undefined && normalTaxId(c.taxId) === taxId);
    if (byTaxId.length === 1) {
      return byTaxId[0];
    }
    if (byTaxId.length > 1) {
      return undefined;
    }
  }
  if (buyer.name === undefined) {
    return undefined;
  }
  const name = normalName(buyer.name);
  const byName = clients.filter((c) => normalName(c.name) === name);
  if (byName.length !== 1) {
    return undefined;
  }
  const [client] = byName;
  if (known && client.taxId !== undefined && normalTaxId(client.taxId) !== '') {
    return { unsure: msg('The buyer has the name {0}, but its tax id {1} is not the one on file for that client ({2}).', client.name, buyer.taxId!, client.taxId) };
  }
  return client;
}

function sameInvoice(a: Invoice, b: Invoice): boolean {
  return a.issued === b.issued && a.amount === b.amount && (a.due === undefined || b.due === undefined || a.due === b.due);
}

function differs(onFile: Invoice, imported: Invoice): Message {
  return msg(
    'On file: issued {0}, due {1}, {2}; in the document: issued {3}, due {4}, {5}. Nothing is changed.',
    onFile.issued,
    onFile.due ?? '—',
    onFile.amount,
    imported.issued,
    imported.due ?? '—',
    imported.amount,
  );
}
