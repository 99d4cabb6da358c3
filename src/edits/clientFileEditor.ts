/**
 * Applies recording operations to a client file through a WorkspaceEdit, so
 * that they are undoable and work on an open, unsaved editor. Saves only when
 * the document was clean before; never edits a file that does not parse or
 * does not validate.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { EditResult } from '../core/edits/operations';
import { ClientFileStore } from '../store/clientFileStore';

/** False, after telling the user, when the file is not valid: its model may not match its text. */
export async function ensureEditable(store: ClientFileStore): Promise<boolean> {
  if (store.state.kind !== 'valid') {
    const open = vscode.l10n.t('Open Client File');
    // Not awaited: the command ends now; the button stays on offer in the notification.
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t('The client file of "{0}" has problems; fix them first, so that nothing is written to a file that cannot be read.', store.folder.name),
        open,
      )
      .then((answer) => answer === open && vscode.commands.executeCommand(Commands.openClientFile, { kind: 'problem', store }));
    return false;
  }
  return true;
}

export async function editClientFile(store: ClientFileStore, compute: (text: string) => EditResult): Promise<boolean> {
  if (!(await ensureEditable(store))) {
    return false;
  }
  const document = await vscode.workspace.openTextDocument(store.uri);
  const wasDirty = document.isDirty;
  const result = compute(document.getText());
  if (!result.ok) {
    const line = document.positionAt(result.offset).line + 1;
    void vscode.window.showErrorMessage(vscode.l10n.t('The client file has a syntax error on line {0}; nothing was written.', line));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('VS Code refused the edit of the client file; nothing was written.'));
    return false;
  }
  if (!wasDirty) {
    await document.save();
  }
  await store.refresh();
  return true;
}
