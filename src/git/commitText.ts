/** The text of a commit's read-only document (commitDocuments.ts): what `git show --stat` says, made inert. Part of dist/git.js. */
import * as vscode from 'vscode';
import { inert } from '../core/controlChars';
import { Log } from '../log';
import { gitShowStat } from './gitLog';

export async function commitText(uri: vscode.Uri, log: Log): Promise<string> {
  const query = new URLSearchParams(uri.query);
  const hash = query.get('hash') ?? '';
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === query.get('folder'));
  if (!vscode.workspace.isTrusted) {
    return vscode.l10n.t('Client Health runs git only in a trusted workspace. Trust this workspace to see the commit.');
  }
  const text = folder && folder.uri.scheme === 'file' ? await gitShowStat(folder.uri.fsPath, hash, log) : undefined;
  if (text === undefined) {
    return vscode.l10n.t('Git could not show this commit. It may no longer be in the repository; Client Health: Show Log says more.');
  }
  // Line breaks stay, every other control character is written out: the message is the repository's text.
  return text.split('\n').map((line) => inert(line.replace(/\r$/, ''))).join('\n');
}
