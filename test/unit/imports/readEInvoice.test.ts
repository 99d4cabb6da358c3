import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatMessage } from '../../../src/core/messages';
import { toMinor } from '../../../src/core/money';
import { EInvoiceRecord, EInvoiceResult, readEInvoice } from '../../../src/core/imports/readEInvoice';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'einvoices');
const MB = 1024 * 1024;

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const bytes = (text: string) => new TextEncoder().encode(text);

function records(result: EInvoiceResult): readonly EInvoiceRecord[] {
  assert.ok(result.records, result.problem && formatMessage(result.problem.message));
  return result.records;
}

function problem(result: EInvoiceResult): string {
  assert.ok(result.problem, `expected a problem, got ${JSON.stringify(result.records)}`);
  return formatMessage(result.problem.message);
}

describe('readEInvoice: the official EN 16931 examples', () => {
  it('reads example TOSL110 to the same record from UBL and from CII, format aside', () => {
    const [ubl] = records(readEInvoice(fixture('ubl-tc434-example6.xml'), MB));
    const [cii] = records(readEInvoice(fixture('CII_example6.xml'), MB));
    const expected = {
      kind: 'invoice',
      number: 'TOSL110',
      issued: '2013-04-10',
      due: '2013-05-10',
      currency: 'DKK',
      amount: '4675',
      seller: { name: 'SellerCompany', taxId: 'DK123456789MVA' },
      buyer: { name: 'Buyercompany ltd' },
    };
    assert.deepEqual(ubl, { format: 'ubl', ...expected });
    assert.deepEqual(cii, { format: 'cii', ...expected });
  });

  it('adds the prepaid amount to what is payable, the same in both syntaxes (TOSL108: 801.78 due, 1000 prepaid)', () => {
    const [ubl] = records(readEInvoice(fixture('ubl-tc434-example2.xml'), MB));
    const [cii] = records(readEInvoice(fixture('CII_example2.xml'), MB));
    assert.equal(ubl.amount, '1801.78');
    assert.equal(ubl.prepaid, '1000');
    assert.deepEqual({ ...cii, format: 'ubl' }, ubl);
  });

  it('takes the CII grand total when neither the amount due nor a prepaid amount is stated', () => {
    const cii = fixture('CII_example6.xml').toString('utf8').replace('<ram:DuePayableAmount>4675</ram:DuePayableAmount>', '').replace('>4675</ram:GrandTotalAmount>', '>4675.5</ram:GrandTotalAmount>');
    assert.equal(records(readEInvoice(bytes(cii), MB))[0].amount, '4675.5');
  });

  it('reads CII type code 381 as a credit note', () => {
    const cii = fixture('CII_example6.xml').toString('utf8').replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>381</ram:TypeCode>');
    assert.equal(records(readEInvoice(bytes(cii), MB))[0].kind, 'creditNote');
  });

  it('reads a UBL CreditNote as a credit note', () => {
    const [note] = records(readEInvoice(fixture('ubl-tc434-creditnote1.xml'), MB));
    assert.equal(note.kind, 'creditNote');
    assert.equal(note.amount, '100.11');
  });

  it('gives amounts that become exact minor units', () => {
    const [ubl] = records(readEInvoice(fixture('ubl-tc434-example2.xml'), MB));
    assert.equal(toMinor(Number(ubl.amount), ubl.currency!), 180178);
  });
});

describe('readEInvoice: FatturaPA', () => {
  it('reads the FPA12 sample: the payment line (split payment, VAT not paid to the seller), the seller by VAT number, the buyer by fiscal code', () => {
    assert.deepEqual(records(readEInvoice(fixture('IT01234567890_FPA02.xml'), MB)), [
      {
        format: 'fatturapa',
        kind: 'invoice',
        number: '123',
        issued: '2014-12-18',
        due: '2015-01-30',
        currency: 'EUR',
        amount: '36.08',
        seller: { name: "SOCIETA' ALPHA SRL", taxId: 'IT01234567890' },
        buyer: { name: 'AMMINISTRAZIONE BETA', taxId: '09876543210' },
      },
    ]);
  });

  it('gives one record per body: the instalments after the withholding, then a TD04 credit note summed from its VAT summary', () => {
    const [invoice, note] = records(readEInvoice(fixture('fatturapa-FPR12-two-bodies.xml'), MB));
    assert.deepEqual(invoice, {
      format: 'fatturapa',
      kind: 'invoice',
      number: '2026/7',
      issued: '2026-03-02',
      due: '2026-04-01',
      currency: 'EUR',
      amount: '1020',
      seller: { name: 'Mario Rossi', taxId: 'IT01234567890' },
      buyer: { name: 'Bianchi & Figli S.r.l.', taxId: 'IT09876543210' },
    });
    assert.equal(note.kind, 'creditNote');
    assert.equal(note.number, '2026/8');
    assert.equal(note.amount, '122');
    assert.equal(note.due, undefined);
  });

  it('takes ImportoTotaleDocumento when there are no payment lines', () => {
    const text = fixture('fatturapa-FPR12-two-bodies.xml').toString('utf8').replace(/<DatiPagamento>[\s\S]*?<\/DatiPagamento>/, '');
    const [invoice] = records(readEInvoice(bytes(text), MB));
    assert.equal(invoice.amount, '1220');
    assert.equal(invoice.due, undefined);
  });

  it('refuses a version it does not read, naming it', () => {
    const text = fixture('fatturapa-FPR12-two-bodies.xml').toString('utf8').replace('versione="FPR12"', 'versione="FSM10"');
    assert.match(problem(readEInvoice(bytes(text), MB)), /version "FSM10"/);
  });
});

