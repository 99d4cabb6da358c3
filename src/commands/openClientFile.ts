/** Opens the client file, at the node's client or at the first problem. */
import * as vscode from 'vscode';
import { rangeForPath } from '../core/clientFile';
import { ClientFileStore } from '../store/clientFileStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode } from '../tree/nodes';

export async function openClientFile(stores: WorkspaceStores, node?: TreeNode): Promise<void> {
  const store = node?.store ?? (await pickStore(stores));
  if (!store) {
    return;
  }
  const editor = await vscode.window.showTextDocument(store.uri, { preview: false });
  const offsetRange = rangeOf(store, node);
  if (offsetRange) {
    const start = editor.document.positionAt(offsetRange.offset);
    const end = editor.document.positionAt(offsetRange.offset + offsetRange.length);
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function rangeOf(store: ClientFileStore, node?: TreeNode): { offset: number; length: number } | undefined {
  if (node?.kind === 'problem') {
    return store.problems[0];
  }
  const root = store.state.kind === 'valid' ? store.state.read.root : undefined;
  if (node?.kind === 'client' && root) {
    const range = rangeForPath(root, ['clients', node.index, 'name']);
    return range;
  }
  return undefined;
}

async function pickStore(stores: WorkspaceStores): Promise<ClientFileStore | undefined> {
  const present = stores.present();
  if (present.length <= 1) {
    return present[0];
  }
  const picked = await vscode.window.showQuickPick(
    present.map((store) => ({ label: store.folder.name, description: store.relativePath, store })),
    { placeHolder: vscode.l10n.t("Which folder's client file do you want to open?") },
  );
  return picked?.store;
}
