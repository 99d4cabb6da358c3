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
import * as vscode from 'vscode';
import { ClientFileBytes, readFromDisk } from './readDiskBytes';

export type { ClientFileBytes } from './readDiskBytes';

/** `maxBytes`: a larger file is found by its size and not read (90 MB of `[0,0,…]` once took the heap). */
export async function readClientFileBytes(uri: vscode.Uri, maxBytes: number): Promise<ClientFileBytes> {
  return uri.scheme === 'file' ? readFromDisk(uri.fsPath, maxBytes) : readThroughWorkspaceFs(uri, maxBytes);
}

async function readThroughWorkspaceFs(uri: vscode.Uri, maxBytes: number): Promise<ClientFileBytes> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      return { kind: 'folder' };
    }
    // A provider's readFile has no bound: the stat's size is the only check there is before it.
    if (stat.size > maxBytes) {
      return { kind: 'tooLarge' };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length > maxBytes ? { kind: 'tooLarge' } : { kind: 'file', bytes };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return { kind: 'missing' };
    }
    throw error;
  }
}
