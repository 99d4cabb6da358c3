/**
 * Warns, once per folder and session, when git tracks a client file, and
 * offers the fix; also the command that keeps a client file out of git.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { ClientFileStore } from '../store/clientFileStore';
import { pickStore } from '../store/pickStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { reportFailure } from '../ui/failures';
import { showControlCharacters } from './excludeEntry';
import { isTracked, keepOutOfGit } from './gitPrivacy';
import { Disposable } from '../lifecycle';
import { Log } from '../log';

export class TrackedFileWarning extends Disposable {
  private readonly checked = new Set<string>();

  constructor(
    private readonly stores: WorkspaceStores,
    private readonly log: Log,
  ) {
    super();
    this.register(stores.onDidChange(() => this.checkInBackground()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.checkInBackground()));
    this.register(vscode.commands.registerCommand(Commands.keepClientFileOutOfGit, (store?: unknown) => this.keepOut(store)));
  }

  private checkInBackground(): void {
    this.checkAll().catch(reportFailure(vscode.l10n.t('Checking whether git tracks the client file')));
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
      if (await isTracked(store.folder.uri.fsPath, store.uri.fsPath, this.log)) {
        this.warn(store).catch(reportFailure(vscode.l10n.t('Stop Tracking')));
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
      await this.keepOut(store);
    }
  }

  private async keepOut(argument?: unknown): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      vscode.window.showWarningMessage(vscode.l10n.t('Trust this workspace first: Client Health runs git only in trusted workspaces.'));
      return;
    }
    const present = this.stores.present().filter((s) => s.uri.scheme === 'file');
    const store = present.find((s) => s === argument) ?? (await pickStore(present, vscode.l10n.t("Which folder's client file should be kept out of git?")));
    if (!store) {
      return;
    }
    const outcome = await keepOutOfGit(store.folder.uri.fsPath, store.uri.fsPath, this.log);
    if (!outcome) {
      vscode.window.showErrorMessage(vscode.l10n.t('Git could not stop tracking {0}.', store.relativePath));
    } else if (outcome.exclude === 'notRepository') {
      vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is not in a git repository: there is nothing to keep {1} out of.', store.folder.name, store.relativePath));
    } else if (outcome.exclude === 'unsafeName' || outcome.exclude === 'outsideRepository') {
      vscode.window.showWarningMessage(refusedExcludeMessage(outcome.exclude, store.relativePath));
    } else if (outcome.exclude === 'notIgnored') {
      vscode.window.showWarningMessage(
        vscode.l10n.t('{0} is listed in .git/info/exclude, but a rule in a .gitignore file includes it again, so git still sees it. Remove or narrow that rule.', store.relativePath),
      );
    } else if (outcome.untracked) {
      vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is no longer tracked and is listed in .git/info/exclude. Commit the removal to keep it out of the repository.', store.relativePath),
      );
    } else {
      vscode.window.showInformationMessage(vscode.l10n.t('Git ignores {0}: it is listed in .git/info/exclude.', store.relativePath));
    }
  }

}

/** Why the file was not listed in .git/info/exclude, when its path cannot be. */
export function refusedExcludeMessage(outcome: 'unsafeName' | 'outsideRepository', relativePath: string): string {
  return outcome === 'unsafeName'
    ? vscode.l10n.t(
        '{0} was not added to .git/info/exclude: its path in the repository contains a control character, such as a line break, and git would read the entry as several lines. Rename the folder, or keep the file out of git by hand.',
        showControlCharacters(relativePath),
      )
    : vscode.l10n.t('{0} was not added to .git/info/exclude: a symbolic link leads it outside the repository, where git does not see it.', relativePath);
}
