import * as assert from 'node:assert';
import { clientFileJsonSchema, editorJsonSchema } from '../../src/core/jsonSchema';

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every property schema of `schema`, at any depth, with a readable path. */
function allProperties(schema: Schema, path = '#'): { path: string; schema: Schema }[] {
  const found: { path: string; schema: Schema }[] = [];
  const visit = (node: unknown, at: string) => {
    if (!isSchema(node)) {
      return;
    }
    if (isSchema(node.properties)) {
      for (const [name, child] of Object.entries(node.properties)) {
        assert.ok(isSchema(child), `${at}.${name} is not a schema`);
        found.push({ path: `${at}.${name}`, schema: child });
        visit(child, `${at}.${name}`);
      }
    }
    const items = node.items;
    if (Array.isArray(items)) {
      items.forEach((item, i) => visit(item, `${at}[${i}]`));
    } else {
      visit(items, `${at}[]`);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) {
        branches.forEach((branch, i) => visit(branch, `${at}/${key}/${i}`));
      }
    }
    visit(node.additionalProperties, `${at}/additionalProperties`);
    for (const key of ['definitions', '$defs'] as const) {
      if (isSchema(node[key])) {
        for (const [name, child] of Object.entries(node[key])) {
          visit(child, `${at}/${key}/${name}`);
        }
      }
    }
  };
  visit(schema, path);
  return found;
}

/** Follows a path of property names (and [] for array items) down the schema. */
function at(schema: Schema, ...path: string[]): Schema {
  let node: unknown = schema;
  for (const step of path) {
    assert.ok(isSchema(node), `no schema before ${step}`);
    node = step === '[]' ? node.items : (node.properties as Schema | undefined)?.[step];
  }
  assert.ok(isSchema(node), `no schema at ${path.join('.')}`);
  return node;
}

describe('clientFileJsonSchema', () => {
  const schema = clientFileJsonSchema();

  it('declares JSON Schema draft-07, which VS Code understands', () => {
    assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('is plain JSON (survives a JSON round trip unchanged)', () => {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(schema)), schema);
  });

  it('gives every property, at every depth, a description for hovers', () => {
    const properties = allProperties(schema);
    const paths = properties.map((p) => p.path);
    // The walk reaches deep fields; otherwise the check below would prove nothing.
    assert.ok(paths.includes('#.clients[].invoices[].payments[].amount'), paths.join('\n'));
    assert.ok(paths.includes('#.freelancer.workingHours.days'), paths.join('\n'));
    assert.ok(paths.includes('#.clients[].contract.signed'), paths.join('\n'));
    assert.ok(properties.length > 60, `only ${properties.length} properties found`);
    const missing = properties.filter((p) => typeof p.schema.description !== 'string' || p.schema.description.trim() === '').map((p) => p.path);
    assert.deepStrictEqual(missing, []);
  });

  it('offers the contact salutation, with a hover that says how letters use it', () => {
    const salutation = at(schema, 'clients', '[]', 'contact', 'salutation');
    assert.strictEqual(salutation.type, 'string');
    assert.match(String(salutation.description), /after the greeting/);
  });

  it('describes the items of every list', () => {
    const lists = allProperties(schema).filter((p) => isSchema(p.schema.items));
    assert.ok(lists.length >= 8);
    const missing = lists.filter((p) => typeof (p.schema.items as Schema).description !== 'string').map((p) => p.path);
    assert.deepStrictEqual(missing, []);
  });

  it('lists exactly the ten journal kinds of the format', () => {
    const kind = at(schema, 'clients', '[]', 'journal', '[]', 'kind');
    assert.deepStrictEqual(kind.enum, [
      'abusive',
      'unethical',
      'afterHoursContact',
      'urgentDemand',
      'discountRequest',
      'refusedContract',
      'missedMeeting',
      'negative',
      'positive',
      'note',
    ]);
  });

  it('fixes version to 1', () => {
    const version = at(schema, 'version');
    const allowed = version.const !== undefined ? [version.const] : version.enum;
    assert.deepStrictEqual(allowed, [1]);
    assert.ok((schema.required as string[]).includes('version'));
  });

  it('requires version, freelancer and clients at the top, and keeps unknown fields allowed', () => {
    assert.deepStrictEqual([...(schema.required as string[])].sort(), ['clients', 'freelancer', 'version']);
    assert.notStrictEqual(schema.additionalProperties, false);
    assert.notStrictEqual(at(schema, 'clients', '[]').additionalProperties, false);
  });

  it('requires the fields of a client, an invoice and a journal entry that the format requires', () => {
    assert.deepStrictEqual([...(at(schema, 'clients', '[]').required as string[])].sort(), ['id', 'name']);
    assert.deepStrictEqual([...(at(schema, 'clients', '[]', 'invoices', '[]').required as string[])].sort(), ['amount', 'issued', 'number']);
    assert.deepStrictEqual([...(at(schema, 'clients', '[]', 'journal', '[]').required as string[])].sort(), ['at', 'kind']);
  });
});

