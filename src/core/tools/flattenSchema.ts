/**
 * A union of objects said as one object, for the tools' input schemas: model
 * providers refuse a tool whose input schema has oneOf, anyOf or allOf at the
 * top (Anthropic's API rejects the whole request), so the union is said in words
 * and each kind's own requirements are enforced at run time by the zod union.
 */
export type JsonSchema = Record<string, unknown>;

/**
 * Every property of every branch, `kind` an enum of the branches' values, only what every branch requires
 * required; each property's words say which kinds take it, and kind's which each kind needs.
 */
export function flattenUnion(branches: readonly JsonSchema[], words: Readonly<Record<string, string>>): JsonSchema {
  const definitions = new Map<string, { schema: JsonSchema; kind: string }[]>();
  const kinds: string[] = [];
  for (const branch of branches) {
    const properties = branch.properties as Record<string, JsonSchema>;
    const kind = String(properties.kind.const);
    kinds.push(kind);
    for (const [name, schema] of Object.entries(properties)) {
      if (name !== 'kind') {
        definitions.set(name, [...(definitions.get(name) ?? []), { schema, kind }]);
      }
    }
  }
  const requiredBy = (name: string) => branches.filter((b) => (b.required as string[]).includes(name)).map((b) => String((b.properties as Record<string, JsonSchema>).kind.const));
  const needs = branches.map((b) => {
    const own = (b.required as string[]).filter((n) => requiredBy(n).length < branches.length);
    return `${String((b.properties as Record<string, JsonSchema>).kind.const)} needs ${own.join(', ') || 'nothing more'}`;
  });
  const properties: Record<string, JsonSchema> = {
    kind: { type: 'string', enum: kinds, description: `${words.kind ?? ''} Besides kind and clientId, ${needs.join('; ')}.`.trim() },
  };
  for (const [name, uses] of definitions) {
    const merged = mergeDefinitions(uses.map((u) => u.schema));
    const all = uses.length === branches.length;
    const required = requiredBy(name);
    const usedBy = all ? '' : ` Kinds: ${uses.map((u) => `${u.kind}${required.includes(u.kind) ? ' (required)' : ''}`).join(', ')}.`;
    properties[name] = { ...merged, ...(words[name] || usedBy ? { description: `${words[name] ?? ''}${usedBy}`.trim() } : {}) };
  }
  const everywhere = Object.keys(properties).filter((name) => requiredBy(name).length === branches.length);
  return { type: 'object', properties, required: everywhere, additionalProperties: false };
}

const LOWER = ['minimum', 'exclusiveMinimum'] as const;
const UPPER = ['maximum', 'exclusiveMaximum'] as const;

/** The loosest schema all these definitions fit: equal keys kept, numeric bounds widened, other differences dropped. */
function mergeDefinitions(schemas: readonly JsonSchema[]): JsonSchema {
  const [first, ...rest] = schemas;
  const same = (key: string) => rest.every((s) => JSON.stringify(s[key]) === JSON.stringify(first[key]));
  const merged: JsonSchema = {};
  for (const key of Object.keys(first)) {
    if (![...LOWER, ...UPPER].includes(key as never) && same(key)) {
      merged[key] = first[key];
    }
  }
  const bound = (keys: typeof LOWER | typeof UPPER, looser: (a: number, b: number) => boolean) => {
    let best: { key: string; value: number } | undefined;
    for (const schema of schemas) {
      const key = keys.find((k) => typeof schema[k] === 'number');
      if (key === undefined) {
        return;
      }
      const value = schema[key] as number;
      // At the same value, an inclusive bound is the looser.
      if (!best || looser(value, best.value) || (value === best.value && key === keys[0])) {
        best = { key, value };
      }
    }
    if (best) {
      merged[best.key] = best.value;
    }
  };
  bound(LOWER, (a, b) => a < b);
  bound(UPPER, (a, b) => a > b);
  return merged;
}
