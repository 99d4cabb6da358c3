/** Opens the client file at what a tree node stands for: a client, a piece of evidence, or the first problem. */
import * as vscode from 'vscode';
import { rangeForPath } from '../core/clientFile';
import { ClientFileStore } from '../store/clientFileStore';
import { pickStore } from '../store/pickStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode } from '../tree/nodes';

export async function openClientFile(stores: WorkspaceStores, node?: TreeNode): Promise<void> {
  const store = node?.store ?? (await pickStore(stores.present(), vscode.l10n.t("Which folder's client file do you want to open?")));
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
  // Model paths map to the current text only while the file is valid; otherwise the last good model is stale.
  const root = store.state.kind === 'valid' ? store.state.read.root : undefined;
  if (!root) {
    return undefined;
  }
  switch (node?.kind) {
    case 'client':
      return rangeForPath(root, ['clients', node.index, 'name']);
    case 'signal':
      return node.signal.evidence[0] ? rangeForPath(root, node.signal.evidence[0].path) : undefined;
    case 'evidence':
      return rangeForPath(root, node.evidence.path);
    default:
      return undefined;
  }
}
