import * as assert from 'node:assert';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { poorFit } from '../../../src/core/signals/poorFit';
import { client, input, makeFile } from '../support/build';

const TODAY = '2026-06-30';

function run(fields: Record<string, unknown>, rules: Rules = DEFAULT_RULES) {
  return poorFit(input(makeFile([client(fields)]), TODAY, rules));
}

describe('signals: poorFit', () => {
  it('yields nothing without fit ratings', () => {
    assert.strictEqual(run({}), undefined);
    assert.strictEqual(run({ fit: {} }), undefined);
  });

  it('yields nothing for ratings of 3 and above', () => {
    assert.strictEqual(run({ fit: { enjoyment: 3, styleMatch: 3 } }), undefined);
    assert.strictEqual(run({ fit: { enjoyment: 5 } }), undefined);
  });

  it('warns at a rating of 2', () => {
    const enjoyment = run({ fit: { enjoyment: 2, styleMatch: 4 } });
    assert.strictEqual(enjoyment?.id, 'poorFit');
    assert.strictEqual(enjoyment?.severity, 'warning');
    assert.strictEqual(run({ fit: { styleMatch: 2 } })?.severity, 'warning');
  });

  it('is critical at a rating of 1, whichever it is', () => {
    assert.strictEqual(run({ fit: { enjoyment: 1, styleMatch: 5 } })?.severity, 'critical');
    assert.strictEqual(run({ fit: { enjoyment: 3, styleMatch: 1 } })?.severity, 'critical');
    assert.strictEqual(run({ fit: { enjoyment: 2, styleMatch: 1 } })?.severity, 'critical');
  });

  it('names the low rating in its evidence, pointing at fit', () => {
    const signal = run({ fit: { enjoyment: 4, styleMatch: 2 } });
    assert.ok(signal);
    assert.strictEqual(signal.evidence.length, 1);
    assert.strictEqual(signal.evidence[0].kind, 'fit');
    assert.deepStrictEqual(signal.evidence[0].path, ['clients', 0, 'fit']);
    assert.match(formatMessage(signal.evidence[0].message), /style.*2 out of 5/);
    // The tree shows the figure beside the name and the evidence below it: the message does not repeat the rating.
    assert.strictEqual(formatMessage(signal.message), 'By your own ratings, this client is a poor fit for you.');
    assert.strictEqual(formatMessage(signal.figure), 'style match 2/5');
  });

  it('names both ratings when both are low', () => {
    const signal = run({ fit: { enjoyment: 1, styleMatch: 2 } });
    assert.ok(signal);
    assert.strictEqual(signal.evidence.length, 2);
    assert.match(formatMessage(signal.evidence[0].message), /enjoyment.*1 out of 5/);
    assert.match(formatMessage(signal.evidence[1].message), /style.*2 out of 5/);
    assert.strictEqual(formatMessage(signal.figure), 'enjoyment 1/5, style match 2/5');
  });

  it('suggests referring them elsewhere with a transition period', () => {
    const signal = run({ fit: { enjoyment: 1 } });
    assert.match(signal!.remedy.template, /better served elsewhere/);
    assert.match(signal!.remedy.template, /transition period/);
  });

  it('uses the path of the client it evaluates', () => {
    const file = makeFile([client({}, 'a'), client({ fit: { enjoyment: 2 } }, 'b')]);
    assert.deepStrictEqual(poorFit(input(file, TODAY, DEFAULT_RULES, 1))?.evidence[0].path, ['clients', 1, 'fit']);
  });

  it('takes its thresholds from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, poorFit: { warningAtOrBelow: 3, criticalAtOrBelow: 2 } };
    assert.strictEqual(run({ fit: { enjoyment: 3 } }, rules)?.severity, 'warning');
    assert.strictEqual(run({ fit: { styleMatch: 2 } }, rules)?.severity, 'critical');
    assert.strictEqual(run({ fit: { enjoyment: 4 } }, rules), undefined);
  });
});
