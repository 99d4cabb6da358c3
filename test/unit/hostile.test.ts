/**
 * The hostile corpus (test/fixtures/hostile, written by make.mjs there): each file
 * yields the diagnostics its manifest names, at the line where the problem is,
 * or evaluates cleanly; nothing throws, nothing pollutes a prototype, and no file
 * is changed by being read. A 50 MB file is generated here, in a temporary folder.
 * No timing is asserted: speed belongs to `npm run bench`.
 */
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Io, run } from '../../src/cli/main';
import { jsonReport, textReport } from '../../src/cli/report';
import { summarizeFile } from '../../src/core/portfolio/summary';
import { Problem, ReadResult, rangeForPath, readClientFile, readClientFileByTree } from '../../src/core/clientFile';
import { parseDate } from '../../src/core/dates';
import { decodeClientFile, unparsed } from '../../src/core/decode';
import { evaluate } from '../../src/core/health/evaluate';
import { formatMessage } from '../../src/core/messages';
import { MAX_DEPTH } from '../../src/core/nodeValue';
import { plainValue } from '../../src/core/plainJson';
import { plainRanges } from '../../src/core/plainRanges';
import { Node, getNodePath } from 'jsonc-parser';

const ROOT = resolve(__dirname, '../../..');
const DIR = join(ROOT, 'test/fixtures/hostile');
const TODAY = '2026-11-22';
const today = parseDate(TODAY)!;

interface Expected {
  readonly message: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
}

interface Entry {
  readonly note: string;
  readonly expect: 'valid' | readonly Expected[];
  readonly evaluates?: boolean;
  readonly cascade?: boolean;
}

const manifest = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Record<string, Entry>;

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
];
const prototypeKeys = () => PROTOTYPES.map(([name, proto]) => `${name}: ${Reflect.ownKeys(proto).map(String).sort().join(',')}`);
const KEYS_BEFORE = prototypeKeys();

