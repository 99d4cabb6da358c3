/**
 * clientHealth_record: one recording operation, planned from a model's input.
 * This decides the operation and the sentence that asks the user to confirm
 * it; the surface writes it through planEdit (the same path as the commands:
 * addressed by client id, validated, all or nothing).
 */
import { formatDate, parseDate } from '../dates';
import { addDays } from '../dates';
import { inert, withoutLinks } from '../controlChars';
import { requestScopes } from '../health/extras';
import { ClientFacts, clientFacts, DEFAULT_PAYMENT_TERMS_DAYS } from '../health/facts';
import { invoiceNumberKey } from '../invoiceNumbers';
import { Message, money as moneyArg, msg, quantity } from '../messages';
import type { RequestType } from '../vocabulary';
import { toMinor } from '../money';
import type { Operation } from '../edits/plan';
import { ToolContext, findClient } from './toolContext';
import { RecordInput } from './toolInputs';

/**
 * `confirmation` asks the user before the write, in the display language where the surface has one: the question,
 * then a sentence for each detail of the change it has not said (a request's type, scope and hours, the note), so
 * the user confirms the whole change. `done` says what was written. `folder` is the folder of the client file written.
 */
export type RecordPlan =
  | { readonly op: Operation; readonly folder: string; readonly confirmation: readonly Message[]; readonly done: Message; readonly error?: undefined }
  | { readonly error: string };

/** How much of a note the confirmation shows: enough to recognise it, never a wall of text. */
const NOTE_SHOWN = 200;

/**
 * Text from the model or the file, as the confirmation and the notification after the write show it: its control
 * characters (line breaks, bidirectional overrides) written out (controlChars.ts), so they can neither break the
 * line nor reorder what the user reads, and `](` spaced, so no Markdown or notification link can be made of it
 * (VS Code turns `[label](command:…)` in a notification into a link that runs the command).
 */
function plain(text: string): string {
  return withoutLinks(inert(text));
}

/** plain(), cut at NOTE_SHOWN characters: a summary or a note between quotes. */
function shownInQuotes(text: string): string {
  const characters = [...text];
  const shown = plain(characters.slice(0, NOTE_SHOWN).join(''));
  return characters.length > NOTE_SHOWN ? `${shown}…` : shown;
}

const noteSentence = (note: string | undefined): Message[] => (note ? [msg('Note: "{0}"', shownInQuotes(note))] : []);

const TYPE_SENTENCES: Readonly<Record<RequestType, Message>> = {
  revision: msg('Type: revision.'),
  change: msg('Type: change.'),
  feature: msg('Type: feature.'),
};

type NewRequest = { readonly at: string; readonly type: RequestType; readonly inScope?: boolean; readonly billed?: boolean; readonly hours?: number };

/**
 * A request's type, scope, billing and hours, as the health figures will count it (health/extras.ts): in scope
 * unless said otherwise only for a revision, and a revision beyond the contract's included rounds extra work.
 */
function requestSentences(facts: ClientFacts, request: NewRequest): Message[] {
  const inScope = request.inScope ?? request.type === 'revision';
  const included = facts.client.contract?.revisionsIncluded;
  let scope: Message;
  if (inScope && request.type === 'revision' && included !== undefined) {
    // The rounds the file's revisions take up to this one's date (the file's YYYY-MM-DD[THH:MM] compare as text).
    const round = 1 + requestScopes(facts).filter((s) => s.round !== undefined && s.request.request.at <= request.at).length;
    scope =
      round <= included
        ? msg('Revision round {0} of the {1} included in the contract.', round, included)
        : request.billed
          ? msg('Revision round {0}, beyond the {1} included in the contract: extra work, already billed.', round, included)
          : msg('Revision round {0}, beyond the {1} included in the contract: extra work, not billed yet.', round, included);
  } else {
    scope = inScope ? msg('In scope.') : request.billed ? msg('Extra work (out of scope), already billed.') : msg('Extra work (out of scope), not billed yet.');
  }
  return [TYPE_SENTENCES[request.type], scope, ...(request.hours === undefined ? [] : [msg('{0} of work.', quantity(request.hours, 'hour'))])];
}

