// The portfolio's budgets (issue 19, docs/performance.md): 200 folders, each a repository with its client file,
// indexed as the editor's Add Folders to Portfolio indexes them; then (a) the Portfolio view's first rows from the
// stored index, and (b) Refresh Portfolio reading all 200 again, against reading and JSON.parse-ing the same files.
import { promises as fs, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankComments, generateClientFile } from './generate.mjs';
import { median, ms } from './measure.mjs';

export const PORTFOLIO_FOLDERS = 200;
const ROWS_BUDGET_MS = 100;
const REFRESH_BUDGET_RATIO = 3;

const collect = () => {
  globalThis.gc?.();
  globalThis.gc?.();
};

/** Medians of CPU time (user + system, as median() takes it) and wall time of an async `fn`, interleaved runs of `fns`. */
async function mediansAsync(fns, reps) {
  const samples = fns.map(() => ({ cpu: [], wall: [] }));
  for (const fn of fns) await fn(); // warm-up
  for (let r = 0; r < reps; r++) {
    // Interleaved, so that a busy moment of the machine lands on every side.
    for (let k = 0; k < fns.length; k++) {
      collect();
      const cpu = process.cpuUsage();
      const wall = process.hrtime.bigint();
      await fns[k]();
      const used = process.cpuUsage(cpu);
      samples[k].wall.push(Number(process.hrtime.bigint() - wall) / 1e6);
      samples[k].cpu.push((used.user + used.system) / 1000);
    }
  }
  const mid = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[(s.length >> 1) - 1] + s[s.length >> 1]) / 2;
  };
  return samples.map((s) => ({ cpu: mid(s.cpu), wall: mid(s.wall) }));
}

/**
 * Runs the portfolio cases and pushes their verdicts. `out(path)` requires a compiled module of out/src.
 * @returns the lines to print.
 */
