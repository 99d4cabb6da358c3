/** Warns, once per folder and session, when git tracks a client file, and offers the fix. */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { ClientFileStore } from '../store/clientFileStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { isTracked, stopTracking } from './gitPrivacy';

export class TrackedFileWarning implements vscode.Disposable {
  private readonly checked = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly stores: WorkspaceStores) {
    this.disposables.push(
      stores.onDidChange(() => void this.checkAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.checkAll()),
      vscode.commands.registerCommand(Commands.stopTrackingClientFile, (store?: ClientFileStore) => this.stopTracking(store)),
    );
  }

  async checkAll(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      return;
    }
    for (const store of this.stores.present()) {
      const key = store.uri.toString();
      if (store.uri.scheme !== 'file' || this.checked.has(key)) {
        continue;
      }
      this.checked.add(key);
      if (await isTracked(store.folder.uri.fsPath, store.uri.fsPath)) {
        void this.warn(store);
      }
    }
  }

  private async warn(store: ClientFileStore): Promise<void> {
    const fix = vscode.l10n.t('Stop Tracking');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Git tracks {0} in "{1}". It holds your rates, invoices and notes about this client, and would be pushed with the code. Stop tracking it? The file stays on disk; commits made before keep their copy.',
        store.relativePath,
        store.folder.name,
      ),
      fix,
    );
    if (answer === fix) {
      await this.stopTracking(store);
    }
  }

  private async stopTracking(store?: ClientFileStore): Promise<void> {
    const target = store ?? this.stores.present()[0];
    if (!target || !vscode.workspace.isTrusted) {
      return;
    }
    const ok = await stopTracking(target.folder.uri.fsPath, target.uri.fsPath);
    if (ok) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is no longer tracked and is listed in .git/info/exclude. Commit the removal to keep it out of the repository.', target.relativePath),
      );
    } else {
      void vscode.window.showErrorMessage(vscode.l10n.t('Git could not stop tracking {0}.', target.relativePath));
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
