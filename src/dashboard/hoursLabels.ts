/** The Hours section's texts, merged into the dashboard's labels (labels.ts). */
import * as vscode from 'vscode';

export function hoursLabels(): Record<string, string> {
  return {
    'hours.title': vscode.l10n.t('Hours per month'),
    'hours.month': vscode.l10n.t('Month'),
    'hours.logged': vscode.l10n.t('Logged'),
    'hours.git': vscode.l10n.t('From git (estimated)'),
    'hours.editor': vscode.l10n.t('Editor time'),
    'hours.note': vscode.l10n.t('Side by side, never added: logged hours are what the client file says, hours from git are estimated from your commits, editor time counts your active minutes in this folder.'),
    'hours.noteLoggedOnly': vscode.l10n.t('The hours logged in the client file. Git evidence (a trusted workspace) and editor time (the setting clientHealth.tracking.enabled) add their own columns.'),
  };
}
