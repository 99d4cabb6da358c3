/**
 * Reads a client file's bytes from the local disk with Node's fs alone, so that
 * what has no window (the portfolio's refresh, plain-Node tests) reads exactly
 * as the extension does: same size cap, same refusal of pipes and folders.
 */
// The callback API, not fs.promises: a FileHandle and a promise for each of the open, fstat, reads and close took
// twice the CPU time of fs.promises.readFile (npm run bench, the portfolio's refresh reads 200 files at once).
import { Stats, close, constants, fstat, open, read } from 'node:fs';

/** special: a named pipe, a socket or a device where the file should be. tooLarge: above the limit, not read. */
export type ClientFileBytes =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'folder' }
  | { readonly kind: 'special' }
  | { readonly kind: 'missing' };

type Done = (error: NodeJS.ErrnoException | null, result?: ClientFileBytes) => void;

/** The file at `path`, or why not: thrown only for a read that failed (permissions, I/O). */
export function readFromDisk(path: string, maxBytes: number): Promise<ClientFileBytes> {
  return new Promise((resolve, reject) => {
    const settle: Done = (error, result) => {
      if (!error) {
        resolve(result!);
        return;
      }
      switch (error.code) {
        case 'ENOENT':
          resolve({ kind: 'missing' });
          return;
        // ENOTDIR (a file where the client file's folder should be) is thrown, as workspace.fs throws
        // FileNotADirectory: reported as unreadable, it names the cause, where "missing" would offer to
        // create a file that cannot be created there.
        case 'EISDIR':
          resolve({ kind: 'folder' });
          return;
        default:
          reject(error);
      }
    };
    // Opened without blocking and looked at before reading: a read of a named pipe waits for a writer
    // that may never come, holding one of Node's four file-system threads for good, and each refresh
    // would take another. O_NONBLOCK does nothing to a regular file (and is absent on Windows).
    open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0), (openError, fd) => {
      if (openError) {
        settle(openError);
        return;
      }
      // Closed after the read, whatever happened; an error of the close wins, as a close that fails may have lost data.
      const closing: Done = (error, result) => close(fd, (closeError) => settle(closeError ?? error, result));
      fstat(fd, (statError, stat: Stats) => {
        if (statError) {
          closing(statError);
        } else if (stat.isDirectory()) {
          closing(null, { kind: 'folder' });
        } else if (!stat.isFile()) {
          closing(null, { kind: 'special' });
        } else if (stat.size > maxBytes) {
          closing(null, { kind: 'tooLarge' });
        } else {
          guarded(closing, () => readAtMost(fd, stat.size, maxBytes, closing));
        }
      });
    });
  });
}

/** The file's bytes up to its end, or tooLarge once past `maxBytes`: it may have grown since its stat. */
function readAtMost(fd: number, size: number, maxBytes: number, done: Done): void {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let length = 0;
  const next = () => {
    if (length > maxBytes) {
      done(null, { kind: 'tooLarge' });
      return;
    }
    if (length === buffer.length) {
      buffer = Buffer.concat([buffer], Math.min(2 * length, maxBytes + 1));
    }
    read(fd, buffer, length, buffer.length - length, null, (error, bytesRead) => {
      if (error) {
        done(error);
      } else if (bytesRead === 0) {
        done(null, { kind: 'file', bytes: buffer.subarray(0, length) });
      } else {
        length += bytesRead;
        guarded(done, next);
      }
    });
  };
  next();
}

/**
 * Runs `step` inside an fs callback: a throw there (an allocation refused, an argument fs rejects) would escape the
 * promise as an uncaught exception of the extension host or the CLI; it is given to `done` as the read's failure.
 */
function guarded(done: Done, step: () => void): void {
  try {
    step();
  } catch (error) {
    done(error instanceof Error ? error : new Error(String(error)));
  }
}
