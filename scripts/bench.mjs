// npm run bench: how fast the core reads, validates and evaluates client files,
// against JSON.parse of the same bytes (the floor), plus bundle sizes and the
// time to load the extension. Uses the compiled core in out/ (tsc -p .) and
// dist/ (npm run build). Not part of npm test: timings vary by machine.
//
//   node --expose-gc scripts/bench.mjs [--quick]
//
// --quick: the 10,000-client file is replaced by 2,000 clients (for profiling rounds).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY, blankComments, generateClientFile } from './bench/generate.mjs';
import { heapGrowth, kb, mb, median, ms, table } from './bench/measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'out/src', p));

if (typeof globalThis.gc !== 'function') {
  // Heap growth needs an explicit collection: re-run this script with --expose-gc.
  execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(0);
}

const { parseSyntax } = out('core/syntax.js');
const { plainValue } = out('core/plainJson.js');
const { findKeyProblems, nodeToValue } = out('core/nodeValue.js');
const { ClientFileSchema } = out('core/schema.js').schemas();
const { checkClientIds, crossCheck } = out('core/crossChecks.js');
const { readClientFile, readClientFileByTree } = out('core/clientFile.js');
const { compiledClientFileParser } = out('core/validator.js');
const { evaluate } = out('core/health/evaluate.js');
const { resolveRules } = out('core/health/rules.js');
const { parseDate } = out('core/dates.js');
const { run } = out('cli/main.js');
const { DEFAULT_MAX_FILE_SIZE_MB } = out('core/decode.js');

const quick = process.argv.includes('--quick');
const today = parseDate(BENCH_TODAY);
const entries = { invoices: 20, requests: 10, journal: 10, hours: 20 };
const datasets = [
  { label: '1 client × 50 invoices', shape: { clients: 1, invoices: 50, requests: 5, journal: 5, hours: 10, seed: 1 }, reps: 31 },
  { label: '100 clients', shape: { clients: 100, ...entries, seed: 2 }, reps: 11 },
  quick
    ? { label: '2,000 clients', shape: { clients: 2_000, ...entries, seed: 3 }, reps: 3 }
    : { label: '10,000 clients', shape: { clients: 10_000, ...entries, seed: 3 }, reps: 5 },
];

const GOAL_RATIO = 3;
const GOAL_SMALL_MS = 2;
const verdicts = [];
const tmp = mkdtempSync(join(tmpdir(), 'client-health-bench-'));

console.log(`Client Health benchmark — Node ${process.version}, ${process.platform}/${process.arch}, medians, today ${BENCH_TODAY}\n`);

