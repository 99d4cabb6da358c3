/**
 * The portfolio on the editor's side (docs/portfolio.md): opens the index in the extension's global storage,
 * writes the open workspace's client files to it, and gives lowRate the other repositories' clients.
 *
 * What is indexed is what is on disk: a store's state is taken only while its file has no unsaved edits in an
 * editor (the store then holds the disk's text), a while after the last change, so typing writes nothing and a
 * save writes once. An invalid or missing file of the open workspace is not written: the index keeps that folder's
 * last valid read, and Refresh Portfolio records its state as it does for any other folder.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ContextKeys } from '../commandIds';
import { readSettings } from '../config';
import { localToday } from '../core/dates';
import { levelRank } from '../core/health/scoring';
import { Rules } from '../core/health/rules';
import { IndexedClient, indexedClients, peerRates } from '../core/portfolio/figures';
import { FolderEntry, PortfolioIndex, emptyIndex } from '../core/portfolio/indexFile';
import { summarizeFile } from '../core/portfolio/summary';
import { PortfolioPeers } from '../core/signals/lowRate';
import { Disposable } from '../lifecycle';
import { localize } from '../l10n';
import { describeError } from '../log';
import { reportFailure } from '../ui/failures';
import { ClientFileStore } from '../store/clientFileStore';
import { HealthModel } from '../store/healthModel';
import { IndexRead, PortfolioIndexStore } from './indexStore';
import { RefreshOptions } from './refresh';

/** After the last change of a client file: a burst of saves or a refresh of every folder writes the index once. */
export const INDEX_DELAY_MS = 1_500;

export class PortfolioService extends Disposable {
  readonly store: PortfolioIndexStore;
  private current: PortfolioIndex = emptyIndex();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private peersKey: string | undefined;
  private setAsideReported = false;
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  /** The index changed (read, written, forgotten), or a setting that decides what is shown from it. */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves once the index has been read and the workspace's files read by then are in it. */
  readonly ready: Promise<void>;

