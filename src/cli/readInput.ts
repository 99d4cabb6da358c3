/**
 * The CLI's input as text, or the one problem or reason that stops it being
 * read. Synchronous, as the CLI is; every read is bounded by the size limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { Problem } from '../core/clientFile';
import { MAX_MAX_FILE_SIZE_MB, MIN_MAX_FILE_SIZE_MB, NOT_A_FILE, decodeClientFile, maxFileBytes, tooLargeProblem } from '../core/decode';
import { formatMessage } from '../core/messages';

export type Input =
  /** `bytes`: as read, for a write that must first check nobody changed them (atomicWrite.ts). */
  | { readonly text: string; readonly bytes: Uint8Array; readonly problem?: undefined; readonly reason?: undefined }
  | { readonly text?: undefined; readonly problem: Problem; readonly reason?: undefined }
  | { readonly text?: undefined; readonly problem?: undefined; readonly reason: string };

/** What the CLI names its input in FILE:LINE:COL lines; `-` is standard input. */
export const inputLabel = (file: string) => (file === '-' ? '<stdin>' : file);

export const MAX_SIZE_OPTION = '--max-size-mb';

/** The limit in bytes from the option's text (the default when absent), or undefined when it is not a whole number in range. */
export function maxBytesOption(value: string | undefined): number | undefined {
  if (value === undefined) {
    return maxFileBytes(undefined);
  }
  const megabytes = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  return megabytes >= MIN_MAX_FILE_SIZE_MB && megabytes <= MAX_MAX_FILE_SIZE_MB ? maxFileBytes(megabytes) : undefined;
}

export const maxBytesUsage = `${MAX_SIZE_OPTION} must be a whole number from ${MIN_MAX_FILE_SIZE_MB} to ${MAX_MAX_FILE_SIZE_MB}`;

export function readInput(file: string, maxBytes: number): Input {
  let bytes: Uint8Array | undefined;
  try {
    bytes = file === '-' ? readAtMost(0, 64 * 1024, maxBytes) : readFile(file, maxBytes);
  } catch (error) {
    if (error instanceof NotAFile) {
      return { reason: error.message };
    }
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? formatMessage(NOT_A_FILE.folder) : (error as Error).message };
  }
  if (bytes === undefined) {
    return { problem: tooLargeProblem(maxBytes, MAX_SIZE_OPTION) };
  }
  const decoded = decodeClientFile(bytes);
  return decoded.problem ? { problem: decoded.problem } : { text: decoded.text, bytes };
}

/** A file's bytes as they are (an e-invoice, a CSV export, the client file to write back), or why they cannot be read. */
export type Bytes = { readonly bytes: Uint8Array; readonly reason?: undefined; readonly tooLarge?: undefined } | { readonly bytes?: undefined; readonly reason: string; readonly tooLarge?: boolean };

export function readBytes(file: string, maxBytes: number): Bytes {
  try {
    const bytes = file === '-' ? readAtMost(0, 64 * 1024, maxBytes) : readFile(file, maxBytes);
    return bytes === undefined ? { reason: `larger than ${maxBytes / 1024 / 1024} MB (${MAX_SIZE_OPTION} raises the limit)`, tooLarge: true } : { bytes };
  } catch (error) {
    if (error instanceof NotAFile) {
      return { reason: error.message };
    }
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? formatMessage(NOT_A_FILE.folder) : (error as Error).message };
  }
}

class NotAFile extends Error {}

/** The file's bytes, or undefined past the limit. */
function readFile(file: string, maxBytes: number): Uint8Array | undefined {
  // Opened without blocking and looked at before reading: a read of a named pipe waits for a writer
  // that may never come, and a device such as /dev/zero never ends. O_NONBLOCK does nothing to a
  // regular file (and is absent on Windows).
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      throw new NotAFile(formatMessage(NOT_A_FILE.folder));
    }
    if (!stat.isFile()) {
      throw new NotAFile(formatMessage(NOT_A_FILE.special));
    }
    // The size first, so a file far past the limit is not read at all; the read is bounded
    // all the same, as the file may grow in between.
    return stat.size > maxBytes ? undefined : readAtMost(fd, stat.size, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, or stops once past `maxBytes` (undefined): standard input has no size to look at first. */
function readAtMost(fd: number, expected: number, maxBytes: number): Uint8Array | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) {
        return undefined;
      }
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSome(fd, buffer, length);
    if (read === 0) {
      return buffer.subarray(0, length);
    }
    length += read;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function readSome(fd: number, buffer: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') {
        return 0; // Windows, at the end of a pipe
      }
      if (code !== 'EAGAIN') {
        throw error;
      }
      // Standard input left non-blocking by whoever started us: wait a little for the writer.
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}
