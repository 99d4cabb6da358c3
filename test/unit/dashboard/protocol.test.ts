import * as assert from 'node:assert';
import { messages } from '../../../src/dashboard/protocol';

const { FromWebviewSchema, ToWebviewSchema, WebviewStateSchema } = messages();

const ref = { kind: 'clientRef', folder: 'file:///w', clientId: 'acme' };

describe('dashboard messages', () => {
  it('accepts the messages the page sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'command', command: 'clientHealth.recordPayment' },
      { type: 'command', command: 'clientHealth.openClientFile' },
      { type: 'rendered', rows: 3, bars: 8 },
      { type: 'cspViolation', directive: 'style-src', blocked: 'inline' },
    ]) {
      assert.ok(FromWebviewSchema.safeParse(message).success, JSON.stringify(message));
    }
  });

  it('rejects malformed or unknown messages from the page', () => {
    for (const message of [
      undefined,
      null,
      'ready',
      {},
      { type: 'Ready' },
      { type: 'command' },
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'command', command: 'clientHealth.createClientFile' },
      { type: 'rendered', rows: -1, bars: 0 },
      { type: 'rendered', rows: 1.5, bars: 0 },
      { type: 'exec', code: 'alert(1)' },
    ]) {
      assert.ok(!FromWebviewSchema.safeParse(message).success, JSON.stringify(message));
    }
  });

  it('rejects malformed updates to the page', () => {
    const model = {
      header: { name: 'A', contact: '', level: 'watch', levelLabel: 'Watch', score: 80, owed: '1', overdue: '0', unbilled: '0' },
      breakdown: [],
      aging: [],
      delays: [],
      invoices: [],
      requests: [],
      journal: [],
      forecast: { summary: '', expected: [], cash: [] },
    };
    assert.ok(ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model: { ...model, forecast: { ...model.forecast, cash: [{ horizon: '365', amount: '1' }] } }, labels: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model: { ...model, header: { ...model.header, level: 'doomed' } }, labels: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref: { ...ref, kind: 'node' }, model, labels: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model: { ...model, invoices: [{ number: 1 }] }, labels: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: { a: 5 } }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, labels: {} }).success);
    // The portfolio's notes: the income share above half, and why a page of another folder is read-only.
    assert.ok(ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: {}, portfolio: { share: 'Acme is 62% of your invoicing', readOnly: 'Read from disk' } }).success);
    assert.ok(ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: {}, portfolio: {} }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: {}, portfolio: { share: 62 } }).success);
    assert.ok(!ToWebviewSchema.safeParse({ type: 'update', ref, model, labels: {}, portfolio: { readOnly: true } }).success);
  });

  it('restores only a state that names a client', () => {
    assert.ok(WebviewStateSchema.safeParse({ ref, tab: 'tab-journal', scrollY: 120 }).success);
    assert.ok(!WebviewStateSchema.safeParse({ tab: 'tab-journal' }).success);
    assert.ok(!WebviewStateSchema.safeParse(undefined).success);
  });
});
