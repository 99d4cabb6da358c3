/**
 * Opens a commit in VS Code's own git view (a multi-file diff of the commit) through the git extension's
 * `git.viewCommit`, where this VS Code has one that takes a hash. The command is registered with
 * `{ repository: true }`: its first argument goes through the extension's `model.getRepository(uri)`, so the folder's
 * URI and the full hash are enough, as the git blame status bar item calls it (microsoft/vscode#234307, VS Code 1.96).
 * Before 1.96 it took the Source Control graph's own history item objects; there, and whenever the command cannot
 * show the commit, the caller opens its own read-only document instead. Part of dist/git.js.
 */
import * as vscode from 'vscode';

/** What is used of the git extension's public API (its git.d.ts, API version 1). */
interface GitApi {
  getRepository(uri: vscode.Uri): { getCommit(ref: string): Promise<unknown> } | null;
}

const FIRST_VERSION: readonly [number, number] = [1, 96];

function versionAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  return !!match && (Number(match[1]) > major || (Number(match[1]) === major && Number(match[2]) >= minor));
}

/**
 * True once the git view shows the commit; false when it could not, and nothing was opened by it. `failed` hears
 * why the git extension refused (for the log), since the caller then shows the commit its own way.
 */
export async function openInGitView(folder: vscode.Uri, hash: string, failed: (error: unknown) => void): Promise<boolean> {
  if (!vscode.workspace.isTrusted || !versionAtLeast(vscode.version, FIRST_VERSION) || vscode.workspace.getConfiguration('git', folder).get<boolean>('enabled') === false) {
    return false;
  }
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension?.isActive || !(await vscode.commands.getCommands(true)).includes('git.viewCommit')) {
    return false;
  }
  try {
    // A folder the extension has not opened as a repository would make the command ask which one; a commit it
    // cannot read (a rewritten history) would end in its modal error. Both are asked first.
    const repository = extension.exports.getAPI(1).getRepository(folder);
    if (!repository) {
      return false;
    }
    await repository.getCommit(hash);
    await vscode.commands.executeCommand('git.viewCommit', folder, hash);
  } catch (error) {
    failed(error);
    return false;
  }
  return activeTabFor(hash.slice(0, 7), OPEN_WAIT_MS);
}

/** How long the git view may take to show its tab once the command returned, before the fallback opens. */
const OPEN_WAIT_MS = 1000;

/**
 * Whether the active tab is the commit's: the multi-file diff is titled "<short hash> - <subject>". The command may
 * return before its tab is active, so a late tab is waited for rather than opening the fallback beside it.
 */
function activeTabFor(shortHash: string, waitMs: number): Promise<boolean> {
  const shows = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label.startsWith(shortHash) === true;
  if (shows()) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const done = (result: boolean) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(result);
    };
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => shows() && done(true));
    const timer = setTimeout(() => done(shows()), waitMs);
  });
}
