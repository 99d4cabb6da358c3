/** Client Health: Record Payment. From an overdue invoice's node it needs no picking. */
import * as vscode from 'vscode';
import { clientFacts } from '../../core/health/facts';
import { fromMinor, toMinor } from '../../core/money';
import { applyOperation } from '../../store/clientFileEditor';
import { day, money, when } from '../../presentation';
import { WorkspaceStores } from '../../store/workspaceStores';
import { TreeNode } from '../../tree/nodes';
import { resolveClient } from '../resolveClient';
import { askAmount, askDate } from './inputs';
import { prompts } from '../../ui/prompts';

export async function recordPaymentCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Record Payment');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const facts = clientFacts(target.file, target.position);
  const open = facts.invoices.filter((i) => i.balance > 0);
  const fromEvidence = (node as TreeNode | undefined)?.kind === 'evidence' ? (node as Extract<TreeNode, { kind: 'evidence' }>).evidence : undefined;
  let invoice = fromEvidence?.kind === 'invoice' ? open.find((i) => i.index === fromEvidence.path[3]) : undefined;
  if (!invoice) {
    if (open.length === 0) {
      vscode.window.showInformationMessage(vscode.l10n.t('{0} has no invoice with a balance to pay.', target.client.name));
      return false;
    }
    const picked = await prompts.pick(
      open.map((i) => ({
        label: i.number,
        description: vscode.l10n.t('{0} owed, due {1}', money(i.balance, facts.currency), day(i.due)),
        invoice: i,
      })),
      { title, placeHolder: vscode.l10n.t('Which invoice was paid?') },
    );
    invoice = picked?.invoice;
  }
  if (!invoice) {
    return false;
  }
  const amount = await askAmount(title, vscode.l10n.t('Amount received for {0}, in {1}', invoice.number, facts.currency), facts.currency, fromMinor(invoice.balance, facts.currency));
  if (amount === undefined) {
    return false;
  }
  const date = await askDate(title, vscode.l10n.t('Date the payment arrived'));
  if (date === undefined) {
    return false;
  }
  const done = vscode.l10n.t('Recorded {0} paid on {1} against invoice {2} of {3}.', money(toMinor(amount, facts.currency), facts.currency), when(date.trim()), invoice.number, target.client.name);
  return applyOperation(target.store, { kind: 'recordPayment', clientId: target.clientId, invoiceNumber: invoice.number, payment: { date: date.trim(), amount } }, done);
}
