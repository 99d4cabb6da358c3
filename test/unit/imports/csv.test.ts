import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readClientFile } from '../../../src/core/clientFile';
import { CsvColumns } from '../../../src/core/imports/csvColumns';
import { CsvResult, csvAmount, csvDate, readCsv, readCsvHeader } from '../../../src/core/imports/csv';
import { CSV_PRESETS } from '../../../src/core/imports/csvPresets';
import { readImportFile } from '../../../src/core/imports/readImportFile';
import { planImport } from '../../../src/core/imports/planImport';
import { readEInvoice } from '../../../src/core/imports/readEInvoice';
import { formatMessage } from '../../../src/core/messages';

const ROOT = path.resolve(__dirname, '../../../../test/fixtures');
const csvFixture = (name: string) => fs.readFileSync(path.join(ROOT, 'csv', name));
const bytes = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;

const EUROPEAN: CsvColumns = {
  number: 'N° facture',
  issued: 'Date',
  due: 'Échéance',
  amount: 'Montant TTC',
  currency: 'Devise',
  clientName: 'Client',
  clientTaxId: 'N° TVA',
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
};

const SIMPLE: CsvColumns = { number: 'Number', issued: 'Date', amount: 'Total', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.' };

function ok(result: CsvResult) {
  assert.ok(result.records, result.problem && formatMessage(result.problem.message));
  return { records: result.records, skipped: result.skipped.map((s) => ({ row: s.row, number: s.number, reason: formatMessage(s.reason) })) };
}

function problem(result: CsvResult): string {
  assert.ok(result.problem, `expected a problem, got ${JSON.stringify(result.records)}`);
  return formatMessage(result.problem.message);
}

const fileOf = (clients: object[]) => {
  const read = readClientFile(JSON.stringify({ version: 1, freelancer: { name: 'Camille', currency: 'EUR' }, clients }));
  assert.deepEqual(read.problems, []);
  return read.file!;
};

describe('readCsv: the presets on exports built from the documented columns', () => {
  it('imports the Invoice Ninja invoice report to the same entry as the UBL and CII of EN 16931 example TOSL110', () => {
    const file = fileOf([{ id: 'buyer', name: 'Buyercompany ltd', currency: 'DKK' }]);
    const fromCsv = planImport(file, ok(readCsv(csvFixture('invoiceninja-invoices.csv'), CSV_PRESETS.invoiceninja, { maxBytes: MB })).records.slice(0, 1));
    const fromUbl = planImport(file, readEInvoice(fs.readFileSync(path.join(ROOT, 'einvoices', 'ubl-tc434-example6.xml')), MB).records!);
    const fromCii = planImport(file, readEInvoice(fs.readFileSync(path.join(ROOT, 'einvoices', 'CII_example6.xml')), MB).records!);
    assert.deepEqual(fromCsv, [{ kind: 'add', clientId: 'buyer', invoice: { number: 'TOSL110', issued: '2013-04-10', due: '2013-05-10', amount: 4675 } }]);
    assert.deepEqual(fromUbl, fromCsv);
    assert.deepEqual(fromCii, fromCsv);
  });

  it('reads every Invoice Ninja row but drafts, a quoted line break included, and leaves "Paid to Date" out: the report gives no payment date', () => {
    const { records, skipped } = ok(readCsv(csvFixture('invoiceninja-invoices.csv'), CSV_PRESETS.invoiceninja, { maxBytes: MB }));
    assert.deepEqual(skipped, [{ row: 5, number: '0009', reason: 'Row 5: its status is "Draft", not an invoice the client owes; it is not imported.' }]);
    assert.deepEqual(
      records.map((r) => [r.number, r.issued, r.due, r.amount, r.currency, r.buyer.name, r.payments]),
      [
        ['TOSL110', '2013-04-10', '2013-05-10', '4675', 'DKK', 'Buyercompany ltd', undefined],
        ['0007', '2026-11-02', '2026-12-02', '1234.56', 'EUR', 'Acme SARL', undefined],
        ['0008', '2026-11-20', undefined, '480', 'EUR', 'Acme SARL', undefined],
      ],
    );
    assert.ok(records.every((r) => r.format === 'csv' && r.kind === 'invoice'));
  });

  it('sums the FreshBooks lines of one invoice, records a dated one as paid in full on that date, and skips a draft once', () => {
    const { records, skipped } = ok(readCsv(csvFixture('freshbooks-invoice-details.csv'), CSV_PRESETS.freshbooks, { maxBytes: MB }));
    assert.deepEqual(skipped, [{ row: 7, number: '0000023', reason: 'Row 7: its status is "draft", not an invoice the client owes; it is not imported.' }]);
    assert.deepEqual(
      records.map((r) => [r.number, r.issued, r.due, r.amount, r.currency, r.payments]),
      [
        ['TOSL110', '2013-04-10', undefined, '4675', 'DKK', undefined],
        ['0000021', '2026-10-01', undefined, '1104', 'EUR', [{ date: '2026-10-28', amount: '1104' }]],
        ['0000022', '2026-11-15', undefined, '300', 'EUR', undefined],
      ],
    );
    const [tosl] = planImport(fileOf([{ id: 'buyer', name: 'Buyercompany ltd', currency: 'DKK' }]), records.slice(0, 1));
    assert.deepEqual(tosl, { kind: 'add', clientId: 'buyer', invoice: { number: 'TOSL110', issued: '2013-04-10', amount: 4675 } });
  });

  it('skips a FreshBooks invoice whose lines disagree, or one of whose lines cannot be read, naming the rows', () => {
    const text = [
      'Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Line Total,Currency',
      'Acme,1,2026-01-05,sent,,100.00,EUR',
      'Acme,1,2026-01-06,sent,,50.00,EUR',
      'Acme,2,2026-01-05,sent,,100.00,EUR',
      'Acme,2,2026-01-05,sent,,lots,EUR',
      'Acme,3,2026-01-05,sent,,10.10,EUR',
      'Acme,3,2026-01-05,sent,,20.20,EUR',
    ].join('\n');
    const { records, skipped } = ok(readCsv(bytes(text), CSV_PRESETS.freshbooks, { maxBytes: MB }));
    assert.deepEqual(
      records.map((r) => [r.number, r.amount]),
      [['3', '30.3']],
    );
    assert.deepEqual(
      skipped.map((s) => [s.row, s.number]),
      [
        [2, '1'],
        [4, '2'],
        [5, '2'],
      ],
    );
    assert.match(skipped[0].reason, /Rows 2 and 3 .*invoice 1/);
    assert.match(skipped[1].reason, /Invoice 2 is not imported, as its line on row 5/);
    assert.match(skipped[2].reason, /^Row 5: "lots" in column "Line Total" is not an amount/);
  });
});

describe('readCsv: European exports', () => {
  it('reads a BOM, semicolons, 1.234,56, 31/12/2026 and a quoted cell with a line break; skips the row with an impossible date by its row number', () => {
    const { records, skipped } = ok(readCsv(csvFixture('european-semicolon.csv'), EUROPEAN, { maxBytes: MB }));
    assert.deepEqual(records[0], {
      format: 'csv',
      kind: 'invoice',
      number: 'F-2026-041',
      issued: '2026-12-31',
      due: '2027-01-30',
      currency: 'EUR',
      amount: '1234.56',
      seller: {},
      buyer: { name: 'Société Générale des Travaux', taxId: 'FR 123 456 789 01' },
    });
    assert.deepEqual(
      records.map((r) => [r.number, r.amount]),
      [
        ['F-2026-041', '1234.56'],
        ['F-2026-042', '980'],
        ['F-2026-044', '12500.5'],
      ],
    );
    assert.deepEqual(skipped, [{ row: 4, number: 'F-2026-043', reason: 'Row 4: "31/02/2026" in column "Date" is not a date written DD/MM/YYYY.' }]);
  });

  it('finds the delimiter from the header row, quotes respected, and takes it from the mapping when given', () => {
    assert.equal(readCsvHeader(csvFixture('european-semicolon.csv'), MB).delimiter, ';');
    assert.equal(readCsvHeader(bytes('"a;b",c,d\n'), MB).delimiter, ',');
    assert.equal(readCsvHeader(bytes('Number\tDate\tTotal\n'), MB).delimiter, '\t');
    assert.deepEqual(readCsvHeader(bytes('Number;Date,Total\n'), MB, ',').header, ['Number;Date', 'Total']);
    // The header's own BOM is not part of its first column.
    assert.deepEqual(readCsvHeader(bytes('\ufeffNumber,Date\n'), MB).header, ['Number', 'Date']);
  });
});

describe('readCsv: cells', () => {
  it('reads dates in the four formats and refuses impossible or other ones', () => {
    assert.equal(csvDate('2026-12-31', 'YYYY-MM-DD'), '2026-12-31');
    assert.equal(csvDate('2026-12-31 00:00:00', 'YYYY-MM-DD'), '2026-12-31');
    assert.equal(csvDate('31/12/2026', 'DD/MM/YYYY'), '2026-12-31');
    assert.equal(csvDate('12/31/2026', 'MM/DD/YYYY'), '2026-12-31');
    assert.equal(csvDate('1.2.2026', 'DD.MM.YYYY'), '2026-02-01');
    assert.equal(csvDate('31/12/2026', 'MM/DD/YYYY'), undefined);
    assert.equal(csvDate('29/02/2026', 'DD/MM/YYYY'), undefined);
    assert.equal(csvDate('2026-12-31', 'DD/MM/YYYY'), undefined);
    assert.equal(csvDate('31/12/26', 'DD/MM/YYYY'), undefined);
  });

  it('reads amounts as exact decimals, grouping marks only by three, never through a float', () => {
    assert.equal(csvAmount('1,234.56', '.'), '1234.56');
    assert.equal(csvAmount('1.234,56', ','), '1234.56');
    assert.equal(csvAmount('1 234,56', ','), '1234.56');
    assert.equal(csvAmount("1'234.50", '.'), '1234.5');
    assert.equal(csvAmount('-12,5', ','), '-12.5');
    assert.equal(csvAmount(',5', ','), '0.5');
    assert.equal(csvAmount('0.1', '.'), '0.1');
    assert.equal(csvAmount('1,5', '.'), undefined);
    assert.equal(csvAmount('1.234.56', ','), undefined);
    assert.equal(csvAmount('€12', '.'), undefined);
    assert.equal(csvAmount('1e3', '.'), undefined);
    assert.equal(csvAmount('1234567890123456', '.'), undefined);
  });

  it('skips a row without a number, date or amount, naming the row and the column', () => {
    const text = ['Number,Date,Total', ',2026-01-01,10', 'A-2,,10', 'A-3,2026-01-01,', 'A-4,2026-01-01,10'].join('\n');
    const { records, skipped } = ok(readCsv(bytes(text), SIMPLE, { maxBytes: MB }));
    assert.deepEqual(
      records.map((r) => [r.number, r.currency]),
      [['A-4', undefined]],
    );
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ['Row 2 has no invoice number in column "Number".', 'Row 3 has no date in column "Date".', 'Row 4 has no amount in column "Total".'],
    );
  });

  it('leaves the currency of an amount to the client when the mapping has no currency column or the row none, and checks a code given', () => {
    const text = 'Number,Date,Total,Client\nA-1,2026-01-01,10.50,Globex\n';
    const [plain] = ok(readCsv(bytes(text), { ...SIMPLE, clientName: 'Client' }, { maxBytes: MB })).records;
    assert.equal(plain.currency, undefined);
    // A USD client of a freelancer who invoices in EUR: the amount is in USD, not in the freelancer's currency.
    const file = fileOf([{ id: 'globex', name: 'Globex', currency: 'USD' }]);
    assert.deepEqual(planImport(file, [plain]), [{ kind: 'add', clientId: 'globex', invoice: { number: 'A-1', issued: '2026-01-01', amount: 10.5 } }]);
    const withColumn = { ...SIMPLE, currency: 'Cur' };
    const rows = ok(readCsv(bytes('Number,Date,Total,Cur\nA-1,2026-01-01,10,usd\nA-2,2026-01-01,10,XYZ\nA-3,2026-01-01,10,\n'), withColumn, { maxBytes: MB }));
    assert.deepEqual(
      rows.records.map((r) => [r.number, r.currency]),
      [['A-1', 'USD'], ['A-3', undefined]],
    );
    assert.match(rows.skipped[0].reason, /Row 3: "XYZ" in column "Cur" is not a three-letter currency code/);
  });

  it('imports a payment only with its date: with a paid amount column, that amount; an amount without a date is no payment', () => {
    const columns: CsvColumns = { ...SIMPLE, paidDate: 'Paid on', paidAmount: 'Paid' };
    const text = ['Number,Date,Total,Paid,Paid on', 'A-1,2026-01-01,100,40,2026-01-20', 'A-2,2026-01-01,100,40,', 'A-3,2026-01-01,100,0,2026-01-20'].join('\n');
    const { records } = ok(readCsv(bytes(text), columns, { maxBytes: MB }));
    assert.deepEqual(
      records.map((r) => r.payments),
      [[{ date: '2026-01-20', amount: '40' }], undefined, undefined],
    );
  });

  it('makes control characters in the cells it keeps inert, and shortens long names', () => {
    const columns: CsvColumns = { ...SIMPLE, clientName: 'Client' };
    const text = `Number,Date,Total,Client\n"A\u001b[2J-1",2026-01-01,10,"Evil\u202eCorp ${'x'.repeat(300)}"\n`;
    const [record] = ok(readCsv(bytes(text), columns, { maxBytes: MB })).records;
    assert.equal(record.number, 'A\\u001b[2J-1');
    assert.ok(record.buyer.name!.startsWith('Evil\\u202eCorp'));
    assert.ok(record.buyer.name!.length <= 200);
  });

  it('refuses an invoice number longer than 100 characters rather than cutting it', () => {
    const { records, skipped } = ok(readCsv(bytes(`Number,Date,Total\n${'9'.repeat(101)},2026-01-01,10\n`), SIMPLE, { maxBytes: MB }));
    assert.deepEqual(records, []);
    assert.match(skipped[0].reason, /longer than 100 characters/);
  });
});

