import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

const TODAY = '2026-11-22';

interface ClientSpec {
  readonly id: string;
  readonly currency?: string;
  /** Paid over the last 180 days, for `hours` logged in them. */
  readonly paid: number;
  readonly hours: number;
  readonly owed?: number;
}

/** A client file whose clients were each paid `paid` for `hours` this autumn, plus an unpaid invoice of `owed` (not yet due). */
function clientFile(clients: readonly ClientSpec[], freelancerCurrency = 'EUR'): string {
  return JSON.stringify({
    version: 1,
    freelancer: { name: 'Camille Martin', currency: freelancerCurrency },
    clients: clients.map((c) => ({
      id: c.id,
      name: `Client ${c.id}`,
      ...(c.currency ? { currency: c.currency } : {}),
      contract: { signed: '2026-01-05' },
      invoices: [
        { number: `${c.id}-1`, issued: '2026-09-01', due: '2026-10-01', amount: c.paid, payments: [{ date: '2026-09-20', amount: c.paid }] },
        ...(c.owed ? [{ number: `${c.id}-2`, issued: '2026-11-15', due: '2026-12-15', amount: c.owed }] : []),
      ],
      // Ten hours a day from 1 August (a day holds at most 24).
      hours: Array.from({ length: Math.ceil(c.hours / 10) }, (_, k) => ({ date: `2026-08-${String(k + 1).padStart(2, '0')}`, hours: Math.min(10, c.hours - k * 10) })),
    })),
  });
}

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color: false, now: new Date(2026, 10, 22, 12) });
  if (typeof code !== 'number') {
    throw new Error('check returned a promise without --git');
  }
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err.join('\n').split('\n').filter((l) => l.length > 0) };
}

interface JsonClient {
  file: string;
  id: string;
  signals: { id: string; severity: string; message: string }[];
}

const signalsOf = (report: { clients: JsonClient[] }, id: string) => report.clients.find((c) => c.id === id)!.signals.map((s) => `${s.id}:${s.severity}`);

