/** Registers the commands that write the client file. */
import * as vscode from 'vscode';
import { Commands } from '../../commandIds';
import { WorkspaceStores } from '../../store/workspaceStores';
import { addClientCommand } from './addClient';
import { logHoursCommand, markContractSignedCommand, rateFitCommand, setClientStatusCommand } from './clientDetails';
import { editClientDetailsCommand } from './editClient';
import { logJournalEntryCommand } from './logJournalEntry';
import { logRequestCommand, markRequestBilledCommand, markRequestDeliveredCommand } from './logRequest';
import { recordInvoiceCommand } from './recordInvoice';
import { recordPaymentCommand } from './recordPayment';

const RECORDING: readonly [string, (stores: WorkspaceStores, node?: unknown) => Promise<boolean>][] = [
  [Commands.addClient, addClientCommand],
  [Commands.recordInvoice, recordInvoiceCommand],
  [Commands.recordPayment, recordPaymentCommand],
  [Commands.logRequest, logRequestCommand],
  [Commands.markRequestBilled, markRequestBilledCommand],
  [Commands.markRequestDelivered, markRequestDeliveredCommand],
  [Commands.logJournalEntry, logJournalEntryCommand],
  [Commands.logHours, logHoursCommand],
  [Commands.markContractSigned, markContractSignedCommand],
  [Commands.rateFit, rateFitCommand],
  [Commands.setClientStatus, setClientStatusCommand],
  [Commands.editClientDetails, editClientDetailsCommand],
];

export function registerRecordingCommands(stores: WorkspaceStores): vscode.Disposable[] {
  return RECORDING.map(([id, run]) => vscode.commands.registerCommand(id, (node?: unknown) => run(stores, node)));
}
