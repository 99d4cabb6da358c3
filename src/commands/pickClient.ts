/** Which client a recording command is about: the tree node's, the only one, or the one the user picks. */
import * as vscode from 'vscode';
import { Client } from '../core/schema';
import { ensureEditable } from '../edits/clientFileEditor';
import { ClientFileStore } from '../store/clientFileStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode } from '../tree/nodes';
import { prompts } from '../ui/prompts';

export interface ClientTarget {
  readonly store: ClientFileStore;
  readonly index: number;
  readonly client: Client;
}

/**
 * A client named by folder and id, for callers that are not tree nodes
 * (the dashboard's buttons, the status bar tooltip's links, tests).
 */
export interface ClientRef {
  readonly kind: 'clientRef';
  readonly folder: string;
  readonly clientId: string;
}

export function isClientRef(value: unknown): value is ClientRef {
  const ref = value as ClientRef | undefined;
  return ref?.kind === 'clientRef' && typeof ref.folder === 'string' && typeof ref.clientId === 'string';
}

function clientOfRef(stores: WorkspaceStores, ref: ClientRef): ClientTarget | undefined {
  const store = stores.present().find((s) => s.folder.uri.toString() === ref.folder);
  const index = store?.file?.clients.findIndex((c) => c.id === ref.clientId) ?? -1;
  return store && index >= 0 ? { store, index, client: store.file!.clients[index] } : undefined;
}

/** The client a tree node belongs to (client, signal or evidence node). */
export function clientOfNode(node: TreeNode | undefined): ClientTarget | undefined {
  let current: TreeNode | undefined = node;
  while (current && current.kind !== 'client') {
    current = current.kind === 'folder' || current.kind === 'problem' ? undefined : current.parent;
  }
  return current ? { store: current.store, index: current.index, client: current.client } : undefined;
}

export async function pickClient(stores: WorkspaceStores, node: unknown, title: string): Promise<ClientTarget | undefined> {
  const fromNode = isClientRef(node) ? clientOfRef(stores, node) : clientOfNode(node as TreeNode | undefined);
  if (fromNode) {
    // Before any prompt: the user should not answer questions for an edit that cannot be made.
    return (await ensureEditable(fromNode.store)) ? fromNode : undefined;
  }
  const all = stores
    .present()
    .filter((s) => s.state.kind === 'valid')
    .flatMap((store) => (store.file?.clients ?? []).map((client, index) => ({ store, index, client })));
  if (all.length <= 1) {
    if (all.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no client to record this for: create the client file or add a client first.'));
    }
    return all[0];
  }
  const multiRoot = stores.present().length > 1;
  const picked = await prompts.pick(
    all.map((target) => ({ label: target.client.name, description: multiRoot ? target.store.folder.name : target.client.id, target })),
    { title, placeHolder: vscode.l10n.t('Which client?') },
  );
  return picked?.target;
}
