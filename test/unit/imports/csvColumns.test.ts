import * as assert from 'node:assert/strict';
import { readCsvColumns } from '../../../src/core/imports/csvColumns';
import { CSV_PRESETS, dateFormatOf, decimalSeparatorOf, presetFor, proposeCsvColumns } from '../../../src/core/imports/csvPresets';

describe('CSV column mappings', () => {
  describe('readCsvColumns: a mapping from settings, as untrusted input', () => {
    const minimal = { number: 'No', issued: 'Date', amount: 'Total', dateFormat: 'DD.MM.YYYY', decimalSeparator: ',' };

    it('takes a valid mapping, headers trimmed, and both presets', () => {
      assert.deepEqual(readCsvColumns({ ...minimal, number: '  No ' }).columns, minimal);
      assert.deepEqual(readCsvColumns(CSV_PRESETS.invoiceninja).columns, CSV_PRESETS.invoiceninja);
      assert.deepEqual(readCsvColumns(CSV_PRESETS.freshbooks).columns, CSV_PRESETS.freshbooks);
    });

    const refused: [string, unknown, RegExp][] = [
      ['an unknown key', { ...minimal, total: 'x' }, /unknown key "total"/],
      ['a prototype key', JSON.parse('{"__proto__": {"number": "x"}, "number": "No", "issued": "Date", "amount": "Total", "dateFormat": "DD.MM.YYYY", "decimalSeparator": ","}'), /unknown key "__proto__"/],
      ['a missing required column', { ...minimal, amount: undefined }, /"amount" must be a column header/],
      ['an empty header', { ...minimal, number: '   ' }, /"number" must be a column header of 1 to 200/],
      ['a header of a megabyte', { ...minimal, number: 'x'.repeat(1024 * 1024) }, /"number" must be a column header/],
      ['another date format', { ...minimal, dateFormat: 'D/M/YY' }, /dateFormat" must be one of YYYY-MM-DD, DD\/MM\/YYYY, MM\/DD\/YYYY, DD\.MM\.YYYY/],
      ['another decimal separator', { ...minimal, decimalSeparator: "'" }, /decimalSeparator" must be "\." or ","/],
      ['another delimiter', { ...minimal, delimiter: '|' }, /delimiter" must be/],
      ['a number for a header', { ...minimal, due: 3 }, /"due" must be a column header/],
      ['a paid amount without its date', { ...minimal, paidAmount: 'Paid' }, /paidAmount needs paidDate/],
      ['statuses to skip without their column', { ...minimal, skipStatuses: ['Draft'] }, /skipStatuses needs status/],
      ['too many statuses to skip', { ...minimal, status: 'S', skipStatuses: Array.from({ length: 21 }, (_, i) => `s${i}`) }, /"skipStatuses" must be a list of at most 20 statuses/],
      ['an empty status to skip', { ...minimal, status: 'S', skipStatuses: [' '] }, /"skipStatuses".*must be a list/],
      ['a list', [minimal], /must be an object/],
      ['a string', 'invoiceninja', /must be an object/],
    ];
    for (const [title, value, error] of refused) {
      it(`refuses ${title} with one sentence`, () => {
        const read = readCsvColumns(value);
        assert.equal(read.columns, undefined);
        assert.match(read.error, error);
        assert.ok(read.error.length < 400);
      });
    }
  });

  describe('presetFor and proposeCsvColumns', () => {
    const NINJA = ['Client Name', 'Client Currency', 'Invoice Invoice Number', 'Invoice Amount', 'Invoice Balance', 'Invoice Paid to Date', 'Invoice Date', 'Invoice Due Date', 'Invoice Status'];
    // Invoice Ninja's full default report has more columns than the preset reads.
    const FRESHBOOKS = ['Client Name', 'Invoice #', 'Date Issued', 'Invoice Status', 'Date Paid', 'Item Name', 'Line Total', 'Currency'];

    it('names the preset whose every column the header has, case and spacing aside', () => {
      assert.equal(presetFor(NINJA), 'invoiceninja');
      assert.equal(presetFor(NINJA.map((h) => h.toUpperCase())), 'invoiceninja');
      assert.equal(presetFor(FRESHBOOKS), 'freshbooks');
      assert.equal(presetFor(NINJA.filter((h) => h !== 'Invoice Due Date')), undefined);
      assert.deepEqual(proposeCsvColumns(FRESHBOOKS), { preset: 'freshbooks', columns: CSV_PRESETS.freshbooks });
    });

    it('guesses a mapping from the header words of other exports, in several languages, and says what it did not find', () => {
      assert.deepEqual(proposeCsvColumns(['Invoice No', 'Customer', 'Invoice Date', 'Due Date', 'Total', 'Currency', 'VAT number']), {
        columns: { number: 'Invoice No', clientName: 'Customer', issued: 'Invoice Date', due: 'Due Date', amount: 'Total', currency: 'Currency', clientTaxId: 'VAT number', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.' },
        missing: [],
      });
      const french = proposeCsvColumns(['N° facture', 'Date', 'Échéance', 'Client', 'N° TVA', 'Montant TTC', 'Devise']);
      assert.deepEqual(french.columns, { number: 'N° facture', issued: 'Date', due: 'Échéance', clientName: 'Client', clientTaxId: 'N° TVA', amount: 'Montant TTC', currency: 'Devise', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.' });
      const italian = proposeCsvColumns(['Numero', 'Data', 'Scadenza', 'Cliente', 'Partita IVA', 'Importo totale']);
      assert.deepEqual([italian.columns.number, italian.columns.issued, italian.columns.due, italian.columns.clientName, italian.columns.clientTaxId, italian.columns.amount], ['Numero', 'Data', 'Scadenza', 'Cliente', 'Partita IVA', 'Importo totale']);
      assert.deepEqual(proposeCsvColumns(['Reference', 'When', 'Sum']).missing, ['number', 'issued', 'amount']);
    });
  
    it('guesses the date format and the decimal separator from the first rows, when they tell', () => {
      const header = ['N° facture', 'Date', 'Échéance', 'Montant TTC'];
      const proposal = proposeCsvColumns(header, [
        ['F-1', '31/12/2026', '30/01/2027', '1.234,56'],
        ['F-2', '15/11/2026', '', '980,00'],
      ]);
      assert.equal(proposal.columns.dateFormat, 'DD/MM/YYYY');
      assert.equal(proposal.columns.decimalSeparator, ',');
      assert.equal(dateFormatOf(['12/31/2026', '01/02/2026']), 'MM/DD/YYYY');
      assert.equal(dateFormatOf(['01/02/2026']), 'DD/MM/YYYY');
      assert.equal(dateFormatOf(['1.2.2026', '31.12.2026']), 'DD.MM.YYYY');
      assert.equal(dateFormatOf(['2026-12-31 10:00:00']), 'YYYY-MM-DD');
      assert.equal(dateFormatOf(['31/12/2026', '2026-12-31']), 'YYYY-MM-DD');
      assert.equal(decimalSeparatorOf(['1,234.56', '12']), '.');
      assert.equal(decimalSeparatorOf(['1,234']), '.');
      assert.equal(decimalSeparatorOf(['12,5', '3']), ',');
      assert.equal(decimalSeparatorOf(['12,5', '3.25']), '.');
    });
  });
});