function assertNoPollution(where: string): void {
  const empty = {} as Record<string, unknown>;
  assert.strictEqual(empty.polluted, undefined, `${where}: ({}).polluted`);
  assert.strictEqual(([] as unknown as Record<string, unknown>).polluted, undefined, `${where}: [].polluted`);
  assert.strictEqual(Object.getPrototypeOf(empty), Object.prototype, `${where}: prototype of {}`);
  assert.deepStrictEqual(prototypeKeys(), KEYS_BEFORE, `${where}: prototype keys changed`);
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  line ${p.start.line + 1} ${p.severity}: ${formatMessage(p.message)}`.slice(0, 200)).join('\n');
}

const matches = (p: Problem, e: Expected) => p.start.line + 1 === e.line && p.severity === e.severity && formatMessage(p.message).includes(e.message);

/** The CLI's main function with its output captured; it must return an exit code, never throw. */
function cli(args: readonly string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), color: false, now: new Date() };
  const code = run(args, io);
  // Only --git makes run asynchronous; this corpus never passes it.
  assert.strictEqual(typeof code, 'number');
  return { code: code as number, out, err };
}

describe('hostile corpus', () => {
  it('has at least 30 files, each named in the manifest, and every manifest entry on disk', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'expectations.json' && f !== 'make.mjs');
    assert.ok(files.length >= 30, `only ${files.length} files`);
    assert.deepStrictEqual(files.sort(), Object.keys(manifest).sort());
  });

  for (const [name, entry] of Object.entries(manifest)) {
    it(`${name}: ${entry.note}`, () => {
      const path = join(DIR, name);
      const bytes = readFileSync(path);
      const before = sha(bytes);
      // As the editor and the CLI read it: decoded first, and not parsed when its bytes are refused.
      const decoded = decodeClientFile(bytes);
      const text = decoded.text ?? bytes.toString('utf8');
      const read = decoded.problem ? unparsed(decoded.problem) : readClientFile(text);
      const shown = `problems:\n${describeProblems(read.problems)}`;
      for (const p of read.problems) {
        const message = formatMessage(p.message);
        assert.ok(message.length > 0 && !message.includes('{0}'), `an unfilled message: ${message}`);
        assert.ok(!/[\r\n]/.test(message), `a message spans lines: ${message}`);
        assert.ok(p.start.line >= 0 && p.offset >= 0 && p.offset <= text.length, `a position outside the file: ${JSON.stringify(p.start)}`);
      }
      if (entry.expect === 'valid') {
        assert.deepStrictEqual(read.problems.map((p) => formatMessage(p.message)), [], shown);
        assert.ok(read.file, 'no model for a valid file');
      } else if (entry.cascade) {
        // The expected diagnostics, in order, with any that follow from them: never one before the first.
        let next = 0;
        for (const p of read.problems) {
          if (next < entry.expect.length && matches(p, entry.expect[next])) {
            next++;
          }
        }
        assert.strictEqual(next, entry.expect.length, `expected ${JSON.stringify(entry.expect)}\n${shown}`);
        assert.ok(read.problems[0].start.line + 1 >= entry.expect[0].line, `a diagnostic before the expected line\n${shown}`);
        assert.strictEqual(read.file, undefined);
      } else {
        assert.strictEqual(read.problems.length, entry.expect.length, `expected ${JSON.stringify(entry.expect)}\n${shown}`);
        entry.expect.forEach((e, i) => assert.ok(matches(read.problems[i], e), `#${i + 1}: expected ${JSON.stringify(e)}\n${shown}`));
        assert.strictEqual(read.file !== undefined, entry.evaluates === true, `a model ${read.file ? 'for' : 'missing for'} this file\n${shown}`);
      }

      if (read.file) {
        const health = evaluate(read.file, today);
        assert.strictEqual(health.length, read.file.clients.length);
        for (const h of health) {
          assert.ok(Number.isInteger(h.score) && h.score >= 0 && h.score <= 100, `score ${h.score}`);
          for (const s of h.signals) {
            for (const e of s.evidence) {
              assert.ok(read.root && rangeForPath(read.root, e.path).offset >= 0);
            }
          }
        }
        // Both reports, as the CLI prints them.
        const checked = [{ file: name, health, summaries: summarizeFile(read.file, health, today) }];
        JSON.stringify(jsonReport(today, checked));
        textReport(today, checked, true);
        textReport(today, [...checked, { file: 'other.json', health: [], summaries: [], unread: { line: 1, column: 1, message: 'cannot read the client file: no such file' } }], true);
      }
      assertNoPollution(name);

      // The CLI on the same file: 0 when it evaluates, 1 when it is invalid, a FILE:LINE:COL line per problem.
      const result = cli(['check', path, '--today', TODAY]);
      assert.strictEqual(result.code, read.file ? 0 : 1, result.err);
      const errLines = result.err.split('\n').filter(Boolean);
      assert.strictEqual(errLines.length, read.problems.length, result.err.slice(0, 2000));
      read.problems.forEach((p, i) => assert.ok(errLines[i].startsWith(`${path}:${p.start.line + 1}:${p.start.character + 1}: `), errLines[i].slice(0, 200)));
      if (read.file) {
        assert.strictEqual(cli(['check', path, '--today', TODAY, '--json']).code, 0);
      }
      assertNoPollution(`${name} (CLI)`);

      assert.strictEqual(sha(readFileSync(path)), before, 'the file changed');
    });
  }

  describe('the fast path (JSON.parse, ranges without a tree) agrees with the syntax tree', () => {
    // ranges: also every path's range without the tree (all paths of every mutation would take minutes).
    const same = (text: string, where: string, ranges = true) => {
      const fast: ReadResult = readClientFile(text);
      const tree: ReadResult = readClientFileByTree(text);
      assert.deepStrictEqual(fast.problems, tree.problems, `${where}: problems`);
      assert.deepStrictEqual(fast.file, tree.file, `${where}: model`);
      assert.deepStrictEqual(fast.root, tree.root, `${where}: syntax tree`);
      if (ranges && plainValue(text) !== undefined && tree.root) {
        // Every path of the tree, and paths that go one step past it, in both modes.
        const paths: (string | number)[][] = [];
        const walk = (node: Node) => {
          const path = getNodePath(node);
          paths.push(path, [...path, 'absent'], [...path, 0], [...path, 9999]);
          node.children?.forEach(walk);
        };
        walk(tree.root);
        for (const atKey of [false, true]) {
          const expected = paths.map((path) => rangeForPath(tree.root!, path, atKey));
          assert.deepStrictEqual(plainRanges(text, paths, atKey), expected, `${where}: ranges${atKey ? ' at keys' : ''}`);
        }
      }
    };

    it('on every file of the corpus', () => {
      for (const name of Object.keys(manifest)) {
        same(readFileSync(join(DIR, name), 'utf8'), name);
      }
      assertNoPollution('fast path');
    });

    it('takes the texts it may take, and leaves repeated keys and deep nesting to the tree', () => {
      const file = (freelancer: string, extra = '') => `{"version": 1, "freelancer": ${freelancer}, "clients": []${extra}}`;
      const nested = (levels: number) => `{"notes": ${'['.repeat(levels)}${']'.repeat(levels)}}`;
      const taken = [
        file('{"name": "Ada"}'),
        // Quotes and slashes inside strings, quotes and slashes inside comments.
        file('{"name": "a // b /* c \\" d \\\\", "email": "a@b.c"} /* "x" // */', ' // "q" / *\n'),
        '\uFEFF' + file('{}'),
        file(nested(MAX_DEPTH - 2)),
      ];
      for (const text of taken) {
        assert.notStrictEqual(plainValue(text), undefined, text);
        same(text, text);
      }
      const left = [
        file('{"name": "Ada", "name": "Bea"}'),
        file('{"name": "Ada", "name": 1}'),
        file('{"name": "Ada"}', ', "clients": [{"id": "a", "name": "A"}]'),
        file(nested(MAX_DEPTH - 1)),
        file('{"name": "Ada"}', ' / 2'),
        file('{"name": "Ada"}', ' /* never closed'),
      ];
      for (const text of left) {
        assert.strictEqual(plainValue(text), undefined, text);
        same(text, text);
      }
      assert.deepStrictEqual(readClientFile(left[0]).problems.map((p) => p.code), ['duplicateKey']);
    });

    it('on 2,000 seeded mutations of the valid files: a character removed, doubled or replaced by one that matters to JSON', () => {
      let seed = 7;
      const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const valids = Object.keys(manifest)
        .filter((name) => manifest[name].expect === 'valid' && !name.startsWith('long'))
        .map((name) => readFileSync(join(DIR, name), 'utf8'));
      const specials = ['"', '\\', '/', '*', ',', ':', '{', '}', '[', ']', ' ', '\n', '\r', '\uFEFF', '_', '0', '-', 'e', '\u2028', '\t'];
      for (let i = 0; i < 2_000; i++) {
        const text = valids[i % valids.length];
        const at = Math.floor(random() * text.length);
        const choice = random();
        const mutated =
          choice < 0.3
            ? text.slice(0, at) + text.slice(at + 1)
            : choice < 0.5
              ? text.slice(0, at) + text[at] + text.slice(at)
              : text.slice(0, at) + specials[Math.floor(random() * specials.length)] + text.slice(at + (choice < 0.75 ? 1 : 0));
        same(mutated, `mutation ${i} at ${at}`, i % 250 === 0);
      }
      assertNoPollution('mutations');
    });
  });

  describe('the CLI on hostile files', () => {
    it('exit codes: 0 valid, 1 invalid or missing, 2 wrong usage, 3 --fail-on met', () => {
      assert.strictEqual(cli(['check', join(DIR, 'rtl-emoji.json'), '--today', TODAY]).code, 0);
      assert.strictEqual(cli(['check', join(DIR, 'deep-root.json'), '--today', TODAY]).code, 1);
      assert.strictEqual(cli(['check', join(DIR, 'no-such-file.json'), '--today', TODAY]).code, 1);
      assert.strictEqual(cli(['check', join(DIR, 'rtl-emoji.json'), '--today', '2026-02-30']).code, 2);
      assert.strictEqual(cli(['check', join(DIR, 'nulls-where-allowed.json'), '--today', TODAY, '--fail-on', 'watch']).code, 3);
    });

    it('the built dist/cli.js prints one line per problem and exits as run() does', function () {
      const bin = join(ROOT, 'dist/cli.js');
      if (!existsSync(bin)) {
        this.skip(); // npm run build makes it; run() above covers the same code.
      }
      for (const [name, code] of [
        ['proto-key-top.json', 1],
        ['deep-objects.json', 1],
        ['rtl-emoji.json', 0],
        ['constructor-keys.json', 0],
      ] as const) {
        const path = join(DIR, name);
        const before = sha(readFileSync(path));
        const child = spawnSync(process.execPath, [bin, 'check', path, '--today', TODAY], { encoding: 'utf8' });
        assert.strictEqual(child.status, code, `${name}: ${child.stderr}`);
        assert.ok(!/at .*\.js:\d+/.test(child.stderr), `a stack trace escaped: ${child.stderr}`);
        assert.strictEqual(sha(readFileSync(path)), before);
      }
    });
  });

  describe('a 50 MB client file, generated here', function () {
    this.timeout(600_000);
    let folder: string;
    let path: string;
    let text: string;
    let clients: number;

    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'client-health-hostile-'));
      path = join(folder, 'clients.json');
      const pieces: string[] = [];
      let size = 0;
      for (clients = 0; size < 50 * 1024 * 1024; clients++) {
        const piece = clientText(clients);
        pieces.push(piece);
        size += Buffer.byteLength(piece) + 2;
      }
      text = `{\n  // generated by hostile.test.ts\n  "version": 1,\n  "freelancer": { "currency": "EUR", "standardHourlyRate": 85 },\n  "clients": [\n${pieces.join(',\n')}\n  ]\n}\n`;
      writeFileSync(path, text);
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('is over 50 MB, reads without a problem and evaluates every client, through the CLI too', () => {
      assert.ok(statSync(path).size >= 50 * 1024 * 1024);
      const before = sha(readFileSync(path));
      const read = readClientFile(text);
      assert.deepStrictEqual(read.problems.map((p) => formatMessage(p.message)), []);
      assert.strictEqual(evaluate(read.file!, today).length, clients);
      // Above the default limit of 20 MB: the CLI reads it when asked to.
      const result = cli(['check', path, '--today', TODAY, '--json', '--max-size-mb', '64']);
      assert.strictEqual(result.code, 0, result.err.slice(0, 1000));
      assert.strictEqual((JSON.parse(result.out) as { clients: unknown[] }).clients.length, clients);
      assertNoPollution('50 MB');
      assert.strictEqual(sha(readFileSync(path)), before);
    });

    it('names the line of an impossible date in its last client', () => {
      const at = text.lastIndexOf('"issued": "2026-09-01"');
      const broken = text.slice(0, at) + '"issued": "2026-02-30"' + text.slice(at + '"issued": "2026-09-01"'.length);
      const line = text.slice(0, at).split('\n').length;
      const read = readClientFile(broken);
      assert.strictEqual(read.file, undefined);
      assert.deepStrictEqual(
        read.problems.map((p) => [p.start.line + 1, formatMessage(p.message)]),
        [[line, 'Expected a real calendar date written YYYY-MM-DD, such as 2026-03-01; found "2026-02-30".']],
      );
    });
  });
});

