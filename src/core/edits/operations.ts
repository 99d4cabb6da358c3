/**
 * Edits to the client file as text: each operation computes jsonc-parser edits
 * against the current text (saved or not), so comments, formatting, key order
 * and unknown fields survive. Nothing here writes; the editor applies the edits
 * as one undoable WorkspaceEdit. A text that does not parse is never edited.
 */
import { Edit, JSONPath, Node, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { detectFormatting } from './formatting';

export type EditResult = { readonly ok: true; readonly edits: Edit[] } | { readonly ok: false; readonly offset: number };

/** A byte order mark is legal before the JSON; a space of the same length keeps every offset. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);

export function parse(text: string): { root: Node | undefined; errorOffset: number | undefined } {
  const errors: { offset: number }[] = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  return { root, errorOffset: errors[0]?.offset };
}

/** Sets the value at `path`, creating the missing objects on the way. */
export function setValue(original: string, path: JSONPath, value: unknown): EditResult {
  const text = withoutBom(original);
  const { errorOffset } = parse(text);
  if (errorOffset !== undefined) {
    return { ok: false, offset: errorOffset };
  }
  return { ok: true, edits: modify(text, path, value, { formattingOptions: detectFormatting(text) }) };
}

/** Appends `value` to the array at `path`, creating the array when the property is missing. */
export function appendTo(original: string, path: JSONPath, value: unknown): EditResult {
  const text = withoutBom(original);
  const { root, errorOffset } = parse(text);
  if (errorOffset !== undefined || !root) {
    return { ok: false, offset: errorOffset ?? 0 };
  }
  const formattingOptions = detectFormatting(text);
  const array = findNodeAtLocation(root, path);
  if (array?.type === 'array') {
    return { ok: true, edits: modify(text, [...path, -1], value, { formattingOptions, isArrayInsertion: true }) };
  }
  return { ok: true, edits: modify(text, path, [value], { formattingOptions }) };
}
