/**
 * Reads the client file's bytes, telling a missing file and a folder in its
 * place from a read that failed (which is thrown).
 *
 * A file on the extension host's own disk is read with Node's fs: each
 * `vscode.workspace.fs` call is a round trip to the window (even for `file:`
 * it first asks the window to activate the scheme's provider), and at
 * start-up, while the window is still building the workbench, its stat and
 * read took 0.4-0.7 s of the time before the first clients showed. Other
 * schemes (virtual workspaces) have no other way in than `workspace.fs`.
 */
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

export type ClientFileBytes = { readonly kind: 'file'; readonly bytes: Uint8Array } | { readonly kind: 'folder' } | { readonly kind: 'missing' };

export async function readClientFileBytes(uri: vscode.Uri): Promise<ClientFileBytes> {
  return uri.scheme === 'file' ? readFromDisk(uri.fsPath) : readThroughWorkspaceFs(uri);
}

async function readFromDisk(path: string): Promise<ClientFileBytes> {
  try {
    return { kind: 'file', bytes: await readFile(path) };
  } catch (error) {
    switch ((error as NodeJS.ErrnoException).code) {
      case 'ENOENT':
        return { kind: 'missing' };
      // ENOTDIR (a file where the client file's folder should be) is thrown, as workspace.fs throws
      // FileNotADirectory: reported as unreadable, it names the cause, where "missing" would offer to
      // create a file that cannot be created there.
      case 'EISDIR':
        return { kind: 'folder' };
      default:
        throw error;
    }
  }
}

async function readThroughWorkspaceFs(uri: vscode.Uri): Promise<ClientFileBytes> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      return { kind: 'folder' };
    }
    return { kind: 'file', bytes: await vscode.workspace.fs.readFile(uri) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return { kind: 'missing' };
    }
    throw error;
  }
}
