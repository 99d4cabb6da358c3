/**
 * An e-invoice's bytes to a parsed tree, or to the one problem that says why
 * not. The document is an attacker's as much as a client's: it is refused
 * before parsing when it declares a DOCTYPE or entities (no external entity
 * is ever fetched, no entity ever expands), when it is larger than the caller
 * allows, when an attribute is long enough to make validation slow, and when
 * it nests deeper than any e-invoice does.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { msg } from '../messages';
import type { ImportProblem } from './record';
import type { Element } from './tree';

/** UBL nests about 8 levels and CII about 10; 64 leaves room and stops a stack of a million tags. */
export const MAX_DEPTH = 64;
/** An e-invoice's attributes are codes and schema locations; megabytes of one made validation take seconds. */
export const MAX_ATTRIBUTE_LENGTH = 4096;

// Single-byte encodings that Italian and Turkish invoicing software still declares; anything else must be UTF-8.
const ENCODINGS = new Set(['utf-8', 'utf8', 'iso-8859-1', 'latin1', 'iso-8859-9', 'iso-8859-15', 'windows-1252', 'windows-1254']);

export type Parsed = { readonly root: Element; readonly name: string; readonly problem?: undefined } | { readonly problem: ImportProblem };

export function parseXml(bytes: Uint8Array, maxBytes: number): Parsed {
  if (bytes.length > maxBytes) {
    return { problem: { message: msg('The document is {0} bytes long, over the limit of {1} bytes for an imported e-invoice; it is not read.', bytes.length, maxBytes) } };
  }
  const decoded = decode(bytes);
  if (typeof decoded !== 'string') {
    return { problem: decoded };
  }
  const text = decoded;
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    return { problem: { message: msg('The document declares a DOCTYPE or entities, which no e-invoice needs; it is refused unread, for safety.'), ...position(text, declaration.index) } };
  }
  const longAttribute = longAttributeAt(text);
  if (longAttribute !== undefined) {
    return { problem: { message: msg('An attribute of the document is longer than {0} characters, which no e-invoice needs; it is refused unread.', MAX_ATTRIBUTE_LENGTH), ...position(text, longAttribute) } };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { problem: { message: msg('The document is not well-formed XML: {0}', valid.err.msg), line: valid.err.line, column: valid.err.col } };
  }
  let tree: Record<string, unknown>;
  try {
    tree = parser().parse(text) as Record<string, unknown>;
  } catch (error) {
    const deep = error instanceof Error && /nested/i.test(error.message);
    return { problem: { message: deep ? msg('The document nests elements more than {0} levels deep, which no e-invoice does; it is not read.', MAX_DEPTH) : msg('The document could not be read as XML.') } };
  }
  const roots = Object.keys(tree).filter((key) => !key.startsWith('?') && !key.startsWith('#'));
  const elements = roots.flatMap((name) => (Array.isArray(tree[name]) ? (tree[name] as unknown[]) : []));
  if (roots.length !== 1 || elements.length !== 1 || typeof elements[0] !== 'object' || elements[0] === null) {
    return { problem: { message: msg('The document has more than one root element; an XML document has exactly one.') } };
  }
  return { root: elements[0] as Element, name: roots[0] };
}

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // Nothing but the five predefined entities and character references can be left, decoded in tree.ts.
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
    alwaysCreateTextNode: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    maxNestedTags: MAX_DEPTH,
  });
}

/** The text, or the problem with its encoding. The BOM is dropped, so that columns count as an editor counts them. */
function decode(bytes: Uint8Array): string | ImportProblem {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  if (/^(\xfe\xff|\xff\xfe)|^.\x00|^\x00./.test(head)) {
    return { message: msg('The document is in UTF-16 or UTF-32; save it as UTF-8 to import it.') };
  }
  const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  if (!ENCODINGS.has(declared)) {
    return { message: msg('The document is encoded as {0}; save it as UTF-8 to import it.', declared.slice(0, 40)) };
  }
  try {
    return new TextDecoder(declared, { fatal: true }).decode(bytes);
  } catch {
    return { message: msg('The document is not valid {0}: it holds bytes that encoding does not allow.', declared.toUpperCase()) };
  }
}

/** Offset of the first attribute value longer than the limit, scanning tags only (comments, CDATA and text are skipped whole). */
function longAttributeAt(text: string): number | undefined {
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const skip = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : text.startsWith('<?', i) ? '?>' : undefined;
    if (skip) {
      const end = text.indexOf(skip, i);
      i = end === -1 ? -1 : text.indexOf('<', end + skip.length);
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== '>') {
      const c = text[j];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, j + 1);
        const end = close === -1 ? text.length : close;
        if (end - j - 1 > MAX_ATTRIBUTE_LENGTH) {
          return j;
        }
        j = end + 1;
      } else {
        j++;
      }
    }
    i = text.indexOf('<', j);
  }
  return undefined;
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
