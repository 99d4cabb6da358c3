import * as assert from 'node:assert/strict';
import { csvField, csvText, plainDecimal, statementCsv, statementCsvFileName } from '../../../src/core/templates/statementCsv';
import { STATEMENT_TEXTS } from '../../../src/core/templates/text/statement';
import { HOSTILE_NAME, HOSTILE_PIPE, LANGS, SAMPLES, assertFilled, assertGolden, draftInput, hostileFile, jpyFile, overdueFile } from './moneyDraftsSupport';

/**
 * A strict RFC 4180 reader, written for this test only: records end in CRLF (the last one too), fields are
 * quoted when they hold a comma, quote, CR or LF, quotes inside are doubled. Anything else throws.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let field = '';
    if (text[pos] === '"') {
      pos++;
      for (;;) {
        if (pos >= text.length) throw new Error('unterminated quoted field');
        if (text[pos] === '"') {
          if (text[pos + 1] === '"') {
            field += '"';
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        field += text[pos++];
      }
    } else {
      while (pos < text.length && !',\r\n'.includes(text[pos])) {
        if (text[pos] === '"') throw new Error(`bare quote at ${pos}`);
        field += text[pos++];
      }
    }
    record.push(field);
    if (text[pos] === ',') {
      pos++;
    } else if (text.startsWith('\r\n', pos)) {
      records.push(record);
      record = [];
      pos += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${pos}, found ${JSON.stringify(text[pos])}`);
    }
  }
  if (record.length > 0) throw new Error('last record does not end in CRLF');
  return records;
}

describe('statement CSV', () => {
  it('the test reader itself refuses what RFC 4180 refuses', () => {
    assert.throws(() => parseCsv('a,b\n'));
    assert.throws(() => parseCsv('a,"b\r\n'));
    assert.throws(() => parseCsv('a,b"c\r\n'));
    assert.throws(() => parseCsv('a,b'));
    assert.deepEqual(parseCsv('a,"b,""c""\r\nd",\r\n'), [['a', 'b,"c"\r\nd', '']]);
  });

  it('writes minor units as plain decimals with a dot', () => {
    assert.equal(plainDecimal(123_456, 'EUR'), '1234.56');
    assert.equal(plainDecimal(5, 'EUR'), '0.05');
    assert.equal(plainDecimal(-5, 'EUR'), '-0.05');
    assert.equal(plainDecimal(0, 'EUR'), '0.00');
    assert.equal(plainDecimal(1200, 'JPY'), '1200');
    assert.equal(plainDecimal(1_234_567, 'KWD'), '1234.567');
    assert.equal(plainDecimal(100_000_000_000_000, 'EUR'), '1000000000000.00');
  });

  it('quotes fields as RFC 4180 says', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    assert.equal(csvField(''), '');
  });

  for (const sample of SAMPLES) {
    for (const language of LANGS) {
      it(`parses back, one header and one row per invoice and payment: ${sample.name}, ${language}`, () => {
        const file = sample.file();
        const csv = statementCsv(draftInput(file, language));
        assertFilled(csv.replace(/[{}]/g, ''), `${sample.name} ${language}`);
        const records = parseCsv(csv);
        assert.deepEqual(records[0], [...STATEMENT_TEXTS[language].csv.header]);
        const invoices = file.clients[0].invoices ?? [];
        const payments = invoices.flatMap((i) => i.payments ?? []);
        assert.equal(records.length, 1 + invoices.length + payments.length);
        assert.ok(records.every((r) => r.length === 10));
      });
    }
  }

  it('ends every record with CRLF and has no bare line feed', () => {
    const csv = statementCsv(draftInput(overdueFile(), 'en'));
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(csv.split('\r\n').length, 11); // header, 5 invoices, 4 payments, and the empty string after the last CRLF
  });

  it('has the values of the statement, with ISO dates (a spreadsheet sorts them, where the statement writes them as the language does), plain amounts and days late', () => {
    const records = parseCsv(statementCsv(draftInput(overdueFile(), 'en')));
    assert.deepEqual(records, [
      ['Type', 'Date', 'Invoice', 'Due', 'Amount', 'Paid', 'Balance', 'Days late', 'Currency', 'Note'],
      ['Invoice', '2025-12-01', '2025-012', '2025-12-31', '800.00', '800.00', '0.00', '', 'EUR', ''],
      ['Payment', '2026-01-10', '2025-012', '', '800.00', '', '', '', 'EUR', ''],
      ['Invoice', '2026-01-05', '2026-001', '2026-02-04', '2400.00', '1200.00', '1200.00', '131', 'EUR', ''],
      ['Payment', '2026-02-20', '2026-001', '', '1200.00', '', '', '', 'EUR', ''],
      ['Invoice', '2026-03-02', '2026-002', '2026-04-01', '1000.50', '250.25', '750.25', '75', 'EUR', ''],
      ['Payment', '2026-04-15', '2026-002', '', '250.25', '', '', '', 'EUR', ''],
      ['Invoice', '2026-04-20', '2026-003', '2026-05-20', '333.33', '0.00', '333.33', '26', 'EUR', ''],
      ['Invoice', '2026-05-31', '2026-004', '2026-06-30', '500.00', '100.00', '400.00', '', 'EUR', ''],
      ['Payment', '2026-06-10', '2026-004', '', '100.00', '', '', '', 'EUR', ''],
    ]);
  });

  it('writes yen without decimals', () => {
    const records = parseCsv(statementCsv(draftInput(jpyFile(), 'en')));
    assert.deepEqual(records[1], ['Invoice', '2026-04-01', 'J-1', '2026-05-08', '12345', '345', '12000', '38', 'JPY', '']);
    assert.deepEqual(records[2], ['Payment', '2026-05-01', 'J-1', '', '345', '', '', '', 'JPY', '']);
  });

  it('keeps commas, quotes and line breaks of the file intact, and defuses spreadsheet formulas', () => {
    const records = parseCsv(statementCsv(draftInput(hostileFile(), 'en')));
    const numbers = records.slice(1).map((r) => r[2]);
    assert.deepEqual(numbers, [HOSTILE_NAME, HOSTILE_PIPE, HOSTILE_PIPE, 'A,"1"\nB', "'=1+1"]);
    assert.equal(records[1][9], 'said "paid", twice,\nthen nothing');
    assert.equal(records[3][9], '\'=HYPERLINK("http://x")');
  });

  it('defuses a formula behind leading line feeds, spaces, no-break spaces or NULs, which some spreadsheets skip', () => {
    for (const lead of ['\n', ' ', '   ', '\u00a0', '\0', ' \n\u00a0\0\t']) {
      for (const sign of ['=', '+', '-', '@']) {
        const text = `${lead}${sign}HYPERLINK("http://x")`;
        assert.equal(csvText(text), `'${text}`, JSON.stringify(text));
      }
    }
    // Leading blanks before ordinary text are the file's own and stay as written.
    assert.equal(csvText('  plain note'), '  plain note');
    assert.equal(csvText('\u00a0A-1'), '\u00a0A-1');
    assert.equal(csvText('total = 3'), 'total = 3');
    const file = overdueFile();
    file.clients[0].invoices![0].note = '\u00a0=1+1';
    assert.equal(parseCsv(statementCsv(draftInput(file, 'en')))[1][9], "'\u00a0=1+1");
  });

  it('shows an overpaid invoice with its negative balance', () => {
    const file = overdueFile();
    file.clients[0].invoices![0].payments!.push({ date: '2026-01-11', amount: 12.5 });
    const records = parseCsv(statementCsv(draftInput(file, 'en')));
    assert.deepEqual(records[1].slice(4, 7), ['800.00', '812.50', '-12.50']);
  });

  it('writes headers and row types in the draft language', () => {
    const records = parseCsv(statementCsv(draftInput(overdueFile(), 'tr')));
    assert.deepEqual(records[0], ['Tür', 'Tarih', 'Fatura no', 'Vade tarihi', 'Tutar', 'Ödenen', 'Kalan', 'Gecikme (gün)', 'Para birimi', 'Not']);
    assert.deepEqual([records[1][0], records[2][0]], ['Fatura', 'Ödeme']);
    // Amounts keep the dot whatever the language.
    assert.equal(records[3][4], '2400.00');
  });

  it('can start with a byte order mark', () => {
    const csv = statementCsv(draftInput(overdueFile(), 'fr'), { byteOrderMark: true });
    assert.ok(csv.startsWith('\uFEFFType,Date,Facture'));
    assert.ok(!statementCsv(draftInput(overdueFile(), 'fr')).startsWith('\uFEFF'));
  });

  it('suggests a file name in the draft language', () => {
    assert.equal(statementCsvFileName(draftInput(overdueFile(), 'en')), 'statement-acme-2026-06-15.csv');
    assert.equal(statementCsvFileName(draftInput(overdueFile(), 'fr')), 'releve-de-compte-acme-2026-06-15.csv');
  });

  for (const language of LANGS) {
    it(`matches its golden file: ${language}`, async () => {
      // Compared with line feeds, so that a checkout that converts line ends does not fail it; CRLF is checked above.
      const csv = statementCsv(draftInput(overdueFile(), language));
      await assertGolden(`statementCsv.${language}.csv`, csv, (text) => text.replace(/\r\n/g, '\n'));
    });
  }
});
