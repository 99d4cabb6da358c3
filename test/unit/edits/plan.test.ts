/**
 * Recording operations addressed by identity, planned against the text at the
 * moment of the edit: the file may have changed since the command read it
 * (a client inserted or removed, an invoice renamed, a typo elsewhere), and
 * the edit must land on the client and entry the user chose, or not at all.
 */
import * as assert from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { readClientFile } from '../../../src/core/clientFile';
import { Operation, Plan, planEdit, requestOccurrence } from '../../../src/core/edits/plan';
import { ClientFile } from '../../../src/core/schema';

const FILE = `{
  // the freelancer
  "version": 1,
  "freelancer": { "name": "Camille Martin", "currency": "EUR" },
  "clients": [
    {
      "id": "acme",
      "name": "Acme SARL",
      "x-unknown": "kept",
      "invoices": [
        { "number": "A-1", "issued": "2026-01-05", "due": "2026-02-04", "amount": 1000 },
        { "number": "A-2", "issued": "2026-02-05", "due": "2026-03-07", "amount": 500 }
      ],
      "requests": [
        { "at": "2026-01-10", "summary": "Logo again", "type": "revision", "inScope": false, "billed": false },
        { "at": "2026-01-10", "summary": "Logo again", "type": "revision", "inScope": false, "billed": false },
        { "at": "2026-01-12", "summary": "New page", "type": "feature", "inScope": false, "billed": false }
      ]
    },
    {
      "id": "bistro",
      "name": "Bistro",
      "invoices": [{ "number": "B-1", "issued": "2026-01-05", "due": "2026-02-04", "amount": 300 }]
    }
  ]
}
`;

const INSERTED = FILE.replace(
  '"clients": [\n',
  '"clients": [\n    { "id": "newcomer", "name": "Newcomer", "invoices": [{ "number": "A-1", "issued": "2026-01-01", "due": "2026-01-31", "amount": 1 }] },\n',
);

function model(text: string): ClientFile {
  const read = readClientFile(text);
  assert.ok(read.file, JSON.stringify(read.problems));
  return read.file;
}

function applied(text: string, plan: Plan): ClientFile {
  assert.ok(plan.ok, `refused: ${JSON.stringify(!plan.ok && plan.refusal)}`);
  const after = applyEdits(text, [plan.edit]);
  assert.strictEqual(after, plan.after);
  return model(after);
}

const client = (file: ClientFile, id: string) => file.clients.find((c) => c.id === id)!;
const payment: Operation = { kind: 'recordPayment', clientId: 'acme', invoiceNumber: 'A-2', payment: { date: '2026-03-01', amount: 200 } };

