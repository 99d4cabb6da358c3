/**
 * A commit of the `overtime` evidence, opened from the Clients view: in VS Code's git view where it can
 * (gitView.ts: VS Code 1.96 or later, with its git extension on and the folder's repository open there), else a
 * read-only document with what `git show --stat` says of it (the message and the files it changed, no diff).
 * Git runs only in a trusted workspace (commitText.ts).
 */
import * as vscode from 'vscode';
import { describeError, Log } from '../log';
import { gitReading } from './gitReadingModule';

export const COMMIT_SCHEME = 'client-health-commit';

export class CommitDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly log: Log) {}

  provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return gitReading().commitText(uri, this.log);
  }
}

/** Opens a commit: the internal command the evidence rows call, with their folder and the full hash. */
export async function showCommit(log: Log, folder: unknown, hash: unknown): Promise<void> {
  if (!(folder instanceof vscode.Uri) || typeof hash !== 'string' || !/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(hash)) {
    return;
  }
  const failed = (error: unknown) => log.info(`The git view did not show the commit; showing git show instead: ${describeError(error)}`);
  if (await gitReading().openInGitView(folder, hash, failed)) {
    return;
  }
  // The short hash names the tab; the folder and the full hash are in the query.
  const query = new URLSearchParams({ folder: folder.toString(), hash }).toString();
  const uri = vscode.Uri.from({ scheme: COMMIT_SCHEME, path: `/${hash.slice(0, 7)}.txt`, query });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}