/** One client of the 50 MB file: about 6 KB, with invoices, payments, requests, journal and hours. */
function clientText(n: number): string {
  const invoices = Array.from(
    { length: 12 },
    (_, i) =>
      `        { "number": "${n}-${i}", "issued": "2026-09-01", "amount": ${100 + i}.5${i % 3 ? `, "payments": [ { "date": "2026-09-${10 + i}", "amount": ${100 + i}.5 } ]` : ''} }`,
  );
  const requests = Array.from({ length: 6 }, (_, i) => `        { "at": "2026-10-0${i + 1}T${10 + i}:30", "summary": "Request ${i} for client ${n}", "type": "${['revision', 'change', 'feature'][i % 3]}" }`);
  const journal = Array.from({ length: 6 }, (_, i) => `        { "at": "2026-10-1${i}", "kind": "${['note', 'positive', 'negative', 'discountRequest', 'afterHoursContact', 'note'][i]}", "note": "מילים ${i} 👍" }`);
  const hours = Array.from({ length: 10 }, (_, i) => `        { "date": "2026-10-${10 + i}", "hours": ${1 + (i % 4)} }`);
  return [
    '    {',
    `      "id": "c${n}", "name": "Client ${n} ‮عميل‬", /* comment ${n} */`,
    `      "contract": { "signed": ${n % 5 ? '"2026-01-15"' : 'null'}, "hourlyRate": ${60 + (n % 40)}, "revisionsIncluded": 1, "extraHourlyRate": 90 },`,
    `      "invoices": [\n${invoices.join(',\n')}\n      ],`,
    `      "requests": [\n${requests.join(',\n')}\n      ],`,
    `      "journal": [\n${journal.join(',\n')}\n      ],`,
    `      "hours": [\n${hours.join(',\n')}\n      ]`,
    '    }',
  ].join('\n');
}