describe('planEdit: edits addressed by identity', () => {
  it('puts the payment on the invoice of the client chosen, after a client was inserted above it', () => {
    const after = applied(INSERTED, planEdit(INSERTED, payment));
    assert.deepStrictEqual(client(after, 'acme').invoices![1].payments, [{ date: '2026-03-01', amount: 200 }]);
    assert.deepStrictEqual(client(after, 'newcomer'), client(model(INSERTED), 'newcomer'));
    assert.deepStrictEqual(client(after, 'bistro'), client(model(INSERTED), 'bistro'));
  });

  it('writes nothing when the client is gone, naming it', () => {
    const without = FILE.replace(/\{\n {6}"id": "acme"[\s\S]*?\n {4}\},\n/, '');
    assert.strictEqual(model(without).clients.length, 1, 'the fixture removed acme');
    assert.deepStrictEqual(planEdit(without, payment), { ok: false, refusal: { kind: 'clientGone', clientId: 'acme' } });
  });

  it('writes nothing when the invoice is gone (renumbered by hand)', () => {
    const renamed = FILE.replace('"A-2"', '"A-2b"');
    assert.deepStrictEqual(planEdit(renamed, payment), { ok: false, refusal: { kind: 'invoiceGone', clientId: 'acme', invoiceNumber: 'A-2' } });
  });

  it('writes nothing to a file with a problem anywhere, and points at it', () => {
    const typo = FILE.replace('"amount": 300', '"amount": "300"');
    const plan = planEdit(typo, payment);
    assert.ok(!plan.ok && plan.refusal.kind === 'invalid');
    assert.strictEqual((plan.refusal as { offset: number }).offset, typo.indexOf('"300"'));
  });

  it('writes nothing to a file that does not parse', () => {
    const broken = FILE.replace('"Bistro",', '"Bistro"');
    const plan = planEdit(broken, payment);
    assert.ok(!plan.ok && plan.refusal.kind === 'syntax', JSON.stringify(plan));
  });

  it('writes nothing when the edit itself would make the file invalid (an invoice number taken meanwhile)', () => {
    const op: Operation = { kind: 'recordInvoice', clientId: 'acme', invoice: { number: 'A-2', issued: '2026-03-01', due: '2026-03-31', amount: 10 } };
    const plan = planEdit(FILE, op);
    assert.ok(!plan.ok && plan.refusal.kind === 'wouldBreak', JSON.stringify(plan));
  });

  it('marks billed the very request chosen among identical ones, and writes nothing when it changed', () => {
    const acme = client(model(FILE), 'acme');
    assert.strictEqual(requestOccurrence(acme, 0), 0);
    assert.strictEqual(requestOccurrence(acme, 1), 1);
    assert.strictEqual(requestOccurrence(acme, 2), 0);
    const second: Operation = { kind: 'markRequestBilled', clientId: 'acme', request: { value: acme.requests![1], occurrence: 1 } };
    const after = applied(INSERTED, planEdit(INSERTED, second));
    assert.deepStrictEqual(client(after, 'acme').requests!.map((r) => r.billed), [false, true, false]);

    const edited = FILE.replace('"New page"', '"New page, with a form"');
    const third: Operation = { kind: 'markRequestBilled', clientId: 'acme', request: { value: acme.requests![2], occurrence: 0 } };
    assert.deepStrictEqual(planEdit(edited, third), { ok: false, refusal: { kind: 'requestGone', clientId: 'acme' } });

    const oneLeft = FILE.replace(/\n {8}\{ "at": "2026-01-10"[^\n]*\n/, '\n');
    assert.strictEqual(client(model(oneLeft), 'acme').requests!.length, 2, 'the fixture removed one of the two');
    assert.deepStrictEqual(planEdit(oneLeft, second), { ok: false, refusal: { kind: 'ambiguous', clientId: 'acme' } });
  });

  it('writes the delivery date on the very request chosen among identical ones, and nothing when it is gone', () => {
    const acme = client(model(FILE), 'acme');
    const second: Operation = { kind: 'markRequestDelivered', clientId: 'acme', request: { value: acme.requests![1], occurrence: 1 }, on: '2026-02-03' };
    const after = applied(INSERTED, planEdit(INSERTED, second));
    assert.deepStrictEqual(client(after, 'acme').requests!.map((r) => r.delivered), [undefined, '2026-02-03', undefined]);
    const edited = FILE.replace('"New page"', '"New page, with a form"');
    const third: Operation = { kind: 'markRequestDelivered', clientId: 'acme', request: { value: acme.requests![2], occurrence: 0 }, on: '2026-02-03' };
    assert.deepStrictEqual(planEdit(edited, third), { ok: false, refusal: { kind: 'requestGone', clientId: 'acme' } });
  });

  it('adds a client only under an id not taken meanwhile', () => {
    const op: Operation = { kind: 'addClient', client: { id: 'bistro', name: 'Bistro Two' } };
    assert.deepStrictEqual(planEdit(FILE, op), { ok: false, refusal: { kind: 'clientExists', clientId: 'bistro' } });
    const fresh = applied(FILE, planEdit(FILE, { kind: 'addClient', client: { id: 'cafe', name: 'Café' } }));
    assert.deepStrictEqual(fresh.clients.map((c) => c.id), ['acme', 'bistro', 'cafe']);
  });

  it('keeps comments and unknown fields, and changes only the target client', () => {
    const plan = planEdit(FILE, { kind: 'setStatus', clientId: 'bistro', status: 'ending' });
    assert.ok(plan.ok);
    assert.ok(plan.after.includes('// the freelancer') && plan.after.includes('"x-unknown": "kept"'));
    const after = model(plan.after);
    assert.deepStrictEqual(client(after, 'acme'), client(model(FILE), 'acme'));
    assert.strictEqual(client(after, 'bistro').status, 'ending');
  });

  it('logs several days of hours for one client in one edit, on the client chosen after one was inserted above it', () => {
    const op: Operation = { kind: 'logHoursEntries', clientId: 'acme', entries: [{ date: '2026-03-02', hours: 2.5 }, { date: '2026-03-04', hours: 1, note: 'from git' }] };
    const file = applied(INSERTED, planEdit(INSERTED, op));
    assert.deepStrictEqual(client(file, 'acme').hours, [{ date: '2026-03-02', hours: 2.5 }, { date: '2026-03-04', hours: 1, note: 'from git' }]);
    assert.strictEqual(client(file, 'bistro').hours, undefined);
    assert.deepStrictEqual(client(file, 'newcomer'), client(model(INSERTED), 'newcomer'));
    const gone = planEdit(FILE, { ...op, clientId: 'gone' });
    assert.ok(!gone.ok && gone.refusal.kind === 'clientGone');
    // A day the schema refuses (no hours) writes none of the others either.
    const broken = planEdit(FILE, { ...op, entries: [{ date: '2026-03-02', hours: 2 }, { date: '2026-03-03', hours: -1 }] });
    assert.ok(!broken.ok);
  });

  it('records one reminder on each invoice it names, by number, and refuses when one is gone', () => {
    const op: Operation = { kind: 'recordReminder', clientId: 'acme', invoiceNumbers: ['A-1', 'A-2'], reminder: { date: '2026-03-01', step: 'firm' } };
    const after = applied(INSERTED, planEdit(INSERTED, op));
    assert.deepStrictEqual(client(after, 'acme').invoices!.map((i) => i.reminders), [
      [{ date: '2026-03-01', step: 'firm' }],
      [{ date: '2026-03-01', step: 'firm' }],
    ]);
    assert.strictEqual(client(after, 'newcomer').invoices![0].reminders, undefined);
    assert.deepStrictEqual(planEdit(FILE.replace('"A-2"', '"A-3"'), op), { ok: false, refusal: { kind: 'invoiceGone', clientId: 'acme', invoiceNumber: 'A-2' } });
  });

  describe('setClientField: one contact or contract field, by client id', () => {
    const COMMENTED = FILE.replace('"name": "Bistro",', '"name": "Bistro",\n      "contact": { "name": "Léa", "x-phone": "+33 1 23" }, // reached by phone\n      "contract": { "paymentTermsDays": 45, "x-clause": "kept" },');

    it('sets a field where the format has it, keeping comments, formatting and unknown fields', () => {
      const plan = planEdit(COMMENTED, { kind: 'setClientField', clientId: 'bistro', field: 'contact.email', value: 'lea@bistro.example' });
      const after = applied(COMMENTED, plan);
      assert.ok(plan.ok);
      assert.ok(plan.after.includes('// the freelancer') && plan.after.includes('// reached by phone'), 'comments kept');
      assert.ok(plan.after.includes('"x-unknown": "kept"') && plan.after.includes('"x-clause": "kept"'), 'unknown fields kept');
      assert.deepStrictEqual(client(after, 'bistro').contact, { name: 'Léa', 'x-phone': '+33 1 23', email: 'lea@bistro.example' });
      assert.deepStrictEqual(client(after, 'acme'), client(model(COMMENTED), 'acme'), 'the other client is untouched');
      // Only the lines of the field changed: the rest of the text is as it was.
      assert.strictEqual(plan.after.split('\n').length, COMMENTED.split('\n').length);
    });

    it('creates the contact or contract object when the client has none, and writes null for a contract not signed', () => {
      const signed = applied(FILE, planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'contract.signed', value: '2026-01-15' }));
      assert.deepStrictEqual(client(signed, 'acme').contract, { signed: '2026-01-15' });
      const unsigned = applied(FILE, planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'contract.signed', value: null }));
      assert.deepStrictEqual(client(unsigned, 'acme').contract, { signed: null });
      const salutation = applied(FILE, planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'contact.salutation', value: 'Monsieur Dupont' }));
      assert.deepStrictEqual(client(salutation, 'acme').contact, { salutation: 'Monsieur Dupont' });
    });

    it('removes a field, and removing one that is absent changes nothing', () => {
      const plan = planEdit(COMMENTED, { kind: 'setClientField', clientId: 'bistro', field: 'contract.paymentTermsDays', value: undefined });
      const after = applied(COMMENTED, plan);
      assert.deepStrictEqual(client(after, 'bistro').contract, { 'x-clause': 'kept' });
      assert.ok(plan.ok && plan.after.includes('"contract": { "x-clause": "kept" },'), 'an object written on one line stays on one line');
      const absent = planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'contract.noticeDays', value: undefined });
      assert.ok(absent.ok);
      assert.strictEqual(absent.after, FILE);
    });

    it('writes to the client named by id after a client was inserted above it', () => {
      const after = applied(INSERTED, planEdit(INSERTED, { kind: 'setClientField', clientId: 'bistro', field: 'contract.hourlyRate', value: 80 }));
      assert.strictEqual(client(after, 'bistro').contract?.hourlyRate, 80);
      assert.strictEqual(client(after, 'newcomer').contract, undefined);
    });

    it('writes nothing when the client is gone, or when the value would break the file', () => {
      const op: Operation = { kind: 'setClientField', clientId: 'bistro', field: 'contact.email', value: 'lea@bistro.example' };
      const without = FILE.replace(/,\n {4}\{\n {6}"id": "bistro"[\s\S]*?\n {4}\}/, '');
      assert.deepStrictEqual(model(without).clients.map((c) => c.id), ['acme'], 'the fixture removed bistro');
      assert.deepStrictEqual(planEdit(without, op), { ok: false, refusal: { kind: 'clientGone', clientId: 'bistro' } });
      const bad = planEdit(FILE, { ...op, value: 'not an email' });
      assert.strictEqual(!bad.ok && bad.refusal.kind, 'wouldBreak');
    });
  });

  describe('importInvoices: many invoices of many clients, one edit, all or nothing', () => {
    const invoice = (number: string, amount: number) => ({ number, issued: '2026-04-01', due: '2026-05-01', amount });

    it('adds each invoice to the client named by id, after a client was inserted above them, as one edit keeping comments', () => {
      const op: Operation = {
        kind: 'importInvoices',
        additions: [
          { clientId: 'bistro', invoice: invoice('B-2', 400) },
          { clientId: 'acme', invoice: { ...invoice('A-3', 900), payments: [{ date: '2026-04-01', amount: 100 }] } },
          { clientId: 'bistro', invoice: invoice('B-3', 450) },
        ],
      };
      const plan = planEdit(INSERTED, op);
      const after = applied(INSERTED, plan);
      assert.deepStrictEqual(client(after, 'bistro').invoices?.map((i) => i.number), ['B-1', 'B-2', 'B-3']);
      assert.deepStrictEqual(client(after, 'acme').invoices?.map((i) => i.number), ['A-1', 'A-2', 'A-3']);
      assert.deepStrictEqual(client(after, 'acme').invoices?.[2].payments, [{ date: '2026-04-01', amount: 100 }]);
      assert.deepStrictEqual(client(after, 'newcomer'), client(model(INSERTED), 'newcomer'), 'the client not imported into is untouched');
      assert.ok(plan.ok && plan.after.includes('// the freelancer') && plan.after.includes('"x-unknown": "kept"'));
    });

    it('writes nothing when a number is on file meanwhile (as the duplicate check compares them), or a client is gone', () => {
      const taken = planEdit(FILE, { kind: 'importInvoices', additions: [{ clientId: 'bistro', invoice: invoice('B-2', 1) }, { clientId: 'acme', invoice: invoice('A-\u200b2', 1) }] });
      assert.deepStrictEqual(taken, { ok: false, refusal: { kind: 'invoiceExists', clientId: 'acme', invoiceNumber: 'A-\u200b2' } });
      const twice = planEdit(FILE, { kind: 'importInvoices', additions: [{ clientId: 'acme', invoice: invoice('A-9', 1) }, { clientId: 'acme', invoice: invoice('A-9', 2) }] });
      assert.strictEqual(!twice.ok && twice.refusal.kind, 'invoiceExists');
      const gone = planEdit(FILE, { kind: 'importInvoices', additions: [{ clientId: 'acme', invoice: invoice('A-9', 1) }, { clientId: 'nobody', invoice: invoice('N-1', 1) }] });
      assert.deepStrictEqual(gone, { ok: false, refusal: { kind: 'clientGone', clientId: 'nobody' } });
    });

    it('stores the tax ids the user chose in the same edit', () => {
      const plan = planEdit(FILE, { kind: 'importInvoices', additions: [{ clientId: 'acme', invoice: invoice('A-9', 1) }], taxIds: [{ clientId: 'bistro', taxId: 'FR 11' }, { clientId: 'acme', taxId: 'IT 22' }] });
      const after = applied(FILE, plan);
      assert.strictEqual(client(after, 'bistro').taxId, 'FR 11');
      assert.strictEqual(client(after, 'acme').taxId, 'IT 22');
      assert.deepStrictEqual(client(after, 'acme').invoices?.map((i) => i.number), ['A-1', 'A-2', 'A-9']);
    });

    it('writes nothing when one invoice of the batch would break the file', () => {
      const plan = planEdit(FILE, { kind: 'importInvoices', additions: [{ clientId: 'acme', invoice: invoice('A-9', 1) }, { clientId: 'bistro', invoice: invoice('B-9', -5) }] });
      assert.strictEqual(!plan.ok && plan.refusal.kind, 'wouldBreak');
    });
  });

  it('sets and removes the client\'s tax id, a field at the top of the client', () => {
    const set = applied(FILE, planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'taxId', value: 'FR 12 345678901' }));
    assert.strictEqual(client(set, 'acme').taxId, 'FR 12 345678901');
    const text = applyEdits(FILE, [(planEdit(FILE, { kind: 'setClientField', clientId: 'acme', field: 'taxId', value: 'X' }) as { edit: import('jsonc-parser').Edit }).edit]);
    const removed = planEdit(text, { kind: 'setClientField', clientId: 'acme', field: 'taxId', value: undefined });
    assert.ok(removed.ok);
    assert.strictEqual(removed.after, FILE);
  });
});
