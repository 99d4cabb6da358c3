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
// fs.promises, not node:fs/promises: the property loads Node's promise API on the first read, not with the bundle.
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as vscode from 'vscode';

/** special: a named pipe, a socket or a device where the file should be. tooLarge: above the limit, not read. */
export type ClientFileBytes =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'folder' }
  | { readonly kind: 'special' }
  | { readonly kind: 'missing' };

/** `maxBytes`: a larger file is found by its size and not read (90 MB of `[0,0,…]` once took the heap). */
export async function readClientFileBytes(uri: vscode.Uri, maxBytes: number): Promise<ClientFileBytes> {
  return uri.scheme === 'file' ? readFromDisk(uri.fsPath, maxBytes) : readThroughWorkspaceFs(uri, maxBytes);
}

async function readFromDisk(path: string, maxBytes: number): Promise<ClientFileBytes> {
  try {
    // Opened without blocking and looked at before reading: a read of a named pipe waits for a writer
    // that may never come, holding one of Node's four file-system threads for good, and each refresh
    // would take another. O_NONBLOCK does nothing to a regular file (and is absent on Windows).
    const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) {
        return { kind: 'folder' };
      }
      if (!stat.isFile()) {
        return { kind: 'special' };
      }
      // Awaited here, so that the handle is closed after the read, not before.
      return stat.size > maxBytes ? { kind: 'tooLarge' } : await readAtMost(handle, stat.size, maxBytes);
    } finally {
      await handle.close();
    }
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

/** The file's bytes up to its end, or tooLarge once past `maxBytes`: it may have grown since its stat. */
async function readAtMost(handle: FileHandle, size: number, maxBytes: number): Promise<ClientFileBytes> {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (let read = 1; read > 0 && length <= maxBytes; length += read) {
    if (length === buffer.length) {
      buffer = Buffer.concat([buffer], Math.min(2 * length, maxBytes + 1));
    }
    read = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
  }
  return length > maxBytes ? { kind: 'tooLarge' } : { kind: 'file', bytes: buffer.subarray(0, length) };
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
