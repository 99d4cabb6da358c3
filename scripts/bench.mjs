// npm run bench: how fast the core reads, validates and evaluates client files,
// held against the budgets a user feels (docs/performance.md), with JSON.parse
// of the same bytes in the same run as the floor. Uses the compiled core in out/
// (tsc -p .) and dist/ (npm run build). Not part of npm test: timings vary by
// machine. Prints within/OVER per budget; never fails.
//
//   node --expose-gc scripts/bench.mjs [--quick | --budgets]
//
// --quick: the 10,000-client stress file is replaced by 2,000 clients.
// --budgets: only the two budgeted files (1 client; 30 clients × 5 years), the portfolio of 200 folders
// (scripts/bench/portfolio.mjs) and the git evidence (scripts/benchGit.mjs), then the verdicts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY, blankComments, generateClientFile } from './bench/generate.mjs';
import { heapGrowth, kb, mb, median, ms, table } from './bench/measure.mjs';
import { portfolioBench } from './bench/portfolio.mjs';
import { gitBench } from './benchGit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'out/src', p));

if (typeof globalThis.gc !== 'function') {
  // Heap growth needs an explicit collection: re-run this script with --expose-gc.
  execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(0);
}

const { plainValue } = out('core/plainJson.js');
const { ClientFileSchema } = out('core/schema.js').schemas();
const { readClientFile, readClientFileByTree } = out('core/clientFile.js');
const { ClientFileChecker } = out('core/clientFileChecker.js');
const { plainRanges } = out('core/plainRanges.js');
const { decodeClientFile } = out('core/decode.js');
const { LineIndex } = out('core/lineIndex.js');
const { formatMessage } = out('core/messages.js');
const { evaluate } = out('core/health/evaluate.js');
const { resolveRules } = out('core/health/rules.js');
const { parseDate } = out('core/dates.js');
const { run } = out('cli/main.js');
const { DEFAULT_MAX_FILE_SIZE_MB } = out('core/decode.js');

const quick = process.argv.includes('--quick');
const budgetsOnly = process.argv.includes('--budgets');
const today = parseDate(BENCH_TODAY);
const rules = resolveRules(undefined);
const entries = { invoices: 20, requests: 10, journal: 10, hours: 20 };
// Five years with each of 30 clients: an invoice a month, a request every six weeks, a journal entry
// every two months, hours in most weeks: about 1 MB.
const FIVE_YEARS = { clients: 30, invoices: 60, requests: 40, journal: 30, hours: 200, years: 5, seed: 5 };
const datasets = [
  { label: '1 client × 50 invoices', shape: { clients: 1, invoices: 50, requests: 5, journal: 5, hours: 10, seed: 1 }, reps: 101 },
  { label: '30 clients × 5 years', shape: FIVE_YEARS, reps: 31 },
  quick
    ? { label: '2,000 clients (stress)', shape: { clients: 2_000, ...entries, seed: 3 }, reps: 3 }
    : { label: '10,000 clients (stress)', shape: { clients: 10_000, ...entries, seed: 3 }, reps: 3 },
].slice(0, budgetsOnly ? 2 : 3);

/** The budgets a user feels (docs/performance.md). */
const EDIT_BUDGET_MS = 25;
const SMALL_BUDGET_MS = 1;
const verdicts = [];
const tmp = mkdtempSync(join(tmpdir(), 'client-health-bench-'));

/**
 * What the extension host runs after an edit, without VS Code: decode the bytes, read and validate,
 * evaluate, and place every signal's evidence for the Problems panel (clientFileStore.ts, healthModel.ts,
 * signalDiagnostics.ts). The tree's nodes are a few objects per visible row; VS Code's rendering is not ours.
 */
function editRecheck(bytes) {
  return recheck(decodeClientFile(bytes).text, { read: readClientFile, evaluate }, formatMessage);
}

