/** Rules that span several fields, which a per-field schema cannot express. */
import { ClientFile } from './schema';
import { parseDate } from './dates';
import { invoiceNumberKey } from './invoiceNumbers';
import { hasExcessPrecision, minorDigits } from './money';
import { Message, msg } from './messages';

export interface CrossIssue {
  readonly path: (string | number)[];
  readonly message: Message;
  /** 'info' is a hint, which never makes the file invalid. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  /** Point at the property name rather than its value (for a missing field). */
  readonly atKey?: boolean;
}

/**
 * Duplicate client ids, read from the raw value so that they are reported
 * together with any other problem of the file, not only once the rest is fixed.
 */
export function checkClientIds(value: unknown): CrossIssue[] {
  const clients = (value as { clients?: unknown } | null)?.clients;
  if (!Array.isArray(clients)) {
    return [];
  }
  const issues: CrossIssue[] = [];
  const firstById = new Map<string, number>();
  clients.forEach((client: unknown, c) => {
    const id = (client as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') {
      return;
    }
    const first = firstById.get(id);
    if (first !== undefined) {
      issues.push({
        path: ['clients', c, 'id'],
        message: msg('Duplicate client id "{0}": client {1} already uses it. Ids must be unique within the file.', id, first + 1),
        severity: 'error',
        code: 'duplicateClientId',
      });
    } else {
      firstById.set(id, c);
    }
  });
  return issues;
}

/** Rules between fields of a file that passed the schema. */
export function crossCheck(file: ClientFile): CrossIssue[] {
  const issues: CrossIssue[] = [];
  file.clients.forEach((client, c) => {
    const currency = client.currency ?? file.freelancer.currency;
    if (!currency) {
      issues.push({
        path: ['clients', c, 'name'],
        message: msg('No currency for client "{0}": set "currency" on the client or on the freelancer.', client.name),
        severity: 'error',
        code: 'missingCurrency',
      });
    }

    const invoiceIndex = new Map<string, number>();
    (client.invoices ?? []).forEach((invoice, i) => {
      // Paths are built only for an issue: this runs for every invoice of the file.
      const at = (...rest: (string | number)[]) => ['clients', c, 'invoices', i, ...rest];
      const key = invoiceNumberKey(invoice.number);
      const earlier = invoiceIndex.get(key);
      if (earlier !== undefined) {
        issues.push({ path: at('number'), message: msg('Duplicate invoice number "{0}" for this client.', invoice.number), severity: 'error', code: 'duplicateInvoice' });
      } else {
        invoiceIndex.set(key, i);
      }
      const issued = parseDate(invoice.issued)!;
      if (invoice.due !== undefined && parseDate(invoice.due)! < issued) {
        issues.push({ path: at('due'), message: msg('The due date {0} is before the issue date {1}.', invoice.due, invoice.issued), severity: 'error', code: 'dueBeforeIssued' });
      }
      if (currency && hasExcessPrecision(invoice.amount, currency)) {
        issues.push({
          path: at('amount'),
          message: msg('{0} has more than {2} decimals, the most {1} allows; statements will show it rounded.', invoice.amount, currency, minorDigits(currency)),
          severity: 'warning',
          code: 'precision',
        });
      }
      (invoice.payments ?? []).forEach((payment, p) => {
        if (parseDate(payment.date)! < issued) {
          issues.push({
            path: at('payments', p, 'date'),
            message: msg('This payment is dated {0}, before the invoice was issued on {1}.', payment.date, invoice.issued),
            severity: 'warning',
            code: 'paymentBeforeIssued',
          });
        }
        if (currency && hasExcessPrecision(payment.amount, currency)) {
          issues.push({
            path: at('payments', p, 'amount'),
            message: msg('{0} has more than {2} decimals, the most {1} allows; statements will show it rounded.', payment.amount, currency, minorDigits(currency)),
            severity: 'warning',
            code: 'precision',
          });
        }
      });
    });
  });
  return issues;
}
