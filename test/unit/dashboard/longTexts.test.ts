import * as assert from 'node:assert';
import { formatMoney } from '../../../src/core/money';
import { formatMessage } from '../../../src/core/messages';
import { evaluate } from '../../../src/core/health/evaluate';
import { MAX_TEXT_LENGTH } from '../../../src/core/schema';
import { buildDashboardModel, fitText } from '../../../src/dashboard/viewModel';
import { messages } from '../../../src/dashboard/protocol';
import { client, day, makeFile } from '../support/build';

const fmt = {
  money: (m: number, c: string) => formatMoney(m, c, 'en'),
  message: (m: Parameters<typeof formatMessage>[0]) => formatMessage(m),
  level: (l: string) => l,
  when: (at: string) => at,
  requestType: (t: string) => t,
  journalKind: (k: string) => k,
};
const today = day('2026-06-30');
const long = (letter: string) => letter.repeat(MAX_TEXT_LENGTH - 1) + 'Z';

describe('dashboard: the longest texts the client file allows', () => {
  // Every text field at the file's own limit: the page must get the update, not drop it and show stale figures.
  const file = makeFile([
    client({
      name: long('N'),
      contact: { name: long('C'), email: 'ann@example.com' },
      notes: long('O'),
      contract: { signed: '2026-01-01', paymentTermsDays: 30, scope: [long('S')] },
      invoices: [
        { number: long('I'), issued: '2026-01-01', amount: 1000, note: long('T') },
        { number: long('J'), issued: '2026-02-01', amount: 500, payments: [{ date: '2026-04-01', amount: 500, note: long('P') }] },
      ],
      requests: [{ at: '2026-02-01T10:00', summary: long('R'), type: 'feature', inScope: false, hours: 3 }],
      journal: [{ at: '2026-03-01T10:00', kind: 'negative', note: long('J') }],
    }),
  ]);
  const health = evaluate(file, today)[0];
  const model = buildDashboardModel(file, health, today, fmt);

  it('is the file text limit: one constant, 100,000 characters', () => {
    assert.strictEqual(MAX_TEXT_LENGTH, 100_000);
  });

  it('makes a view model that the message schema accepts whole', () => {
    const parsed = messages().ToWebviewSchema.safeParse({ type: 'update', ref: { kind: 'clientRef', folder: 'file:///w', clientId: 'acme' }, model, labels: {} });
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.map((i) => i.path)));
  });

  it('keeps each text of the file whole, and shortens only texts made of several', () => {
    assert.strictEqual(model.header.name, long('N'));
    assert.deepStrictEqual(model.invoices.map((i) => i.number).sort(), [long('I'), long('J')]);
    assert.strictEqual(model.requests[0].summary, long('R'));
    assert.strictEqual(model.journal[0].note, long('J'));
    assert.ok(model.header.contact.startsWith(long('C').slice(0, -1)) && model.header.contact.length <= MAX_TEXT_LENGTH);
    assert.ok(model.breakdown.length > 0 && model.breakdown.every((r) => r.message.length <= MAX_TEXT_LENGTH));
  });

  it('shortens a composed text to the limit without splitting a surrogate pair', () => {
    const shortened = fitText('a'.repeat(MAX_TEXT_LENGTH - 2) + '😀😀');
    assert.strictEqual(shortened, 'a'.repeat(MAX_TEXT_LENGTH - 2) + '…');
    assert.strictEqual(fitText('b'.repeat(MAX_TEXT_LENGTH)), 'b'.repeat(MAX_TEXT_LENGTH));
  });
});
