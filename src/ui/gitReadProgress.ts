import * as vscode from 'vscode';

/**
 * A wait on the folder's git read, shown in the status bar: the first read of a long history takes seconds, and a
 * command that waits on it with nothing shown looks stuck. A read already done resolves at once.
 */
export function whileReadingGit<T>(read: () => Thenable<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading the git history…') }, read);
}