/** Read, evaluate, and every Problems entry of the health: its range, line and character, and its text. */
function recheck(text, checker, show) {
  const read = checker.read(text);
  const health = checker.evaluate(read.file, today, rules);
  const places = [];
  const messages = [];
  for (const client of health) {
    for (const signal of client.signals) {
      for (const evidence of signal.evidence.length > 0 ? signal.evidence : [{ path: ['clients', client.index, 'name'] }]) {
        places.push(evidence.path);
        messages.push(`${client.name}: ${show(signal.message)}${evidence.message ? ` ${show(evidence.message)}` : ''}`);
      }
    }
  }
  const lines = new LineIndex(text);
  for (const { offset, length } of read.locate(places)) {
    lines.positionAt(offset);
    lines.positionAt(offset + length);
  }
  return places.length;
}

/**
 * The re-check as the extension host runs it after a keystroke in the open editor, with the store's
 * ClientFileChecker: the disk's bytes (unchanged under unsaved edits) are compared with the last ones instead of
 * decoded again, the editor's text is checked, only the edited client is validated and evaluated again, and the
 * Problems panel formats only the new messages (signalDiagnostics.ts keeps them per message). Each run types one
 * more character into a note of the middle client; the texts are made before timing (VS Code's getText()).
 */
function incrementalRecheck(text, reps) {
  const checker = new ClientFileChecker();
  const disk = Buffer.from(text);
  const decoded = { bytes: Buffer.from(disk), text: decodeClientFile(disk).text };
  const shown = new WeakMap();
  const show = (message) => {
    let t = shown.get(message);
    if (t === undefined) shown.set(message, (t = formatMessage(message)));
    return t;
  };
  const clients = plainValue(text).clients;
  const span = plainRanges(text, [['clients', clients.length >> 1]])[0];
  const at = text.indexOf('"note": "', span.offset) + 9;
  // Flat strings, as the editor hands them over.
  const edits = Array.from({ length: reps + 3 }, (_, k) => Buffer.from(text.slice(0, at) + 'x'.repeat(k) + text.slice(at)).toString());
  let k = 0;
  const edited = () => {
    if (!disk.equals(decoded.bytes)) throw new Error('the disk changed');
    return recheck(edits[k++], checker, show);
  };
  edited(); // the file as opened
  return edited;
}

