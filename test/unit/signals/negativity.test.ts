import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { negativity } from '../../../src/core/signals/negativity';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-30';
const ago = (n: number) => formatDate(day(TODAY) - n);
const entries = (kind: string, count: number, daysAgo = 5) => Array.from({ length: count }, (_, i) => ({ at: ago(daysAgo + i), kind }));

function run(journal: unknown[], fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES) {
  return negativity(input(makeFile([client({ journal, ...fields })]), TODAY, rules));
}

describe('signals: negativity', () => {
  it('yields nothing without negative entries', () => {
    assert.strictEqual(run([]), undefined);
    assert.strictEqual(run(entries('positive', 6)), undefined);
  });

  it('yields nothing for 2 negatives, even with no positive', () => {
    assert.strictEqual(run(entries('negative', 2)), undefined);
  });

  it('warns at 3 negatives with fewer positives', () => {
    assert.strictEqual(run(entries('negative', 3))?.severity, 'warning');
    assert.strictEqual(run([...entries('negative', 3), ...entries('positive', 2)])?.severity, 'warning');
  });

  it('yields nothing when negatives equal positives', () => {
    assert.strictEqual(run([...entries('negative', 3), ...entries('positive', 3)]), undefined);
    assert.strictEqual(run([...entries('negative', 4), ...entries('positive', 4)]), undefined);
  });

  it('is critical at 5 negatives that are at least 75% of the exchanges', () => {
    assert.strictEqual(run(entries('negative', 5))?.severity, 'critical');
    // 6 of 8 = exactly 75%.
    const edge = run([...entries('negative', 6), ...entries('positive', 2)]);
    assert.strictEqual(edge?.severity, 'critical');
    assert.deepStrictEqual(edge?.message.args, [6, 8, 90, 75]);
  });

  it('only warns just below 75% or below 5 negatives', () => {
    // 5 of 7 = 71%.
    const below = run([...entries('negative', 5), ...entries('positive', 2)]);
    assert.strictEqual(below?.severity, 'warning');
    assert.deepStrictEqual(below?.message.args, [5, 7, 90, 71]);
    // 4 of 4 = 100%, but fewer than 5.
    assert.strictEqual(run(entries('negative', 4))?.severity, 'warning');
  });

  it('counts entries after today - 90 days, up to today', () => {
    // The negative exactly 90 days ago is out of the window: 2 left.
    assert.strictEqual(run([...entries('negative', 2), { at: ago(90), kind: 'negative' }]), undefined);
    assert.strictEqual(run([...entries('negative', 2), { at: ago(89), kind: 'negative' }])?.severity, 'warning');
    // A positive exactly 90 days ago does not balance the negatives; one 89 days ago does.
    assert.strictEqual(run([...entries('negative', 3), ...entries('positive', 2), { at: ago(90), kind: 'positive' }])?.severity, 'warning');
    assert.strictEqual(run([...entries('negative', 3), ...entries('positive', 2), { at: ago(89), kind: 'positive' }]), undefined);
    // Dated in the future: not counted.
    assert.strictEqual(run([...entries('negative', 2), { at: ago(-1), kind: 'negative' }]), undefined);
  });

  it('points its evidence at the negative entries in the window, newest first', () => {
    const signal = run([
      { at: ago(10), kind: 'negative', note: 'Complained about everything' },
      { at: ago(3), kind: 'positive', note: 'Nice call' },
      { at: ago(120), kind: 'negative', note: 'Old' },
      { at: ago(2), kind: 'negative' },
      { at: ago(30), kind: 'negative', note: 'Rude email' },
    ]);
    assert.ok(signal);
    assert.strictEqual(signal.severity, 'warning');
    assert.deepStrictEqual(
      signal.evidence.map((e) => e.path),
      [
        ['clients', 0, 'journal', 3],
        ['clients', 0, 'journal', 0],
        ['clients', 0, 'journal', 4],
      ],
    );
    assert.ok(signal.evidence.every((e) => e.kind === 'journal'));
    assert.strictEqual(formatMessage(signal.evidence[1].message), `${ago(10)}: Complained about everything`);
    assert.match(formatMessage(signal.evidence[0].message), new RegExp(`^${ago(2)}: a negative exchange`));
    assert.strictEqual(formatMessage(signal.message), '3 of the 4 exchanges logged as positive or negative in the last 90 days were negative (75%).');
  });

  it('takes its thresholds, share and window from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, negativity: { windowDays: 30, warning: 1, critical: 2, criticalPercentNegative: 50 } };
    assert.strictEqual(run([{ at: ago(29), kind: 'negative' }], {}, rules)?.severity, 'warning');
    assert.strictEqual(run([{ at: ago(30), kind: 'negative' }], {}, rules), undefined);
    // 2 of 4 = 50%: critical with these rules, although negatives do not outnumber positives.
    const signal = run([...entries('negative', 2), ...entries('positive', 2)], {}, rules);
    assert.strictEqual(signal?.severity, 'critical');
    assert.deepStrictEqual(signal?.message.args, [2, 4, 30, 50]);
    // 2 of 5 = 40%: neither critical nor more negative than positive.
    assert.strictEqual(run([...entries('negative', 2), ...entries('positive', 3)], {}, rules), undefined);
  });
});
