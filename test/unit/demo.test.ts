import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readClientFile } from '../../src/core/clientFile';
import { parseDate } from '../../src/core/dates';
import { evaluate } from '../../src/core/health/evaluate';

interface DemoModule {
  DEMO_ANCHOR: string;
  copyDemo(target: string, today: string): string;
  shiftDates(text: string, days: number): string;
}

// TypeScript compiles import() to require(); the demo script is an ES module.
const importModule = new Function('p', 'return import(p)') as (specifier: string) => Promise<DemoModule>;
const root = path.resolve(__dirname, '..', '..', '..');

describe('the demo workspace (npm start)', () => {
  let demo: DemoModule;
  before(async () => {
    demo = await importModule(pathToFileURL(path.join(root, 'scripts', 'demo.mjs')).href);
  });

  // Sunday, Monday and Saturday around the anchor, and a year of weeks later.
  for (const today of ['2026-11-22', '2026-11-23', '2026-11-28', '2027-02-15', '2027-11-22', '2028-06-07']) {
    it(`shows one healthy, one at-risk and one part-ways client on ${today}`, () => {
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'client-health-demo-test-'));
      try {
        demo.copyDemo(target, today);
        const read = readClientFile(fs.readFileSync(path.join(target, '.freelance', 'clients.json'), 'utf8'));
        assert.deepStrictEqual(read.problems, []);
        const health = evaluate(read.file!, parseDate(today)!);
        assert.deepStrictEqual(
          health.map((h) => [h.name, h.level]),
          [
            ['Atelier Lumen', 'healthy'],
            ['Northwind Logistics', 'atRisk'],
            ['BrightPath Media', 'partWays'],
          ],
        );
        const northwind = health[1].signals.map((s) => s.id);
        assert.ok(northwind.includes('overdue') && northwind.includes('scopeCreep'), northwind.join());
        assert.ok(health[2].signals.some((s) => s.id === 'abuse'));
      } finally {
        fs.rmSync(target, { recursive: true, force: true });
      }
    });
  }

  it('moves dates and the dates of date-times, keeping times and the weekday', () => {
    assert.strictEqual(demo.shiftDates('{ "at": "2026-10-18T23:35", "due": "2026-12-31", "note": "not 2026-01-01" }', 7), '{ "at": "2026-10-25T23:35", "due": "2027-01-07", "note": "not 2026-01-01" }');
  });
});
