/** Failures of work nothing awaits (a notification's button, a save after the command ended) reach the user. */
import * as vscode from 'vscode';

/** A rejection handler that names what failed, e.g. `.then(undefined, reportFailure(vscode.l10n.t('Save as CSV')))`. */
export function reportFailure(what: string): (error: unknown) => void {
  return (error) => void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', what, error instanceof Error ? error.message : String(error)));
}