for (const { label, shape, reps } of datasets) {
  const text = generateClientFile(shape);
  const plain = blankComments(text);
  const bytes = Buffer.byteLength(text);

  // Sanity: the generated file is valid and evaluates.
  const problems = readClientFile(text).problems;
  if (problems.length > 0) {
    throw new Error(`generated file "${label}" is not clean: ${JSON.stringify(problems.slice(0, 3))}`);
  }
  const value = plainValue(text);
  const model = ClientFileSchema.safeParse(value).data;
  const rules = resolveRules(undefined);
  const file = join(tmp, `clients-${shape.clients}.json`);
  writeFileSync(file, text);
  const silent = { out: () => {}, err: () => {}, color: false, now: new Date() };
  // The 10,000-client file (70 MB) is above the default size limit of 20 MB: the CLI is given the highest.
  const cliRun = () => run(['check', file, '--today', BENCH_TODAY, '--max-size-mb', '100'], silent);

  const floor = median(() => JSON.parse(plain), reps);
  // The syntax tree: built for every file before the JSON.parse path, now only for files with
  // problems or when a caller asks for root (the CLI does, to name evidence lines).
  let tree = parseSyntax(text).root;
  const treeStages = [
    ['jsonc syntax tree (parseSyntax)', median(() => parseSyntax(text), reps)],
    ['keys + tree → value', median(() => (findKeyProblems(tree), nodeToValue(tree)), reps)],
  ];
  tree = undefined;
  const stages = [
    ['JSON.parse (floor)', floor],
    ['scan + JSON.parse (plainValue)', median(() => plainValue(text), reps)],
    ['schema, zod interpreter (safeParse)', median(() => ClientFileSchema.safeParse(value), reps)],
    ['schema, zod compiled (used from 256 KB on)', median(() => compiledClientFileParser().safeParse(value), reps)],
    ['cross checks', median(() => (checkClientIds(value), crossCheck(model)), reps)],
    ['read + validate (readClientFile)', median(() => readClientFile(text), reps)],
    ['evaluate', median(() => evaluate(model, today, rules), reps)],
    ['whole check (read + validate + evaluate)', median(() => evaluate(readClientFile(text).file, today, rules), reps)],
    ['CLI run() incl. file read, tree for lines, report', median(cliRun, reps)],
    ...treeStages,
    ['before: read + validate through the tree', median(() => readClientFileByTree(text), reps)],
    ['before: whole check through the tree', median(() => evaluate(readClientFileByTree(text).file, today, rules), reps)],
  ];
  const heap = heapGrowth(() => {
    const read = readClientFile(text);
    return [read, evaluate(read.file, today, rules)];
  });
  const heapTree = heapGrowth(() => {
    const read = readClientFileByTree(text);
    return [read, evaluate(read.file, today, rules)];
  });

  console.log(`${label}: ${mb(bytes)} (${bytes.toLocaleString('en')} bytes), ${reps} repetitions`);
  console.log(table([['stage', 'ms', '× JSON.parse'], ...stages.map(([name, t]) => [name, ms(t), (t / floor).toFixed(1)])]));
  console.log(`heap growth, result kept (read + evaluate): ${mb(heap)} (${(heap / bytes).toFixed(1)} × file size); before, through the tree: ${mb(heapTree)} (${(heapTree / bytes).toFixed(1)} ×)\n`);

  const whole = stages.find(([name]) => name.startsWith('whole check'))[1];
  const evaluation = stages.find(([name]) => name === 'evaluate')[1];
  if (shape.clients >= 2_000) {
    verdicts.push([`whole check of ${label} ≤ ${GOAL_RATIO}× JSON.parse`, `${(whole / floor).toFixed(1)}×`, whole / floor <= GOAL_RATIO]);
  }
  if (shape.clients === 1) {
    verdicts.push([`1-client file re-evaluated < ${GOAL_SMALL_MS} ms`, `${ms(evaluation)} ms`, evaluation < GOAL_SMALL_MS]);
    verdicts.push([`1-client file whole check < ${GOAL_SMALL_MS} ms`, `${ms(whole)} ms`, whole < GOAL_SMALL_MS]);
  }
}
// The CLI's peak memory on files at the size limit (clientHealth.maxFileSizeMB, --max-size-mb), in a
// process of its own: a valid file, and a flat list of zeros, the most nodes per byte a file can hold.
const cap = DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024;
const atCap = [];
{
  const per = Buffer.byteLength(generateClientFile({ clients: 100, ...entries, seed: 4 })) / 100;
  let clients = Math.floor(cap / per);
  let text = generateClientFile({ clients, ...entries, seed: 4 });
  while (Buffer.byteLength(text) > cap) {
    clients = Math.floor(clients * 0.99);
    text = generateClientFile({ clients, ...entries, seed: 4 });
  }
  atCap.push([`valid, ${clients.toLocaleString('en')} clients`, text]);
  const zeros = Math.floor((cap - 1) / 2);
  atCap.push(['[0,0,…,0] (not a client file)', `[${'0,'.repeat(zeros - 1)}0]`]);
}
const rssRows = [];
for (const [label, text] of atCap) {
  const file = join(tmp, 'at-cap.json');
  writeFileSync(file, text);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(root, 'scripts/bench/peakRss.cjs'), join(root, 'out/src/cli/main.js'), 'check', file, '--today', BENCH_TODAY], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = /peak-rss-kb=(\d+)/.exec(child.stderr ?? '');
  if (!peak) {
    throw new Error(`the CLI on "${label}" ended without reporting its memory (status ${child.status}, signal ${child.signal}): ${(child.stderr ?? '').slice(0, 500)}`);
  }
  const bytes = Buffer.byteLength(text);
  rssRows.push([label, mb(bytes), `exit ${child.status}`, `${seconds.toFixed(1)} s`, mb(Number(peak[1]) * 1024), `${((Number(peak[1]) * 1024) / bytes).toFixed(0)} ×`]);
}
console.log(`CLI on a file at the ${DEFAULT_MAX_FILE_SIZE_MB} MB limit (its own process; peak RSS includes Node itself)`);
console.log(table([['file', 'size', 'result', 'wall', 'peak RSS', '× file'], ...rssRows]) + '\n');
rmSync(tmp, { recursive: true, force: true });

// Bundle and package.
const size = (path) => {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
};
const bundle = size(join(root, 'dist/extension.js'));
let requireNote;
verdicts.push(['dist/extension.js ≤ 200 KB', bundle === undefined ? 'missing' : kb(bundle), bundle !== undefined && bundle <= 200 * 1024]);
const vsixes = readdirSync(root)
  .filter((f) => f.endsWith('.vsix'))
  .map((f) => ({ f, mtime: statSync(join(root, f)).mtimeMs }))
  .sort((a, b) => b.mtime - a.mtime);
if (vsixes.length === 0) {
  verdicts.push(['newest .vsix ≤ 400 KB', 'missing (run npm run package)', false]);
} else {
  const vsix = size(join(root, vsixes[0].f));
  verdicts.push([`newest .vsix (${vsixes[0].f}) ≤ 400 KB`, kb(vsix), vsix <= 400 * 1024]);
}
if (bundle !== undefined) {
  const child = join(root, 'scripts/bench/requireTime.cjs');
  const fresh = (...extra) => Number(execFileSync(process.execPath, [child, join(root, 'dist/extension.js'), ...extra], { encoding: 'utf8' }));
  // Interleaved, so that a busy moment of the machine lands on both.
  const requires = [];
  const compiles = [];
  for (let i = 0; i < 7; i++) {
    requires.push(fresh());
    compiles.push(fresh('--compile-only'));
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const t = mid(requires);
  const floorT = mid(compiles);
  verdicts.push(['require dist/extension.js ≤ 15 ms (vscode stubbed, median of 7 fresh processes)', `${ms(t)} ms`, t <= 15]);
  requireNote = `require dist/extension.js: ${ms(t)} ms; V8 compiling the same bytes without running them (the floor): ${ms(floorT)} ms; ratio ${(t / floorT).toFixed(1)}×`;
}

if (requireNote) console.log(`${requireNote}\n`);
console.log(table([['goal', 'measured', 'verdict'], ...verdicts.map(([goal, value, ok]) => [goal, value, ok ? 'within' : 'OVER'])]));
