import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readClientFile } from '../../../src/core/clientFile';
import { formatMessage } from '../../../src/core/messages';
import { ImportStep, buyerKey, normalTaxId, planImport } from '../../../src/core/imports/planImport';
import { EInvoiceRecord } from '../../../src/core/imports/record';
import { readEInvoice } from '../../../src/core/imports/readEInvoice';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/einvoices');

const fileOf = (clients: object[], freelancer: object = { name: 'Camille', currency: 'EUR' }) => {
  const read = readClientFile(JSON.stringify({ version: 1, freelancer, clients }));
  assert.deepEqual(read.problems, []);
  return read.file!;
};

const record = (over: Partial<EInvoiceRecord> = {}): EInvoiceRecord => ({
  format: 'ubl',
  kind: 'invoice',
  number: 'INV-7',
  issued: '2026-03-01',
  due: '2026-03-31',
  currency: 'EUR',
  amount: '1200.5',
  seller: { name: 'Camille', taxId: 'FR12345678901' },
  buyer: { name: 'Acme SARL', taxId: 'FR 987.654.321.00' },
  ...over,
});

const kinds = (steps: ImportStep[]) => steps.map((s) => s.kind);
const reason = (step: ImportStep) => ('reason' in step ? formatMessage(step.reason) : '');

