import * as assert from 'node:assert';
import { formatMessage } from '../../../src/core/messages';
import { noContract } from '../../../src/core/signals/noContract';
import { client, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';

function run(fields: Record<string, unknown>) {
  return noContract(input(makeFile([client(fields)]), TODAY));
}

const WORK = {
  invoices: [
    { number: 'B', issued: '2026-03-01', amount: 100 },
    { number: 'A', issued: '2026-02-10', amount: 100 },
  ],
  hours: [
    { date: '2026-02-20', hours: 2 },
    { date: '2026-02-05', hours: 3 },
  ],
  requests: [{ at: '2026-02-07T10:00', summary: 'Landing page', type: 'feature' }],
};

describe('signal noContract', () => {
  it('is silent for a client with no work yet and no contract', () => {
    assert.strictEqual(run({}), undefined);
    assert.strictEqual(run({ contract: { hourlyRate: 50 } }), undefined);
  });

  it('is silent when the contract is signed', () => {
    assert.strictEqual(run({ ...WORK, contract: { signed: '2026-01-01' } }), undefined);
  });

  it('is critical when work exists without any contract, and points at the client and the first work', () => {
    const signal = run(WORK);
    assert.ok(signal);
    assert.strictEqual(signal.id, 'noContract');
    assert.strictEqual(signal.severity, 'critical');
    assert.strictEqual(formatMessage(signal.message), 'Work has been going on since 2026-02-05 without a signed contract.');
    assert.deepStrictEqual(
      signal.evidence.map((e) => [e.kind, e.path]),
      [
        ['contract', ['clients', 0]],
        ['hours', ['clients', 0, 'hours', 1]],
        ['request', ['clients', 0, 'requests', 0]],
        ['invoice', ['clients', 0, 'invoices', 1]],
      ],
    );
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'The file holds no contract for this client.');
    assert.strictEqual(formatMessage(signal.evidence[3].message), 'Invoice A was issued on 2026-02-10 without a signed contract.');
  });

  it('is critical when the contract has no signed date or a null one, and points at the contract', () => {
    for (const contract of [{ hourlyRate: 50 }, { signed: null, hourlyRate: 50 }]) {
      const signal = run({ contract, hours: [{ date: '2026-06-01', hours: 1 }] });
      assert.strictEqual(signal?.severity, 'critical');
      assert.deepStrictEqual(signal?.evidence[0].path, ['clients', 0, 'contract']);
      assert.strictEqual(formatMessage(signal.evidence[0].message), 'The contract has no signed date.');
      assert.deepStrictEqual(signal?.evidence[1].path, ['clients', 0, 'hours', 0]);
    }
  });

  it('fires on an invoice alone, hours alone or a request alone', () => {
    assert.strictEqual(run({ invoices: WORK.invoices.slice(0, 1) })?.severity, 'critical');
    assert.strictEqual(run({ hours: WORK.hours.slice(0, 1) })?.severity, 'critical');
    assert.strictEqual(run({ requests: WORK.requests })?.severity, 'critical');
  });

  it('is critical on a refusedContract entry, even with a signed contract, and shows that entry first', () => {
    const journal = [
      { at: '2026-03-01', kind: 'note', note: 'Kick-off' },
      { at: '2026-03-02T11:00', kind: 'refusedContract', note: 'Said a contract is not needed between friends' },
    ];
    const signed = run({ contract: { signed: '2026-01-01' }, journal });
    assert.strictEqual(signed?.severity, 'critical');
    assert.deepStrictEqual(signed?.evidence.map((e) => [e.kind, e.path]), [['journal', ['clients', 0, 'journal', 1]]]);
    assert.strictEqual(formatMessage(signed.evidence[0].message), '2026-03-02: Said a contract is not needed between friends');
    assert.strictEqual(formatMessage(signed.message), 'The client refused to sign a contract on 2026-03-02.');

    const unsigned = run({ ...WORK, journal });
    assert.strictEqual(formatMessage(unsigned!.message), 'The client refused to sign a contract on 2026-03-02, and work goes on without a signed one.');
    assert.deepStrictEqual(unsigned?.evidence[0].path, ['clients', 0, 'journal', 1]);
    assert.deepStrictEqual(unsigned?.evidence[1].path, ['clients', 0]);
    assert.match(formatMessage(unsigned.remedy), /without protection/);
  });

  it('describes a refusal logged without a note', () => {
    const signal = run({ journal: [{ at: '2026-03-02', kind: 'refusedContract' }] });
    assert.strictEqual(formatMessage(signal!.evidence[0].message), '2026-03-02: the client refused to sign the contract.');
  });

  it('suggests having the contract signed before further work', () => {
    assert.match(formatMessage(run(WORK)!.remedy), /signed before any further work/);
  });
});
