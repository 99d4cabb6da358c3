/** The JSON Schema (draft-07) that editors use for completion, hovers and validation. */
import * as z from 'zod/mini';
import { FIELD_DOCS } from './fieldDocs';
import { schemas } from './schema';

type Node = Record<string, unknown>;

/** Gives each node of the schema its hover text from FIELD_DOCS; a doc whose field is gone fails the build. */
function document(root: Node): void {
  const unused = new Set(Object.keys(FIELD_DOCS));
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') {
      return;
    }
    const schema = node as Node;
    if (path in FIELD_DOCS) {
      schema.description = FIELD_DOCS[path];
      unused.delete(path);
    }
    for (const [key, child] of Object.entries((schema.properties ?? {}) as Node)) {
      visit(child, path ? `${path}.${key}` : key);
    }
    visit(schema.items, `${path}[]`);
    ((schema.anyOf ?? []) as unknown[]).forEach((alternative, i) => visit(alternative, `${path}|${i}`));
  };
  visit(root, '');
  if (unused.size > 0) {
    throw new Error(`FIELD_DOCS names fields the schema does not have: ${[...unused].join(', ')}`);
  }
}

export function clientFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(schemas().ClientFileSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Node;
  document(schema);
  return { ...schema, title: 'Client Health client file, version 1' };
}

// What the editor's schema keeps: structure, descriptions and suggestions. Everything else
// (type, required, pattern, bounds, format) is a check that the JSON language service would
// report a second time, in its own words, beside the extension's own diagnostic.
const STRUCTURE = new Set(['$schema', 'title', 'description', 'properties', 'items', 'default', 'examples']);

function suggestions(schema: Node): unknown[] {
  const values = [...((schema.enum ?? []) as unknown[]), ...('const' in schema ? [schema.const] : []), ...(schema.type === 'boolean' ? [true, false] : [])];
  return values.filter((v) => v !== null);
}

function forEditor(node: unknown): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) {
    // `additionalProperties: false` is a check too; `true` (or nothing) leaves unknown fields alone.
    return node === false ? undefined : node;
  }
  const schema = node as Node;
  const out: Node = {};
  const examples = suggestions(schema);
  // A nullable field is anyOf [the field, null]: the field's own structure and suggestions serve both.
  for (const branch of (schema.anyOf ?? []) as Node[]) {
    const merged = forEditor(branch) as Node;
    Object.assign(out, { ...merged, description: undefined });
    examples.push(...suggestions(branch));
  }
  for (const [key, value] of Object.entries(schema)) {
    if (!STRUCTURE.has(key)) {
      continue;
    }
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Node).map(([name, child]) => [name, forEditor(child)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      const child = forEditor(value);
      if (child !== undefined) {
        out[key] = child;
      }
    } else {
      out[key] = value;
    }
  }
  if (out.description === undefined) {
    delete out.description;
  }
  if (examples.length > 0) {
    out.examples = [...new Set(examples)];
  }
  return out;
}

/**
 * The schema the editor is given (package.json jsonValidation): completion and
 * hovers only. The extension validates the file itself, so that each problem
 * shows once in Problems, in the user's language.
 */
export function editorJsonSchema(): Record<string, unknown> {
  return { ...(forEditor(clientFileJsonSchema()) as Node), allowComments: true, allowTrailingCommas: true };
}