describe('planning an import of e-invoice records', () => {
  const acme = { id: 'acme', name: 'Acme SARL', taxId: 'FR98765432100' };
  const globex = { id: 'globex', name: 'Globex', currency: 'USD' };

  it('adds an invoice to the client whose tax id is the buyer\'s, however it is spaced', () => {
    const steps = planImport(fileOf([{ id: 'other', name: 'Acme SARL' }, acme]), [record()]);
    assert.deepEqual(steps, [{ kind: 'add', clientId: 'acme', invoice: { number: 'INV-7', issued: '2026-03-01', due: '2026-03-31', amount: 1200.5 } }]);
    assert.equal(normalTaxId('it 012-345.67/8'), 'IT012345678');
  });

  it('falls back to the name, and asks when nothing or more than one fits', () => {
    assert.deepEqual(kinds(planImport(fileOf([{ id: 'a', name: 'acme  sarl' }]), [record({ buyer: { name: 'Acme SARL' } })])), ['add']);
    assert.deepEqual(kinds(planImport(fileOf([{ id: 'a', name: 'Acme' }, { id: 'b', name: 'Acme' }]), [record({ buyer: { name: 'Acme' } })])), ['ask']);
    const asked = planImport(fileOf([{ id: 'b', name: 'Bistro' }]), [record()])[0];
    assert.equal(asked.kind, 'ask');
    assert.match(reason(asked), /FR 987\.654\.321\.00/);
  });

  it('does not match by name a client whose tax id on file is another one: it asks', () => {
    const file = fileOf([{ id: 'acme', name: 'Acme SARL', taxId: 'FR999' }]);
    const steps = planImport(file, [record({ buyer: { name: 'Acme SARL', taxId: 'FR111' } })]);
    assert.deepEqual(kinds(steps), ['ask']);
    assert.match(reason(steps[0]), /FR111.*FR999/);
    // A client without a tax id on file is still matched by name.
    assert.deepEqual(kinds(planImport(fileOf([{ id: 'acme', name: 'Acme SARL' }]), [record({ buyer: { name: 'Acme SARL', taxId: 'FR111' } })])), ['add']);
  });

  it('takes the client the user answered for a buyer, for every invoice of that buyer only', () => {
    const file = fileOf([{ id: 'b', name: 'Bistro' }, { id: 'c', name: 'Café' }]);
    const other = record({ number: 'INV-8', buyer: { name: 'Nobody Ltd' } });
    const answers = new Map([[buyerKey(record().buyer), 'b']]);
    const steps = planImport(file, [record(), record({ number: 'INV-9', buyer: { name: 'Acme', taxId: 'fr98765432100' } }), other], { answers });
    assert.deepEqual(kinds(steps), ['add', 'add', 'ask']);
    assert.deepEqual(steps.map((s) => s.kind === 'add' && s.clientId), ['b', 'b', false]);
    assert.equal(buyerKey({ name: '  ACME  sarl ' }), buyerKey({ name: 'acme sarl' }));
  });

  it('takes the client the caller names', () => {
    assert.deepEqual(kinds(planImport(fileOf([{ id: 'b', name: 'Bistro' }]), [record()], { clientId: 'b' })), ['add']);
  });

  it('records a prepaid amount as a payment on the issue date', () => {
    const [step] = planImport(fileOf([acme]), [record({ prepaid: '200' })]);
    assert.equal(step.kind, 'add');
    assert.deepEqual(step.kind === 'add' && step.invoice.payments, [{ date: '2026-03-01', amount: 200 }]);
  });

  it('leaves the due date to the contract when the document gives none', () => {
    const [step] = planImport(fileOf([acme]), [record({ due: undefined })]);
    assert.ok(step.kind === 'add' && !('due' in step.invoice));
  });

  it('skips credit notes, purchase invoices, another currency and an amount the currency cannot hold, saying why', () => {
    const file = fileOf([acme, globex], { name: 'Camille', currency: 'EUR', taxId: 'FR12345678901' });
    const steps = planImport(file, [
      record({ kind: 'creditNote' }),
      record({ seller: { name: 'Supplier', taxId: 'DE111' } }),
      record({ currency: 'USD' }),
      record({ amount: '10.001' }),
    ]);
    assert.deepEqual(kinds(steps), ['skip', 'skip', 'skip', 'skip']);
    assert.match(reason(steps[0]), /credit note/);
    assert.match(reason(steps[1]), /Supplier \(DE111\)/);
    assert.match(reason(steps[2]), /In USD, while Acme SARL is invoiced in EUR/);
    assert.match(reason(steps[3]), /10\.001 EUR/);
  });

  it('takes the client\'s currency for a record that states none', () => {
    const [step] = planImport(fileOf([{ ...acme, currency: 'JPY' }]), [record({ currency: undefined, amount: '1200' })]);
    assert.deepEqual(step, { kind: 'add', clientId: 'acme', invoice: { number: 'INV-7', issued: '2026-03-01', due: '2026-03-31', amount: 1200 } });
    // The client's currency decides what an amount may hold: yen have no cents.
    assert.match(reason(planImport(fileOf([{ ...acme, currency: 'JPY' }]), [record({ currency: undefined })])[0]), /1200\.5 JPY cannot be recorded/);
  });

  it('never overwrites: the same invoice is skipped, a different one under its number is a conflict', () => {
    const onFile = { ...acme, invoices: [{ number: 'INV-7', issued: '2026-03-01', due: '2026-03-31', amount: 1200.5 }] };
    const steps = planImport(fileOf([onFile]), [record(), record({ amount: '1300' })]);
    assert.deepEqual(kinds(steps), ['skip', 'conflict']);
    assert.match(reason(steps[1]), /1200\.5.*1300/);
  });

  it('never ends a reason with a client\'s name, whose own period would double the full stop', () => {
    const sa = { id: 'sa', name: 'Acme S.A.', taxId: 'FR98765432100', invoices: [{ number: 'INV-7', issued: '2026-03-01', due: '2026-03-31', amount: 1200.5 }] };
    const steps = planImport(fileOf([sa]), [record(), record({ number: 'N', amount: '0' }), record({ number: 'U', currency: 'USD' })]);
    assert.deepEqual(kinds(steps), ['skip', 'skip', 'skip']);
    for (const step of steps) {
      assert.match(reason(step), /Acme S\.A\./);
      assert.doesNotMatch(reason(step), /\.\.$|\.\.\s/, reason(step));
    }
  });

  it('adds an invoice once when the batch holds it twice', () => {
    const steps = planImport(fileOf([acme]), [record(), record(), record({ amount: '5' })]);
    assert.deepEqual(kinds(steps), ['add', 'skip', 'conflict']);
    assert.equal(reason(steps[1]), 'Already in this import for Acme SARL, from an earlier document.');
  });

  it('skips what the client file would refuse, so that one document cannot refuse the whole import', () => {
    const steps = planImport(fileOf([acme]), [record({ due: '2026-02-28' }), record({ number: 'BIG', amount: '2000000000000' }), record({ number: 'P', payments: [{ date: '2026-03-05', amount: '0' }] })]);
    assert.deepEqual(kinds(steps), ['skip', 'skip', 'skip']);
    assert.match(reason(steps[0]), /Due on 2026-02-28, before its issue date 2026-03-01/);
    assert.match(reason(steps[1]), /2000000000000 EUR cannot be recorded/);
    assert.match(reason(steps[2]), /A payment of invoice P cannot be recorded/);
  });

  it('compares invoice numbers as the client file does: a zero-width character or another normal form is the same number', () => {
    const onFile = { ...acme, invoices: [{ number: 'INV-7', issued: '2026-03-01', due: '2026-03-31', amount: 1200.5 }] };
    assert.deepEqual(kinds(planImport(fileOf([onFile]), [record({ number: 'INV\u200b-7', amount: '9' })])), ['conflict']);
    assert.deepEqual(kinds(planImport(fileOf([acme]), [record({ number: 'Caf\u00e9' }), record({ number: 'Cafe\u0301', amount: '9' })])), ['add', 'conflict']);
  });

  it('records the payments a source dates itself, after a prepaid amount', () => {
    const [step] = planImport(fileOf([acme]), [record({ prepaid: '200', payments: [{ date: '2026-03-20', amount: '1000.5' }] })]);
    assert.deepEqual(step.kind === 'add' && step.invoice.payments, [
      { date: '2026-03-01', amount: 200 },
      { date: '2026-03-20', amount: 1000.5 },
    ]);
  });

  it('imports the official EN 16931 example the same way from UBL and CII', () => {
    const read = (name: string) => {
      const result = readEInvoice(fs.readFileSync(path.join(FIXTURES, name)), 1_000_000);
      assert.ok(result.records, name);
      return result.records[0];
    };
    const ubl = read('ubl-tc434-example6.xml');
    const cii = read('CII_example6.xml');
    const file = fileOf([{ id: 'buyer', name: ubl.buyer.name ?? 'Buyer', currency: ubl.currency }]);
    assert.deepEqual(planImport(file, [ubl]), planImport(file, [cii]));
    assert.equal(planImport(file, [ubl])[0].kind, 'add');
  });
});