describe('readCsv: files that cannot be read', () => {
  it('is one problem when the header lacks mapped columns, naming them all', () => {
    const message = problem(readCsv(bytes('Number,Total\nA-1,10\n'), { ...SIMPLE, due: 'Due' }, { maxBytes: MB }));
    assert.equal(message, 'The CSV header has no column "Date", "Due", which the mapping names; its columns are "Number", "Total".');
  });

  it('refuses a file over the size limit unread', () => {
    const huge = bytes('Number,Date,Total\n' + 'A-1,2026-01-01,10\n'.repeat(100_000));
    assert.match(problem(readCsv(huge, SIMPLE, { maxBytes: MB })), /over the limit of 1048576 bytes/);
    assert.match(formatMessage(readCsvHeader(huge, MB).problem!.message), /over the limit/);
  });

  it('refuses text that is not UTF-8, a quote never closed and an empty file, each as one problem', () => {
    assert.match(problem(readCsv(Uint8Array.from([0x4e, 0x75, 0x6d, 0xe9, 0x0a]), SIMPLE, { maxBytes: MB })), /not UTF-8/);
    const unclosed = readCsv(bytes('Number,Date,Total\n"A-1,2026-01-01,10\n'), SIMPLE, { maxBytes: MB });
    assert.match(problem(unclosed), /quoted cell is never closed/);
    assert.match(problem(readCsv(bytes(''), SIMPLE, { maxBytes: MB })), /empty/);
  });

  it('refuses a row longer than the record limit instead of holding it', () => {
    const long = bytes(`Number,Date,Total\nA-1,2026-01-01,"${'x'.repeat(1024 * 1024 + 10)}"\n`);
    assert.match(problem(readCsv(long, SIMPLE, { maxBytes: 4 * MB })), /longer than 1048576 characters/);
  });
});

