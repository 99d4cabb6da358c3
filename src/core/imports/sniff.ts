/** Which reader a file goes to, by its content rather than its name: exports are renamed, and an e-invoice may come as `.txt` from a portal. */

/**
 * `xml` when the first character after a BOM and blank space is `<`; `pdf` and `p7m` for the two wrappings
 * of an e-invoice that are recognised only to say what to import instead; anything else is read as CSV.
 */
export function importKind(bytes: Uint8Array): 'xml' | 'csv' | 'pdf' | 'p7m' {
  if (signedEnvelope(bytes)) {
    return 'p7m';
  }
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) {
    i++;
  }
  if (startsWith(bytes, i, PDF)) {
    return 'pdf';
  }
  if (base64Envelope(bytes, i)) {
    return 'p7m';
  }
  // UTF-16 XML (a BOM of FE FF or FF FE) goes to the XML reader, which says what it makes of it.
  return bytes[i] === 0x3c || bytes[0] === 0xfe || bytes[0] === 0xff ? 'xml' : 'csv';
}

/** `%PDF-`: every PDF starts with it (a Factur-X or ZUGFeRD invoice is a PDF with the XML attached). */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** The DER of the OID 1.2.840.113549.1.7.2, CMS SignedData: what the SdI's signed `.xml.p7m` files are. */
const SIGNED_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  return prefix.every((b, k) => bytes[at + k] === b);
}

/** A DER SEQUENCE (of indefinite length, or a length of 1 to 4 bytes) whose first element is the SignedData OID. */
function signedEnvelope(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || bytes.length < 2) {
    return false;
  }
  const length = bytes[1];
  const at = length === 0x80 || length < 0x80 ? 2 : length <= 0x84 ? 2 + (length & 0x7f) : -1;
  return at > 0 && startsWith(bytes, at, SIGNED_DATA);
}

/** The same envelope in base64, as some portals and mail clients save it: only its first bytes are decoded. */
function base64Envelope(bytes: Uint8Array, at: number): boolean {
  const head = String.fromCharCode(...bytes.subarray(at, at + 64));
  if (!/^MI[A-Za-z0-9+/]{30}/.test(head)) {
    return false;
  }
  const decoded = atob(head.slice(0, 32));
  return signedEnvelope(Uint8Array.from(decoded, (c) => c.charCodeAt(0)));
}