console.log(`Client Health benchmark — Node ${process.version}, ${process.platform}/${process.arch}, median CPU time (user + system) in ms, today ${BENCH_TODAY}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

for (const { label, shape, reps } of datasets) {
  const text = generateClientFile(shape);
  const plain = blankComments(text);
  const bytes = Buffer.from(text);

  // Sanity: the generated file is valid and evaluates.
  const problems = readClientFile(text).problems;
  if (problems.length > 0) {
    throw new Error(`generated file "${label}" is not clean: ${JSON.stringify(problems.slice(0, 3))}`);
  }
  const value = plainValue(text);
  const model = ClientFileSchema.safeParse(value).data;
  const file = join(tmp, `clients-${shape.clients}.json`);
  writeFileSync(file, text);
  const silent = { out: () => {}, err: () => {}, color: false, now: new Date() };
  // The 10,000-client file (70 MB) is above the default size limit of 20 MB: the CLI is given the highest.
  const cliRun = () => run(['check', file, '--today', BENCH_TODAY, '--max-size-mb', '100'], silent);

  const floor = median(() => JSON.parse(plain), reps);
  const whole = median(() => evaluate(readClientFile(text).file, today, rules), reps);
  const edit = median(() => editRecheck(bytes), reps);
  const incremental = median(incrementalRecheck(text, reps), reps, { maxBatch: 1 });
  // The same edit while another client carries a hint: the first client's noticeDays misspelt.
  const hinted = text.replace('"noticeDays"', '"noticeDay"');
  if (!readClientFile(hinted).problems.some((p) => p.code === 'unknownKeyHint')) {
    throw new Error(`"${label}": the misspelt key gives no hint`);
  }
  const incrementalHinted = median(incrementalRecheck(hinted, reps), reps, { maxBatch: 1 });
  const stages = [
    ['JSON.parse (floor)', floor],
    ['scan + JSON.parse (plainValue)', median(() => plainValue(text), reps)],
    ['schema (zod safeParse)', median(() => ClientFileSchema.safeParse(value), reps)],
    ['read + validate (readClientFile)', median(() => readClientFile(text), reps)],
    ['evaluate', median(() => evaluate(model, today, rules), reps)],
    ['whole check (read + validate + evaluate)', whole],
    ['edit re-check (+ decode, + Problems ranges)', edit],
    ['edit re-check, incremental (ClientFileChecker, one client edited)', incremental],
    ['  the same, with a hint standing in another client', incrementalHinted],
    ['CLI run() incl. file read, report', median(cliRun, reps)],
    ['the other way: whole check through the syntax tree', median(() => evaluate(readClientFileByTree(text).file, today, rules), reps)],
  ];
  const heap = heapGrowth(() => {
    const read = readClientFile(text);
    return [read, evaluate(read.file, today, rules)];
  });

  console.log(`${label}: ${mb(bytes.length)} (${bytes.length.toLocaleString('en')} bytes), ${reps} repetitions, ${editRecheck(bytes)} Problems entries`);
  console.log(table([['stage', 'ms', '× JSON.parse'], ...stages.map(([name, t]) => [name, ms(t), (t / floor).toFixed(1)])]));
  console.log(`heap kept by the result (read + evaluate): ${mb(heap)} (${(heap / bytes.length).toFixed(1)} × file size)\n`);

  if (shape === FIVE_YEARS) {
    verdicts.push([`${label} (${mb(bytes.length)}): an edit's re-check ≤ ${EDIT_BUDGET_MS} ms`, `${ms(incremental)} ms (${(incremental / floor).toFixed(1)}× JSON.parse; the full re-check ${ms(edit)} ms)`, incremental <= EDIT_BUDGET_MS]);
  }
  if (shape.clients === 1) {
    verdicts.push([`${label}: whole check < ${SMALL_BUDGET_MS} ms`, `${ms(whole)} ms`, whole < SMALL_BUDGET_MS]);
  }
}
console.log((await portfolioBench({ out, tmp, today, rules, verdicts, reps: quick || budgetsOnly ? 5 : 9 })).join('\n'));
// The git evidence's budgets: 100,000 commits read whole against git log alone, and an incremental read.
const git = await gitBench({ runs: quick || budgetsOnly ? 5 : 7 });
console.log(`${git.lines.join('\n')}\n`);
verdicts.push(...git.verdicts);
if (!budgetsOnly) {
  extras();
}
rmSync(tmp, { recursive: true, force: true });

console.log(table([['budget', 'measured', 'verdict'], ...verdicts.map(([goal, value, ok]) => [goal, value, ok ? 'within' : 'OVER'])]));

/** The CLI's peak memory at the size limit, and the bundle's size and load time: for the record, no budget. */
function extras() {
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

  // Bundle and package: what activation loads, for the record. Their budgets are the user's wait, measured
  // in the workbench (docs/performance.md); the package script guards the sizes.
  const size = (path) => {
    try {
      return statSync(path).size;
    } catch {
      return undefined;
    }
  };
  const bundle = size(join(root, 'dist/extension.js'));
  const vsixes = readdirSync(root)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, mtime: statSync(join(root, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  console.log(`dist/extension.js: ${bundle === undefined ? 'missing' : kb(bundle)}; newest .vsix: ${vsixes.length ? `${vsixes[0].f} ${kb(size(join(root, vsixes[0].f)))}` : 'none (npm run package)'}`);
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
    console.log(`require dist/extension.js (vscode stubbed, median of 7 fresh processes, wall): ${ms(mid(requires))} ms; V8 compiling the same bytes without running them: ${ms(mid(compiles))} ms\n`);
  }
}
