/**
 * The draft one click away from each signal: the same mapping for the tree's
 * inline buttons (package.json menus), the status bar tooltip and the dashboard.
 */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import { SignalId } from './core/health/types';

export interface Remedy {
  readonly command: string;
  readonly label: string;
}

export function remedyFor(signal: SignalId): Remedy {
  switch (signal) {
    case 'overdue':
    case 'chronicLate':
      return { command: Commands.draftPaymentReminder, label: vscode.l10n.t('Draft Payment Reminder') };
    case 'scopeCreep':
      return { command: Commands.draftChangeOrder, label: vscode.l10n.t('Draft Change Order') };
    case 'noContract':
    case 'afterHours':
      return { command: Commands.insertContractClause, label: vscode.l10n.t('Insert Contract Clause') };
    case 'abuse':
    case 'negativity':
    case 'poorFit':
    case 'outgrown':
    case 'lowRate':
    case 'haggling':
    case 'lowVolume':
      return { command: Commands.draftTerminationEmail, label: vscode.l10n.t('Draft Termination Email') };
  }
}

/** A `command:` link for a MarkdownString, with its argument encoded as VS Code expects. */
export function commandLink(command: string, argument: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([argument]))}`;
}