const UBL = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">${body}</Invoice>`;
const MINIMAL = `<cbc:ID>A-1</cbc:ID><cbc:IssueDate>2026-01-31</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2026-03-02</cbc:PaymentDueDate></cac:PaymentMeans>
<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">0.30</cbc:PayableAmount><cbc:PrepaidAmount currencyID="EUR">0.1</cbc:PrepaidAmount></cac:LegalMonetaryTotal>`;

describe('readEInvoice: fields', () => {
  it('matches elements by local name whatever the prefix, and sums decimals exactly', () => {
    const prefixed = UBL(MINIMAL).replace(/cbc:/g, 'b:').replace(/cac:/g, 'a:');
    const [record] = records(readEInvoice(bytes(prefixed), MB));
    assert.equal(record.number, 'A-1');
    assert.equal(record.amount, '0.4');
    assert.equal(record.due, '2026-03-02', 'the first payment due date stands in for the missing DueDate');
  });

  it('takes a UBL-TR party\'s tax number from its VKN identification, and type code 381 as a credit note', () => {
    const party = `<cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="MERSISNO">0123456789000001</cbc:ID></cac:PartyIdentification>
<cac:PartyIdentification><cbc:ID schemeID="VKN">1234567890</cbc:ID></cac:PartyIdentification><cac:PartyName><cbc:Name>Yılmaz Yazılım</cbc:Name></cac:PartyName>
<cac:PartyTaxScheme><cac:TaxScheme><cbc:Name>Kadıköy</cbc:Name></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>`;
    const [record] = records(readEInvoice(bytes(UBL(MINIMAL.replace('<cbc:IssueDate>', '<cbc:InvoiceTypeCode>381</cbc:InvoiceTypeCode><cbc:IssueDate>') + party)), MB));
    assert.deepEqual(record.seller, { name: 'Yılmaz Yazılım', taxId: '1234567890' });
    assert.equal(record.kind, 'creditNote');
  });

  it('names a missing required field', () => {
    assert.match(problem(readEInvoice(bytes(UBL(MINIMAL.replace(/<cbc:IssueDate>.*?<\/cbc:IssueDate>/, ''))), MB)), /no IssueDate/);
    assert.match(problem(readEInvoice(bytes(UBL(MINIMAL.replace(/<cbc:PayableAmount.*?<\/cbc:PayableAmount>/, ''))), MB)), /no LegalMonetaryTotal\/PayableAmount/);
  });

  it('refuses an impossible date and an amount that is no number, naming the field', () => {
    assert.match(problem(readEInvoice(bytes(UBL(MINIMAL.replace('2026-01-31', '2026-02-30'))), MB)), /IssueDate is not a date/);
    assert.match(problem(readEInvoice(bytes(UBL(MINIMAL.replace('>0.30<', '>1e3<'))), MB)), /PayableAmount is not an amount/);
  });

  it('makes control characters in names inert and bounds their length', () => {
    const party = `<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Evil&#x1b;]0;pwned&#x7;
  Corp${'x'.repeat(500)}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>`;
    const [record] = records(readEInvoice(bytes(UBL(MINIMAL + party)), MB));
    const name = record.buyer.name!;
    assert.ok(name.startsWith('Evil\\u001b]0;pwned\\u0007 Corp'), name);
    assert.doesNotMatch(name, /[\u0000-\u001f]/);
    assert.equal(name.length, 200);
  });

  it('refuses an invoice number too long to be one rather than cutting it', () => {
    assert.match(problem(readEInvoice(bytes(UBL(MINIMAL.replace('A-1', 'N'.repeat(101)))), MB)), /longer than 100 characters/);
  });

  it('reads CII dates in format 102 and refuses other formats by name', () => {
    const cii = fixture('CII_example6.xml').toString('utf8');
    assert.match(problem(readEInvoice(bytes(cii.replace('format="102">20130410', 'format="610">201304')), MB)), /IssueDateTime is not a date in format 102/);
  });

  it('reads a document that starts with a BOM, and one declared in windows-1252', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...fixture('ubl-tc434-example6.xml')]);
    assert.equal(records(readEInvoice(withBom, MB))[0].number, 'TOSL110');
    const latin = UBL(MINIMAL.replace('A-1', 'N\u00b0 1')).replace('encoding="UTF-8"', 'encoding="windows-1252"');
    const encoded = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    assert.equal(records(readEInvoice(encoded, MB))[0].number, 'N\u00b0 1');
  });

  it('says a document of another kind is not an e-invoice', () => {
    assert.match(problem(readEInvoice(bytes('<?xml version="1.0"?><Order><ID>1</ID></Order>'), MB)), /not an e-invoice: its root element is "Order"/);
  });
});
