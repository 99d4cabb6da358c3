import * as assert from 'node:assert';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { outgrown } from '../../../src/core/signals/outgrown';
import { client, input, makeFile } from '../support/build';

const TODAY = '2026-06-30';

function run(hourlyRate: number | undefined, standardHourlyRate: number | undefined, fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES) {
  const contract = hourlyRate === undefined ? {} : { contract: { hourlyRate } };
  const freelancer = standardHourlyRate === undefined ? {} : { standardHourlyRate };
  return outgrown(input(makeFile([client({ ...contract, ...fields })], freelancer), TODAY, rules));
}

describe('signals: outgrown', () => {
  it('yields nothing at or above 70% of the standard rate', () => {
    assert.strictEqual(run(85, 85), undefined);
    assert.strictEqual(run(100, 85), undefined);
    // 59.50 / 85 = exactly 70%.
    assert.strictEqual(run(59.5, 85), undefined);
  });

  it('warns below 70%', () => {
    const signal = run(59.49, 85);
    assert.strictEqual(signal?.id, 'outgrown');
    assert.strictEqual(signal?.severity, 'warning');
    // Rounded down: 69.98% shows as 69%, never as the 70% threshold.
    assert.strictEqual(formatMessage(signal.message), 'This client pays €59.49 an hour, 69% of your standard rate of €85.00.');
  });

  it('warns, not critical, at exactly 50%', () => {
    assert.strictEqual(run(42.5, 85)?.severity, 'warning');
  });

  it('is critical below 50%', () => {
    assert.strictEqual(run(42.49, 85)?.severity, 'critical');
    assert.strictEqual(run(0, 85)?.severity, 'critical');
  });

  it('yields nothing when either rate is absent', () => {
    assert.strictEqual(run(undefined, 85), undefined);
    assert.strictEqual(run(40, undefined), undefined);
    assert.strictEqual(run(undefined, undefined), undefined);
    assert.strictEqual(run(undefined, 85, { contract: { start: '2026-01-01' } }), undefined);
  });

  it('yields nothing when the standard rate is 0', () => {
    assert.strictEqual(run(10, 0), undefined);
  });

  it('gives the contract rate and the computed share as evidence', () => {
    const signal = run(40, 100);
    assert.ok(signal);
    assert.strictEqual(signal.severity, 'critical');
    assert.deepStrictEqual(
      signal.evidence.map((e) => [e.kind, e.path]),
      [
        ['contract', ['clients', 0, 'contract']],
        ['figure', ['clients', 0]],
      ],
    );
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'The contract rate is €40.00 an hour.');
    assert.strictEqual(formatMessage(signal.evidence[1].message), 'Your standard rate is €100.00 an hour; this client pays 40% of it.');
    assert.match(signal.remedy.template, /better served elsewhere/);
    assert.match(signal.remedy.template, /transition period/);
  });

  it('uses the paths of the client it evaluates', () => {
    const file = makeFile([client({}, 'a'), client({ contract: { hourlyRate: 30 } }, 'b')], { standardHourlyRate: 85 });
    assert.deepStrictEqual(outgrown(input(file, TODAY, DEFAULT_RULES, 1))?.evidence[0].path, ['clients', 1, 'contract']);
  });

  it('takes its thresholds from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, outgrown: { warningPercent: 90, criticalPercent: 80 } };
    assert.strictEqual(run(89, 100, {}, rules)?.severity, 'warning');
    assert.strictEqual(run(90, 100, {}, rules), undefined);
    assert.strictEqual(run(79.99, 100, {}, rules)?.severity, 'critical');
    assert.strictEqual(run(80, 100, {}, rules)?.severity, 'warning');
  });
});