export function planRecord(context: ToolContext, input: RecordInput): RecordPlan {
  const found = findClient(context, input.clientId, input.folder);
  if ('error' in found) {
    return found;
  }
  const { source, index } = found;
  const client = source.file.clients[index];
  const currency = client.currency ?? source.file.freelancer.currency ?? 'EUR';
  const money = (amount: number) => moneyArg(toMinor(amount, currency), currency);
  const of = plain(`${client.name} (${source.folder})`);
  const clientId = client.id;
  const folder = source.folder;
  switch (input.kind) {
    case 'payment': {
      const key = invoiceNumberKey(input.invoice);
      const invoice = client.invoices?.find((i) => invoiceNumberKey(i.number) === key);
      if (!invoice) {
        return { error: `${client.name} has no invoice "${input.invoice}". Invoices: ${(client.invoices ?? []).map((i) => i.number).join(', ') || 'none'}.` };
      }
      return {
        op: { kind: 'recordPayment', clientId, invoiceNumber: invoice.number, payment: { date: input.date, amount: input.amount, ...(input.note ? { note: input.note } : {}) } },
        folder,
        confirmation: [msg('Record {0} paid on {1} against invoice {2} of {3}?', money(input.amount), input.date, plain(invoice.number), of), ...noteSentence(input.note)],
        done: msg('Recorded {0} paid on {1} against invoice {2} of {3}.', money(input.amount), input.date, plain(invoice.number), of),
      };
    }
    case 'invoice': {
      const key = invoiceNumberKey(input.number);
      if ((client.invoices ?? []).some((i) => invoiceNumberKey(i.number) === key)) {
        return { error: `${client.name} already has an invoice "${plain(input.number)}".` };
      }
      const terms = client.contract?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
      const due = input.due ?? formatDate(addDays(parseDate(input.issued)!, terms));
      return {
        op: { kind: 'recordInvoice', clientId, invoice: { number: input.number, issued: input.issued, due, amount: input.amount, ...(input.note ? { note: input.note } : {}) } },
        folder,
        confirmation: [msg('Record invoice {0} of {1} for {2}, issued {3}, due {4}?', plain(input.number), money(input.amount), of, input.issued, due), ...noteSentence(input.note)],
        done: msg('Recorded invoice {0} of {1} for {2}, issued {3}, due {4}.', plain(input.number), money(input.amount), of, input.issued, due),
      };
    }
    case 'request': {
      const { kind: _kind, clientId: _id, folder: _folder, ...request } = input;
      return {
        op: { kind: 'logRequest', clientId, request },
        folder,
        confirmation: [msg('Log a request of {0} on {1}: "{2}"?', of, request.at, shownInQuotes(request.summary)), ...requestSentences(clientFacts(source.file, index, context.today), request)],
        done: msg('Logged a request of {0} on {1}: "{2}".', of, request.at, shownInQuotes(request.summary)),
      };
    }
    case 'journal':
      return {
        op: { kind: 'logJournalEntry', clientId, entry: { at: input.at, kind: input.entryKind, ...(input.note ? { note: input.note } : {}) } },
        folder,
        confirmation: [msg('Log a journal entry ({0}) for {1} on {2}?', input.entryKind, of, input.at), ...noteSentence(input.note)],
        done: msg('Logged a journal entry ({0}) for {1} on {2}.', input.entryKind, of, input.at),
      };
    case 'hours':
      return {
        op: { kind: 'logHours', clientId, entry: { date: input.date, hours: input.hours, ...(input.note ? { note: input.note } : {}) } },
        folder,
        confirmation: [msg('Log {0} h of work for {1} on {2}?', input.hours, of, input.date), ...noteSentence(input.note)],
        done: msg('Logged {0} h of work for {1} on {2}.', input.hours, of, input.date),
      };
  }
}
