/** The record tool: what it plans, what the user is asked to confirm, and what it refuses before asking. */
import * as assert from 'node:assert/strict';
import { readClientFile } from '../../../src/core/clientFile';
import { planEdit } from '../../../src/core/edits/plan';
import { formatMessage } from '../../../src/core/messages';
import { planRecordTool } from '../../../src/core/tools/tools';
import { TEXT, confirmation, context } from './fixture';

describe('chat tools: the record tool', () => {
  it('plans a payment with the exact change to confirm, addressed by client id and invoice number', () => {
    const plan = planRecordTool({ kind: 'payment', clientId: 'northwind', invoice: 'NW-2026-09', date: '2026-12-02', amount: 1200 }, context());
    assert.ok(plan.error === undefined, plan.error);
    assert.equal(confirmation(plan), 'Record €1,200.00 paid on 2026-12-02 against invoice NW-2026-09 of Northwind Logistics (work)?');
    assert.deepEqual(plan.op, { kind: 'recordPayment', clientId: 'northwind', invoiceNumber: 'NW-2026-09', payment: { date: '2026-12-02', amount: 1200 } });
    assert.equal(plan.folder, 'work');
  });

  it("states each kind's whole change in its confirmation: a request's type, scope, billing and hours, every note", () => {
    const ctx = context();
    const planned = (input: object) => {
      const plan = planRecordTool({ clientId: 'calm', ...input }, ctx);
      assert.ok(plan.error === undefined, plan.error);
      return confirmation(plan);
    };
    assert.equal(
      planned({ kind: 'payment', invoice: 'C-1', date: '2026-12-02', amount: 20, note: 'bank transfer' }),
      'Record €20.00 paid on 2026-12-02 against invoice C-1 of Calm Co (work)? Note: "bank transfer"',
    );
    assert.equal(planned({ kind: 'invoice', number: 'C-2', issued: '2026-12-01', amount: 250 }), 'Record invoice C-2 of €250.00 for Calm Co (work), issued 2026-12-01, due 2026-12-31?');
    assert.equal(
      planned({ kind: 'request', at: '2026-12-01T10:00', summary: 'New export page', type: 'feature', inScope: false, billed: true, hours: 3.5 }),
      'Log a request of Calm Co (work) on 2026-12-01T10:00: "New export page"? Type: feature. Extra work (out of scope), already billed. 3.5 hours of work.',
    );
    assert.equal(
      planned({ kind: 'request', at: '2026-12-01', summary: 'Another change', type: 'change' }),
      'Log a request of Calm Co (work) on 2026-12-01: "Another change"? Type: change. Extra work (out of scope), not billed yet.',
    );
    // A revision is in scope unless the input says otherwise, as the health figures count it.
    assert.equal(planned({ kind: 'request', at: '2026-12-01', summary: 'Fix the logo', type: 'revision' }), 'Log a request of Calm Co (work) on 2026-12-01: "Fix the logo"? Type: revision. In scope.');
    assert.equal(
      planned({ kind: 'journal', at: '2026-12-01T23:10', entryKind: 'afterHoursContact', note: 'Called about a typo' }),
      'Log a journal entry (afterHoursContact) for Calm Co (work) on 2026-12-01T23:10? Note: "Called about a typo"',
    );
    assert.equal(planned({ kind: 'hours', date: '2026-12-01', hours: 2, note: 'Export page' }), 'Log 2 h of work for Calm Co (work) on 2026-12-01? Note: "Export page"');
    assert.equal(planned({ kind: 'hours', date: '2026-12-01', hours: 2 }), 'Log 2 h of work for Calm Co (work) on 2026-12-01?');
  });

  it("says which revision round a revision is, and that one beyond the contract's included rounds is extra work, as the figures will count it", () => {
    const text = TEXT.replace(
      '"hourlyRate": 80 },',
      '"hourlyRate": 80, "revisionsIncluded": 1 }, "requests": [{ "at": "2026-11-01", "summary": "Round one", "type": "revision" }],',
    );
    const ctx = context(text);
    const planned = (input: object) => {
      const plan = planRecordTool({ kind: 'request', clientId: 'calm', summary: 'Fix the logo', type: 'revision', ...input }, ctx);
      assert.ok(plan.error === undefined, plan.error);
      return confirmation(plan);
    };
    assert.match(planned({ at: '2026-12-01' }), /\? Type: revision\. Revision round 2, beyond the 1 included in the contract: extra work, not billed yet\.$/);
    assert.match(planned({ at: '2026-12-01', billed: true }), /\? Type: revision\. Revision round 2, beyond the 1 included in the contract: extra work, already billed\.$/);
    assert.match(planned({ at: '2026-10-01' }), /\? Type: revision\. Revision round 1 of the 1 included in the contract\.$/);
    assert.match(planned({ at: '2026-12-01', inScope: false }), /\? Type: revision\. Extra work \(out of scope\), not billed yet\.$/);
  });

  it('shows a note in the confirmation bounded, on one line, with its control characters inert', () => {
    const plan = planRecordTool({ kind: 'journal', clientId: 'calm', at: '2026-12-01', entryKind: 'note', note: `Line one\nLine two\u202e\u0007 ${'x'.repeat(400)}` }, context());
    assert.ok(plan.error === undefined, plan.error);
    const text = confirmation(plan);
    assert.match(text, /Note: "Line one\\u000aLine two\\u202e\\u0007 x+…"$/);
    assert.ok(text.length < 400, text);
    assert.doesNotMatch(text, /[\n\u202e\u0007]/);
  });

  it('makes no link and no second line of what the model wrote: an invoice number, a summary, a note', () => {
    const link = '[Confirm](command:workbench.action.terminal.sendSequence)';
    const invoice = planRecordTool({ kind: 'invoice', clientId: 'calm', number: `C-2\n\n**In scope.** ${link}\u202e`, issued: '2026-12-01', amount: 250, note: link }, context());
    assert.ok(invoice.error === undefined, invoice.error);
    const request = planRecordTool({ kind: 'request', clientId: 'calm', at: '2026-12-01', summary: link, type: 'change' }, context());
    assert.ok(request.error === undefined, request.error);
    for (const text of [confirmation(invoice), formatMessage(invoice.done), confirmation(request), formatMessage(request.done)]) {
      assert.doesNotMatch(text, /\]\(/, text);
      assert.doesNotMatch(text, /[\n\u202e]/, text);
    }
    assert.match(confirmation(invoice), /Record invoice C-2\\u000a\\u000a\*\*In scope\.\*\* \[Confirm\] \(command:/);
    // The file gets what was given: only what the user reads is made plain.
    assert.deepEqual(invoice.op.kind === 'recordInvoice' && invoice.op.invoice.note, link);
  });

  it('plans a request, a journal entry and hours that the safe edit path writes as entries of the file', () => {
    const ctx = context();
    const cases = [
      { input: { kind: 'request', at: '2026-12-01', summary: 'New page', type: 'feature', inScope: false, hours: 3 }, key: 'requests', entry: { at: '2026-12-01', summary: 'New page', type: 'feature', inScope: false, hours: 3 } },
      { input: { kind: 'journal', at: '2026-12-01T23:10', entryKind: 'afterHoursContact', note: 'Late call' }, key: 'journal', entry: { at: '2026-12-01T23:10', kind: 'afterHoursContact', note: 'Late call' } },
      { input: { kind: 'hours', date: '2026-12-01', hours: 2.5, note: 'Export' }, key: 'hours', entry: { date: '2026-12-01', hours: 2.5, note: 'Export' } },
    ] as const;
    for (const { input, key, entry } of cases) {
      const plan = planRecordTool({ clientId: 'calm', ...input }, ctx);
      assert.ok(plan.error === undefined, plan.error);
      const edit = planEdit(TEXT, plan.op);
      assert.ok(edit.ok, input.kind);
      const written = readClientFile(edit.after).file?.clients.find((c) => c.id === 'calm');
      assert.deepEqual(written?.[key]?.at(-1), entry, input.kind);
    }
  });

  it('refuses what the file would not hold, before anything is confirmed', () => {
    const ctx = context();
    assert.match(planRecordTool({ kind: 'payment', clientId: 'northwind', invoice: 'NW-1', date: '2026-12-02', amount: 1 }, ctx).error ?? '', /no invoice "NW-1"\. Invoices: NW-2026-09/);
    assert.match(planRecordTool({ kind: 'invoice', clientId: 'calm', number: 'C-1', issued: '2026-12-01', amount: 1 }, ctx).error ?? '', /already has an invoice "C-1"/);
    const problem = (input: object) => planRecordTool(input, ctx).error;
    assert.equal(
      problem({ kind: 'payment', clientId: 'calm', invoice: 'C-1', date: '2026-13-45', amount: 1 }),
      'Invalid input: "date": expected a real calendar date written YYYY-MM-DD, such as 2026-03-01; found "2026-13-45".',
    );
    assert.equal(problem({ kind: 'hours', clientId: 'calm', date: '2026-12-01', hours: 30 }), 'Invalid input: "hours" must be at most 24; found 30.');
    assert.equal(problem({ kind: 'hours', clientId: 'calm', date: '2026-12-01', hours: 'five' }), 'Invalid input: "hours" must be a number; found "five".');
    assert.equal(
      problem({ kind: 'journal', clientId: 'calm', at: '2026-12-01', entryKind: 'abusive', isBusiness: true }),
      'Invalid input: "isBusiness" is not a key this tool takes for kind journal; it takes kind, clientId, folder, at, entryKind, note.',
    );
    assert.equal(problem({ kind: 'poem', clientId: 'calm' }), 'Invalid input: "kind" must be one of payment, invoice, request, journal, hours; found "poem".');
    assert.equal(problem({ clientId: 'calm' }), 'Invalid input: missing required field "kind": one of payment, invoice, request, journal, hours.');
    // What was found is echoed back cut, whatever its length: a model's runaway input is not sent back whole.
    assert.equal(problem({ kind: 'x'.repeat(100000), clientId: 'calm' }), `Invalid input: "kind" must be one of payment, invoice, request, journal, hours; found "${'x'.repeat(40)}…".`);
    assert.equal(problem([1, 2]), 'Invalid input: the input must be a JSON object {…}; found […].');
    assert.equal(
      problem({ kind: 'request', clientId: 'calm', at: '2026-12-01', summary: ' ', type: 'bug' }),
      'Invalid input: "summary" must not be empty. "type" must be one of revision, change, feature; found "bug".',
    );
    const invoice = planRecordTool({ kind: 'invoice', clientId: 'calm', number: 'C-2', issued: '2026-12-01', amount: 250 }, ctx);
    assert.ok(invoice.error === undefined);
    assert.deepEqual(invoice.op, { kind: 'recordInvoice', clientId: 'calm', invoice: { number: 'C-2', issued: '2026-12-01', due: '2026-12-31', amount: 250 } });
  });
});
