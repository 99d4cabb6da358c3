/**
 * Applies recording operations to a client file through a WorkspaceEdit, so
 * that they are undoable and work on an open, unsaved editor. Saves only when
 * the document was clean before. The operation is planned against the text
 * being edited, at the moment of the edit (see core/edits/plan.ts): a file
 * that does not read, a target that is gone, or an edit that would touch
 * another client writes nothing.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { Operation, Refusal, planEdit } from '../core/edits/plan';
import { ClientFileStore } from './clientFileStore';
import { readSettings } from '../config';
import { decodeClientFile } from '../core/decode';
import { readClientFileBytes } from './readClientFileBytes';
import { reportFailure } from '../ui/failures';
import { prompts } from '../ui/prompts';
import { withoutLinks } from '../core/controlChars';

/** How long a clean editor may take to catch up with a change on disk before the edit is refused. */
const CATCH_UP_MS = 3000;

/** Tells the user the file has problems, with a button to open it at the first one; gives back the sentence shown. */
export function reportFileProblems(store: ClientFileStore): string {
  const open = vscode.l10n.t('Open Client File');
  const message = vscode.l10n.t('The client file of "{0}" has problems; fix them first, so that nothing is written to a file that cannot be read.', store.folder.name);
  // Not awaited: the command ends now; the button stays on offer in the notification.
  void vscode.window
    .showErrorMessage(message, open)
    .then((answer) => answer === open && vscode.commands.executeCommand(Commands.openClientFile, { kind: 'problem', store }))
    .then(undefined, reportFailure(open));
  return message;
}

const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

/**
 * A clean editor shows what the disk held when VS Code last read it. After a change on disk
 * (a `git pull`, a sync tool) VS Code reloads it, a moment later: editing before that would
 * plan against old text and save it over the new.
 */
async function inStepWithDisk(store: ClientFileStore, document: vscode.TextDocument): Promise<boolean> {
  if (document.isDirty || store.uri.scheme !== 'file') {
    return true;
  }
  const onDisk = async () => {
    const read = await readClientFileBytes(store.uri, readSettings(store.folder).maxFileBytes);
    if (read.kind !== 'file') {
      return false;
    }
    const decoded = decodeClientFile(read.bytes);
    return decoded.text !== undefined && sameText(document.getText(), decoded.text);
  };
  const deadline = Date.now() + CATCH_UP_MS;
  while (!(await onDisk())) {
    if (Date.now() > deadline || document.isDirty) {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function refusalMessage(refusal: Refusal, document: vscode.TextDocument): string {
  const line = 'offset' in refusal ? document.positionAt(refusal.offset).line + 1 : 0;
  switch (refusal.kind) {
    case 'syntax':
      return vscode.l10n.t('The client file has a syntax error on line {0}; nothing was written.', line);
    case 'invalid':
      return vscode.l10n.t('The client file has a problem on line {0}; nothing was written.', line);
    case 'wouldBreak':
      return vscode.l10n.t('This change would leave the client file invalid (line {0}); nothing was written.', line);
    case 'clientGone':
      return vscode.l10n.t('The client "{0}" is no longer in the client file; nothing was written.', refusal.clientId);
    case 'clientExists':
      return vscode.l10n.t('A client with the id "{0}" is already in the client file; nothing was written.', refusal.clientId);
    case 'invoiceGone':
      return vscode.l10n.t('Invoice {0} is no longer in the client file of "{1}"; nothing was written.', refusal.invoiceNumber, refusal.clientId);
    case 'invoiceExists':
      return vscode.l10n.t('Invoice {0} is already in the client file of "{1}"; nothing was written.', refusal.invoiceNumber, refusal.clientId);
    case 'requestGone':
      return vscode.l10n.t('That request of "{0}" is no longer in the client file as it was; nothing was written.', refusal.clientId);
    case 'ambiguous':
      return vscode.l10n.t('The client file changed and it is no longer clear which entry of "{0}" was meant; nothing was written.', refusal.clientId);
    case 'othersChanged':
      return vscode.l10n.t('This change would have touched another client than "{0}"; nothing was written.', refusal.clientId);
  }
}

/**
 * Plans `op` against the file's current text and applies it, then confirms what was written in `done`
 * (with Show in File: the file may be closed, and the user should see that the write happened).
 * False, after telling the user why, when nothing was written.
 */
export async function applyOperation(store: ClientFileStore, op: Operation, done: string): Promise<boolean> {
  return (await writeOperation(store, op, done)) === undefined;
}

/**
 * applyOperation, for a caller that must pass the reason on (a chat tool tells the model): undefined when
 * written, else the sentence the user was shown about why nothing was.
 */
export async function writeOperation(store: ClientFileStore, op: Operation, done: string): Promise<string | undefined> {
  // Read again now: the file may have grown past the size cap or stopped being UTF-8 on disk while the prompts
  // were open, which no text the editor holds would show.
  await store.refresh();
  if (store.state.kind !== 'valid') {
    return reportFileProblems(store);
  }
  const document = await vscode.workspace.openTextDocument(store.uri);
  if (!(await inStepWithDisk(store, document))) {
    return shown(vscode.l10n.t('The client file changed on disk while you answered; nothing was written. Run the command again.'));
  }
  const wasDirty = document.isDirty;
  const plan = planEdit(document.getText(), op);
  if (!plan.ok) {
    const broken = plan.refusal.kind === 'syntax' || plan.refusal.kind === 'invalid';
    const open = vscode.l10n.t('Open Client File');
    const reason = refusalMessage(plan.refusal, document);
    void vscode.window
      .showErrorMessage(reason, ...(broken ? [open] : []))
      .then((answer) => answer === open && vscode.commands.executeCommand(Commands.openClientFile, { kind: 'problem', store }))
      .then(undefined, reportFailure(open));
    return reason;
  }
  const { edit: change } = plan;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.content);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return shown(vscode.l10n.t('VS Code refused the edit of the client file; nothing was written.'));
  }
  // A save VS Code refuses (the disk changed again, a read-only file) leaves the change unsaved in the
  // editor: say so, rather than confirm a write that did not reach the disk.
  if (!wasDirty && !(await document.save())) {
    const reason = vscode.l10n.t('VS Code did not save the client file: the change is in its editor, not yet on disk.');
    vscode.window.showWarningMessage(reason);
    await store.refresh();
    return reason;
  }
  await store.refresh();
  confirm(done, document.uri, change.offset, change.content.length);
  return undefined;
}

/** Shows the error (not awaited: the command ends now) and gives it back as the reason. */
function shown(message: string): string {
  vscode.window.showErrorMessage(message);
  return message;
}

function confirm(done: string, uri: vscode.Uri, offset: number, length: number): void {
  const show = vscode.l10n.t('Show in File');
  // Not awaited: the command ends now; the button stays on offer in the notification.
  // The sentence names what the file and the user's answers hold: none of it may become a link that runs a command.
  void prompts.notify(withoutLinks(done), show).then(async (choice) => {
    if (choice === show) {
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      const range = new vscode.Range(editor.document.positionAt(offset), editor.document.positionAt(offset + length));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  })
    // A second then: then's own rejection handler would not see what the handler above throws.
    .then(undefined, reportFailure(show));
}