describe('readImportFile: one file, whatever it holds', () => {
  it('reads XML as an e-invoice, whatever its name, and a CSV file with the mapping given', () => {
    const xml = readImportFile(fs.readFileSync(path.join(ROOT, 'einvoices', 'CII_example6.xml')), { maxBytes: MB });
    assert.equal(xml.kind === 'records' && xml.records[0].format, 'cii');
    const csv = readImportFile(csvFixture('european-semicolon.csv'), { maxBytes: MB, columns: EUROPEAN });
    assert.deepEqual(csv.kind === 'records' && csv.skipped.map((s) => s.row), [4]);
  });

  it('takes a preset only when the header has every one of its columns, and otherwise returns a proposal to confirm', () => {
    const preset = readImportFile(csvFixture('freshbooks-invoice-details.csv'), { maxBytes: MB });
    assert.equal(preset.kind === 'records' && preset.records.length, 3);
    const unknown = readImportFile(csvFixture('european-semicolon.csv'), { maxBytes: MB });
    assert.equal(unknown.kind, 'needsMapping');
    assert.equal(unknown.kind === 'needsMapping' && unknown.proposal.columns.number, 'N° facture');
    assert.equal(readImportFile(bytes('\ufeff  \n<Invoice/>'), { maxBytes: MB }).kind, 'problem');
  });

  it('says, with the FreshBooks preset however it was chosen, that tax columns are not added and the totals need checking', () => {
    const note = (read: ReturnType<typeof readImportFile>) => (read.kind === 'records' && read.note !== undefined ? formatMessage(read.note) : '');
    assert.match(note(readImportFile(csvFixture('freshbooks-invoice-details.csv'), { maxBytes: MB })), /"Line Total".*tax columns are not added.*Check each total/);
    // The same mapping saved in the settings, its keys in another order.
    const saved = Object.fromEntries(Object.entries(CSV_PRESETS.freshbooks).reverse()) as unknown as CsvColumns;
    assert.match(note(readImportFile(csvFixture('freshbooks-invoice-details.csv'), { maxBytes: MB, columns: saved })), /tax columns are not added/);
    assert.equal(note(readImportFile(csvFixture('invoiceninja-invoices.csv'), { maxBytes: MB })), '');
    assert.equal(note(readImportFile(csvFixture('european-semicolon.csv'), { maxBytes: MB, columns: EUROPEAN })), '');
  });

  it('says a PDF is not read and that the XML embedded in a Factur-X PDF is, rather than reading it as a broken CSV file', () => {
    const pdf = new Uint8Array([...bytes('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, ...bytes('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]);
    const read = readImportFile(pdf, { maxBytes: MB });
    assert.equal(read.kind, 'problem');
    assert.match(read.kind === 'problem' ? formatMessage(read.problem.message) : '', /PDF.*Factur-X.*XML/);
    assert.equal(read.kind === 'problem' && read.problem.line, undefined);
  });

  it('says a signed FatturaPA envelope (.p7m), binary or in base64, is not read and to import its XML', () => {
    // CMS SignedData: a SEQUENCE of indefinite length, then the OID 1.2.840.113549.1.7.2.
    const der = new Uint8Array([0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80, 0x30, 0x80, 0x02, 0x01, 0x01, ...new Array<number>(40).fill(0x31)]);
    const base64 = bytes(Buffer.from(der).toString('base64') + '\r\n');
    for (const envelope of [der, base64]) {
      const read = readImportFile(envelope, { maxBytes: MB });
      assert.equal(read.kind, 'problem');
      assert.match(read.kind === 'problem' ? formatMessage(read.problem.message) : '', /\.p7m.*XML/);
    }
    // A CSV file whose first cell happens to look like base64 is still a CSV file.
    assert.equal(readImportFile(bytes('MIIA,Date,Total\nA-1,2026-01-01,10\n'), { maxBytes: MB }).kind, 'needsMapping');
  });
});
