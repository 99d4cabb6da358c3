/** The nodes of the clients tree. Every node has a stable id, a context value and its parent. */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { Client } from '../core/schema';
import { ClientFileStore } from '../store/clientFileStore';

export type TreeNode = FolderNode | ClientNode | ProblemNode;

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
  readonly parent: FolderNode | undefined;
}

/** The file is broken or unreadable: the clients below it are the last good state. */
export interface ProblemNode {
  readonly kind: 'problem';
  readonly id: string;
  readonly store: ClientFileStore;
  readonly parent: FolderNode | undefined;
}

export function folderNode(store: ClientFileStore): FolderNode {
  return { kind: 'folder', id: `folder:${store.folder.uri.toString()}`, store };
}

export function childrenOfStore(store: ClientFileStore, parent: FolderNode | undefined): TreeNode[] {
  const base = store.folder.uri.toString();
  const nodes: TreeNode[] = [];
  if (store.state.kind === 'invalid' || store.state.kind === 'unreadable') {
    nodes.push({ kind: 'problem', id: `problem:${base}`, store, parent });
  }
  (store.file?.clients ?? []).forEach((client, index) => {
    // Ids are unique in a valid file; the index only disambiguates while the file is being fixed.
    nodes.push({ kind: 'client', id: `client:${base}#${client.id}`, store, client, index, parent });
  });
  return nodes;
}

export function toTreeItem(node: TreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'folder': {
      const item = new vscode.TreeItem(node.store.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.contextValue = 'folder';
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = node.store.folder.uri;
      item.tooltip = node.store.uri.fsPath;
      return item;
    }
    case 'client':
      return clientItem(node);
    case 'problem':
      return problemItem(node);
  }
}

function clientItem(node: ClientNode): vscode.TreeItem {
  const { client } = node;
  const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `client.${client.status ?? 'active'}`;
  item.description = statusLabel(client.status ?? 'active');
  item.iconPath = new vscode.ThemeIcon(client.status === 'ended' ? 'circle-slash' : 'person');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(client.name)}**`);
  if (client.contact?.name) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Contact: {0}', client.contact.name))}`);
  }
  tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Invoices: {0} · Requests: {1} · Journal entries: {2}', client.invoices?.length ?? 0, client.requests?.length ?? 0, client.journal?.length ?? 0))}`);
  item.tooltip = tooltip;
  item.command = { command: Commands.openClientFile, title: vscode.l10n.t('Open Client File'), arguments: [node] };
  return item;
}

function problemItem(node: ProblemNode): vscode.TreeItem {
  const state = node.store.state;
  const item = new vscode.TreeItem(vscode.l10n.t('The client file is invalid'), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = 'invalidFile';
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (state.kind === 'unreadable') {
    item.description = state.reason;
    item.tooltip = state.reason;
  } else {
    const errors = node.store.problems.filter((p) => p.severity === 'error').length;
    item.description = errors === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', errors);
    item.tooltip = node.store.file
      ? vscode.l10n.t('The clients below are from the last valid version of the file. Fix the problems to see the current state.')
      : vscode.l10n.t('Fix the problems shown in the Problems panel.');
  }
  item.command = { command: Commands.openClientFile, title: vscode.l10n.t('Open Client File'), arguments: [node] };
  return item;
}

function statusLabel(status: 'active' | 'ending' | 'ended'): string {
  switch (status) {
    case 'active':
      return vscode.l10n.t('active');
    case 'ending':
      return vscode.l10n.t('ending');
    case 'ended':
      return vscode.l10n.t('ended');
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
