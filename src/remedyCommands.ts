/**
 * The draft that answers each signal: the one mapping behind the tree's
 * inline buttons (package.json menus, checked against this table by
 * test/unit/remedyMenus.test.ts), the status bar tooltip and the dashboard.
 * No vscode import, so the dashboard's pure view model can use it.
 */
import { Commands } from './commandIds';
import { SignalId } from './core/health/types';

export type RemedyCommand =
  | typeof Commands.draftPaymentReminder
  | typeof Commands.draftChangeOrder
  | typeof Commands.insertContractClause
  | typeof Commands.draftTerminationEmail;

export const REMEDY_COMMANDS: Readonly<Record<SignalId, RemedyCommand>> = {
  overdue: Commands.draftPaymentReminder,
  chronicLate: Commands.draftPaymentReminder,
  scopeCreep: Commands.draftChangeOrder,
  // The signature-and-deposit clause, and the working hours and what counts as urgent (remedyClause): overtime too,
  // since deadlines that only nights and weekends can meet are what that clause prices.
  noContract: Commands.insertContractClause,
  afterHours: Commands.insertContractClause,
  overtime: Commands.insertContractClause,
  abuse: Commands.draftTerminationEmail,
  negativity: Commands.draftTerminationEmail,
  poorFit: Commands.draftTerminationEmail,
  outgrown: Commands.draftTerminationEmail,
  lowRate: Commands.draftTerminationEmail,
  haggling: Commands.draftTerminationEmail,
  lowVolume: Commands.draftTerminationEmail,
};

/** The clause that prevents a signal next time, for the signals whose remedy is a clause. */
export function remedyClause(signal: string | undefined): 'signatureDeposit' | 'workingHours' | undefined {
  switch (signal) {
    case 'noContract':
      return 'signatureDeposit';
    case 'afterHours':
    case 'overtime':
      return 'workingHours';
    default:
      return undefined;
  }
}

export function remedyCommand(signal: SignalId): RemedyCommand {
  return REMEDY_COMMANDS[signal];
}
