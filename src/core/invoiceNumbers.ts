/**
 * When two invoice numbers are the same number. A number copied from a PDF or a web page can carry zero-width
 * characters, and an accented letter can be one code point or a letter and a combining accent: a person reads them
 * as the same number, so the file's check, the recording prompt and the proposed next number all compare this key.
 */

// Zero-width spaces, joiners and marks, the word joiner and invisible operators, the byte order mark, and the
// Mongolian vowel separator (zero-width in current Unicode).
const ZERO_WIDTH = /[\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** The number as compared for duplicates: NFC, without zero-width characters; case and other characters as written. */
export function invoiceNumberKey(number: string): string {
  return number.normalize('NFC').replace(ZERO_WIDTH, '');
}
