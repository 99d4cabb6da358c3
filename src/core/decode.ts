/**
 * The client file's bytes to text, or to the one problem that says why they
 * are not read. The editor and the CLI both decode here, so that a file is
 * refused for the same reason at the same line in both.
 *
 * Only UTF-8 is accepted. A decoder that replaces bad bytes with U+FFFD would
 * show the file as valid, and the next recording command would save the
 * replacement characters over the original bytes; a UTF-16 file decoded as
 * UTF-8 would yield a problem per character instead of one that names the fix.
 *
 * This module holds the path every read takes; what a refusal needs (the
 * byte scan, the messages) is in refusedBytes.ts, which the extension loads
 * only when a file is refused (dist/refused-bytes.js, scripts/build.mjs).
 */
import type { Problem, ReadResult } from './clientFile';
import { msg } from './messages';
import type * as Refused from './refusedBytes';

/** `clientHealth.maxFileSizeMB`: the default, and the range package.json declares. */
export const DEFAULT_MAX_FILE_SIZE_MB = 20;
export const MIN_MAX_FILE_SIZE_MB = 1;
export const MAX_MAX_FILE_SIZE_MB = 100;

/** The limit in bytes; a value outside the declared range (a hand-edited settings file) falls back to the default. */
export function maxFileBytes(megabytes: unknown): number {
  const valid = Number.isInteger(megabytes) && (megabytes as number) >= MIN_MAX_FILE_SIZE_MB && (megabytes as number) <= MAX_MAX_FILE_SIZE_MB;
  return (valid ? (megabytes as number) : DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024;
}

/** Why a path that exists is not read as the client file; the editor and the CLI say it the same way. */
export const NOT_A_FILE = {
  folder: msg('The client file path is a folder, not a file.'),
  special: msg('The client file path is a named pipe, a socket or a device, not a file.'),
} as const;

export type Decoded = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: Problem };

const refused = () => require('./refusedBytes') as typeof Refused;

export function decodeClientFile(bytes: Uint8Array): Decoded {
  // A client file starts with ASCII; a NUL among its first two bytes may be UTF-16 or UTF-32, which
  // the strict decoder would take (NUL is valid UTF-8): those, and refused bytes, get the closer look.
  if (bytes[0] !== 0 && bytes[1] !== 0) {
    try {
      // The BOM is dropped, as the editor drops it: columns then agree with the editor's.
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Refused: the closer look says why and where.
    }
  }
  return refused().decodeRefused(bytes);
}

/** `setting`: what sets the limit where the message is shown (the setting's name, or the CLI's option). */
export function tooLargeProblem(maxBytes: number, setting: string): Problem {
  return refused().tooLargeProblem(maxBytes, setting);
}

/** A read that stopped before parsing: no model, one problem. */
export function unparsed(problem: Problem): ReadResult {
  return { file: undefined, problems: [problem], root: undefined, locate: (paths) => paths.map(() => ({ offset: 0, length: 0 })) };
}
