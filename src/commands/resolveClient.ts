/**
 * Which client a command is about, for every command, draft and dashboard:
 * the client of a tree node or of a ClientRef (both named by folder and id),
 * the only client, or the one the user picks.
 *
 * - `write`: the file must be valid now, or the user is told it has problems
 *   (with Open Client File); the edit itself looks the client up again by id
 *   in the text it is about to change.
 * - `read`: a broken file still offers its last valid version, and says so.
 */
import * as vscode from 'vscode';
import { Client, ClientFile } from '../core/schema';
import { reportFileProblems } from '../store/clientFileEditor';
import { ClientFileStore } from '../store/clientFileStore';
import { pickStore } from '../store/pickStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { TreeNode } from '../tree/nodes';
import { prompts } from '../ui/prompts';

export type ResolveMode = 'read' | 'write';

/**
 * A client named by folder and id, for callers that are not tree nodes
 * (the dashboard's buttons, the status bar tooltip's links, tests).
 */
export interface ClientRef {
  readonly kind: 'clientRef';
  readonly folder: string;
  readonly clientId: string;
  /** The signal a remedy link was offered for, so the draft answers that signal. */
  readonly signal?: string;
}

export interface ClientTarget {
  readonly store: ClientFileStore;
  readonly clientId: string;
  readonly client: Client;
  /** The version of the file the client was read from, and the client's place in it: for reading that version, never for writing. */
  readonly file: ClientFile;
  readonly position: number;
  /** The file is broken and this is its last valid version (read mode only). */
  readonly lastValid: boolean;
}

export function isClientRef(value: unknown): value is ClientRef {
  const ref = value as ClientRef | undefined;
  return ref?.kind === 'clientRef' && typeof ref.folder === 'string' && typeof ref.clientId === 'string';
}

/** The signal a command was run for: a signal or evidence node's, or a remedy link's. */
export function signalOf(arg: unknown): string | undefined {
  if (isClientRef(arg)) {
    return typeof arg.signal === 'string' ? arg.signal : undefined;
  }
  const node = arg as TreeNode | undefined;
  return node?.kind === 'signal' ? node.signal.id : node?.kind === 'evidence' ? node.parent.signal.id : undefined;
}

/** The folder and client id an argument names: a ClientRef, or a client, signal or evidence node. */
function named(stores: WorkspaceStores, arg: unknown): { store: ClientFileStore | undefined; clientId: string } | undefined {
  if (isClientRef(arg)) {
    return { store: stores.present().find((s) => s.folder.uri.toString() === arg.folder), clientId: arg.clientId };
  }
  let node = arg as TreeNode | undefined;
  while (node && node.kind !== 'client') {
    node = node.kind === 'signal' || node.kind === 'evidence' ? node.parent : undefined;
  }
  return node ? { store: node.store, clientId: node.client.id } : undefined;
}

function targetIn(store: ClientFileStore, clientId: string, mode: ResolveMode): ClientTarget | undefined {
  const lastValid = store.state.kind !== 'valid';
  const file = mode === 'write' && lastValid ? undefined : store.file;
  const position = file?.clients.findIndex((c) => c.id === clientId) ?? -1;
  return file && position >= 0 ? { store, clientId, client: file.clients[position], file, position, lastValid } : undefined;
}

function sayLastValid(target: ClientTarget): void {
  if (target.lastValid) {
    // Not awaited: the draft or dashboard goes on; the notice stays until dismissed.
    prompts.notify(vscode.l10n.t('The client file of "{0}" has problems: this uses its last valid version.', target.store.folder.name));
  }
}

export async function resolveClient(stores: WorkspaceStores, arg: unknown, mode: ResolveMode, title: string): Promise<ClientTarget | undefined> {
  const name = named(stores, arg);
  if (name) {
    const target = name.store && targetIn(name.store, name.clientId, mode);
    if (!target) {
      if (mode === 'write' && name.store && name.store.state.kind !== 'valid') {
        reportFileProblems(name.store);
      } else {
        vscode.window.showErrorMessage(vscode.l10n.t('The client "{0}" is no longer in the client file.', name.clientId));
      }
      return undefined;
    }
    sayLastValid(target);
    return target;
  }
  const present = stores.present();
  const all = present.flatMap((store) =>
    mode === 'write' && store.state.kind !== 'valid' ? [] : (store.file?.clients ?? []).map((c) => targetIn(store, c.id, mode)!),
  );
  if (all.length <= 1) {
    if (all.length === 0) {
      const broken = present.find((s) => s.state.kind !== 'valid');
      if (broken) {
        reportFileProblems(broken);
      } else {
        vscode.window.showInformationMessage(
          mode === 'write'
            ? vscode.l10n.t('There is no client to record this for: create the client file or add a client first.')
            : vscode.l10n.t('There is no client to show: create the client file or add a client first.'),
        );
      }
      return undefined;
    }
    sayLastValid(all[0]);
    return all[0];
  }
  const multiRoot = present.length > 1;
  const picked = await prompts.pick(
    all.map((target) => ({ label: target.client.name, description: multiRoot ? target.store.folder.name : target.client.id, target })),
    { title, placeHolder: vscode.l10n.t('Which client?') },
  );
  if (picked) {
    sayLastValid(picked.target);
  }
  return picked?.target;
}

/** The folder's file a new client goes in: a tree node's, else the only one, else the one the user picks; valid now. */
export async function resolveStoreForWrite(stores: WorkspaceStores, arg: unknown, title: string): Promise<ClientFileStore | undefined> {
  const fromArg = (arg as TreeNode | undefined)?.store ?? named(stores, arg)?.store;
  const present = stores.present();
  if (!fromArg && present.length === 0) {
    vscode.window.showInformationMessage(vscode.l10n.t('There is no client file yet: run "Create Client File" first.'));
    return undefined;
  }
  const store = fromArg ?? (await pickStore(present, vscode.l10n.t('Which folder?'), title));
  if (store && store.state.kind !== 'valid') {
    reportFileProblems(store);
    return undefined;
  }
  return store;
}
