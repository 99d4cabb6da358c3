/** Client Health: Log Journal Entry. The paper trail: what happened, when, in your words. */
import * as vscode from 'vscode';
import { localDateTime } from '../../core/dates';
import { logJournalEntry } from '../../core/edits/recording';
import { JOURNAL_KINDS, JournalKind } from '../../core/schema';
import { editClientFile } from '../../edits/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { pickClient } from '../pickClient';
import { askDateTime } from './inputs';

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
  const target = await pickClient(stores, node, title);
  if (!target) {
    return false;
  }
  const kind = await vscode.window.showQuickPick(
    JOURNAL_KINDS.map((k) => ({ label: journalKindLabel(k), description: k, journalKind: k })),
    { title, placeHolder: vscode.l10n.t('What happened with {0}?', target.client.name) },
  );
  if (!kind) {
    return false;
  }
  const note = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('What happened, in your words (Enter to skip)'),
    ignoreFocusOut: true,
  });
  if (note === undefined) {
    return false;
  }
  const now = localDateTime();
  const when = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Now'), description: now, at: now as string | undefined },
      { label: vscode.l10n.t('Another date or time…'), at: undefined },
    ],
    { title, placeHolder: vscode.l10n.t('When did it happen?') },
  );
  if (!when) {
    return false;
  }
  const at = when.at ?? (await askDateTime(title, vscode.l10n.t('When it happened: YYYY-MM-DDTHH:MM, or a date')))?.trim();
  if (!at) {
    return false;
  }
  const entry = note.trim() ? { at, kind: kind.journalKind, note: note.trim() } : { at, kind: kind.journalKind };
  return editClientFile(target.store, (text) => logJournalEntry(text, target.index, entry));
}
