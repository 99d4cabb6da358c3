/** Registers the drafting commands. */
import * as vscode from 'vscode';
import { Commands } from '../../commandIds';
import { HealthModel } from '../../store/healthModel';
import { WorkspaceStores } from '../../store/workspaceStores';
import { insertContractClauseCommand } from './clauseCommand';
import {
  DraftCommand,
  changeOrderCommand,
  offboardingChecklistCommand,
  paymentReminderCommand,
  statementCommand,
  terminationAgreementCommand,
  terminationEmailCommand,
} from './draftCommands';
import { DraftHooks } from './partingCaution';
import { trackDraftDocuments } from './present';

const DRAFTING: readonly [string, DraftCommand][] = [
  [Commands.draftStatement, statementCommand],
  [Commands.draftPaymentReminder, paymentReminderCommand],
  [Commands.draftChangeOrder, changeOrderCommand],
  [Commands.draftTerminationEmail, terminationEmailCommand],
  [Commands.draftTerminationAgreement, terminationAgreementCommand],
  [Commands.draftOffboardingChecklist, offboardingChecklistCommand],
  [Commands.insertContractClause, insertContractClauseCommand],
];

export function registerDraftingCommands(stores: WorkspaceStores, health: HealthModel, hooks: DraftHooks = {}): vscode.Disposable[] {
  return [trackDraftDocuments(), ...DRAFTING.map(([id, run]) => vscode.commands.registerCommand(id, (node?: unknown) => run(stores, health, node, hooks)))];
}
