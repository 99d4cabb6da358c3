import * as assert from 'node:assert';
import { AT_RISK_BELOW, WEIGHTS, level, levelRank, pointsLost, score } from '../../../src/core/health/scoring';
import { LEVELS, SIGNAL_IDS, Severity, Signal, SignalId } from '../../../src/core/health/types';
import { msg } from '../../../src/core/messages';

function sig(id: SignalId, severity: Severity): Signal {
  return { id, severity, message: msg(`${id} ${severity}`), figure: msg('1'), evidence: [], remedy: msg('Do something.') };
}
const warn = (id: SignalId) => sig(id, 'warning');
const crit = (id: SignalId) => sig(id, 'critical');

/** The ids that can be a warning (abuse and noContract are always critical in signals-v1). */
const WARNABLE = SIGNAL_IDS.filter((id) => id !== 'abuse' && id !== 'noContract');
/** The ids that can be critical (lowVolume is always a warning). */
const CRITICALABLE = SIGNAL_IDS.filter((id) => id !== 'lowVolume');

describe('score()', () => {
  it('is 100, healthy and without breakdown when there is no signal', () => {
    assert.deepStrictEqual(score([]), { score: 100, level: 'healthy', breakdown: [] });
  });

  it('takes the documented points off for each signal (README, "How the score works")', () => {
    // The README table is what users read; the weights must match it.
    const documented: Partial<Record<SignalId, Partial<Record<Severity, number>>>> = {
      overdue: { warning: 12, critical: 25 },
      chronicLate: { warning: 10, critical: 20 },
      scopeCreep: { warning: 8, critical: 18 },
      noContract: { critical: 20 },
      afterHours: { warning: 6, critical: 14 },
      lowRate: { warning: 8, critical: 16 },
      haggling: { warning: 6, critical: 14 },
      abuse: { critical: 40 },
      negativity: { warning: 8, critical: 16 },
      poorFit: { warning: 6, critical: 14 },
      lowVolume: { warning: 6 },
      outgrown: { warning: 6, critical: 12 },
      overtime: { warning: 6, critical: 14 },
    };
    for (const id of SIGNAL_IDS) {
      for (const [severity, points] of Object.entries(documented[id]!) as [Severity, number][]) {
        assert.strictEqual(score([sig(id, severity)]).score, 100 - points, `${id} ${severity}`);
      }
    }
  });

  it('lowers the score for every single signal, a critical more than a warning of the same id', () => {
    for (const id of SIGNAL_IDS) {
      for (const severity of ['warning', 'critical'] as const) {
        const s = score([sig(id, severity)]).score;
        assert.ok(s < 100 && s > 0, `${id} ${severity}: ${s}`);
      }
    }
    for (const id of SIGNAL_IDS.filter((i) => i !== 'abuse')) {
      assert.ok(score([crit(id)]).score < score([warn(id)]).score, `${id}: critical must cost more than warning`);
    }
  });

  it('subtracts the points of several signals from 100', () => {
    const signals = [warn('overdue'), crit('poorFit'), warn('afterHours')];
    assert.strictEqual(score(signals).score, 100 - 12 - 14 - 6);
    // Adding a signal never raises the score.
    assert.ok(score([...signals, warn('outgrown')]).score < score(signals).score);
  });

  it('never goes below 0, even with every signal critical', () => {
    const all = SIGNAL_IDS.map(crit);
    const result = score(all);
    assert.strictEqual(result.score, 0);
    assert.strictEqual(result.breakdown.length, SIGNAL_IDS.length);
    const allWarnings = [...WARNABLE.map(warn), crit('noContract'), crit('abuse')];
    assert.strictEqual(score(allWarnings).score, 0);
  });

  it('gives a breakdown per signal, largest share first, summing to 100 - score', () => {
    const signals = [warn('afterHours'), crit('overdue'), warn('scopeCreep'), warn('chronicLate'), crit('outgrown')];
    const { score: value, breakdown } = score(signals);
    assert.ok(value > 0);
    assert.strictEqual(breakdown.length, signals.length);
    for (let i = 1; i < breakdown.length; i++) {
      assert.ok(breakdown[i - 1].points >= breakdown[i].points, `breakdown not sorted: ${JSON.stringify(breakdown)}`);
    }
    assert.strictEqual(
      breakdown.reduce((sum, s) => sum + s.points, 0),
      100 - value,
    );
    assert.deepStrictEqual(breakdown[0], { id: 'overdue', severity: 'critical', points: 25 });
    assert.deepStrictEqual(
      [...breakdown].map((s) => `${s.id}/${s.severity}`).sort(),
      signals.map((s) => `${s.id}/${s.severity}`).sort(),
      'each signal appears once with its own severity',
    );
  });

  it('gives a breakdown whose points match WEIGHTS for every id and severity', () => {
    for (const id of SIGNAL_IDS) {
      for (const severity of ['warning', 'critical'] as const) {
        const { score: value, breakdown } = score([sig(id, severity)]);
        assert.deepStrictEqual(breakdown, [{ id, severity, points: WEIGHTS[id][severity] }]);
        assert.strictEqual(value, 100 - WEIGHTS[id][severity]);
      }
    }
  });
});

