import * as assert from 'node:assert';
import { DEFAULT_MAX_FILE_SIZE_MB, decodeClientFile, maxFileBytes, tooLargeProblem } from '../../src/core/decode';
import { firstInvalidUtf8 } from '../../src/core/refusedBytes';
import { formatMessage } from '../../src/core/messages';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** The decoder's verdict as [line, column, message], 1-based like the CLI prints it, or the text. */
function verdict(input: Uint8Array): string | [number, number, string] {
  const decoded = decodeClientFile(input);
  return decoded.problem ? [decoded.problem.start.line + 1, decoded.problem.start.character + 1, formatMessage(decoded.problem.message)] : decoded.text;
}

function assertNotUtf8(input: Uint8Array, line: number, column: number, byte: string): void {
  const result = verdict(input);
  assert.ok(Array.isArray(result), `decoded as text: ${JSON.stringify(result)}`);
  assert.deepStrictEqual(result.slice(0, 2), [line, column], result[2]);
  assert.match(result[2], /not UTF-8/);
  assert.ok(result[2].includes(`0x${byte}`), result[2]);
}

function assertWide(input: Uint8Array, encoding: string): void {
  const result = verdict(input);
  assert.deepStrictEqual(result, [1, 1, `The client file is saved as ${encoding}: save it as UTF-8. Until then nothing is written to it.`]);
}

function encodeWide(text: string, unit: 2 | 4, littleEndian: boolean, bom: boolean): Uint8Array {
  const codePoints = [...(bom ? '\uFEFF' : '') + text].map((c) => c.codePointAt(0)!);
  const out: number[] = [];
  for (const cp of codePoints) {
    const units = unit === 4 || cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
    for (const u of units) {
      const be = unit === 4 ? [u >>> 24, (u >> 16) & 0xff, (u >> 8) & 0xff, u & 0xff] : [u >> 8, u & 0xff];
      out.push(...(littleEndian ? be.reverse() : be));
    }
  }
  return Uint8Array.from(out);
}

const FILE = '{\n  "version": 1,\n  "freelancer": { "name": "Zoë" },\n  "clients": []\n}\n';

describe('decoding the client file', () => {
  it('UTF-8 decodes to its text, with or without a BOM (dropped, as the editor drops it)', () => {
    assert.strictEqual(verdict(utf8(FILE)), FILE);
    assert.strictEqual(verdict(bytes([0xef, 0xbb, 0xbf], FILE)), FILE);
    assert.strictEqual(verdict(utf8('{"name": "😀 中文 עברית"}')), '{"name": "😀 中文 עברית"}');
    assert.strictEqual(verdict(new Uint8Array(0)), '');
  });

  it('Latin-1 is not UTF-8: one problem at the line and column of the first accented letter', () => {
    // "Zoë" in Latin-1: ë is the single byte 0xEB, then a quote, which cannot continue a sequence.
    const latin1 = Uint8Array.from([...FILE].map((c) => c.charCodeAt(0)));
    assertNotUtf8(latin1, 3, 30, 'EB');
    assertNotUtf8(bytes('{"a": "caf', [0xe9], '"}'), 1, 11, 'E9');
  });

  it('the column counts characters before the bad byte, as the editor does, after CRLF and a BOM', () => {
    assertNotUtf8(bytes([0xef, 0xbb, 0xbf], '{\r\n"n": "é😀', [0xff], '"\r\n}'), 2, 10, 'FF');
    assertNotUtf8(bytes('{\r"x":\r', [0x80]), 3, 1, '80');
  });

  it('overlong encodings, surrogates (CESU-8), code points past U+10FFFF and cut sequences are refused', () => {
    const cases: [number[], string][] = [
      [[0xc0, 0xaf], 'C0'], // "/" in two bytes
      [[0xc1, 0xbf], 'C1'],
      [[0xe0, 0x80, 0xaf], 'E0'], // "/" in three bytes
      [[0xf0, 0x80, 0x80, 0xaf], 'F0'],
      [[0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], 'ED'], // 😀 as a CESU-8 surrogate pair
      [[0xed, 0xb0, 0x80], 'ED'], // a lone low surrogate
      [[0xf4, 0x90, 0x80, 0x80], 'F4'], // U+110000
      [[0xf5, 0x80, 0x80, 0x80], 'F5'],
      [[0xe2, 0x82], 'E2'], // the euro sign, cut at the end of the file
      [[0xe2, 0x82, 0x41], 'E2'],
      [[0xbf], 'BF'], // a continuation byte with no lead
    ];
    for (const [bad, byte] of cases) {
      assertNotUtf8(bytes('{"a": "x', bad, '"}'), 1, 9, byte);
    }
    // Their well-formed neighbours pass: U+FFFF, U+10FFFF, U+D7FF, U+E000, U+0080.
    for (const good of [[0xef, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf], [0xed, 0x9f, 0xbf], [0xee, 0x80, 0x80], [0xc2, 0x80]]) {
      assert.strictEqual(firstInvalidUtf8(Uint8Array.from(good)), -1, JSON.stringify(good));
      assert.strictEqual(typeof verdict(bytes('{"a": "', good, '"}')), 'string');
    }
  });

  it('the position scan refuses exactly what the strict decoder refuses, on every 1- to 3-byte sequence after a lead byte', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (const tail of [[], [0x80], [0xbf], [0x9f, 0xbf], [0xa0, 0x80], [0x8f, 0xbf, 0xbf], [0x90, 0x80, 0x80], [0x41]]) {
        const input = Uint8Array.from([lead, ...tail]);
        let refused = false;
        try {
          strict.decode(input);
        } catch {
          refused = true;
        }
        assert.strictEqual(firstInvalidUtf8(input) >= 0, refused, `bytes ${[...input].map((b) => b.toString(16)).join(' ')}`);
      }
    }
  });

  it('UTF-16 and UTF-32, by their BOM or by the NULs of their first characters, are one problem that names the fix', () => {
    for (const bom of [true, false]) {
      assertWide(encodeWide(FILE, 2, true, bom), 'UTF-16 LE');
      assertWide(encodeWide(FILE, 2, false, bom), 'UTF-16 BE');
      assertWide(encodeWide(FILE, 4, true, bom), 'UTF-32 LE');
      assertWide(encodeWide(FILE, 4, false, bom), 'UTF-32 BE');
    }
    assertWide(encodeWide('{"n": "😀"}', 2, true, false), 'UTF-16 LE');
    // NULs that fit neither: left to the parser, as UTF-8 text.
    assert.strictEqual(verdict(Uint8Array.from([0, 0, 0x7b, 0x7d])), '\0\0{}');
  });

  it('the size limit: a whole number of megabytes in the declared range, else the default', () => {
    assert.strictEqual(maxFileBytes(undefined), DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024);
    assert.strictEqual(maxFileBytes(5), 5 * 1024 * 1024);
    for (const wrong of [0, -1, 1.5, 101, '50', Number.NaN, Infinity, null]) {
      assert.strictEqual(maxFileBytes(wrong), 20 * 1024 * 1024, String(wrong));
    }
    assert.strictEqual(formatMessage(tooLargeProblem(maxFileBytes(20), '--max-size-mb').message), 'The client file is larger than 20 MB, the limit set by --max-size-mb; it is not read.');
  });
});
