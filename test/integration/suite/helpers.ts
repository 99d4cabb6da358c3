import * as assert from 'node:assert';
import { SIGNAL_IDS } from '../../../src/core/health/types';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import type { ClientHealthApi } from '../../../src/extension';

export const EXTENSION_ID = 'client-health.client-health';

export async function activateExtension(): Promise<ClientHealthApi> {
  const extension = vscode.extensions.getExtension<ClientHealthApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  // Only ExtensionMode.Test (extensionDevelopmentPath with extensionTestsPath) returns the test API.
  assert.ok(api, 'activate() returned no test API: the extension is not running in ExtensionMode.Test');
  await api.ready;
  return api;
}

export function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `workspace folder ${name} is missing`);
  return found;
}

export function clientFileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(name).uri, '.freelance', 'clients.json');
}

/** Polls until `check` returns a value that is not undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Closes every editor, discarding unsaved text: drafts are untitled and dirty, and closeAllEditors would
 * ask to save them (a dialog the smoke-test workbench refuses), leaving them open for the next test.
 */
export async function closeAllEditorsDiscarding(): Promise<void> {
  const tabs = () => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
  for (let left = tabs(); left > 0; ) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const now = tabs();
    if (now >= left) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      return;
    }
    left = now;
  }
}

/** The extension's diagnostics about the file itself, without the health signals it lists on their evidence. */
export function fileProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'Client Health' && !SIGNAL_IDS.includes(d.code as (typeof SIGNAL_IDS)[number]));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reverts the open client file of a folder and waits until its store has read the file on disk again. */
export async function revertAndSettle(folderName: string): Promise<void> {
  const api = await activateExtension();
  const uri = clientFileUri(folderName);
  await vscode.window.showTextDocument(uri);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  const store = api.stores.forFolder(folder(folderName));
  await waitFor(`${folderName}'s client file to be valid again`, () => (store?.state.kind === 'valid' ? true : undefined));
  await store?.refresh();
}

/**
 * Puts a folder's client file back as it was before a test wrote to it: the
 * editor reverted, the original text on disk, the store and any open document
 * showing it again, and no editor left open.
 */
export async function restoreClientFile(folderName: string, original: string): Promise<void> {
  await revertAndSettle(folderName);
  const uri = clientFileUri(folderName);
  fs.writeFileSync(uri.fsPath, original);
  const api = await activateExtension();
  const store = api.stores.forFolder(folder(folderName))!;
  await waitFor(`${folderName}'s original client file`, async () => {
    await store.refresh();
    return store.file && JSON.stringify(store.file) === JSON.stringify(readClientFile(original).file) ? true : undefined;
  });
  // The store reads the disk; an open document catches up with it through VS Code's own file watcher.
  await waitFor('the open document to show the original file', () => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return !open || open.getText() === original ? true : undefined;
  });
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Runs a workbench command every 250 ms until the flow settles: with Enter every
 * step keeps its default or is skipped; with Escape the flow is cancelled. When
 * no input box is open yet, the command does nothing, so slow machines only wait longer.
 */
export async function driveUntilSettled<T>(flow: Thenable<T>, command: string, times = 40): Promise<T> {
  let settled = false;
  const result = Promise.resolve(flow).finally(() => (settled = true));
  for (let i = 0; i < times && !settled; i++) {
    await sleep(250);
    if (!settled) {
      await vscode.commands.executeCommand(command);
    }
  }
  return result;
}
