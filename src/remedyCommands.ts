/**
 * The draft that answers each signal: one mapping for the tree's inline buttons
 * (package.json menus), the status bar tooltip and the dashboard. No vscode
 * import, so the dashboard's pure view model can use it.
 */
import { Commands } from './commandIds';
import { SignalId } from './core/health/types';

export type RemedyCommand =
  | typeof Commands.draftPaymentReminder
  | typeof Commands.draftChangeOrder
  | typeof Commands.insertContractClause
  | typeof Commands.draftTerminationEmail;

/** The clause that prevents a signal next time, for the signals whose remedy is a clause. */
export function remedyClause(signal: string | undefined): 'signatureDeposit' | 'workingHours' | undefined {
  switch (signal) {
    case 'noContract':
      return 'signatureDeposit';
    case 'afterHours':
      return 'workingHours';
    default:
      return undefined;
  }
}

export function remedyCommand(signal: SignalId): RemedyCommand {
  switch (signal) {
    case 'overdue':
    case 'chronicLate':
      return Commands.draftPaymentReminder;
    case 'scopeCreep':
      return Commands.draftChangeOrder;
    // The signature-and-deposit clause, and the working hours and what counts as urgent.
    case 'noContract':
    case 'afterHours':
      return Commands.insertContractClause;
    case 'abuse':
    case 'negativity':
    case 'poorFit':
    case 'outgrown':
    case 'lowRate':
    case 'haggling':
    case 'lowVolume':
      return Commands.draftTerminationEmail;
  }
}
