/** Failures of work nothing awaits (a notification's button, a save after the command ended) reach the user, and the log. */
import * as vscode from 'vscode';
import { Log, describeError } from '../log';

/**
 * Where reportFailure writes, set by the composition root for the session. A module
 * variable rather than a parameter: the handlers are made deep in promise chains of the
 * commands (as many as there are notifications), which have no other use for the log.
 */
let failureLog: Log | undefined;

export function logFailuresTo(log: Log): vscode.Disposable {
  failureLog = log;
  return new vscode.Disposable(() => {
    if (failureLog === log) {
      failureLog = undefined;
    }
  });
}

/**
 * A rejection handler that names what failed, e.g. `.then(undefined, reportFailure(vscode.l10n.t('Save as CSV')))`.
 * The log names it `loggedAs`: give one when `what` holds client data (a draft's title names its client).
 */
export function reportFailure(what: string, loggedAs = what): (error: unknown) => void {
  return (error) => {
    failureLog?.error(`${loggedAs} failed: ${describeError(error)}`);
    vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', what, error instanceof Error ? error.message : String(error)));
  };
}