describe('level', () => {
  it('is healthy with no signal', () => {
    assert.strictEqual(level([], 100), 'healthy');
  });

  it('is partWays for abuse alone, though its score is far above the at-risk line', () => {
    const result = score([crit('abuse')]);
    assert.strictEqual(result.score, 60);
    assert.strictEqual(result.level, 'partWays');
    // Even if the score were 100, abuse decides.
    assert.strictEqual(level([crit('abuse')], 100), 'partWays');
    assert.strictEqual(score([crit('abuse'), warn('lowVolume')]).level, 'partWays');
  });

  it('is partWays for two critical signals, whatever the score', () => {
    const result = score([crit('outgrown'), crit('poorFit')]);
    assert.strictEqual(result.score, 74);
    assert.strictEqual(result.level, 'partWays');
    assert.strictEqual(level([crit('outgrown'), crit('poorFit')], 100), 'partWays');
    // Every pair of critical ids.
    for (const a of CRITICALABLE) {
      for (const b of CRITICALABLE) {
        if (a !== b) {
          assert.strictEqual(score([crit(a), crit(b)]).level, 'partWays', `${a} + ${b}`);
        }
      }
    }
  });

  it('is at most atRisk with one critical signal, even when warnings drive the score to the floor', () => {
    const signals = [crit('overdue'), ...WARNABLE.filter((id) => id !== 'overdue').map(warn)];
    const result = score(signals);
    assert.ok(result.score < 20, `score ${result.score}`);
    assert.strictEqual(result.level, 'atRisk');
    assert.strictEqual(level([crit('chronicLate')], 0), 'atRisk');
    for (const id of CRITICALABLE.filter((i) => i !== 'abuse')) {
      assert.notStrictEqual(score([crit(id), ...WARNABLE.filter((w) => w !== id).map(warn)]).level, 'partWays', id);
    }
  });

  it('lets the score decide with one critical signal: watch from 70 up, atRisk below', () => {
    const high = score([crit('noContract')]);
    assert.strictEqual(high.score, 80);
    assert.strictEqual(high.level, 'watch');
    const low = score([crit('noContract'), warn('overdue')]);
    assert.strictEqual(low.score, 68);
    assert.strictEqual(low.level, 'atRisk');
  });

  it('with warnings only: watch at a score of 70 and above, atRisk below 70', () => {
    assert.strictEqual(AT_RISK_BELOW, 70);
    const at70 = score([warn('overdue'), warn('chronicLate'), warn('scopeCreep')]);
    assert.strictEqual(at70.score, 70);
    assert.strictEqual(at70.level, 'watch');
    const at64 = score([warn('overdue'), warn('chronicLate'), warn('scopeCreep'), warn('afterHours')]);
    assert.strictEqual(at64.score, 64);
    assert.strictEqual(at64.level, 'atRisk');
    assert.strictEqual(score([warn('lowVolume')]).level, 'watch');
    // Exactly at the edge, through level() itself.
    assert.strictEqual(level([warn('haggling')], 70), 'watch');
    assert.strictEqual(level([warn('haggling')], 69), 'atRisk');
    assert.strictEqual(level([warn('haggling')], 0), 'atRisk');
    // Many warnings never make partWays.
    const all = score(WARNABLE.map(warn));
    assert.strictEqual(all.level, 'atRisk');
  });
});

describe('levelRank', () => {
  it('rank healthy < watch < atRisk < partWays', () => {
    assert.deepStrictEqual(LEVELS, ['healthy', 'watch', 'atRisk', 'partWays']);
    const ranks = LEVELS.map(levelRank);
    for (let i = 1; i < ranks.length; i++) {
      assert.ok(ranks[i - 1] < ranks[i], `${LEVELS[i - 1]} must rank below ${LEVELS[i]}`);
    }
  });
});

describe('pointsLost', () => {
  it("is a signal's weight for its severity, and 0 for a signal the client does not have", () => {
    const { breakdown } = score([sig('overdue', 'critical'), sig('afterHours', 'warning')]);
    assert.strictEqual(pointsLost(breakdown, 'overdue'), 25);
    assert.strictEqual(pointsLost(breakdown, 'afterHours'), WEIGHTS.afterHours.warning);
    assert.strictEqual(pointsLost(breakdown, 'abuse'), 0);
  });
});
