/**
 * The refresh works out each file's summaries the quick way (one set of facts per client for its health and its
 * summary, months found by day number, the portfolio's rates sorted once): here it is held against the plain way,
 * each step as its function gives it alone, over generated portfolios and days around month and year ends.
 */
import * as assert from 'node:assert';
import { resolve, join } from 'node:path';
import { readClientFile } from '../../../src/core/clientFile';
import { DayNumber, formatDate, parseDate } from '../../../src/core/dates';
import { evaluate } from '../../../src/core/health/evaluate';
import { clientFacts, inWindow } from '../../../src/core/health/facts';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { ClientSummary, MONEY_WINDOW_DAYS, summarizeFile } from '../../../src/core/portfolio/summary';
import { ClientFile } from '../../../src/core/schema';
import { PeerRate, fileRates } from '../../../src/core/signals/lowRate';
import { RefreshOptions, okEntry } from '../../../src/portfolio/refresh';

const ROOT = resolve(__dirname, '../../../..');
// The benchmark's generator is an ES module; TypeScript would turn a plain import() into require().
const importModule = new Function('p', 'return import(p)') as (specifier: string) => Promise<{ generateClientFile(shape: object): string }>;

/** A summary's months the slow way: every dated amount's month formatted from its date. */
function monthsByFormatting(file: ClientFile, index: number, today: DayNumber): { month: string; invoiced: number; paid: number }[] {
  const months = new Map<string, { invoiced: number; paid: number }>();
  for (let d = today - MONEY_WINDOW_DAYS + 1; d <= today; d++) {
    const month = formatDate(d).slice(0, 7);
    if (!months.has(month)) months.set(month, { invoiced: 0, paid: 0 });
  }
  for (const invoice of clientFacts(file, index, today).invoices) {
    if (inWindow(invoice.issued, today, MONEY_WINDOW_DAYS)) months.get(formatDate(invoice.issued).slice(0, 7))!.invoiced += invoice.amount;
    for (const payment of invoice.payments) {
      if (inWindow(payment.day, today, MONEY_WINDOW_DAYS)) months.get(formatDate(payment.day).slice(0, 7))!.paid += payment.amount;
    }
  }
  return [...months].map(([month, figures]) => ({ month, ...figures }));
}

describe('portfolio refresh: the same figures as each step alone', function () {
  this.timeout(120_000);
  let files: ClientFile[];

  before(async () => {
    const generate = await importModule(join(ROOT, 'scripts/bench/generate.mjs'));
    files = Array.from({ length: 24 }, (_, i) => {
      const read = readClientFile(generate.generateClientFile({ clients: 1 + (i % 4), invoices: 24, requests: 6, journal: 6, hours: 40, seed: 500 + i }));
      assert.ok(read.file, `generated file ${i} does not validate`);
      return read.file;
    });
  });

  const days = ['2026-11-22', '2026-03-01', '2026-02-28', '2025-12-31', '2026-01-01', '2024-02-29', '2026-07-15'];
  const rulesOf = (windowDays: number): Rules => ({ ...DEFAULT_RULES, lowRate: { ...DEFAULT_RULES.lowRate, windowDays } });
  const cases: [string, Rules, Readonly<Record<string, number>> | undefined][] = [
    ['the default rules', DEFAULT_RULES, undefined],
    ['a 90-day rate window and exchange rates', rulesOf(90), { USD: 0.92, GBP: 1.17, JPY: 0.0061 }],
  ];

  for (const [what, rules, exchangeRates] of cases) {
    it(`summarises every client as evaluate and summarizeFile do, with ${what}`, () => {
      for (const text of days) {
        const today = parseDate(text)!;
        const options: RefreshOptions = { today, rules, maxBytes: 1 << 20, exchangeRates };
        const folders = files.map((_, i) => `/portfolio/repo-${i}`);
        const rates: PeerRate[] = files.flatMap((f, i) => fileRates(f, today, rules, folders[i]));
        files.forEach((file, i) => {
          const entry = okEntry(folders[i], '.freelance/clients.json', file, options, '2026-11-22T10:00:00.000Z', rates);
          const peers = { rates: rates.filter((r) => r.folder !== folders[i]), exchangeRates };
          const expected: ClientSummary[] = summarizeFile(file, evaluate(file, today, rules, { peers }), today, rules.lowRate.windowDays);
          assert.deepStrictEqual(entry.clients, expected, `file ${i} on ${text}`);
          entry.clients.forEach((summary, c) => assert.deepStrictEqual(summary.months, monthsByFormatting(file, c, today), `file ${i}, client ${c} on ${text}`));
        });
      }
    });
  }

  it('uses portfolios where lowRate compares with the median, so that the figures above cover it', () => {
    // Some clients of the generated files are below the median: the comparison must have run for the test to mean anything.
    const today = parseDate('2026-11-22')!;
    const options: RefreshOptions = { today, rules: DEFAULT_RULES, maxBytes: 1 << 20 };
    const rates = files.flatMap((f, i) => fileRates(f, today, DEFAULT_RULES, `/p/${i}`));
    const lowRates = files.flatMap((f, i) => okEntry(`/p/${i}`, 'c.json', f, options, '2026-11-22T10:00:00.000Z', rates).clients.flatMap((c) => c.signals.filter((s) => s.id === 'lowRate')));
    assert.ok(lowRates.length >= 3, `only ${lowRates.length} lowRate signals`);
  });
});
