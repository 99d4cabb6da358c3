/**
 * Edits to the client file as text: each operation computes jsonc-parser edits
 * against the current text (saved or not), so comments, formatting, key order
 * and unknown fields survive. Nothing here writes; the editor applies the edits
 * as one undoable WorkspaceEdit. A text that does not parse is never edited.
 */
import { Edit, FormattingOptions, JSONPath, Node, SyntaxKind, createScanner, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { detectFormatting } from './formatting';

export type EditResult = { readonly ok: true; readonly edits: Edit[] } | { readonly ok: false; readonly offset: number };

/** A byte order mark is legal before the JSON; a space of the same length keeps every offset. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);

export function parse(text: string): { root: Node | undefined; errorOffset: number | undefined } {
  const errors: { offset: number }[] = [];
  try {
    const root = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
    return { root, errorOffset: errors[0]?.offset };
  } catch {
    // jsonc-parser recurses: thousands of nested brackets overflow the stack. Such a text is never edited.
    return { root: undefined, errorOffset: 0 };
  }
}

/** Sets the value at `path`, creating the missing objects on the way; undefined removes it (nothing to do when it is absent). */
export function setValue(original: string, path: JSONPath, value: unknown): EditResult {
  const text = withoutBom(original);
  const { root, errorOffset } = parse(text);
  if (errorOffset !== undefined) {
    return { ok: false, offset: errorOffset };
  }
  // jsonc-parser throws when asked to delete under an object that does not exist.
  if (value === undefined && (!root || !findNodeAtLocation(root, path))) {
    return { ok: true, edits: [] };
  }
  const oneLine = root && editOneLineObject(text, root, path, value);
  return { ok: true, edits: oneLine || modify(text, path, value, { formattingOptions: detectFormatting(text) }) };
}

/**
 * A property added to or removed from an object written on one line (`"contact": { "name": "Jean" }`),
 * kept on that line: modify() would spread the object over several lines. Undefined when this is not
 * such a case (a value replaced in place, an object over several lines): modify() does it then.
 */
function editOneLineObject(text: string, root: Node, path: JSONPath, value: unknown): Edit[] | undefined {
  const key = path[path.length - 1];
  const parent = findNodeAtLocation(root, path.slice(0, -1));
  const properties = parent?.children ?? [];
  if (typeof key !== 'string' || parent?.type !== 'object' || properties.length === 0 || !onOneLine(text, parent)) {
    return undefined;
  }
  const at = properties.findIndex((p) => p.children?.[0]?.value === key);
  const last = properties[properties.length - 1];
  if (value !== undefined) {
    return at >= 0 ? undefined : [{ offset: last.offset + last.length, length: 0, content: `, ${JSON.stringify(key)}: ${inlineJson(value)}` }];
  }
  if (at < 0) {
    return undefined;
  }
  // The property and one comma next to it: the one after it, or before it when it is the last.
  const property = properties[at];
  const next = properties[at + 1];
  const previous = properties[at - 1];
  const [start, end] = next ? [property.offset, next.offset] : previous ? [previous.offset + previous.length, property.offset + property.length] : [parent.offset + 1, parent.offset + parent.length - 1];
  return [{ offset: start, length: end - start, content: next || previous ? '' : ' ' }];
}

/**
 * Appends `value` to the array at `path`, creating the array when the property is missing.
 * After an entry written on one line the new one is written on one line too (rows such as
 * payments or hours), unless `block` asks for a block (a client, which grows).
 */
export function appendTo(original: string, path: JSONPath, value: unknown, block = false): EditResult {
  const text = withoutBom(original);
  const { root, errorOffset } = parse(text);
  if (errorOffset !== undefined || !root) {
    return { ok: false, offset: errorOffset ?? 0 };
  }
  const formattingOptions = detectFormatting(text);
  const array = findNodeAtLocation(root, path);
  if (array?.type === 'array') {
    const last = array.children?.[array.children.length - 1];
    const own = last && appendAfter(text, array, last, value, formattingOptions, block);
    if (own) {
      return { ok: true, edits: own };
    }
    return { ok: true, edits: modify(text, [...path, -1], value, { formattingOptions, isArrayInsertion: true }) };
  }
  return { ok: true, edits: modify(text, path, [value], { formattingOptions }) };
}

function onOneLine(text: string, node: Node): boolean {
  return !/[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
}

/** JSON on one line in the style people write by hand: `{ "date": "2026-03-01", "hours": 2 }`. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[${value.map(inlineJson).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * Appends after the last entry without touching it. jsonc-parser's modify() reformats
 * the lines it touches, which spreads a one-line array, or a last entry written on one
 * line, over several lines. Undefined when the layout is one this does not handle
 * (the closing bracket on the last entry's line); modify() does it then.
 */
function appendAfter(text: string, array: Node, last: Node, value: unknown, options: FormattingOptions, block: boolean): Edit[] | undefined {
  const lastEnd = last.offset + last.length;
  if (onOneLine(text, array) && !block) {
    return [{ offset: lastEnd, length: 0, content: `, ${inlineJson(value)}` }];
  }
  // After the last entry: its comma (if any) and comments on its line, up to the line break.
  const scanner = createScanner(text.slice(0, array.offset + array.length), false);
  scanner.setPosition(lastEnd);
  let hasComma = false;
  for (let token = scanner.scan(); ; token = scanner.scan()) {
    if (token === SyntaxKind.CommaToken) {
      hasComma = true;
    } else if (token === SyntaxKind.LineBreakTrivia) {
      break;
    } else if (token !== SyntaxKind.Trivia && token !== SyntaxKind.LineCommentTrivia && token !== SyntaxKind.BlockCommentTrivia) {
      return undefined;
    }
  }
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const entry = onOneLine(text, last) && !block ? inlineJson(value) : blockJson(value, options).split('\n').join(options.eol + indent);
  const edits: Edit[] = hasComma ? [] : [{ offset: lastEnd, length: 0, content: ',' }];
  edits.push({ offset: scanner.getTokenOffset(), length: 0, content: `${options.eol}${indent}${entry}` });
  return edits;
}

function blockJson(value: unknown, options: FormattingOptions): string {
  return JSON.stringify(value, null, options.insertSpaces ? ' '.repeat(options.tabSize ?? 2) : '\t');
}
