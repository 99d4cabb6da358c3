import * as assert from 'node:assert';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES, RuleOverrides, resolveRules } from '../../../src/core/health/rules';
import { ClientHealth, SIGNAL_IDS } from '../../../src/core/health/types';
import { formatMessage } from '../../../src/core/messages';
import { ClientFile } from '../../../src/core/schema';
import { day, makeFile } from '../support/build';

// A Sunday.
const TODAY = day('2026-11-22');

/** A realistic file: five clients, in EUR by default, one of them billed in USD. */
function realisticFile(): ClientFile {
  return makeFile(
    [
      {
        // 0: a good client, paid on time, revisions within the contract, work in office hours.
        id: 'atelier',
        name: 'Atelier Lumen',
        contact: { name: 'Inès Roy', email: 'ines@lumen.example' },
        status: 'active',
        contract: { signed: '2026-01-10', start: '2026-01-10', hourlyRate: 85, revisionsIncluded: 2, extraHourlyRate: 100, scope: ['Brand site'] },
        invoices: [
          { number: 'L-001', issued: '2026-09-01', amount: 2000, payments: [{ date: '2026-09-20', amount: 2000 }] },
          { number: 'L-002', issued: '2026-10-15', due: '2026-11-14', amount: 1500, payments: [{ date: '2026-11-10', amount: 1500 }] },
          { number: 'L-003', issued: '2026-11-15', amount: 900 },
        ],
        requests: [
          { at: '2026-11-10T10:00', summary: 'Darker footer', type: 'revision', hours: 1 },
          { at: '2026-11-17T14:30', summary: 'Swap hero photo', type: 'revision', hours: 0.5 },
        ],
        journal: [
          { at: '2026-11-03T11:00', kind: 'positive', note: 'Thanked me for the launch' },
          { at: '2026-11-17T15:00', kind: 'note', note: 'Call about Q1' },
        ],
        hours: [
          { date: '2026-09-02', hours: 8 },
          { date: '2026-09-03', hours: 8 },
          { date: '2026-10-01', hours: 8 },
          { date: '2026-10-20', hours: 8 },
          { date: '2026-11-16', hours: 8 },
        ],
        fit: { enjoyment: 5, styleMatch: 4 },
      },
      {
        // 1: ended long ago, with every bad sign on record: it must stay quiet.
        id: 'oldco',
        name: 'Old Co',
        status: 'ended',
        invoices: [{ number: 'O-1', issued: '2026-03-01', due: '2026-03-31', amount: 700 }],
        requests: [{ at: '2026-03-07T23:30', summary: 'Urgent fix at night', type: 'feature', hours: 5 }],
        journal: [
          { at: '2026-03-08T09:00', kind: 'abusive', note: 'Insults on the phone' },
          { at: '2026-03-09', kind: 'refusedContract' },
          { at: '2026-11-20', kind: 'discountRequest' },
          { at: '2026-11-20', kind: 'discountRequest' },
        ],
        fit: { enjoyment: 1, styleMatch: 1 },
      },
      {
        // 2: billed in USD; overdue (10 days, partly paid), one extra revision at night, an after-hours call,
        //    four discount requests (critical) and a dreaded job (critical).
        id: 'northwind',
        name: 'Northwind Traders',
        status: 'active',
        currency: 'USD',
        contract: { signed: '2026-03-01', start: '2026-03-01', hourlyRate: 80, revisionsIncluded: 1, extraHourlyRate: 95, lateFeePercentPerMonth: 1.5 },
        invoices: [
          { number: 'N-1', issued: '2026-09-01', due: '2026-10-01', amount: 3000, payments: [{ date: '2026-09-28', amount: 3000 }] },
          { number: 'N-2', issued: '2026-10-13', due: '2026-11-12', amount: 1000, payments: [{ date: '2026-11-15', amount: 400 }] },
        ],
        requests: [
          { at: '2026-11-02T10:00', summary: 'Tweak pricing table', type: 'revision', hours: 1 },
          { at: '2026-11-18T22:30', summary: 'Another pricing layout', type: 'revision', hours: 2 },
        ],
        journal: [
          { at: '2026-06-10', kind: 'discountRequest', note: 'Asked for 10% off' },
          { at: '2026-08-01', kind: 'discountRequest' },
          { at: '2026-09-15', kind: 'discountRequest' },
          { at: '2026-11-03T16:00', kind: 'discountRequest', note: 'Wants a loyalty discount' },
          { at: '2026-11-21T23:15', kind: 'afterHoursContact', note: 'Saturday night call' },
        ],
        fit: { enjoyment: 1, styleMatch: 3 },
      },
      {
        // 3: pays, signed, but one abusive incident: part ways whatever the score.
        id: 'brightside',
        name: 'Brightside Media',
        status: 'ending',
        contract: { signed: '2026-02-01', start: '2026-02-01', hourlyRate: 90 },
        invoices: [{ number: 'B-1', issued: '2026-10-01', amount: 1800, payments: [{ date: '2026-10-25', amount: 1800 }] }],
        journal: [{ at: '2026-10-05T14:00', kind: 'abusive', note: 'Shouted at me during the review call' }],
      },
      {
        // 4: small and cheap: little invoiced in 180 days, at 64.7% of the standard rate.
        id: 'tinyco',
        name: 'Tiny Co',
        contract: { signed: '2025-06-01', start: '2025-06-01', hourlyRate: 55 },
        invoices: [{ number: 'T-1', issued: '2026-08-10', amount: 300, payments: [{ date: '2026-09-01', amount: 300 }] }],
      },
    ],
    { name: 'Camille Martin', email: 'camille@example.com', currency: 'EUR', standardHourlyRate: 85 },
  );
}

