/**
 * Reads a client file's bytes from the local disk with Node's fs alone, so that
 * what has no window (the portfolio's refresh, plain-Node tests) reads exactly
 * as the extension does: same size cap, same refusal of pipes and folders.
 */
// fs.promises, not node:fs/promises: the property loads Node's promise API on the first read, not with the bundle.
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** special: a named pipe, a socket or a device where the file should be. tooLarge: above the limit, not read. */
export type ClientFileBytes =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'folder' }
  | { readonly kind: 'special' }
  | { readonly kind: 'missing' };

/** The file at `path`, or why not: thrown only for a read that failed (permissions, I/O). */
export async function readFromDisk(path: string, maxBytes: number): Promise<ClientFileBytes> {
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
