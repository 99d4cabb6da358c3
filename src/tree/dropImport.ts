/**
 * Files dropped on the Clients view (from the Explorer or the desktop) are
 * imported as invoices, as Import Invoices... does with files it is given: into
 * the client file of the folder dropped on, after the same preview.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { TreeNode } from './nodes';

const URI_LIST = 'text/uri-list';

/** The URIs of a text/uri-list (RFC 2483): one per line, lines starting with # are comments. */
export function urisOf(list: string): vscode.Uri[] {
  return list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => {
      try {
        return [vscode.Uri.parse(line, true)];
      } catch {
        // A line that is not a URI is not a file the user meant: the others are still imported.
        return [];
      }
    });
}

export class ImportDropController implements vscode.TreeDragAndDropController<TreeNode> {
  readonly dropMimeTypes = [URI_LIST];
  readonly dragMimeTypes: readonly string[] = [];

  async handleDrop(target: TreeNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const list = await dataTransfer.get(URI_LIST)?.asString();
    const uris = list === undefined ? [] : urisOf(list);
    if (uris.length === 0) {
      return;
    }
    // The folder dropped on, never the client: which client each invoice belongs to is the documents' to say.
    await vscode.commands.executeCommand(Commands.importInvoices, target ? { store: target.store } : undefined, uris);
  }
}
