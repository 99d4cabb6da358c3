import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Io, run } from '../../../src/cli/main';

const TODAY = '2026-11-22';

/** Three clients: Acme (EUR, 600 of 1000 overdue 22 days, one unbilled extra), Kyoto (JPY, healthy), Gulf (KWD, healthy). */
const VALID = `{
  // JSONC: comments are allowed
  "version": 1,
  "freelancer": { "name": "Camille Martin", "currency": "EUR" },
  "clients": [
    {
      "id": "acme",
      "name": "Acme SARL",
      "contract": { "signed": "2026-01-15", "revisionsIncluded": 2, "extraHourlyRate": 90 },
      "invoices": [
        { "number": "A-1", "issued": "2026-10-01", "due": "2026-10-31", "amount": 1000, "payments": [ { "date": "2026-11-05", "amount": 400 } ] }
      ],
      "requests": [
        { "at": "2026-11-10T10:00", "summary": "Extra landing page", "type": "feature", "hours": 1.25 }
      ]
    },
    {
      "id": "kyoto",
      "name": "Kyoto Works",
      "currency": "JPY",
      "contract": { "signed": "2026-02-01" },
      "invoices": [ { "number": "K-1", "issued": "2026-11-01", "amount": 150000 } ]
    },
    {
      "id": "gulf",
      "name": "Gulf Trading",
      "currency": "KWD",
      "contract": { "signed": "2026-02-01" },
      "invoices": [ { "number": "G-1", "issued": "2026-11-10", "amount": 12.345, "payments": [ { "date": "2026-11-12", "amount": 2.1 } ] } ]
    }
  ]
}
`;

/** One client with an abusive incident and no contract: partWays. */
const PART_WAYS = JSON.stringify(
  {
    version: 1,
    freelancer: { currency: 'EUR' },
    clients: [
      {
        id: 'rough',
        name: 'Rough Ltd',
        invoices: [{ number: 'R-1', issued: '2026-11-01', amount: 500 }],
        journal: [{ at: '2026-11-02T10:00', kind: 'abusive', note: 'Threatened me' }],
      },
    ],
  },
  null,
  2,
);

/** Two errors, each on its own line: an amount written as a string, an impossible date. */
const INVALID_LINES = [
  '{',
  '  "version": 1,',
  '  "freelancer": { "currency": "EUR" },',
  '  "clients": [',
  '    {',
  '      "id": "acme",',
  '      "name": "Acme SARL",',
  '      "invoices": [',
  '        {',
  '          "number": "A-1",',
  '          "issued": "2026-02-30",',
  '          "amount": "1000"',
  '        }',
  '      ]',
  '    }',
  '  ]',
  '}',
];

interface Captured {
  readonly io: Io;
  readonly out: string[];
  readonly err: string[];
}

function fakeIo(now = new Date(2026, 10, 22, 12, 0), color = false): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), color, now }, out, err };
}

function cli(argv: string[], now?: Date, color?: boolean) {
  const c = fakeIo(now, color);
  const code = run(argv, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n'), errLines: c.err.join('\n').split('\n').filter((l) => l.length > 0), outCalls: c.out.length };
}

/** Where `needle` first appears on `lines`, as 1-based line and column. */
function locate(lines: readonly string[], needle: string): { line: number; col: number } {
  const index = lines.findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `not in fixture: ${needle}`);
  return { line: index + 1, col: lines[index].indexOf(needle) + 1 };
}

