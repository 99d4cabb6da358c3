/** Client Health: Log Journal Entry. The paper trail: what happened, when, in your words. */
import * as vscode from 'vscode';
import { workingHoursOf } from '../../core/health/facts';
import { JOURNAL_KINDS, JournalKind } from '../../core/schema';
import { applyOperation } from '../../edits/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { resolveClient } from '../resolveClient';
import { askWhen } from './inputs';
import { prompts } from '../../ui/prompts';

export function journalKindLabel(kind: JournalKind): string {
  switch (kind) {
    case 'abusive':
      return vscode.l10n.t('Abusive behaviour');
    case 'unethical':
      return vscode.l10n.t('Unethical request');
    case 'afterHoursContact':
      return vscode.l10n.t('Contact outside working hours');
    case 'urgentDemand':
      return vscode.l10n.t('Urgent demand');
    case 'discountRequest':
      return vscode.l10n.t('Discount request');
    case 'refusedContract':
      return vscode.l10n.t('Refused to sign a contract');
    case 'missedMeeting':
      return vscode.l10n.t('Missed meeting');
    case 'negative':
      return vscode.l10n.t('Negative exchange');
    case 'positive':
      return vscode.l10n.t('Positive exchange');
    case 'note':
      return vscode.l10n.t('Note');
  }
}

export async function logJournalEntryCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Journal Entry');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const kind = await prompts.pick(
    JOURNAL_KINDS.map((k) => ({ label: journalKindLabel(k), description: k, journalKind: k })),
    { title, placeHolder: vscode.l10n.t('What happened with {0}?', target.client.name) },
  );
  if (!kind) {
    return false;
  }
  const note = await prompts.input({
    title,
    prompt: vscode.l10n.t('What happened, in your words (Enter to skip)'),
    ignoreFocusOut: true,
  });
  if (note === undefined) {
    return false;
  }
  const at = await askWhen(title, vscode.l10n.t('When did it happen?'), workingHoursOf(target.file));
  if (!at) {
    return false;
  }
  const entry = note.trim() ? { at, kind: kind.journalKind, note: note.trim() } : { at, kind: kind.journalKind };
  return applyOperation(target.store, { kind: 'logJournalEntry', clientId: target.clientId, entry }, vscode.l10n.t('Logged "{0}" in the journal of {1}.', kind.label, target.client.name));
}