const byId = (health: readonly ClientHealth[], id: string): ClientHealth => {
  const found = health.find((h) => h.id === id);
  assert.ok(found, `no client ${id}`);
  return found;
};
const ids = (h: ClientHealth) => h.signals.map((s) => `${s.id}:${s.severity}`);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

describe('evaluate()', () => {
  it('returns one health per client, in file order, with its index, id and name', () => {
    const health = evaluate(realisticFile(), TODAY, DEFAULT_RULES);
    assert.deepStrictEqual(
      health.map((h) => [h.index, h.id, h.name]),
      [
        [0, 'atelier', 'Atelier Lumen'],
        [1, 'oldco', 'Old Co'],
        [2, 'northwind', 'Northwind Traders'],
        [3, 'brightside', 'Brightside Media'],
        [4, 'tinyco', 'Tiny Co'],
      ],
    );
  });

  it('finds nothing wrong with a good client: healthy, 100, no breakdown, the next invoice counted as current', () => {
    const atelier = byId(evaluate(realisticFile(), TODAY), 'atelier');
    assert.deepStrictEqual(ids(atelier), []);
    assert.strictEqual(atelier.score, 100);
    assert.strictEqual(atelier.level, 'healthy');
    assert.deepStrictEqual(atelier.breakdown, []);
    assert.strictEqual(atelier.money.currency, 'EUR');
    assert.strictEqual(atelier.money.outstanding, 90000);
    assert.strictEqual(atelier.money.overdue, 0);
    assert.strictEqual(atelier.money.unbilledExtra, 0);
    assert.strictEqual(atelier.money.aging.current, 90000);
  });

  it('yields no signal for an ended client, whatever its file holds: healthy, score 100', () => {
    const oldco = byId(evaluate(realisticFile(), TODAY), 'oldco');
    assert.deepStrictEqual(oldco.signals, []);
    assert.deepStrictEqual(oldco.breakdown, []);
    assert.strictEqual(oldco.score, 100);
    assert.strictEqual(oldco.level, 'healthy');
  });

  it('is what keeps an ended client quiet: the same client, active or ending, has its signals', () => {
    // The rules themselves do not look at the status; evaluate skips ended clients before running them.
    for (const status of ['active', 'ending']) {
      const file = realisticFile();
      const reopened = makeFile(file.clients.map((c) => (c.id === 'oldco' ? { ...c, status } : c)), file.freelancer);
      const oldco = byId(evaluate(reopened, TODAY), 'oldco');
      assert.deepStrictEqual(oldco.signals.map((s) => s.id).sort(), ['abuse', 'haggling', 'noContract', 'overdue', 'poorFit', 'scopeCreep'], status);
    }
  });

  it('sorts signals critical first, then in the order of signals-v1', () => {
    const northwind = byId(evaluate(realisticFile(), TODAY), 'northwind');
    assert.deepStrictEqual(ids(northwind), ['haggling:critical', 'poorFit:critical', 'overdue:warning', 'scopeCreep:warning', 'afterHours:warning']);
    // Two critical signals: part ways.
    assert.strictEqual(northwind.level, 'partWays');
    assert.strictEqual(northwind.score, 100 - 14 - 14 - 12 - 8 - 6);
    assert.strictEqual(
      northwind.breakdown.reduce((sum, s) => sum + s.points, 0),
      100 - northwind.score,
    );
    // The order holds for every client of the file.
    for (const h of evaluate(realisticFile(), TODAY)) {
      const keys = h.signals.map((s) => (s.severity === 'critical' ? 0 : 1) * 100 + SIGNAL_IDS.indexOf(s.id));
      assert.deepStrictEqual(keys, [...keys].sort((a, b) => a - b), h.id);
    }
  });

  it('points evidence at the entries of the right client in the file', () => {
    const northwind = byId(evaluate(realisticFile(), TODAY), 'northwind');
    const overdue = northwind.signals.find((s) => s.id === 'overdue')!;
    assert.deepStrictEqual(
      overdue.evidence.map((e) => e.path),
      [['clients', 2, 'invoices', 1]],
    );
    const scope = northwind.signals.find((s) => s.id === 'scopeCreep')!;
    assert.deepStrictEqual(
      scope.evidence.map((e) => e.path),
      [['clients', 2, 'requests', 1]],
    );
    const haggling = northwind.signals.find((s) => s.id === 'haggling')!;
    assert.strictEqual(haggling.evidence.length, 4);
    assert.ok(haggling.evidence.every((e) => e.kind === 'journal' && e.path[1] === 2));
  });

  it("counts money in the client's own currency, which overrides the freelancer's", () => {
    const health = evaluate(realisticFile(), TODAY);
    const northwind = byId(health, 'northwind');
    assert.deepStrictEqual(northwind.money, {
      currency: 'USD',
      outstanding: 60000,
      overdue: 60000,
      // One revision beyond the one included: 2 h x 95.
      unbilledExtra: 19000,
      aging: { current: 0, '1-30': 60000, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 },
    });
    const overdue = northwind.signals.find((s) => s.id === 'overdue')!;
    assert.strictEqual(formatMessage(overdue.message), 'Invoice N-2 is 10 days overdue; $600.00 is still owed.');
    for (const id of ['atelier', 'oldco', 'brightside', 'tinyco']) {
      assert.strictEqual(byId(health, id).money.currency, 'EUR', id);
    }
  });

  it('makes abuse part ways even though the score stays high', () => {
    const brightside = byId(evaluate(realisticFile(), TODAY), 'brightside');
    assert.deepStrictEqual(ids(brightside), ['abuse:critical']);
    assert.strictEqual(brightside.score, 60);
    assert.strictEqual(brightside.level, 'partWays');
  });

  it('lets warnings alone make a client one to watch', () => {
    const tinyco = byId(evaluate(realisticFile(), TODAY), 'tinyco');
    assert.deepStrictEqual(ids(tinyco), ['lowVolume:warning', 'outgrown:warning']);
    assert.strictEqual(tinyco.score, 88);
    assert.strictEqual(tinyco.level, 'watch');
  });

  it('uses the default rules when none are given', () => {
    assert.deepStrictEqual(evaluate(realisticFile(), TODAY), evaluate(realisticFile(), TODAY, DEFAULT_RULES));
  });

  describe('with changed rules', () => {
    it('a higher haggling threshold turns that critical into a warning, and the client from part ways to at risk', () => {
      const northwind = byId(evaluate(realisticFile(), TODAY, resolveRules({ haggling: { critical: 10 } })), 'northwind');
      assert.deepStrictEqual(ids(northwind), ['poorFit:critical', 'overdue:warning', 'scopeCreep:warning', 'afterHours:warning', 'haggling:warning']);
      assert.strictEqual(northwind.score, 100 - 14 - 12 - 8 - 6 - 6);
      assert.strictEqual(northwind.level, 'atRisk');
    });

    it('grace days remove the overdue signal and the overdue amount, not what is owed', () => {
      const northwind = byId(evaluate(realisticFile(), TODAY, resolveRules({ overdue: { graceDays: 15 } })), 'northwind');
      assert.ok(!northwind.signals.some((s) => s.id === 'overdue'));
      assert.strictEqual(northwind.money.overdue, 0);
      assert.strictEqual(northwind.money.outstanding, 60000);
      // Exactly at the edge: 10 days late with 10 grace days is not after due + grace.
      const edge = byId(evaluate(realisticFile(), TODAY, resolveRules({ overdue: { graceDays: 10 } })), 'northwind');
      assert.ok(!edge.signals.some((s) => s.id === 'overdue'));
      const justPast = byId(evaluate(realisticFile(), TODAY, resolveRules({ overdue: { graceDays: 9 } })), 'northwind');
      assert.ok(justPast.signals.some((s) => s.id === 'overdue'));
      assert.strictEqual(justPast.money.overdue, 60000);
    });

    it('a lower outgrown threshold leaves only lowVolume for the cheap client', () => {
      const tinyco = byId(evaluate(realisticFile(), TODAY, resolveRules({ outgrown: { warningPercent: 60 } })), 'tinyco');
      assert.deepStrictEqual(ids(tinyco), ['lowVolume:warning']);
      assert.strictEqual(tinyco.score, 94);
    });

    it('a critical-days setting of 5 makes the 10-day-old invoice critical', () => {
      const northwind = byId(evaluate(realisticFile(), TODAY, resolveRules({ overdue: { criticalDaysLate: 5 } })), 'northwind');
      assert.deepStrictEqual(ids(northwind).slice(0, 3), ['overdue:critical', 'haggling:critical', 'poorFit:critical']);
    });

    it('ignores invalid values (-1, "x", NaN, Infinity, null, a numeric string) and keeps the defaults', () => {
      const invalid = {
        overdue: { graceDays: -1, criticalDaysLate: 'x' },
        haggling: { critical: NaN, warning: Infinity },
        outgrown: { warningPercent: null, criticalPercent: -Infinity },
        poorFit: { warningAtOrBelow: '5' },
        negativity: 'nonsense',
        unknownGroup: { graceDays: 3 },
      } as unknown as RuleOverrides;
      const rules = resolveRules(invalid);
      assert.deepStrictEqual(rules, DEFAULT_RULES);
      assert.deepStrictEqual(evaluate(realisticFile(), TODAY, rules), evaluate(realisticFile(), TODAY, DEFAULT_RULES));
      assert.deepStrictEqual(resolveRules(undefined), DEFAULT_RULES);
      assert.deepStrictEqual(resolveRules({}), DEFAULT_RULES);
    });

    it('applies the valid values of a group and ignores the invalid ones beside them', () => {
      const rules = resolveRules({ haggling: { critical: 10, warning: -1 }, overdue: { graceDays: NaN, criticalDaysLate: 1 } });
      assert.deepStrictEqual(rules.haggling, { ...DEFAULT_RULES.haggling, critical: 10 });
      assert.deepStrictEqual(rules.overdue, { graceDays: 0, criticalDaysLate: 1 });
      const northwind = byId(evaluate(realisticFile(), TODAY, rules), 'northwind');
      assert.ok(northwind.signals.some((s) => s.id === 'haggling' && s.severity === 'warning'), 'warning stays at 2: 4 requests warn');
      assert.ok(northwind.signals.some((s) => s.id === 'overdue' && s.severity === 'critical'), 'criticalDaysLate 1 applies');
    });

    it('does not change the defaults themselves', () => {
      const before = JSON.stringify(DEFAULT_RULES);
      resolveRules({ overdue: { graceDays: 7 }, haggling: { critical: 10 } });
      evaluate(realisticFile(), TODAY, resolveRules({ overdue: { graceDays: 7 } }));
      assert.strictEqual(JSON.stringify(DEFAULT_RULES), before);
    });
  });

  describe('is pure', () => {
    it('gives the same output for the same input, call after call', () => {
      const file = realisticFile();
      const first = evaluate(file, TODAY, DEFAULT_RULES);
      const second = evaluate(file, TODAY, DEFAULT_RULES);
      assert.deepStrictEqual(second, first);
      assert.deepStrictEqual(evaluate(realisticFile(), TODAY, DEFAULT_RULES), first);
    });

    it('does not mutate the file: a deep-frozen file evaluates without throwing, to the same result', () => {
      const expected = evaluate(realisticFile(), TODAY, DEFAULT_RULES);
      const frozen = deepFreeze(realisticFile());
      assert.ok(Object.isFrozen(frozen.clients[2].invoices![1].payments));
      let result: ClientHealth[] | undefined;
      assert.doesNotThrow(() => {
        result = evaluate(frozen, TODAY, DEFAULT_RULES);
      });
      assert.deepStrictEqual(result, expected);
    });

    it('leaves the file as it was, byte for byte, and accepts frozen rules', () => {
      const file = realisticFile();
      const before = JSON.stringify(file);
      const rules = deepFreeze(resolveRules({ overdue: { graceDays: 2 } }));
      evaluate(file, TODAY, rules);
      assert.strictEqual(JSON.stringify(file), before);
    });

    it('depends on today: the same file a month earlier has nothing overdue for Northwind', () => {
      const earlier = byId(evaluate(realisticFile(), day('2026-10-22')), 'northwind');
      assert.ok(!earlier.signals.some((s) => s.id === 'overdue'));
      assert.strictEqual(earlier.money.overdue, 0);
    });
  });
});
