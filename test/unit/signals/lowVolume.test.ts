import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { lowVolume } from '../../../src/core/signals/lowVolume';
import { client, day, input, makeFile } from '../support/build';
import { commit, evidence } from '../support/commits';

const TODAY = '2026-06-30';
const ago = (n: number) => formatDate(day(TODAY) - n);
const invoice = (number: string, daysAgo: number, amount: number) => ({ number, issued: ago(daysAgo), amount });
const RATE = { standardHourlyRate: 85 };

function run(fields: Record<string, unknown>, freelancer: Record<string, unknown> = RATE, rules: Rules = DEFAULT_RULES) {
  return lowVolume(input(makeFile([client(fields)], freelancer), TODAY, rules));
}

/** An established client (started 200 days ago) with the given invoices. */
const established = (invoices: unknown[], extra: Record<string, unknown> = {}) => ({ contract: { start: ago(200) }, invoices, ...extra });

describe('signals: lowVolume', () => {
  it('warns when less than 10 hours at the standard rate was invoiced in 180 days', () => {
    const signal = run(established([invoice('1', 10, 849.99)]));
    assert.strictEqual(signal?.id, 'lowVolume');
    assert.strictEqual(signal?.severity, 'warning');
  });

  it('warns when nothing was invoiced at all', () => {
    const signal = run(established([]));
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(formatMessage(signal.message), 'You invoiced €0.00 in the last 180 days, less than 10 hours at your standard rate (€850.00).');
  });

  it('yields nothing at exactly 10 hours at the standard rate', () => {
    assert.strictEqual(run(established([invoice('1', 10, 850)])), undefined);
    assert.strictEqual(run(established([invoice('1', 10, 400), invoice('2', 100, 450)])), undefined);
  });

  it('counts invoices issued after today - 180 days, up to today', () => {
    // Issued exactly 180 days ago: out of the window.
    assert.strictEqual(run(established([invoice('1', 180, 5000)]))?.severity, 'warning');
    assert.strictEqual(run(established([invoice('1', 179, 5000)])), undefined);
    assert.strictEqual(run(established([invoice('1', 0, 5000)])), undefined);
    // Issued in the future: not counted.
    assert.strictEqual(run(established([invoice('1', -1, 5000)]))?.severity, 'warning');
  });

  it('needs a contract start more than 90 days ago', () => {
    assert.strictEqual(run({ contract: { start: ago(90) } }), undefined);
    assert.strictEqual(run({ contract: { start: ago(91) } })?.severity, 'warning');
  });

  it('yields nothing without a contract, a contract start or a standard rate', () => {
    assert.strictEqual(run({}), undefined);
    assert.strictEqual(run({ contract: { hourlyRate: 50 } }), undefined);
    assert.strictEqual(run(established([]), {}), undefined);
  });

  it('applies to active clients only', () => {
    assert.strictEqual(run(established([], { status: 'active' }))?.severity, 'warning');
    assert.strictEqual(run(established([], { status: 'ending' })), undefined);
    assert.strictEqual(run(established([], { status: 'ended' })), undefined);
  });

  it('compares in the minor units of the client currency', () => {
    // JPY has no minor unit: 10 x 8000 = 80000.
    assert.strictEqual(run(established([invoice('1', 5, 79999)], { currency: 'JPY' }), { standardHourlyRate: 8000 })?.severity, 'warning');
    assert.strictEqual(run(established([invoice('1', 5, 80000)], { currency: 'JPY' }), { standardHourlyRate: 8000 }), undefined);
  });

  it('gives the figure, the contract start and the recent invoices as evidence', () => {
    const signal = run(established([invoice('2026-001', 300, 9000), invoice('2026-002', 100, 200), invoice('2026-003', 20, 300)]));
    assert.ok(signal);
    assert.deepStrictEqual(
      signal.evidence.map((e) => [e.kind, e.path]),
      [
        ['figure', ['clients', 0]],
        ['contract', ['clients', 0, 'contract']],
        ['invoice', ['clients', 0, 'invoices', 2]],
        ['invoice', ['clients', 0, 'invoices', 1]],
      ],
    );
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Invoiced in the last 180 days: €500.00, below the minimum of €850.00 (10 hours at €85.00 an hour).');
    assert.strictEqual(formatMessage(signal.evidence[1].message), `The contract started on ${ago(200)}.`);
    assert.strictEqual(formatMessage(signal.evidence[2].message), `Invoice 2026-003, issued on ${ago(20)}: €300.00.`);
    assert.match(signal.remedy.template, /minimum/);
    assert.match(signal.remedy.template, /part ways/);
  });

  it('uses the paths of the client it evaluates', () => {
    const file = makeFile([client({}, 'a'), client(established([invoice('9', 3, 10)]), 'b')], RATE);
    const signal = lowVolume(input(file, TODAY, DEFAULT_RULES, 1));
    assert.deepStrictEqual(
      signal?.evidence.map((e) => e.path),
      [['clients', 1], ['clients', 1, 'contract'], ['clients', 1, 'invoices', 0]],
    );
  });

  it('takes its thresholds and window from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, lowVolume: { activeForDays: 30, windowDays: 60, minInvoicedHours: 2 } };
    // 2 x 85 = 170.
    assert.strictEqual(run({ contract: { start: ago(31) }, invoices: [invoice('1', 5, 169)] }, RATE, rules)?.severity, 'warning');
    assert.strictEqual(run({ contract: { start: ago(31) }, invoices: [invoice('1', 5, 170)] }, RATE, rules), undefined);
    assert.strictEqual(run({ contract: { start: ago(30) }, invoices: [] }, RATE, rules), undefined);
    assert.strictEqual(run({ contract: { start: ago(31) }, invoices: [invoice('1', 60, 5000)] }, RATE, rules)?.severity, 'warning');
    assert.strictEqual(run({ contract: { start: ago(31) }, invoices: [invoice('1', 59, 5000)] }, RATE, rules), undefined);
  });
});