export async function portfolioBench({ out, tmp, today, rules, verdicts, reps = 7 }) {
  const { scanForClientFiles, DEFAULT_SCAN_DEPTH } = out('portfolio/scan.js');
  const { mapBounded, readPortfolioFile, okEntry, refreshPortfolio, DEFAULT_REFRESH_CONCURRENCY } = out('portfolio/refresh.js');
  const { PortfolioIndexStore } = out('portfolio/indexStore.js');
  const { fileRates } = out('core/signals/lowRate.js');
  const { indexedClients, incomeShares, portfolioTotals } = out('core/portfolio/figures.js');
  const { byRisk } = out('portfolio/risk.js');
  const { DEFAULT_MAX_FILE_SIZE_MB, maxFileBytes } = out('core/decode.js');

  // One repository per client file, as freelancers keep them: 1 to 3 clients each, two years of history at most.
  const parent = join(tmp, 'repositories');
  const paths = [];
  let bytes = 0;
  let clients = 0;
  for (let i = 0; i < PORTFOLIO_FOLDERS; i++) {
    const shape = { clients: 1 + (i % 3), invoices: 24, requests: 8, journal: 8, hours: 40, seed: 1_000 + i };
    // Comments blanked: the same bytes are valid JSONC for the refresh and JSON for the floor's JSON.parse.
    const text = blankComments(generateClientFile(shape));
    const folder = join(parent, `repo-${String(i).padStart(3, '0')}`);
    mkdirSync(join(folder, '.freelance'), { recursive: true });
    writeFileSync(join(folder, '.freelance', 'clients.json'), text);
    paths.push(join(folder, '.freelance', 'clients.json'));
    bytes += Buffer.byteLength(text);
    clients += shape.clients;
  }

  // Indexed as Add Folders to Portfolio does (portfolioCommands.ts addFolders): scan the parent, read every file,
  // evaluate each against the rates of all the others, one write of the index.
  const options = { today, rules, maxBytes: maxFileBytes(DEFAULT_MAX_FILE_SIZE_MB) };
  const found = (await scanForClientFiles(parent, { maxDepth: DEFAULT_SCAN_DEPTH })).found;
  const reads = await mapBounded(found, DEFAULT_REFRESH_CONCURRENCY, (f) => readPortfolioFile(f.folder, f.file, options.maxBytes));
  const rates = reads.flatMap((r, i) => (r.state === 'ok' ? fileRates(r.file, today, rules, found[i].folder) : []));
  const read = new Date().toISOString();
  const entries = found.map((f, i) => okEntry(f.folder, f.file, reads[i].file, options, read, rates));
  const store = new PortfolioIndexStore(join(tmp, 'globalStorage'));
  await store.updateAll(entries);
  const stored = (await store.read()).index;
  const notOk = reads.filter((r) => r.state !== 'ok');
  if (found.length !== PORTFOLIO_FOLDERS || notOk.length > 0 || stored.folders.length !== PORTFOLIO_FOLDERS) {
    throw new Error(`the portfolio was not indexed whole: ${found.length} found, ${notOk.length} not ok (${JSON.stringify(notOk[0])}), ${stored.folders.length} stored`);
  }
  const indexBytes = (await fs.stat(store.path)).size;

  // (a) What src/tree/portfolioItems.ts roots() computes for the top rows, without its vscode.TreeItems (it imports
  // vscode): the clients of the index, their income shares, the totals per currency, the folders not read as they
  // are, and every client worst first (byRisk), each made a row object as roots() makes it.
  const rows = (index) => {
    const current = indexedClients(index);
    const shares = incomeShares(current.map((c) => c.summary));
    const shareOf = new Map(current.map((c, i) => [c, shares[i]]));
    const totals = portfolioTotals(current.map((c) => c.summary), today).map((t) => ({ kind: 'total', id: `portfolio.total.${t.currency}`, totals: t }));
    const folders = index.folders.filter((f) => f.state !== 'ok').map((entry) => ({ kind: 'folder', entry }));
    const sorted = byRisk(current).map((c) => ({ kind: 'client', id: `portfolio.client:${JSON.stringify([c.folder, c.summary.id])}`, client: c, share: shareOf.get(c) }));
    return [...totals, ...folders, ...sorted];
  };
  const rowCount = rows(stored).length;
  const inMemory = median(() => rows(stored), 31);
  // The view's first opening in a window: the index read from global storage through its store (a readdir for
  // stale temporary files, the bounded read, the depth check, JSON.parse, the schema), then the rows.
  const firstStore = () => new PortfolioIndexStore(join(tmp, 'globalStorage'));
  const [opened] = await mediansAsync([async () => rows((await firstStore().read()).index)], 15);

  // (b) Refresh Portfolio (refresh.ts refreshPortfolio: read, validate, evaluate and summarise every file, one index
  // write) against the floor: the same files read as fast as Node reads them, DEFAULT_REFRESH_CONCURRENCY at a time,
  // and JSON.parse. Interleaved runs.
  const floorRead = () => mapBounded(paths, DEFAULT_REFRESH_CONCURRENCY, async (p) => JSON.parse(await fs.readFile(p, 'utf8')));
  const [refresh, floor] = await mediansAsync([() => refreshPortfolio(store, options), floorRead], reps);
  const ratio = refresh.cpu / floor.cpu;

  verdicts.push([
    `Portfolio view, ${PORTFOLIO_FOLDERS} folders: first rows ≤ ${ROWS_BUDGET_MS} ms`,
    `${ms(opened.cpu)} ms with the index read (wall ${ms(opened.wall)} ms); ${ms(inMemory)} ms from the index in memory`,
    opened.cpu <= ROWS_BUDGET_MS,
  ]);
  verdicts.push([
    `Refresh Portfolio, ${PORTFOLIO_FOLDERS} folders: ≤ ${REFRESH_BUDGET_RATIO}× read + JSON.parse`,
    `${ms(refresh.cpu)} ms, ${ratio.toFixed(1)}× (floor ${ms(floor.cpu)} ms; wall ${ms(refresh.wall)} vs ${ms(floor.wall)} ms)`,
    ratio <= REFRESH_BUDGET_RATIO,
  ]);
  return [
    `Portfolio: ${PORTFOLIO_FOLDERS} folders, ${clients} clients, ${(bytes / 1024 / 1024).toFixed(1)} MB of client files; index ${(indexBytes / 1024).toFixed(0)} KB, ${rowCount} top rows`,
    `  view's first rows (core of tree/portfolioItems.ts roots(), which imports vscode): ${ms(inMemory)} ms from the index in memory; ${ms(opened.cpu)} ms CPU, ${ms(opened.wall)} ms wall with the store's read of portfolio.json (median of 15)`,
    `  Refresh Portfolio (refresh.ts, ${DEFAULT_REFRESH_CONCURRENCY} files at a time, one index write): ${ms(refresh.cpu)} ms CPU, ${ms(refresh.wall)} ms wall; read + JSON.parse of the same files: ${ms(floor.cpu)} ms CPU, ${ms(floor.wall)} ms wall (median of ${reps}, interleaved): ${ratio.toFixed(1)}× in CPU time, ${(refresh.wall / floor.wall).toFixed(1)}× in wall time`,
    '',
  ];
}