describe('CLI: check with several client files (the portfolio)', () => {
  let dir: string;
  let cwd: string;
  let cheap: string;
  let fair: string;
  let dollars: string;
  let broken: string;

  before(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), 'ch-cli-portfolio-'));
    // The current folder has no .vscode/settings.json: the tests that want one write it.
    process.chdir(dir);
    cheap = join(dir, 'cheap.json');
    fair = join(dir, 'fair.json');
    dollars = join(dir, 'dollars.json');
    broken = join(dir, 'broken.json');
    // 30 an hour, alone in its file: nothing to compare with, so no lowRate.
    writeFileSync(cheap, clientFile([{ id: 'cheap', paid: 3000, hours: 100, owed: 500 }]));
    // 100 an hour, twice.
    writeFileSync(fair, clientFile([{ id: 'fair1', paid: 5000, hours: 50, owed: 1000 }, { id: 'fair2', paid: 4000, hours: 40 }]));
    // 32 dollars an hour; its freelancer's currency is EUR.
    writeFileSync(dollars, clientFile([{ id: 'usd', currency: 'USD', paid: 3200, hours: 100, owed: 250 }]));
    writeFileSync(broken, '{\n  "version": 1,\n  "freelancer": { "currency": "EUR" },\n  "clients": [ { "id": "x", "name": "X", "invoices": [ { "number": "1", "issued": "2026-02-30", "amount": 10 } ] } ]\n}\n');
  });
  after(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  describe("lowRate's median of the other clients", () => {
    it('is taken across every file given: a client alone in its file is compared with the clients of the others', () => {
      const alone = cli(['check', cheap, '--today', TODAY, '--json']);
      assert.strictEqual(alone.code, 0, alone.err);
      assert.deepStrictEqual(signalsOf(JSON.parse(alone.out), 'cheap'), [], 'alone, the client has no one to be compared with');

      const together = cli(['check', cheap, fair, '--today', TODAY, '--json']);
      assert.strictEqual(together.code, 0, together.err);
      const report = JSON.parse(together.out);
      assert.deepStrictEqual(signalsOf(report, 'cheap'), ['lowRate:critical']);
      const message = report.clients.find((c: JsonClient) => c.id === 'cheap').signals[0].message;
      // 30 against the median of 100 and 100; the message says how many clients the median covers.
      assert.match(message, /30%/);
      assert.match(message, /€100\.00/);
      assert.match(message, /2 other clients/);
      // The fair clients, 100 each against 30 and 100 (median 65), stay clear.
      assert.deepStrictEqual(signalsOf(report, 'fair1'), []);
      assert.deepStrictEqual(signalsOf(report, 'fair2'), []);
    });

    it('compares the same currency only, unless the settings give exchange rates', () => {
      const without = JSON.parse(cli(['check', dollars, fair, '--today', TODAY, '--json']).out);
      assert.deepStrictEqual(signalsOf(without, 'usd'), [], 'dollars are not compared with euros on a guess');

      const settings = join(dir, 'rates.json');
      writeFileSync(settings, '{ "clientHealth.exchangeRates": { "USD": 0.9 } }');
      const withRates = cli(['check', dollars, fair, '--today', TODAY, '--json', '--settings', settings]);
      assert.strictEqual(withRates.code, 0, withRates.err);
      assert.strictEqual(withRates.err, '');
      const report = JSON.parse(withRates.out);
      assert.deepStrictEqual(signalsOf(report, 'usd'), ['lowRate:critical']);
      assert.match(report.clients.find((c: JsonClient) => c.id === 'usd').signals[0].message, /converted at your exchange rates/);
      // Rates are converted for the comparison; money never is: the totals stay per currency.
      assert.deepStrictEqual(Object.keys(report.portfolio.totals), ['EUR', 'USD']);
    });

    it("leaves out a repository's own exchange rates (a user setting), and names the entries it cannot use in one warning", () => {
      mkdirSync('.vscode', { recursive: true });
      try {
        writeFileSync(join('.vscode', 'settings.json'), '{ "clientHealth.exchangeRates": { "USD": 0.9, "XYZ": 2, "GBP": -1, "__proto__": 1 } }');
        // Found there by default, as the rules are: not used, since the editor reads this setting from the user's settings only.
        const implicit = cli(['check', dollars, fair, '--today', TODAY, '--json']);
        assert.deepStrictEqual(signalsOf(JSON.parse(implicit.out), 'usd'), [], "the repository's rate is not applied");
        assert.match(implicit.err, /"clientHealth\.exchangeRates": left out, a user setting that a repository's own settings cannot set/);
        const result = cli(['check', dollars, fair, '--today', TODAY, '--json', '--settings', join('.vscode', 'settings.json')]);
        assert.strictEqual(result.code, 0, result.err);
        assert.deepStrictEqual(signalsOf(JSON.parse(result.out), 'usd'), ['lowRate:critical'], 'the valid entry still applies');
        assert.strictEqual(result.errLines.length, 1, result.err);
        assert.match(result.errLines[0], /^\.vscode[\\/]settings\.json:1:3: warning: one setting ignored.*"clientHealth\.exchangeRates": "XYZ", "GBP", "__proto__" left out/);

        writeFileSync(join('.vscode', 'settings.json'), '{ "clientHealth.exchangeRates": "USD=0.9" }');
        const refused = cli(['check', dollars, fair, '--today', TODAY, '--json', '--settings', join('.vscode', 'settings.json')]);
        assert.deepStrictEqual(signalsOf(JSON.parse(refused.out), 'usd'), []);
        assert.match(refused.err, /"clientHealth\.exchangeRates": must be an object such as \{ "USD": 0\.92 \}, not "USD=0\.9"/);
      } finally {
        rmSync('.vscode', { recursive: true, force: true });
      }
    });
  });

  describe('--json', () => {
    it('adds each client\'s file, the totals per currency and the income shares over every file', () => {
      const { code, out, err } = cli(['check', fair, dollars, cheap, '--today', TODAY, '--json']);
      assert.strictEqual(code, 0, err);
      const report = JSON.parse(out);
      assert.deepStrictEqual(
        report.clients.map((c: JsonClient) => [c.file, c.id]),
        [
          [fair, 'fair1'],
          [fair, 'fair2'],
          [dollars, 'usd'],
          [cheap, 'cheap'],
        ],
      );
      assert.deepStrictEqual(report.portfolio.totals, {
        // fair1 owes 1,000 and cheap 500, neither due yet; invoiced 5,000 + 1,000 + 4,000 + 3,000 + 500.
        EUR: { outstanding: 1500, overdue: 0, unbilledExtra: 0, invoiced365: 13500 },
        USD: { outstanding: 250, overdue: 0, unbilledExtra: 0, invoiced365: 3450 },
      });
      assert.deepStrictEqual(report.portfolio.shares, [
        { file: fair, id: 'fair1', currency: 'EUR', share: 0.4444 },
        { file: fair, id: 'fair2', currency: 'EUR', share: 0.2963 },
        { file: dollars, id: 'usd', currency: 'USD', share: 1 },
        { file: cheap, id: 'cheap', currency: 'EUR', share: 0.2593 },
      ]);
    });

    it('gives a null share to a client of a currency nothing was invoiced in', () => {
      const none = join(dir, 'none.json');
      writeFileSync(
        none,
        JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients: [{ id: 'new', name: 'New', currency: 'CHF', contract: { signed: '2026-11-01' } }] }),
      );
      const report = JSON.parse(cli(['check', none, cheap, '--today', TODAY, '--json']).out);
      assert.deepStrictEqual(report.portfolio.shares, [
        { file: none, id: 'new', currency: 'CHF', share: null },
        { file: cheap, id: 'cheap', currency: 'EUR', share: 1 },
      ]);
      assert.deepStrictEqual(report.portfolio.totals.CHF, { outstanding: 0, overdue: 0, unbilledExtra: 0, invoiced365: 0 });
    });
  });

  describe('the text report', () => {
    it('puts each file\'s clients under its name, then the totals per currency and the clients above half their currency\'s invoicing', () => {
      const { code, out, err } = cli(['check', cheap, dollars, '--today', TODAY]);
      assert.strictEqual(code, 0, err);
      const lines = out.split('\n');
      assert.ok(lines.indexOf(cheap) < lines.findIndex((l) => l.startsWith('Client cheap (cheap)')), out);
      assert.ok(lines.indexOf(dollars) < lines.findIndex((l) => l.startsWith('Client usd (usd)')), out);
      const portfolio = lines.slice(lines.findIndex((l) => l.startsWith('Portfolio:')));
      assert.strictEqual(portfolio[0], 'Portfolio: 2 client files, 2 clients');
      assert.deepStrictEqual(portfolio.slice(1, 3), [
        '  EUR (1 client): owed €500.00 · overdue €0.00 · unbilled extras €0.00 · invoiced over 365 days €3,500.00',
        '  USD (1 client): owed $250.00 · overdue $0.00 · unbilled extras $0.00 · invoiced over 365 days $3,450.00',
      ]);
      assert.ok(portfolio.includes(`  ▲ Client cheap (cheap, ${cheap}) is 100% of your EUR invoicing over the last 12 months, about €291.67 a month.`), out);
      assert.ok(!out.includes('EUR + USD') && !/€3,?950|\$6,?950/.test(out), 'currencies are never added');
    });

    it('flags only the clients above 50% of their currency', () => {
      const { code, out, err } = cli(['check', fair, cheap, '--today', TODAY]);
      assert.strictEqual(code, 0, err);
      assert.ok(out.includes('Portfolio: 2 client files, 3 clients'), out);
      const flagged = out.split('\n').filter((l) => l.startsWith('  ▲ Client'));
      // fair1 is 6,000 of 13,500 (44%): none is above half.
      assert.deepStrictEqual(flagged, []);
    });

    it('keeps the report of one file as it was, without a portfolio section', () => {
      const { out } = cli(['check', cheap, '--today', TODAY]);
      assert.ok(!out.includes('Portfolio'), out);
      assert.ok(out.startsWith(`Client health on ${TODAY}\n\nClient cheap (cheap)`), out);
    });
  });

  describe('a file that cannot be read', () => {
    it('is reported on stderr with its problems, the others are still checked, and the exit code is 1', () => {
      const { code, out, errLines } = cli(['check', fair, broken, '--today', TODAY, '--json']);
      assert.strictEqual(code, 1);
      assert.strictEqual(errLines.length, 1, errLines.join('\n'));
      assert.match(errLines[0], new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: `));
      const report = JSON.parse(out);
      assert.deepStrictEqual(report.clients.map((c: JsonClient) => c.id), ['fair1', 'fair2']);
      assert.deepStrictEqual(Object.keys(report.portfolio.totals), ['EUR']);
      assert.ok(report.portfolio.shares.every((s: { file: string }) => s.file === fair));
      // The JSON alone says the report is incomplete, and why, at the line stderr gives.
      assert.deepStrictEqual(report.unread.map((u: { file: string; line: number }) => [u.file, u.line]), [[broken, 4]]);
      assert.strictEqual(`${broken}:${report.unread[0].line}:${report.unread[0].column}: ${report.unread[0].message}`, errLines[0]);
    });

    it('is named in the text report, and a missing file too; 1 stands before --fail-on\'s 3', () => {
      const missing = join(dir, 'missing.json');
      const { code, out, err } = cli(['check', broken, cheap, missing, '--today', TODAY, '--fail-on', 'watch']);
      assert.strictEqual(code, 1);
      assert.match(err, /missing\.json:1:1: cannot read the client file: no such file/);
      assert.ok(out.includes(`${broken}\n  Not checked: the file cannot be read or does not validate; its problems are on standard error.`), out);
      assert.ok(out.includes(`✖ ${missing} was not read`), out);
      assert.ok(out.includes('Portfolio: 1 client file, 1 client'), out);
    });

    it('exits 1 without a report when no file can be read; --json still prints a document that says why', () => {
      const missing = join(dir, 'missing.json');
      const { code, out } = cli(['check', broken, missing, '--today', TODAY]);
      assert.strictEqual(code, 1);
      assert.strictEqual(out, '');
      const json = cli(['check', broken, missing, '--today', TODAY, '--json']);
      assert.strictEqual(json.code, 1);
      const report = JSON.parse(json.out);
      assert.deepStrictEqual(report.clients, []);
      assert.deepStrictEqual(report.portfolio, { totals: {}, shares: [] });
      assert.deepStrictEqual(report.unread.map((u: { file: string; line: number }) => [u.file, u.line]), [[broken, 4], [missing, 1]]);
      assert.strictEqual(report.unread[1].message, 'cannot read the client file: no such file');
    });
  });

  describe('exit codes and usage', () => {
    it('exits 3 when a client of any file meets --fail-on', () => {
      assert.strictEqual(cli(['check', fair, '--today', TODAY, '--fail-on', 'watch']).code, 0);
      assert.strictEqual(cli(['check', fair, cheap, '--today', TODAY, '--fail-on', 'watch']).code, 3);
      assert.strictEqual(cli(['check', cheap, fair, '--today', TODAY, '--fail-on', 'watch']).code, 3);
    });

    it('refuses --git DIR with several files, since a commit does not say which client it was for', () => {
      const { code, out, err } = cli(['check', cheap, fair, '--git', dir, '--today', TODAY]);
      assert.strictEqual(code, 2);
      assert.strictEqual(out, '');
      assert.match(err, /--git DIR reads one repository/);
    });

    it('refuses standard input given twice', () => {
      assert.strictEqual(cli(['check', '-', '-', '--today', TODAY]).code, 2);
    });
  });
});