  constructor(
    storagePath: string,
    private readonly health: HealthModel,
    private readonly log: vscode.LogOutputChannel,
    private readonly warn: (message: string) => unknown = (message) => vscode.window.showWarningMessage(message),
  ) {
    super();
    this.store = new PortfolioIndexStore(storagePath);
    this.register(health.stores.onDidChange(() => this.schedule()));
    this.register(vscode.workspace.onDidSaveTextDocument(() => this.schedule()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('clientHealth.exchangeRates') || e.affectsConfiguration('clientHealth.rules')) {
          this.updatePeers(true);
        }
        if (e.affectsConfiguration('clientHealth.portfolio')) {
          this.changeEmitter.fire();
          this.schedule();
        }
      }),
    );
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.ready = this.start().catch((error: unknown) => this.log.error(`The portfolio index could not be opened: ${describeError(error)}`));
  }

  /** The index as last read or written by this window. */
  get index(): PortfolioIndex {
    return this.current;
  }

  /** The path of each open workspace folder that the index would name (only folders on this machine's disk). */
  workspaceFolders(): Set<string> {
    return new Set((vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath));
  }

  /** What a read of the index or the portfolio's refresh needs from the settings, for today. */
  refreshOptions(): RefreshOptions {
    const settings = readSettings();
    return { today: localToday(new Date()), rules: settings.rules, maxBytes: settings.maxFileBytes, exchangeRates: settings.exchangeRates.rates };
  }

  /** Takes the result of a read or a change of the index: the view, the context keys and lowRate's peers follow. */
  apply(read: IndexRead): void {
    if (read.setAside && !this.setAsideReported) {
      // Once per window: the next read finds a fresh index, and a second window reports its own.
      this.setAsideReported = true;
      const message = localize(read.setAside.message);
      this.log.warn('The portfolio index could not be read and was set aside; the portfolio starts again empty');
      void this.warn(message);
    }
    if (read.setAside) {
      // The portfolio starts again empty: the open workspace's files go back in without waiting for an edit.
      this.schedule();
    }
    this.current = read.index;
    this.setContext(ContextKeys.portfolioHasFolders, read.index.folders.length > 0);
    this.updatePeers(false);
    this.changeEmitter.fire();
  }

  /** The client most at risk among the indexed folders read as they are now, for the status bar; undefined when the setting hides it. */
  worst(): IndexedClient | undefined {
    if (!readSettings().portfolio.statusBar) {
      return undefined;
    }
    return byRisk(indexedClients(this.current).filter((c) => c.summary.status !== 'ended'))[0];
  }

  private async start(): Promise<void> {
    this.apply(await this.store.read());
    this.setContext(ContextKeys.portfolioReady, true);
    await this.indexWorkspace();
  }

  private setContext(key: string, value: boolean): void {
    vscode.commands.executeCommand('setContext', key, value).then(undefined, reportFailure(vscode.l10n.t('Updating the views')));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.indexWorkspace().catch((error: unknown) => this.log.error(`Writing the portfolio index failed: ${describeError(error)}`));
    }, INDEX_DELAY_MS);
  }

  /** Writes the workspace's client files read valid, as on disk, when their summaries differ from the index's. */
  async indexWorkspace(): Promise<void> {
    if (this.isDisposed || !readSettings().portfolio.enabled) {
      return;
    }
    const now = new Date();
    const entries: FolderEntry[] = [];
    for (const store of this.health.stores.present()) {
      const state = store.state;
      if (store.folder.uri.scheme !== 'file' || state.kind !== 'valid' || hasUnsavedEdits(store)) {
        continue;
      }
      const folder = store.folder.uri.fsPath;
      const file = path.relative(folder, store.uri.fsPath).split(path.sep).join('/');
      const rules = readSettings(store.folder).rules;
      // The health the Clients view shows (the same peers, the same evidence), of the file as on disk.
      const clients = summarizeFile(state.file, this.health.healthOf(store), localToday(now), rules.lowRate.windowDays);
      const known = this.current.folders.find((f) => f.folder === folder);
      if (known?.state === 'ok' && known.file === file && JSON.stringify(known.clients) === JSON.stringify(clients) && sameDay(known.read, now)) {
        continue; // nothing new: no write
      }
      entries.push({ folder, file, state: 'ok', read: now.toISOString(), clients });
    }
    if (entries.length > 0 && !this.isDisposed) {
      this.apply(await this.store.updateAll(entries));
    }
  }

  /** lowRate's peers for a store: the indexed clients of every other folder, at the user's exchange rates. */
  private readonly peersOf = (store: ClientFileStore, rules: Rules): PortfolioPeers => ({
    rates: peerRates(this.current, store.folder.uri.fsPath, rules.lowRate.minHours),
    exchangeRates: readSettings(store.folder).exchangeRates.rates,
  });

  /**
   * Re-evaluates the workspace only when what its lowRate reads changed: the other folders' rates (its own
   * folder's entry follows its own file, and re-evaluating for it would only repeat the same figures).
   */
  private updatePeers(force: boolean): void {
    const own = this.workspaceFolders();
    const key = JSON.stringify(peerRates(this.current, undefined, 0).filter((r) => !own.has(r.folder)));
    if (force || key !== this.peersKey) {
      this.peersKey = key;
      this.health.setPeers(this.peersOf);
    }
  }
}

/** Worst first: by level, then by score, then by name for a stable order. */
export function byRisk(clients: readonly IndexedClient[]): IndexedClient[] {
  return [...clients].sort(
    (a, b) =>
      Number(a.summary.status === 'ended') - Number(b.summary.status === 'ended') ||
      levelRank(b.summary.level) - levelRank(a.summary.level) ||
      a.summary.score - b.summary.score ||
      a.summary.name.localeCompare(b.summary.name),
  );
}

function hasUnsavedEdits(store: ClientFileStore): boolean {
  return vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === store.uri.toString());
}

/** A read of another day is written again even when unchanged: the index says when each folder was last read. */
function sameDay(read: string, now: Date): boolean {
  return read.slice(0, 10) === now.toISOString().slice(0, 10);
}
