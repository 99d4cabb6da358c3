/** The draft one click away from each signal, with its label (the mapping is remedyCommands.ts). */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import { SignalId } from './core/health/types';
import { RemedyCommand, remedyCommand } from './remedyCommands';

export interface Remedy {
  readonly command: string;
  readonly label: string;
}

const LABELS: Record<RemedyCommand, () => string> = {
  [Commands.draftPaymentReminder]: () => vscode.l10n.t('Draft Payment Reminder'),
  [Commands.draftChangeOrder]: () => vscode.l10n.t('Draft Change Order'),
  [Commands.insertContractClause]: () => vscode.l10n.t('Insert Contract Clause'),
  [Commands.draftTerminationEmail]: () => vscode.l10n.t('Draft Termination Email'),
};

export function remedyFor(signal: SignalId): Remedy {
  const command = remedyCommand(signal);
  return { command, label: LABELS[command]() };
}

/** A `command:` link for a MarkdownString, with its argument encoded as VS Code expects. */
export function commandLink(command: string, argument: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([argument]))}`;
}
