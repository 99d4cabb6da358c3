/** Which reader a file goes to, by its content rather than its name: exports are renamed, and an e-invoice may come as `.txt` from a portal. */

/** `xml` when the first character after a BOM and blank space is `<`; anything else is read as CSV. */
export function importKind(bytes: Uint8Array): 'xml' | 'csv' {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) {
    i++;
  }
  // UTF-16 XML (a BOM of FE FF or FF FE) goes to the XML reader, which says what it makes of it.
  return bytes[i] === 0x3c || bytes[0] === 0xfe || bytes[0] === 0xff ? 'xml' : 'csv';
}
