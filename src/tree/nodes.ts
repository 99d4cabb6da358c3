/** The nodes of the clients tree. Every node has a stable id, a context value (see items.ts) and its parent. */
import { Client } from '../core/schema';
import { ClientHealth, Evidence, Signal } from '../core/health/types';
import { HealthModel } from '../store/healthModel';
import { ClientFileStore } from '../store/clientFileStore';

export type TreeNode = FolderNode | ClientNode | ProblemNode | SignalNode | EvidenceNode;

export interface FolderNode {
  readonly kind: 'folder';
  readonly id: string;
  readonly store: ClientFileStore;
}

export interface ClientNode {
  readonly kind: 'client';
  readonly id: string;
  readonly store: ClientFileStore;
  readonly client: Client;
  readonly index: number;
  readonly health: ClientHealth | undefined;
  readonly parent: FolderNode | undefined;
}

/** The file is broken or unreadable: the clients below it are the last good state. */
export interface ProblemNode {
  readonly kind: 'problem';
  readonly id: string;
  readonly store: ClientFileStore;
  readonly parent: FolderNode | undefined;
}

export interface SignalNode {
  readonly kind: 'signal';
  readonly id: string;
  readonly store: ClientFileStore;
  readonly signal: Signal;
  readonly parent: ClientNode;
}

export interface EvidenceNode {
  readonly kind: 'evidence';
  readonly id: string;
  readonly store: ClientFileStore;
  readonly evidence: Evidence;
  readonly parent: SignalNode;
}

export function folderNode(store: ClientFileStore): FolderNode {
  return { kind: 'folder', id: `folder:${store.folder.uri.toString()}`, store };
}

export function childrenOfStore(store: ClientFileStore, health: HealthModel, parent: FolderNode | undefined): TreeNode[] {
  const base = store.folder.uri.toString();
  const nodes: TreeNode[] = [];
  if (store.state.kind === 'invalid' || store.state.kind === 'unreadable') {
    nodes.push({ kind: 'problem', id: `problem:${base}`, store, parent });
  }
  const healths = health.healthOf(store);
  (store.file?.clients ?? []).forEach((client, index) => {
    nodes.push({ kind: 'client', id: `client:${base}#${client.id}`, store, client, index, health: healths[index], parent });
  });
  return nodes;
}

export function childrenOfClient(node: ClientNode): SignalNode[] {
  return (node.health?.signals ?? []).map((signal) => ({ kind: 'signal', id: `${node.id}/${signal.id}`, store: node.store, signal, parent: node }));
}

export function childrenOfSignal(node: SignalNode): EvidenceNode[] {
  const seen = new Map<string, number>();
  return node.signal.evidence.map((evidence) => {
    // The entry's path keeps the id stable while other entries come and go around it.
    const path = evidence.path.join('.');
    const occurrence = seen.get(path) ?? 0;
    seen.set(path, occurrence + 1);
    return { kind: 'evidence', id: `${node.id}/${path}#${occurrence}`, store: node.store, evidence, parent: node };
  });
}
