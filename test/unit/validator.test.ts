/**
 * zod's compiled parser must say exactly what its interpreter says: the same
 * model for a valid file, the same issues for an invalid one. Checked with the
 * copy the tests compile from node_modules, and with the copy the extension
 * loads from dist/zod-compile.js, which compiles schemas built by another copy
 * of zod (the bundle's).
 */
import * as assert from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeToValue } from '../../src/core/nodeValue';
import { readClientFile } from '../../src/core/clientFile';
import { schemas } from '../../src/core/schema';
import { plainValue } from '../../src/core/plainJson';
import { parseSyntax } from '../../src/core/syntax';
import { COMPILE_FROM_LENGTH, clientFileParser, compiledClientFileParser } from '../../src/core/validator';

const ROOT = resolve(__dirname, '../../..');
const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const BUNDLED_COMPILER = join(ROOT, 'dist/zod-compile.js');

type Parser = ReturnType<typeof compiledClientFileParser>;

function valueOf(text: string): unknown {
  const plain = plainValue(text);
  if (plain !== undefined) {
    return plain;
  }
  const { root } = parseSyntax(text);
  return root ? nodeToValue(root) : undefined;
}

/** Every value the tests compare on: the corpus, and the demo with one field at a time made wrong in many ways. */
function values(): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const name of readdirSync(HOSTILE).filter((n) => n.endsWith('.json') && n !== 'expectations.json')) {
    const value = valueOf(readFileSync(join(HOSTILE, name), 'utf8'));
    if (value !== undefined) {
      found.push([name, value]);
    }
  }
  const demo = JSON.parse(readFileSync(join(ROOT, 'demo/.freelance/clients.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { clients: Record<string, unknown>[] };
  const wrong = [null, -1, 0, 1.5, 1e308, '', ' ', 'x', '2026-02-30', '2026-01-01T24:00', true, [], {}, ['mon', 'mon']];
  demo.clients.forEach((client, c) => {
    for (const [key, field] of Object.entries(client)) {
      // The first entry of a list stands for the rest: they share one schema.
      const entries = Array.isArray(field) ? field.slice(0, 1) : [field];
      entries.forEach((entry, e) => {
        const fields = entry && typeof entry === 'object' ? Object.keys(entry) : [undefined];
        for (const inner of fields) {
          for (const replacement of wrong) {
            const copy = structuredClone(demo) as { clients: Record<string, unknown>[] };
            const target = copy.clients[c];
            if (inner === undefined) {
              target[key] = replacement;
            } else if (Array.isArray(target[key])) {
              (target[key] as Record<string, unknown>[])[e][inner] = replacement;
            } else {
              (target[key] as Record<string, unknown>)[inner] = replacement;
            }
            found.push([`demo client ${c} ${key}[${e}].${inner ?? ''} = ${JSON.stringify(replacement)}`, copy]);
          }
        }
      });
    }
  });
  found.push(['demo', demo]);
  return found;
}

function sameAsInterpreter(compiled: Parser): void {
  const interpreter = schemas().ClientFileSchema;
  let valid = 0;
  for (const [where, value] of values()) {
    const expected = interpreter.safeParse(value);
    const actual = compiled.safeParse(value);
    assert.strictEqual(actual.success, expected.success, `${where}: success`);
    if (expected.success) {
      valid++;
      assert.deepStrictEqual(actual.data, expected.data, `${where}: model`);
    } else {
      assert.deepStrictEqual(actual.error?.issues, expected.error?.issues, `${where}: issues`);
    }
  }
  assert.ok(valid > 10, `only ${valid} valid values were compared`);
}

describe('the compiled client file parser', () => {
  it('agrees with the interpreter on the hostile corpus and on every field of the demo made wrong', () => {
    sameAsInterpreter(compiledClientFileParser());
  });

  it('agrees when it comes from dist/zod-compile.js, another copy of zod than the schemas', function () {
    if (!existsSync(BUNDLED_COMPILER)) {
      this.skip(); // npm test builds first; a bare mocha run after tsc may not have dist/
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { compile } = require(BUNDLED_COMPILER) as typeof import('../../src/core/zodCompile');
    sameAsInterpreter(compile(schemas().ClientFileSchema));
  });

  it('is used from the first large file on, and gives the same result there', () => {
    const interpreter = schemas().ClientFileSchema;
    const demo = readFileSync(join(ROOT, 'demo/.freelance/clients.json'), 'utf8');
    assert.ok(demo.length < COMPILE_FROM_LENGTH);
    const small = readClientFile(demo);
    const many = JSON.stringify({
      version: 1,
      freelancer: { currency: 'EUR' },
      clients: Array.from({ length: 400 }, (_, i) => ({
        id: `c${i}`,
        name: `Client ${i}`,
        invoices: Array.from({ length: 10 }, (_, n) => ({ number: `${i}-${n}`, issued: '2026-01-05', amount: 100 + n, payments: [{ date: '2026-02-01', amount: 100 + n }] })),
      })),
    });
    assert.ok(many.length >= COMPILE_FROM_LENGTH, `${many.length} characters`);
    const large = readClientFile(many);
    assert.deepStrictEqual(large.problems, []);
    assert.strictEqual(large.file?.clients.length, 400);
    assert.strictEqual(clientFileParser(10), compiledClientFileParser(), 'compiled once, then used for every file');
    assert.notStrictEqual(clientFileParser(10), interpreter);
    assert.deepStrictEqual(readClientFile(demo), small, 'the demo reads the same with the compiled parser');
  });
});
