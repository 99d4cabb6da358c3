/** Client Health: Record Invoice. The number follows the last one; the due date follows the payment terms. */
import * as vscode from 'vscode';
import { addDays, formatDate, localToday, parseDate } from '../../core/dates';
import { nextInvoiceNumber } from '../../core/edits/recording';
import * as validate from '../../core/edits/validate';
import { DEFAULT_PAYMENT_TERMS_DAYS, clientFacts } from '../../core/health/facts';
import { applyOperation } from '../../store/clientFileEditor';
import { toMinor } from '../../core/money';
import { money, when } from '../../presentation';
import { WorkspaceStores } from '../../store/workspaceStores';
import { resolveClient } from '../resolveClient';
import { askAmount, askDate, askText } from './inputs';

export async function recordInvoiceCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Record Invoice');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const { currency } = clientFacts(target.file, target.position);
  const taken = (target.client.invoices ?? []).map((i) => i.number);
  const today = localToday();
  const year = new Date(today * 86_400_000).getUTCFullYear();
  const number = await askText({
    title,
    prompt: vscode.l10n.t('Invoice number'),
    value: nextInvoiceNumber(taken, year),
    validate: validate.invoiceNumber(taken),
  });
  if (number === undefined) {
    return false;
  }
  const issued = await askDate(title, vscode.l10n.t('Date the invoice was issued'), formatDate(today));
  if (issued === undefined) {
    return false;
  }
  const amount = await askAmount(title, vscode.l10n.t('Amount invoiced, in {0}', currency), currency);
  if (amount === undefined) {
    return false;
  }
  const terms = target.client.contract?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
  const due = await askDate(title, vscode.l10n.t('Due date (payment terms: {0} days)', terms), formatDate(addDays(parseDate(issued)!, terms)), validate.dateFrom(issued));
  if (due === undefined) {
    return false;
  }
  const done = vscode.l10n.t('Recorded invoice {0} of {1} for {2}, due {3}.', number, money(toMinor(amount, currency), currency), target.client.name, when(due));
  return applyOperation(target.store, { kind: 'recordInvoice', clientId: target.clientId, invoice: { number, issued, due, amount } }, done);
}
