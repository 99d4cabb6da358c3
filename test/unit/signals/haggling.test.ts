import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { haggling } from '../../../src/core/signals/haggling';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-30';
/** The date `n` days before TODAY. */
const ago = (n: number) => formatDate(day(TODAY) - n);
const discount = (daysAgo: number, note?: string) => ({ at: ago(daysAgo), kind: 'discountRequest', ...(note === undefined ? {} : { note }) });

function run(journal: unknown[], fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES) {
  return haggling(input(makeFile([client({ journal, ...fields })]), TODAY, rules));
}

describe('signals: haggling', () => {
  it('yields nothing without discount requests', () => {
    assert.strictEqual(run([]), undefined);
    assert.strictEqual(run([{ at: ago(1), kind: 'negative' }]), undefined);
  });

  it('yields nothing for a single discount request', () => {
    assert.strictEqual(run([discount(5)]), undefined);
  });

  it('warns at 2 and 3 requests', () => {
    assert.strictEqual(run([discount(5), discount(10)])?.severity, 'warning');
    assert.strictEqual(run([discount(5), discount(10), discount(20)])?.severity, 'warning');
  });

  it('is critical at 4 requests or more', () => {
    const signal = run([discount(5), discount(10), discount(20), discount(30)]);
    assert.strictEqual(signal?.id, 'haggling');
    assert.strictEqual(signal?.severity, 'critical');
    assert.strictEqual(run([discount(1), discount(2), discount(3), discount(4), discount(5)])?.severity, 'critical');
  });

  it('counts a request 179 days ago but not one exactly 180 days ago', () => {
    assert.strictEqual(run([discount(1), discount(180)]), undefined);
    const signal = run([discount(1), discount(179)]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(signal?.evidence.length, 2);
  });

  it('counts a request logged today, with a time, but not one dated in the future', () => {
    assert.strictEqual(run([{ at: `${TODAY}T23:59`, kind: 'discountRequest' }, discount(3)])?.severity, 'warning');
    assert.strictEqual(run([discount(-1), discount(3)]), undefined);
  });

  it('points its evidence at the discount requests, newest first, with their notes', () => {
    const signal = run([discount(40, 'Asked for 20% off'), { at: ago(2), kind: 'positive' }, discount(200, 'Too old'), discount(3)]);
    assert.ok(signal);
    assert.deepStrictEqual(
      signal.evidence.map((e) => e.path),
      [
        ['clients', 0, 'journal', 3],
        ['clients', 0, 'journal', 0],
      ],
    );
    assert.ok(signal.evidence.every((e) => e.kind === 'journal'));
    assert.strictEqual(formatMessage(signal.evidence[1].message), `${ago(40)}: Asked for 20% off`);
    assert.ok(formatMessage(signal.evidence[0].message).startsWith(`${ago(3)}: `));
    assert.deepStrictEqual(signal.message.args, [2, 180]);
    assert.match(formatMessage(signal.message), /2 times in the last 180 days/);
    assert.ok(signal.remedy.template.length > 0);
  });

  it('keeps the note out of the template', () => {
    const signal = run([discount(1, 'Wants {0} off'), discount(2, 'Again')]);
    assert.ok(signal);
    for (const evidence of signal.evidence) {
      assert.strictEqual(evidence.message.template, '{0}: {1}');
    }
    assert.strictEqual(signal.evidence[0].message.args[1], 'Wants {0} off');
  });

  it('uses the paths of the client it evaluates', () => {
    const file = makeFile([client({}, 'first'), client({ journal: [discount(1), discount(2)] }, 'second')]);
    const signal = haggling(input(file, TODAY, DEFAULT_RULES, 1));
    assert.deepStrictEqual(signal?.evidence[0].path, ['clients', 1, 'journal', 0]);
  });

  it('still yields a signal for an ending client', () => {
    assert.strictEqual(run([discount(1), discount(2)], { status: 'ending' })?.severity, 'warning');
  });

  it('takes its thresholds and window from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, haggling: { windowDays: 30, warning: 1, critical: 2 } };
    const single = run([discount(29)], {}, rules);
    assert.strictEqual(single?.severity, 'warning');
    assert.deepStrictEqual(single?.message.args, [1, 30]);
    assert.strictEqual(run([discount(30)], {}, rules), undefined);
    assert.strictEqual(run([discount(1), discount(29)], {}, rules)?.severity, 'critical');
  });
});
