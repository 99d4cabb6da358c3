/**
 * One ClientFileStore per workspace folder, kept in step with the folders and
 * with the `clientHealth.clientFile` setting. Re-publishes every store's change
 * as one event and keeps the context keys that drive the view's welcome content.
 */
import * as vscode from 'vscode';
import { ContextKeys } from '../commandIds';
import { readSettings } from '../config';
import { showControlCharacters } from '../git/excludeEntry';
import { reportFailure } from '../ui/failures';
import { ClientFileStore, readFailed } from './clientFileStore';
import { Disposable } from '../lifecycle';
import { Log } from '../log';

export class WorkspaceStores extends Disposable {
  private readonly stores = new Map<string, { store: ClientFileStore; subscription: vscode.Disposable }>();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<ClientFileStore | undefined>());
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('clientHealth'));

  readonly onDidChange = this.changeEmitter.event;

  constructor(readonly log: Log) {
    super();
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.sync().catch(readFailed())));
    // Each store reads the size limit as it reads its file: a refresh applies a new one.
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('clientHealth.clientFile')) {
          this.sync(true).catch(readFailed());
        } else if (e.affectsConfiguration('clientHealth.maxFileSizeMB')) {
          this.refreshAll().catch(readFailed());
        }
      }),
    );
    // The stores go first, while the diagnostics they clear and the emitter are still there.
    this.register({ dispose: () => [...this.stores.keys()].forEach((key) => this.remove(key)) });
  }

  /** Creates, replaces or drops stores to match the folders; resolves once every store has read its file. */
  async sync(settingsChanged = false): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const wanted = new Set(folders.map((f) => f.uri.toString()));
    for (const [key, entry] of this.stores) {
      const folder = folders.find((f) => f.uri.toString() === key);
      if (!wanted.has(key) || (settingsChanged && folder && readSettings(folder).clientFile !== entry.store.relativePath)) {
        this.remove(key);
      }
    }
    const loads: Promise<void>[] = [];
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (!this.stores.has(key)) {
        const settings = readSettings(folder);
        if (settings.refusedBecause === 'controlCharacter') {
          vscode.window.showWarningMessage(
            vscode.l10n.t(
              'The setting clientHealth.clientFile ("{0}") contains a control character, such as a line break: it cannot name a file safely, nor be listed as one line in .git/info/exclude. Client Health reads {1} instead.',
              showControlCharacters(settings.refusedClientFile ?? ''),
              settings.clientFile,
            ),
          );
        } else if (settings.refusedClientFile !== undefined) {
          vscode.window.showWarningMessage(
            vscode.l10n.t('The setting clientHealth.clientFile ("{0}") points outside the folder "{1}"; Client Health reads {2} instead.', settings.refusedClientFile, folder.name, settings.clientFile),
          );
        }
        const store = new ClientFileStore(folder, settings.clientFile, this.diagnostics, this.log);
        const subscription = store.onDidChange(() => this.onStoreChanged(store));
        this.stores.set(key, { store, subscription });
        loads.push(store.refresh());
      }
    }
    await Promise.all(loads);
    this.updateContext();
    await vscode.commands.executeCommand('setContext', ContextKeys.ready, true);
    this.changeEmitter.fire(undefined);
  }

  /** Stores in workspace folder order. */
  all(): ClientFileStore[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .map((f) => this.stores.get(f.uri.toString())?.store)
      .filter((s): s is ClientFileStore => s !== undefined);
  }

  forFolder(folder: vscode.WorkspaceFolder): ClientFileStore | undefined {
    return this.stores.get(folder.uri.toString())?.store;
  }

  /** Stores whose file exists (valid, invalid or unreadable). */
  present(): ClientFileStore[] {
    return this.all().filter((s) => s.state.kind !== 'missing' && s.state.kind !== 'loading');
  }

  async refreshAll(): Promise<void> {
    await Promise.all(this.all().map((s) => s.refresh()));
  }

  private onStoreChanged(store: ClientFileStore): void {
    this.updateContext();
    this.changeEmitter.fire(store);
  }

  private updateContext(): void {
    vscode.commands
      .executeCommand('setContext', ContextKeys.hasClientFile, this.present().length > 0)
      .then(undefined, reportFailure(vscode.l10n.t('Updating the views')));
  }

  private remove(key: string): void {
    const entry = this.stores.get(key);
    if (entry) {
      entry.subscription.dispose();
      entry.store.dispose();
      this.stores.delete(key);
    }
  }

}