/** Every key used anywhere in a schema, except the names of properties. */
function keywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    node.forEach((n) => keywords(n, found));
  } else if (isSchema(node)) {
    for (const [key, value] of Object.entries(node)) {
      found.add(key);
      if (key === 'properties' && isSchema(value)) {
        Object.values(value).forEach((child) => keywords(child, found));
      } else if (key !== 'examples' && key !== 'default') {
        keywords(value, found);
      }
    }
  }
  return found;
}

describe('editorJsonSchema (what the editor gets, for completion and hovers)', () => {
  const full = clientFileJsonSchema();
  const editor = editorJsonSchema();

  it('checks nothing, so that the JSON language service does not report our problems a second time', () => {
    const checks = [...keywords(editor)].filter((k) => !['$schema', 'title', 'description', 'properties', 'items', 'examples', 'allowComments', 'allowTrailingCommas'].includes(k));
    assert.deepStrictEqual(checks, []);
    // The full schema does check: the comparison above would prove nothing otherwise.
    for (const check of ['type', 'required', 'pattern', 'minimum', 'enum']) {
      assert.ok(keywords(full).has(check), check);
    }
  });

  it('accepts comments and trailing commas, as the extension’s own parser does', () => {
    assert.strictEqual(editor.allowComments, true);
    assert.strictEqual(editor.allowTrailingCommas, true);
  });

  it('keeps every field of the full schema, at every depth, with its description for hovers', () => {
    const describe = (s: Schema) => allProperties(s).map((p) => [p.path.replace(/\/anyOf\/\d+/g, ''), p.schema.description] as const);
    const expected = new Map(describe(full));
    const got = new Map(describe(editor));
    assert.ok(got.size > 60, `only ${got.size} properties`);
    assert.deepStrictEqual([...got.keys()].sort(), [...expected.keys()].sort());
    for (const [path, description] of got) {
      assert.strictEqual(description, expected.get(path), path);
    }
  });

  it('suggests the allowed values as examples: journal kinds, statuses, booleans, the version', () => {
    assert.deepStrictEqual(at(editor, 'clients', '[]', 'journal', '[]', 'kind').examples, at(full, 'clients', '[]', 'journal', '[]', 'kind').enum);
    assert.ok((at(editor, 'clients', '[]', 'status').examples as string[]).includes('ending'));
    assert.deepStrictEqual(at(editor, 'clients', '[]', 'requests', '[]', 'billed').examples, [true, false]);
    assert.deepStrictEqual(at(editor, 'version').examples, [1]);
  });

  it('keeps the structure of a nullable field for completion inside it', () => {
    const signed = at(editor, 'clients', '[]', 'contract', 'signed');
    assert.strictEqual(signed.anyOf, undefined);
    assert.match(String(signed.description), /absent or null when it is not signed/);
  });
});
