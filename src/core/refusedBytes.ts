/**
 * Why the client file's bytes are refused, and where: the part of decode.ts
 * that only a refused file needs, loaded on first use (see decode.ts).
 */
import type { Problem } from './clientFile';
import type { Decoded } from './decode';
import { LineIndex } from './lineIndex';
import { Message, msg } from './messages';

/** A problem at the file's start (it stands for the whole file), or under one bad byte. */
function fileProblem(message: Message, code: string, at?: { offset: number; line: number; character: number }): Problem {
  if (at === undefined) {
    const start = { line: 0, character: 0 };
    return { message, severity: 'error', code, offset: 0, length: 0, start, end: start };
  }
  const start = { line: at.line, character: at.character };
  return { message, severity: 'error', code, offset: at.offset, length: 1, start, end: { line: at.line, character: at.character + 1 } };
}

export function tooLargeProblem(maxBytes: number, setting: string): Problem {
  return fileProblem(msg('The client file is larger than {0} MB, the limit set by {1}; it is not read.', Math.floor(maxBytes / 1024 / 1024), setting), 'tooLarge');
}

/** The first four bytes in hex: a BOM, or `00` beside the ASCII a client file starts with. */
const WIDE: readonly [RegExp, string][] = [
  [/^0000feff/, 'UTF-32 BE'],
  [/^fffe0000/, 'UTF-32 LE'],
  [/^feff/, 'UTF-16 BE'],
  [/^fffe/, 'UTF-16 LE'],
  [/^000000(?!00)../, 'UTF-32 BE'],
  [/^(?!00)..000000/, 'UTF-32 LE'],
  [/^00(?!00)../, 'UTF-16 BE'],
  [/^(?!00)..00/, 'UTF-16 LE'],
];

function wideEncoding(bytes: Uint8Array): string | undefined {
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
  return WIDE.find(([pattern]) => pattern.test(head))?.[1];
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

/** Bytes the fast path did not take: UTF-16 or UTF-32, not UTF-8, or (starting with NULs) UTF-8 after all. */
export function decodeRefused(bytes: Uint8Array): Decoded {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    return { problem: fileProblem(msg('The client file is saved as {0}: save it as UTF-8. Until then nothing is written to it.', wide), 'notUtf8') };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  }
  // The bytes before the bad one are valid, so they decode as the editor shows them: its line and column.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const at = new LineIndex(before).positionAt(before.length);
  const byte = bytes[bad].toString(16).toUpperCase();
  return {
    problem: fileProblem(
      msg('The client file is not UTF-8: the byte 0x{0} here is not valid UTF-8. Save the file as UTF-8; until then nothing is written to it.', byte),
      'notUtf8',
      { offset: before.length, ...at },
    ),
  };
}
