/**
 * What the open workspace gives the index, and takes from it (in dist/portfolio.js; portfolioService.ts calls it).
 * What is indexed is what is on disk: a store's state only while its file has no unsaved edits in an editor.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { localToday } from '../core/dates';
import { ClientHealth } from '../core/health/types';
import { IndexedClient, indexedClients, peerRates } from '../core/portfolio/figures';
import { FolderEntry, PortfolioIndex } from '../core/portfolio/indexFile';
import { summarizeFile } from '../core/portfolio/summary';
import type { ClientFileStore } from '../store/clientFileStore';
import { byRisk } from './risk';

/** The entries of the workspace's client files read valid, as on disk, whose summaries differ from the index's. */
export function workspaceEntries(stores: readonly ClientFileStore[], healthOf: (store: ClientFileStore) => readonly ClientHealth[], index: PortfolioIndex, now: Date): FolderEntry[] {
  const entries: FolderEntry[] = [];
  for (const store of stores) {
    const state = store.state;
    if (store.folder.uri.scheme !== 'file' || state.kind !== 'valid' || hasUnsavedEdits(store)) {
      continue;
    }
    const folder = store.folder.uri.fsPath;
    const file = path.relative(folder, store.uri.fsPath).split(path.sep).join('/');
    const rules = readSettings(store.folder).rules;
    // The health the Clients view shows (the same peers, the same evidence), of the file as on disk.
    const clients = summarizeFile(state.file, healthOf(store), localToday(now), rules.lowRate.windowDays);
    const known = index.folders.find((f) => f.folder === folder);
    if (known?.state === 'ok' && known.file === file && JSON.stringify(known.clients) === JSON.stringify(clients) && sameDay(known.read, now)) {
      continue; // nothing new: no write
    }
    entries.push({ folder, file, state: 'ok', read: now.toISOString(), clients });
  }
  return entries;
}

/**
 * What the workspace's lowRate reads from the index: the other folders' rates. Its own folders' entries follow its
 * own files, and re-evaluating for them would only repeat the same figures.
 */
export function peersKey(index: PortfolioIndex, own: ReadonlySet<string>): string {
  return JSON.stringify(peerRates(index, undefined, 0).filter((r) => !own.has(r.folder)));
}

/** The client most at risk among the folders read as they are now; ended clients are not shown. */
export function worstOf(index: PortfolioIndex): IndexedClient | undefined {
  return byRisk(indexedClients(index).filter((c) => c.summary.status !== 'ended'))[0];
}

function hasUnsavedEdits(store: ClientFileStore): boolean {
  return vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === store.uri.toString());
}

/** A read of another day is written again even when unchanged: the index says when each folder was last read. */
function sameDay(read: string, now: Date): boolean {
  return read.slice(0, 10) === now.toISOString().slice(0, 10);
}
