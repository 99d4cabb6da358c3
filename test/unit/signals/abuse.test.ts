import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { abuse } from '../../../src/core/signals/abuse';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-30';
const ago = (n: number) => formatDate(day(TODAY) - n);

function run(journal: unknown[], fields: Record<string, unknown> = {}) {
  return abuse(input(makeFile([client({ journal, ...fields })]), TODAY));
}

describe('signals: abuse', () => {
  it('yields nothing without abusive or unethical entries', () => {
    assert.strictEqual(run([]), undefined);
    assert.strictEqual(
      run([
        { at: ago(1), kind: 'negative' },
        { at: ago(2), kind: 'discountRequest' },
        { at: ago(3), kind: 'note', note: 'abusive' },
      ]),
      undefined,
    );
  });

  it('is critical for a single abusive entry', () => {
    const signal = run([{ at: ago(1), kind: 'abusive', note: 'Shouted on the phone' }]);
    assert.strictEqual(signal?.id, 'abuse');
    assert.strictEqual(signal?.severity, 'critical');
    assert.strictEqual(signal?.evidence.length, 1);
    assert.strictEqual(formatMessage(signal.evidence[0].message), `${ago(1)}: Shouted on the phone`);
  });

  it('counts an unethical request', () => {
    const signal = run([{ at: ago(10), kind: 'unethical', note: 'Asked to copy a competitor site' }]);
    assert.strictEqual(signal?.severity, 'critical');
    assert.deepStrictEqual(signal?.evidence[0].path, ['clients', 0, 'journal', 0]);
  });

  it('counts an entry from years ago', () => {
    const signal = run([{ at: '2019-01-05', kind: 'abusive' }]);
    assert.strictEqual(signal?.severity, 'critical');
    assert.match(formatMessage(signal.message), /2019-01-05/);
  });

  it('lists every incident as evidence, newest first', () => {
    const signal = run([
      { at: '2025-01-10', kind: 'unethical', note: 'Fake reviews' },
      { at: ago(1), kind: 'positive' },
      { at: `${ago(5)}T09:00`, kind: 'abusive', note: 'Insults' },
      { at: '2024-03-01', kind: 'abusive' },
      { at: `${ago(5)}T20:00`, kind: 'abusive', note: 'More insults' },
    ]);
    assert.ok(signal);
    assert.deepStrictEqual(
      signal.evidence.map((e) => e.path),
      [
        ['clients', 0, 'journal', 4],
        ['clients', 0, 'journal', 2],
        ['clients', 0, 'journal', 0],
        ['clients', 0, 'journal', 3],
      ],
    );
    assert.ok(signal.evidence.every((e) => e.kind === 'journal'));
    assert.deepStrictEqual(signal.message.args[0], 4);
    assert.strictEqual(formatMessage(signal.message), `4 abusive or unethical incidents are on record; the latest was on ${ago(5)}.`);
    // An entry without a note still says what it was.
    assert.match(formatMessage(signal.evidence[3].message), /^2024-03-01: abusive behaviour/);
  });

  it('describes an unethical entry without a note', () => {
    const signal = run([{ at: '2025-01-10', kind: 'unethical' }]);
    assert.match(formatMessage(signal!.evidence[0].message), /^2025-01-10: an unethical request/);
  });

  it('suggests ending it at once and refunding unfinished paid work', () => {
    const signal = run([{ at: ago(1), kind: 'abusive' }]);
    assert.match(signal!.remedy.template, /at once/);
    assert.match(signal!.remedy.template, /[Rr]efund/);
  });

  it('uses the paths of the client it evaluates', () => {
    const file = makeFile([client({ journal: [{ at: ago(1), kind: 'abusive' }] }, 'a'), client({ journal: [{ at: ago(1), kind: 'positive' }, { at: ago(2), kind: 'unethical' }] }, 'b')]);
    assert.deepStrictEqual(abuse(input(file, TODAY, DEFAULT_RULES, 1))?.evidence.map((e) => e.path), [['clients', 1, 'journal', 1]]);
  });
});
