/** Client Health: Log Journal Entry. The paper trail: what happened, when, in your words. */
import * as vscode from 'vscode';
import { workingHoursOf } from '../../core/health/facts';
import { JOURNAL_KIND_ORDER, JournalKind } from '../../core/schema';
import { applyOperation } from '../../store/clientFileEditor';
import { journalKindLabel } from '../../presentation';
import { WorkspaceStores } from '../../store/workspaceStores';
import { resolveClient } from '../resolveClient';
import { askWhen } from './inputs';
import { prompts } from '../../ui/prompts';

/** Recording these makes the client "time to part ways" at once: asked twice. */
const GRAVE: readonly JournalKind[] = ['abusive', 'unethical'];

export async function logJournalEntryCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Journal Entry');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const kind = await prompts.pick(
    JOURNAL_KIND_ORDER.map((k) => ({ label: journalKindLabel(k), journalKind: k })),
    { title, placeHolder: vscode.l10n.t('What happened with {0}?', target.client.name) },
  );
  if (!kind) {
    return false;
  }
  if (GRAVE.includes(kind.journalKind)) {
    const yes = { label: vscode.l10n.t('Yes, record it'), sure: true };
    const no = { label: vscode.l10n.t('No, cancel'), sure: false };
    const confirmed = await prompts.pick([no, yes], {
      title,
      placeHolder: vscode.l10n.t('Record "{0}" for {1}? It marks the client as time to part ways.', kind.label, target.client.name),
    });
    if (!confirmed?.sure) {
      return false;
    }
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