describe('signals: lowVolume with hours from git', () => {
  const sessions = Array.from({ length: 10 }, (_, i) => [commit(`${ago(20 + i)}T10:00:00+02:00`), commit(`${ago(20 + i)}T11:30:00+02:00`)]).flat();
  const withGit = (fields: Record<string, unknown>, useForHours: 'whenNoHoursLogged' | 'never' | 'always' = 'whenNoHoursLogged') =>
    lowVolume({ ...input(makeFile([client(fields)], RATE), TODAY), git: new Map([[0, evidence(sessions, useForHours)]]) });

  it('sets the hours your commits show beside what was invoiced, and says they are from git', () => {
    const signal = withGit(established([invoice('1', 10, 100)]))!;
    assert.strictEqual(formatMessage(signal.message), 'You invoiced €100.00 in the last 180 days, less than 10 hours at your standard rate (€850.00), while your commits show 20 hours of work.');
    assert.match(formatMessage(signal.evidence[1].message), /^The hours are from git, not logged: 20 hours estimated/);
  });

  it('names the logged hours when the window has some', () => {
    const signal = withGit(established([invoice('1', 10, 100)], { hours: [{ date: ago(3), hours: 4 }] }))!;
    assert.strictEqual(formatMessage(signal.message), 'You invoiced €100.00 in the last 180 days, less than 10 hours at your standard rate (€850.00).');
    assert.strictEqual(formatMessage(signal.evidence[1].message), 'Hours logged in the last 180 days: 4 hours.');
  });

  it('is unchanged without git evidence, and does not fire more because of it', () => {
    assert.strictEqual(run(established([invoice('1', 10, 100)]))?.evidence.length, 3);
    assert.strictEqual(withGit(established([invoice('1', 10, 850)])), undefined);
  });
});
