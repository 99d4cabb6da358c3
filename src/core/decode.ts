/**
 * The client file's bytes to text, or to the one problem that says why they
 * are not read. The editor and the CLI both decode here, so that a file is
 * refused for the same reason at the same line in both.
 *
 * Only UTF-8 is accepted. A decoder that replaces bad bytes with U+FFFD would
 * show the file as valid, and the next recording command would save the
 * replacement characters over the original bytes; a UTF-16 file decoded as
 * UTF-8 would yield a problem per character instead of one that names the fix.
 */
import type { Problem, ReadResult } from './clientFile';
import { LineIndex } from './lineIndex';
import { Message, msg } from './messages';

/** `clientHealth.maxFileSizeMB`: the default, and the range package.json declares. */
export const DEFAULT_MAX_FILE_SIZE_MB = 20;
export const MIN_MAX_FILE_SIZE_MB = 1;
export const MAX_MAX_FILE_SIZE_MB = 100;

const MB = 1024 * 1024;

/** The limit in bytes; a value outside the declared range (a hand-edited settings file) falls back to the default. */
export function maxFileBytes(megabytes: unknown): number {
  const valid = typeof megabytes === 'number' && Number.isInteger(megabytes) && megabytes >= MIN_MAX_FILE_SIZE_MB && megabytes <= MAX_MAX_FILE_SIZE_MB;
  return (valid ? megabytes : DEFAULT_MAX_FILE_SIZE_MB) * MB;
}

/** Why a path that exists is not read as the client file; the editor and the CLI say it the same way. */
export const NOT_A_FILE = {
  folder: msg('The client file path is a folder, not a file.'),
  special: msg('The client file path is a named pipe, a socket or a device, not a file.'),
} as const;

export type Decoded = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: Problem };

/** A problem at the file's start (it stands for the whole file), or under one bad byte. */
function fileProblem(message: Message, code: string, at?: { offset: number; line: number; character: number }): Problem {
  if (at === undefined) {
    const start = { line: 0, character: 0 };
    return { message, severity: 'error', code, offset: 0, length: 0, start, end: start };
  }
  const start = { line: at.line, character: at.character };
  return { message, severity: 'error', code, offset: at.offset, length: 1, start, end: { line: at.line, character: at.character + 1 } };
}

/** `setting`: what sets the limit where the message is shown (the setting's name, or the CLI's option). */
export function tooLargeProblem(maxBytes: number, setting: string): Problem {
  return fileProblem(msg('The client file is larger than {0} MB, the limit set by {1}; it is not read.', Math.floor(maxBytes / MB), setting), 'tooLarge');
}

/** A read that stopped before parsing: no model, one problem. */
export function unparsed(problem: Problem): ReadResult {
  return { file: undefined, problems: [problem], root: undefined };
}

/**
 * UTF-16 and UTF-32 by their byte order mark, or without one by the NULs of
 * the first characters: a client file starts with ASCII (`{`, a space, a
 * comment), which those encodings write with zero bytes beside it.
 */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0) return 'UTF-32 BE';
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b.length >= 2 && b[0] === 0 && b[1] !== 0) return 'UTF-16 BE';
  if (b.length >= 2 && b[0] !== 0 && b[1] === 0) return 'UTF-16 LE';
  return undefined;
}

/**
 * Index of the first byte that does not start a well-formed UTF-8 sequence
 * (Unicode's table 3-7: no overlong form, no surrogate, nothing past U+10FFFF),
 * or -1. The same bytes TextDecoder's fatal mode refuses.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const lead = b[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0; // below: an overlong form
      if (lead === 0xed) high = 0x9f; // above: a surrogate (CESU-8)
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // above: past U+10FFFF
    } else {
      return i;
    }
    if (i + need >= n || b[i + 1] < low || b[i + 1] > high) {
      return i;
    }
    for (let k = 2; k <= need; k++) {
      if (b[i + k] < 0x80 || b[i + k] > 0xbf) {
        return i;
      }
    }
    i += need + 1;
  }
  return -1;
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

export function decodeClientFile(bytes: Uint8Array): Decoded {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    return { problem: fileProblem(msg('The client file is saved as {0}: save it as UTF-8. Until then nothing is written to it.', wide), 'notUtf8') };
  }
  try {
    // The BOM is dropped, as the editor drops it: columns then agree with the editor's.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Only now the slower scan, for the position: the decoder does not say where it stopped.
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    // Unreachable while both follow the same table; a file must not pass as valid if they ever differ.
    return { problem: fileProblem(msg('The client file is not UTF-8: save it as UTF-8. Until then nothing is written to it.'), 'notUtf8') };
  }
  // The bytes before the bad one are valid, so they decode as the editor shows them: its line and column.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const at = new LineIndex(before).positionAt(before.length);
  return {
    problem: fileProblem(
      msg('The client file is not UTF-8: the byte 0x{0} here is not valid UTF-8. Save the file as UTF-8; until then nothing is written to it.', hex(bytes[bad])),
      'notUtf8',
      { offset: before.length, ...at },
    ),
  };
}

/** Length in UTF-8 of a text the editor holds, to hold it to the same limit as the file on disk. */
export function utf8Length(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Two bytes below U+0800, else three; a surrogate pair (two units) makes four, a lone surrogate U+FFFD's three.
      length += c < 0x800 ? 1 : 2;
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        i++;
      }
    }
  }
  return length;
}
