/**
 * Opens the client file at what a tree node stands for (a client, a piece of
 * evidence, or the first problem), or at an entry a ClientRef names with `path`
 * (the dashboard's "open at this entry").
 */
import * as vscode from 'vscode';
import { rangeForPath } from '../core/clientFile';
import { EntryPath } from '../core/health/types';
import { ClientFileStore } from '../store/clientFileStore';
import { pickStore } from '../store/pickStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode } from '../tree/nodes';

/** A client named by folder and id, with the path of an entry in the file to select (default: the client's name). */
export interface EntryRef {
  readonly kind: 'clientRef';
  readonly folder: string;
  readonly clientId: string;
  readonly path?: EntryPath;
}

export async function openClientFile(stores: WorkspaceStores, target?: TreeNode | EntryRef): Promise<void> {
  const node = target?.kind === 'clientRef' ? entryNode(stores, target) : target;
  if (target?.kind === 'clientRef' && !node) {
    return;
  }
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

type Target = TreeNode | { readonly kind: 'entry'; readonly store: ClientFileStore; readonly path: EntryPath };

function entryNode(stores: WorkspaceStores, ref: EntryRef): Target | undefined {
  const store = stores.present().find((s) => s.folder.uri.toString() === ref.folder);
  const index = store?.file?.clients.findIndex((c) => c.id === ref.clientId) ?? -1;
  if (!store || index < 0) {
    return undefined;
  }
  // Only paths inside this client: a ref cannot point the editor elsewhere.
  const inside = ref.path && ref.path[0] === 'clients' && ref.path[1] === index;
  return { kind: 'entry', store, path: inside ? ref.path : ['clients', index, 'name'] };
}

function rangeOf(store: ClientFileStore, node?: Target): { offset: number; length: number } | undefined {
  if (node?.kind === 'problem') {
    return store.problems[0];
  }
  // Model paths map to the current text only while the file is valid; otherwise the last good model is stale.
  const root = store.state.kind === 'valid' ? store.state.read.root : undefined;
  if (!root) {
    return undefined;
  }
  switch (node?.kind) {
    case 'client': {
      // By id: a node made before the file changed may hold an old position.
      const index = store.state.kind === 'valid' ? store.state.file.clients.findIndex((c) => c.id === node.client.id) : -1;
      return index >= 0 ? rangeForPath(root, ['clients', index, 'name']) : undefined;
    }
    case 'signal':
      return node.signal.evidence[0] ? rangeForPath(root, node.signal.evidence[0].path) : undefined;
    case 'evidence':
      return rangeForPath(root, node.evidence.path);
    case 'entry':
      return rangeForPath(root, node.path);
    default:
      return undefined;
  }
}