describe('CLI: client-health check', () => {
  let dir: string;
  let valid: string;
  let partWays: string;
  let invalid: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'client-health-cli-'));
    valid = join(dir, 'valid.json');
    partWays = join(dir, 'partways.json');
    invalid = join(dir, 'invalid.json');
    writeFileSync(valid, VALID);
    writeFileSync(partWays, PART_WAYS);
    writeFileSync(invalid, INVALID_LINES.join('\n') + '\n');
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('--json', () => {
    it('prints exactly the documented shape, amounts as decimals in each client currency, and exits 0', () => {
      const { code, out, err } = cli(['check', valid, '--today', TODAY, '--json']);
      assert.strictEqual(code, 0, err);
      assert.strictEqual(err, '');
      const report = JSON.parse(out);
      assert.deepStrictEqual(Object.keys(report), ['today', 'clients', 'portfolio', 'unread']);
      assert.deepStrictEqual(report.unread, [], 'every file was read');
      assert.strictEqual(report.today, TODAY);
      assert.strictEqual(report.clients.length, 3);
      for (const c of report.clients) {
        assert.deepStrictEqual(Object.keys(c).sort(), ['file', 'forecast', 'id', 'level', 'money', 'name', 'score', 'signals']);
        assert.strictEqual(c.file, valid, 'each client names its file as given');
        assert.deepStrictEqual(Object.keys(c.forecast), ['medianDaysLate', 'p80DaysLate', 'paidInvoices', 'expected']);
        assert.deepStrictEqual(Object.keys(c.money).sort(), ['aging', 'currency', 'outstanding', 'overdue', 'unbilledExtra']);
        assert.deepStrictEqual(Object.keys(c.money.aging), ['current', '1-30', '31-60', '61-90', '91-120', '120+']);
        for (const value of [c.money.outstanding, c.money.overdue, c.money.unbilledExtra, ...Object.values(c.money.aging)]) {
          assert.strictEqual(typeof value, 'number');
        }
        assert.strictEqual(typeof c.score, 'number');
        for (const s of c.signals) {
          assert.deepStrictEqual(Object.keys(s).sort(), ['evidence', 'id', 'message', 'severity']);
          assert.strictEqual(typeof s.message, 'string');
          assert.ok(Array.isArray(s.evidence));
          for (const e of s.evidence) {
            assert.strictEqual(typeof e.message, 'string');
            assert.ok(!e.message.includes('{0}'), 'evidence messages are formatted');
          }
        }
      }

      const [acme, kyoto, gulf] = report.clients;
      assert.deepStrictEqual(
        { ...acme, signals: acme.signals.map((s: { id: string; severity: string; message: string }) => ({ id: s.id, severity: s.severity, message: s.message })) },
        {
          file: valid,
          id: 'acme',
          name: 'Acme SARL',
          level: 'watch',
          score: 80,
          signals: [
            { id: 'overdue', severity: 'warning', message: 'Invoice A-1 is 22 days overdue; €600.00 is still owed.' },
            { id: 'scopeCreep', severity: 'warning', message: 'One extra request beyond the contract is not billed: 1.25 hours, worth €112.50 at €90.00 an hour.' },
          ],
          money: {
            currency: 'EUR',
            outstanding: 600,
            overdue: 600,
            unbilledExtra: 112.5,
            aging: { current: 0, '1-30': 600, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 },
          },
          // No paid invoice yet: no median, and the published base rate (paid by the due date) dates A-1, already late: today.
          forecast: { medianDaysLate: null, p80DaysLate: null, paidInvoices: 0, expected: [{ invoice: 'A-1', date: TODAY }] },
        },
      );
      assert.deepStrictEqual(acme.signals[0].evidence, [
        {
          kind: 'invoice',
          path: ['clients', 0, 'invoices', 0],
          // The line of the invoice in the file, so that scripts can point back to it.
          line: locate(VALID.split('\n'), '"number": "A-1"').line,
          message: 'Invoice A-1 was due on 2026-10-31 and is 22 days late; €600.00 of €1,000.00 is still owed.',
        },
      ]);
      assert.deepStrictEqual(kyoto, {
        file: valid,
        id: 'kyoto',
        name: 'Kyoto Works',
        level: 'healthy',
        score: 100,
        signals: [],
        money: { currency: 'JPY', outstanding: 150000, overdue: 0, unbilledExtra: 0, aging: { current: 150000, '1-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 } },
        forecast: { medianDaysLate: null, p80DaysLate: null, paidInvoices: 0, expected: [{ invoice: 'K-1', date: '2026-12-01' }] },
      });
      assert.deepStrictEqual(gulf.money, {
        currency: 'KWD',
        outstanding: 10.245,
        overdue: 0,
        unbilledExtra: 0,
        aging: { current: 10.245, '1-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 },
      });
      // One file is a portfolio of one: its totals per currency, each client all of its currency's invoicing.
      assert.deepStrictEqual(report.portfolio, {
        totals: {
          EUR: { outstanding: 600, overdue: 600, unbilledExtra: 112.5, invoiced365: 1000 },
          JPY: { outstanding: 150000, overdue: 0, unbilledExtra: 0, invoiced365: 150000 },
          KWD: { outstanding: 10.245, overdue: 0, unbilledExtra: 0, invoiced365: 12.345 },
        },
        shares: [
          { file: valid, id: 'acme', currency: 'EUR', share: 1 },
          { file: valid, id: 'kyoto', currency: 'JPY', share: 1 },
          { file: valid, id: 'gulf', currency: 'KWD', share: 1 },
        ],
      });
    });

    it('adds the statutory late fees of the freelancer\'s country for business clients, and forecasts from paid invoices', () => {
      const file = join(dir, 'law.json');
      const text = VALID.replace('"name": "Camille Martin", "currency": "EUR"', '"name": "Camille Martin", "currency": "EUR", "country": "FR"')
        .replace('"contract": { "signed": "2026-02-01" },\n      "invoices": [ { "number": "K-1"', '"isBusiness": false,\n      "contract": { "signed": "2026-02-01" },\n      "invoices": [ { "number": "K-1"');
      writeFileSync(file, text);
      const report = JSON.parse(cli(['check', file, '--json', '--today', TODAY]).out);
      const [acme, kyoto, gulf] = report.clients;
      // 5 days (1-5 November, the payment day counted) on 1000, then 17 days on 600, at 2.15 + 10 = 12.15 % (the ECB rate known
      // last, 2026-01-01, stands in for the one of 1 July 2026): 15200 x 0.1215 / 365 = 5.0597 -> 5.06; EUR 40 for the overdue invoice.
      assert.deepStrictEqual(acme.money.statutory, { country: 'FR', basis: 'Code de commerce, art. L441-10 et D441-5', interest: 5.06, compensation: 40, ratesUpTo: '2026-01-01', capitalisedYearly: false });
      assert.strictEqual(kyoto.money.statutory, undefined, 'a consumer client gets none');
      assert.deepStrictEqual(gulf.money.statutory, { country: 'FR', basis: 'Code de commerce, art. L441-10 et D441-5', interest: 0, compensation: 0, ratesUpTo: '2026-01-01', capitalisedYearly: false });

      const settings = join(dir, 'rates.json');
      writeFileSync(settings, JSON.stringify({ 'clientHealth.lateFees.referenceRates': [{ source: 'ECB', from: '2026-07-01', percent: 2.4 }, { source: 'ECB', from: 'July' }] }));
      const withRates = cli(['check', file, '--json', '--today', TODAY, '--settings', settings]);
      // 12.40 % from the setting: 15200 x 0.124 / 365 = 5.1638 -> 5.16; the malformed entry is left out with one warning.
      assert.deepStrictEqual(JSON.parse(withRates.out).clients[0].money.statutory, { country: 'FR', basis: 'Code de commerce, art. L441-10 et D441-5', interest: 5.16, compensation: 40, ratesUpTo: '2026-07-01', capitalisedYearly: false });
      assert.match(withRates.err, /^.*rates\.json:1:2: warning: one setting ignored, its default applies: "clientHealth\.lateFees\.referenceRates": one entry left out \(.*\)\.$/);
    });

    it('forecasts from the client\'s paid invoices once there are three', () => {
      const file = join(dir, 'history.json');
      const invoices = [
        { number: 'H-1', issued: '2026-06-01', due: '2026-07-01', amount: 100, payments: [{ date: '2026-07-11', amount: 100 }] },
        { number: 'H-2', issued: '2026-07-01', due: '2026-08-01', amount: 100, payments: [{ date: '2026-08-06', amount: 100 }] },
        { number: 'H-3', issued: '2026-08-01', due: '2026-09-01', amount: 100, payments: [{ date: '2026-09-21', amount: 60 }, { date: '2026-09-16', amount: 40 }] },
        { number: 'H-4', issued: '2026-11-01', due: '2026-12-01', amount: 100 },
      ];
      writeFileSync(file, JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients: [{ id: 'h', name: 'History', invoices }] }));
      const report = JSON.parse(cli(['check', file, '--json', '--today', TODAY]).out);
      // Days late 10, 5 and 20 (the last payment of H-3): median 10; 80th percentile 10 + 0.6 x 10 = 16; H-4 expected 1 December + 10.
      assert.deepStrictEqual(report.clients[0].forecast, { medianDaysLate: 10, p80DaysLate: 16, paidInvoices: 3, expected: [{ invoice: 'H-4', date: '2026-12-11' }] });
    });

    it('prints one JSON document and nothing else on stdout', () => {
      const { out, outCalls } = cli(['check', valid, '--json', '--today', TODAY]);
      assert.strictEqual(outCalls, 1);
      assert.doesNotThrow(() => JSON.parse(out));
      assert.ok(out.trim().startsWith('{') && out.trim().endsWith('}'));
    });

    it('evaluates as of --today: a month earlier nothing is overdue', () => {
      const report = JSON.parse(cli(['check', valid, '--json', '--today', '2026-10-22']).out);
      assert.strictEqual(report.today, '2026-10-22');
      assert.strictEqual(report.clients[0].money.overdue, 0);
      assert.ok(!report.clients[0].signals.some((s: { id: string }) => s.id === 'overdue'));
    });
  });

  describe('text report', () => {
    it('names every client with its level and score and lists the signal messages; exit 0', () => {
      const { code, out, err } = cli(['check', valid, '--today', TODAY]);
      assert.strictEqual(code, 0, err);
      assert.ok(out.includes(TODAY));
      const lines = out.split('\n');
      const lineOf = (name: string) => lines.find((l) => l.includes(name)) ?? assert.fail(`no line for ${name} in:\n${out}`);
      assert.match(lineOf('Acme SARL'), /\bwatch\b.*\b80\b/);
      assert.match(lineOf('Kyoto Works'), /\bhealthy\b.*\b100\b/);
      assert.match(lineOf('Gulf Trading'), /\bhealthy\b/);
      assert.ok(out.includes('Invoice A-1 is 22 days overdue; €600.00 is still owed.'), out);
      assert.ok(out.includes('One extra request beyond the contract is not billed: 1.25 hours, worth €112.50 at €90.00 an hour.'), out);
      assert.ok(out.includes('Invoice A-1 was due on 2026-10-31 and is 22 days late'), 'evidence is listed');
      assert.ok(!out.includes('\u001b['), 'no colour codes when color is false');
      assert.ok(!out.includes('{'), 'no raw JSON or unformatted placeholders');
    });

    it('shows a client to part ways as such', () => {
      const { code, out } = cli(['check', partWays, '--today', TODAY]);
      assert.strictEqual(code, 0);
      assert.match(out.split('\n').find((l) => l.includes('Rough Ltd'))!, /part ?ways/i);
      assert.ok(out.includes('One abusive or unethical incident is on record, on 2026-11-02.'), out);
    });

    it('uses colour codes only when io.color is true', () => {
      const { out } = cli(['check', valid, '--today', TODAY], undefined, true);
      assert.ok(out.includes('\u001b['));
    });
  });

  describe('invalid or unreadable file', () => {
    it('exits 1 with one FILE:LINE:COL: message line per problem, at the line and column of the offending value', () => {
      const { code, out, errLines } = cli(['check', invalid, '--today', TODAY, '--json']);
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(JSON.parse(out).clients, [], 'no report of any client on stdout, only why');
      assert.strictEqual(`${invalid}:${JSON.parse(out).unread[0].line}:${JSON.parse(out).unread[0].column}: ${JSON.parse(out).unread[0].message}`, errLines[0]);
      assert.strictEqual(errLines.length, 2, errLines.join('\n'));
      const pattern = /^(.+):(\d+):(\d+): (.+)$/;
      const parsed = errLines.map((l) => {
        const m = pattern.exec(l);
        assert.ok(m, `not FILE:LINE:COL: message: ${l}`);
        return { file: m[1], line: Number(m[2]), col: Number(m[3]), message: m[4] };
      });
      for (const p of parsed) {
        assert.strictEqual(p.file, invalid);
        assert.ok(p.message.trim().length > 0);
      }
      const date = locate(INVALID_LINES, '"2026-02-30"');
      const amount = locate(INVALID_LINES, '"1000"');
      assert.deepStrictEqual(
        parsed.map((p) => [p.line, p.col]).sort((a, b) => a[0] - b[0]),
        [
          [date.line, date.col],
          [amount.line, amount.col],
        ],
      );
    });

    it('keeps one line per problem when the offending value holds a newline', () => {
      const lines = ['{', '  "version": 1,', '  "freelancer": { "currency": "EUR" },', '  "clients": [ { "id": "ac\\nme", "name": "Acme" } ]', '}'];
      const file = join(dir, 'newline.json');
      writeFileSync(file, lines.join('\n'));
      const { code, errLines } = cli(['check', file, '--today', TODAY]);
      assert.strictEqual(code, 1);
      assert.strictEqual(errLines.length, 1, errLines.join('\n'));
      assert.match(errLines[0], new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: .+$`));
    });

    it('reports a warning as FILE:LINE:COL: warning: ... and still exits 0 with the report', () => {
      const lines = [
        '{',
        '  "version": 1,',
        '  "freelancer": { "currency": "EUR" },',
        '  "clients": [',
        '    { "id": "acme", "name": "Acme SARL", "contract": { "signed": "2026-01-01" },',
        '      "invoices": [ { "number": "A-1", "issued": "2026-11-01", "amount": 10.005 } ] }',
        '  ]',
        '}',
      ];
      const file = join(dir, 'warning.json');
      writeFileSync(file, lines.join('\n'));
      const { code, out, errLines } = cli(['check', file, '--today', TODAY, '--json']);
      assert.strictEqual(code, 0);
      assert.strictEqual(errLines.length, 1, errLines.join('\n'));
      const where = locate(lines, '10.005');
      assert.ok(errLines[0].startsWith(`${file}:${where.line}:${where.col}: warning: `), errLines[0]);
      assert.strictEqual(JSON.parse(out).clients[0].id, 'acme');
    });

    it('exits 1 and points at the line of a syntax error', () => {
      const lines = ['{', '  "version": 1,', '  "freelancer": { "currency": "EUR" }', '  "clients": []', '}'];
      const file = join(dir, 'syntax.json');
      writeFileSync(file, lines.join('\n'));
      const { code, out, errLines } = cli(['check', file, '--today', TODAY]);
      assert.strictEqual(code, 1);
      assert.strictEqual(out, '');
      assert.ok(errLines.length >= 1);
      for (const l of errLines) {
        assert.match(l, /^.+:\d+:\d+: .+$/);
        assert.ok(l.startsWith(`${file}:`), l);
      }
      // The missing comma is noticed at "clients", on line 4.
      assert.ok(
        errLines.some((l) => l.startsWith(`${file}:4:`)),
        errLines.join('\n'),
      );
    });

    it('exits 1 for a missing file, naming it on stderr', () => {
      const missing = join(dir, 'nope', 'clients.json');
      const { code, out, errLines } = cli(['check', missing, '--today', TODAY, '--json']);
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(JSON.parse(out).unread, [{ file: missing, line: 1, column: 1, message: 'cannot read the client file: no such file' }]);
      assert.strictEqual(errLines.length, 1);
      assert.ok(errLines[0].startsWith(`${missing}:1:1: `), errLines[0]);
    });

    it('exits 1 for a directory given as FILE', () => {
      const { code, errLines } = cli(['check', dir, '--today', TODAY]);
      assert.strictEqual(code, 1);
      assert.ok(errLines[0].startsWith(`${dir}:`), errLines[0]);
    });
  });

  describe('--fail-on', () => {
    it('exits 3 when a client is at the level or worse, after printing the report', () => {
      // Worst client in the valid file: Acme, watch.
      const { code, out } = cli(['check', valid, '--today', TODAY, '--json', '--fail-on', 'watch']);
      assert.strictEqual(code, 3);
      assert.strictEqual(JSON.parse(out).clients.length, 3);
      for (const level of ['watch', 'atRisk', 'partWays']) {
        assert.strictEqual(cli(['check', partWays, '--today', TODAY, '--fail-on', level]).code, 3, level);
      }
    });

    it('exits 0 when no client reaches the level', () => {
      for (const level of ['atRisk', 'partWays']) {
        assert.strictEqual(cli(['check', valid, '--today', TODAY, '--fail-on', level]).code, 0, level);
      }
      assert.strictEqual(cli(['check', valid, '--today', TODAY]).code, 0, 'without --fail-on');
    });
  });

  describe('usage errors exit 2', () => {
    const cases: [string, string[]][] = [
      ['an impossible --today', ['check', 'FILE', '--today', '2026-02-30']],
      ['a --today in another notation', ['check', 'FILE', '--today', '22/11/2026']],
      ['a --today with a time', ['check', 'FILE', '--today', '2026-11-22T10:00']],
      ['--today without a value', ['check', 'FILE', '--today']],
      ['an unknown --fail-on level', ['check', 'FILE', '--fail-on', 'critical']],
      ['a --fail-on level in the wrong case', ['check', 'FILE', '--fail-on', 'partways']],
      ['--fail-on healthy, which every client meets', ['check', 'FILE', '--fail-on', 'healthy']],
      ['an unknown option', ['check', 'FILE', '--verbose']],
      ['no command', []],
      ['a file without the check command', ['FILE']],
      ['another command', ['status', 'FILE']],
      ['the same file twice', ['check', 'FILE', 'FILE']],
      ['the same file twice under two names', ['check', 'FILE', 'FILE./']],
    ];
    for (const [title, argv] of cases) {
      it(`for ${title}`, () => {
        const { code, out, err } = cli(argv.map((a) => (a === 'FILE' ? valid : a === 'FILE./' ? join(dir, '.', 'sub', '..', 'valid.json') : a)));
        assert.strictEqual(code, 2);
        assert.strictEqual(out, '', 'nothing on stdout');
        assert.ok(err.trim().length > 0, 'says why on stderr');
      });
    }

    it('checks the usage before reading the file', () => {
      assert.strictEqual(cli(['check', join(dir, 'missing.json'), '--today', 'yesterday']).code, 2);
    });
  });

  describe('defaults', () => {
    let cwd: string;
    beforeEach(() => {
      cwd = process.cwd();
    });
    afterEach(() => {
      process.chdir(cwd);
    });

    it('reads .freelance/clients.json in the current directory when FILE is omitted', () => {
      const project = mkdtempSync(join(dir, 'project-'));
      mkdirSync(join(project, '.freelance'));
      writeFileSync(join(project, '.freelance', 'clients.json'), VALID);
      process.chdir(project);
      const { code, out, err } = cli(['check', '--json', '--today', TODAY]);
      assert.strictEqual(code, 0, err);
      assert.deepStrictEqual(
        JSON.parse(out).clients.map((c: { id: string }) => c.id),
        ['acme', 'kyoto', 'gulf'],
      );
    });

    it('exits 1 naming .freelance/clients.json when the current directory has none', () => {
      const empty = mkdtempSync(join(dir, 'empty-'));
      process.chdir(empty);
      const { code, errLines } = cli(['check', '--today', TODAY]);
      assert.strictEqual(code, 1);
      assert.ok(errLines[0].startsWith('.freelance/clients.json:1:1: '), errLines[0]);
    });

    it('takes --today from the local date of io.now', () => {
      const { code, out } = cli(['check', valid, '--json'], new Date(2026, 10, 22, 12, 0));
      assert.strictEqual(code, 0);
      assert.strictEqual(JSON.parse(out).today, '2026-11-22');
      // Late in the evening and just after midnight, local time.
      assert.strictEqual(JSON.parse(cli(['check', valid, '--json'], new Date(2026, 10, 22, 23, 59)).out).today, '2026-11-22');
      assert.strictEqual(JSON.parse(cli(['check', valid, '--json'], new Date(2026, 10, 23, 0, 1)).out).today, '2026-11-23');
    });

    it('takes the local date, not the UTC one, when they differ (skipped where Node ignores TZ)', function () {
      const saved = process.env.TZ;
      try {
        // 2026-11-21T19:00Z is already 2026-11-22 08:00 in Auckland (UTC+13 in November).
        process.env.TZ = 'Pacific/Auckland';
        const now = new Date(Date.UTC(2026, 10, 21, 19, 0));
        if (now.getDate() !== 22) {
          this.skip();
        }
        assert.strictEqual(JSON.parse(cli(['check', valid, '--json'], now).out).today, '2026-11-22');
        // 2026-11-22T03:00Z is still 2026-11-21 19:00 in Los Angeles.
        process.env.TZ = 'America/Los_Angeles';
        assert.strictEqual(JSON.parse(cli(['check', valid, '--json'], new Date(Date.UTC(2026, 10, 22, 3, 0))).out).today, '2026-11-21');
      } finally {
        if (saved === undefined) {
          delete process.env.TZ;
        } else {
          process.env.TZ = saved;
        }
      }
    });
  });

  describe('end to end', () => {
    const root = resolve(__dirname, '..', '..', '..', '..');
    const bundle = join(root, 'dist', 'cli.js');

    it('node dist/cli.js check FILE --json --today 2026-11-22 exits 0 with the JSON report (skipped when dist/cli.js has not been built)', function () {
      if (!existsSync(bundle)) {
        this.skip();
      }
      const result = spawnSync(process.execPath, [bundle, 'check', valid, '--json', '--today', TODAY], { cwd: dir, encoding: 'utf8', timeout: 15000 });
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(result.stderr, '');
      const report = JSON.parse(result.stdout);
      assert.strictEqual(report.today, TODAY);
      assert.deepStrictEqual(
        report.clients.map((c: { id: string; level: string; score: number }) => [c.id, c.level, c.score]),
        [
          ['acme', 'watch', 80],
          ['kyoto', 'healthy', 100],
          ['gulf', 'healthy', 100],
        ],
      );
      assert.deepStrictEqual(report.clients[0].money, {
        currency: 'EUR',
        outstanding: 600,
        overdue: 600,
        unbilledExtra: 112.5,
        aging: { current: 0, '1-30': 600, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 },
      });
    });

    it('node dist/cli.js exits 1 with FILE:LINE:COL lines and 3 on --fail-on (skipped when dist/cli.js has not been built)', function () {
      if (!existsSync(bundle)) {
        this.skip();
      }
      const bad = spawnSync(process.execPath, [bundle, 'check', invalid, '--today', TODAY], { cwd: dir, encoding: 'utf8', timeout: 15000 });
      assert.strictEqual(bad.status, 1);
      assert.strictEqual(bad.stdout, '');
      const lines = bad.stderr.split('\n').filter((l) => l.length > 0);
      assert.strictEqual(lines.length, 2, bad.stderr);
      assert.ok(lines.every((l) => l.startsWith(`${invalid}:`)));
      const failing = spawnSync(process.execPath, [bundle, 'check', partWays, '--today', TODAY, '--fail-on', 'partWays'], { cwd: dir, encoding: 'utf8', timeout: 15000 });
      assert.strictEqual(failing.status, 3, failing.stderr);
    });
  });
});
