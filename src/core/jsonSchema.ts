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
