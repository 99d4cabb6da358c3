/**
 * The portfolio on the editor's side (docs/portfolio.md): opens the index in the extension's global storage,
 * writes the open workspace's client files to it, and gives lowRate the other repositories' clients.
 *
 * What is indexed is what is on disk: a store's state is taken only while its file has no unsaved edits in an
 * editor (the store then holds the disk's text), a while after the last change, so typing writes nothing and a
 * save writes once. An invalid or missing file of the open workspace is not written: the index keeps that folder's
 * last valid read, and Refresh Portfolio records its state as it does for any other folder.
 */
import * as vscode from 'vscode';
import { Commands, ContextKeys } from '../commandIds';
import { readSettings } from '../config';
import type { Rules } from '../core/health/rules';
import type { PortfolioIndex } from '../core/portfolio/indexFile';
import type { ClientFile } from '../core/schema';
import { localToday } from '../core/dates';
import type { PortfolioPeers } from '../core/signals/lowRate';
import { Disposable } from '../lifecycle';
import { localize } from '../l10n';
import { describeError } from '../log';
import { reportFailure } from '../ui/failures';
import type { Prompter } from '../ui/prompts';
import type { PortfolioTarget } from './portfolioCommands';
import type { PortfolioStatus } from './portfolioStatus';
import type { ClientFileStore } from '../store/clientFileStore';
import type { HealthModel } from '../store/healthModel';
import type { IndexRead, PortfolioIndexStore } from './indexStore';
import { PortfolioModule, portfolioModule } from './portfolioModule';

/** After the last change of a client file: a burst of saves or a refresh of every folder writes the index once. */
export const INDEX_DELAY_MS = 1_500;

export class PortfolioService extends Disposable {
  private lib: PortfolioModule | undefined;
  private indexStore: PortfolioIndexStore | undefined;
  private current: PortfolioIndex = { version: 1, folders: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private peersKey: string | undefined;
  private setAsideReported = false;
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  /** The index changed (read, written, forgotten), or a setting that decides what is shown from it. */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves once the index has been read and the workspace's files read by then are in it. */
  readonly ready: Promise<void>;
  /** dist/portfolio.js, once loaded. */
  readonly loaded: Promise<PortfolioModule>;

  constructor(
    storagePath: string,
    private readonly health: HealthModel,
    private readonly log: vscode.LogOutputChannel,
    private readonly warn: (message: string) => unknown = (message) => vscode.window.showWarningMessage(message),
  ) {
    super();
    this.register(health.stores.onDidChange(() => this.schedule()));
    this.register(vscode.workspace.onDidSaveTextDocument(() => this.schedule()));
    // Restricted Mode writes nothing to the index (indexWorkspace); trusting the folder brings its files in.
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()));
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
    this.loaded = Promise.resolve().then(() => {
      // After activate() has returned (a microtask): activation does not read dist/portfolio.js.
      this.lib = portfolioModule();
      this.indexStore = new this.lib.PortfolioIndexStore(storagePath);
      return this.lib;
    });
    this.ready = this.start().catch((error: unknown) => this.log.error(`The portfolio index could not be opened: ${describeError(error)}`));
  }

  /** The index file's store; only once `loaded` has resolved. */
  get store(): PortfolioIndexStore {
    if (!this.indexStore) {
      throw new Error('The portfolio index is not open yet');
    }
    return this.indexStore;
  }

  /** The index as last read or written by this window. */
  get index(): PortfolioIndex {
    return this.current;
  }

  /** The path of each open workspace folder that the index would name (only folders on this machine's disk). */
  workspaceFolders(): Set<string> {
    return new Set((vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath));
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

  /**
   * What a client of the open workspace weighs in its currency's invoicing, in a sentence, when above half (signals-v1): said
   * before a termination is drafted and on its dashboard. Undefined at half or below, or before the index is open.
   */
  async incomeCaution(store: ClientFileStore, file: ClientFile, clientId: string): Promise<string | undefined> {
    const lib = await this.loaded;
    const rules = readSettings(store.folder).rules;
    return lib.workspaceCautionSentence(this.current, store.folder.uri.fsPath, file, this.health.healthOf(store), localToday(), rules.lowRate.windowDays, clientId);
  }

  /** The client most at risk among the indexed folders read as they are now, for the status bar; undefined when the setting hides it. */
  worst(): PortfolioStatus | undefined {
    if (!this.lib || !readSettings().portfolio.statusBar) {
      return undefined;
    }
    return this.lib.portfolioStatus(this.current);
  }

  private async start(): Promise<void> {
    await this.loaded;
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

  /**
   * Writes the workspace's client files read valid, as on disk, when their summaries differ from the index's.
   * Not in Restricted Mode: the index outlives the window and feeds every other repository's lowRate median, the
   * status bar and the chat tools, so a client file in a repository the user has not trusted (one just cloned to
   * look at) could otherwise plant clients and rates there. Its own views still show it.
   */
  async indexWorkspace(): Promise<void> {
    const lib = this.lib;
    if (!lib || this.isDisposed || !readSettings().portfolio.enabled || !vscode.workspace.isTrusted) {
      return;
    }
    const entries = lib.workspaceEntries(this.health.stores.present(), (store) => this.health.healthOf(store), this.current, new Date());
    if (entries.length > 0 && !this.isDisposed) {
      this.apply(await this.store.updateAll(entries));
    }
  }

  /** lowRate's peers for a store: the indexed clients of every other folder, at the user's exchange rates. */
  private readonly peersOf = (store: ClientFileStore, rules: Rules): PortfolioPeers => ({
    rates: this.lib?.peerRates(this.current, store.folder.uri.fsPath, rules.lowRate.minHours) ?? [],
    exchangeRates: readSettings(store.folder).exchangeRates.rates,
  });

  /**
   * Re-evaluates the workspace only when what its lowRate reads changed: the other folders' rates (its own
   * folder's entry follows its own file, and re-evaluating for it would only repeat the same figures).
   */
  private updatePeers(force: boolean): void {
    if (!this.lib) {
      return; // nothing read yet: no peers to give
    }
    const key = this.lib.peersKey(this.current, this.workspaceFolders());
    if (force || key !== this.peersKey) {
      this.peersKey = key;
      this.health.setPeers(this.peersOf);
    }
  }
}

/** The commands, each loading dist/portfolio.js if it is not yet (it is, a moment after activation). */
export function registerPortfolioCommands(service: PortfolioService, prompts: Prompter): vscode.Disposable[] {
  const ids = [Commands.addFoldersToPortfolio, Commands.refreshPortfolio, Commands.forgetPortfolioFolder, Commands.forgetPortfolio, Commands.openPortfolioFolder, Commands.openPortfolioClientFile, Commands.openPortfolioClientDashboard];
  return ids.map((id) => vscode.commands.registerCommand(id, async (target?: PortfolioTarget) => (await service.loaded).commands.run(id, service, prompts, target)));
}
