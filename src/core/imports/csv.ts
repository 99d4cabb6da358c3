/**
 * A CSV export to invoice records, through a column mapping the user confirmed
 * (csvColumns.ts). csv-parse does the quoting, the line breaks inside quotes and
 * the BOM; this file turns cells into records. Every cell is untrusted text: a
 * row that cannot be read is skipped with a reason naming its row (as a
 * spreadsheet numbers it, the header being row 1), and only a file that cannot
 * be read at all (too large, not UTF-8, broken quoting, a mapped column missing)
 * is one problem.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { inert } from '../controlChars';
import { parseDate } from '../dates';
import { Message, msg } from '../messages';
import { isKnownCurrency } from '../money';
import { CSV_DELIMITERS, ColumnField, COLUMN_FIELDS, CsvColumns, CsvDateFormat, CsvDelimiter } from './csvColumns';
import { sameHeader } from './csvPresets';
import { addDecimals, canonicalDecimal, MAX_SIGNIFICANT_DIGITS } from './decimal';
import type { DecimalText, EInvoiceRecord, ImportProblem } from './record';
import { cleanName, MAX_NUMBER_LENGTH, shown } from './tree';

/** A record (one row, quoted line breaks included) longer than this is no invoice export's: the file is refused. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** A cell the import reads (number, date, amount, currency) longer than this is refused; names are shortened by cleanName. */
const MAX_CELL_LENGTH = 1000;

export interface CsvReadOptions {
  /** The largest file read, in bytes (the caller's setting, as for e-invoices). */
  readonly maxBytes: number;
  /** The currency of every amount when the mapping has no currency column, or a row leaves it empty: the client's. */
  readonly currency?: string;
}

export interface CsvSkippedRow {
  /** 1-based, the header being row 1; for an invoice of several rows, its first. */
  readonly row: number;
  readonly number?: string;
  readonly reason: Message;
}

export type CsvResult =
  | { readonly records: readonly EInvoiceRecord[]; readonly skipped: readonly CsvSkippedRow[]; readonly problem?: undefined }
  | { readonly records?: undefined; readonly skipped?: undefined; readonly problem: ImportProblem };

export type CsvHeaderResult =
  | { readonly header: readonly string[]; readonly sample: readonly (readonly string[])[]; readonly delimiter: CsvDelimiter; readonly problem?: undefined }
  | { readonly header?: undefined; readonly sample?: undefined; readonly delimiter?: undefined; readonly problem: ImportProblem };

/** Rows after the header that a proposal looks at for the date format and the decimal separator. */
const SAMPLE_ROWS = 20;

/** The header row, the first rows after it and the delimiter, for proposing a mapping (csvPresets.ts) before the file is read. */
export function readCsvHeader(bytes: Uint8Array, maxBytes: number, delimiter?: CsvDelimiter): CsvHeaderResult {
  const text = decoded(bytes, maxBytes);
  if (typeof text !== 'string') {
    return { problem: text };
  }
  const used = delimiter ?? detectDelimiter(text);
  const rows = parsed(text, used, 1 + SAMPLE_ROWS);
  if (!Array.isArray(rows)) {
    return { problem: rows };
  }
  if (rows.length === 0) {
    return { problem: { message: msg('The CSV file is empty: it has no header row.') } };
  }
  return { header: rows[0].map((cell) => cell.trim()), sample: rows.slice(1), delimiter: used };
}

export function readCsv(bytes: Uint8Array, columns: CsvColumns, options: CsvReadOptions): CsvResult {
  const text = decoded(bytes, options.maxBytes);
  if (typeof text !== 'string') {
    return { problem: text };
  }
  const rows = parsed(text, columns.delimiter ?? detectDelimiter(text));
  if (!Array.isArray(rows)) {
    return { problem: rows };
  }
  if (rows.length === 0) {
    return { problem: { message: msg('The CSV file is empty: it has no header row.') } };
  }
  const at = columnIndexes(rows[0], columns);
  if ('problem' in at) {
    return { problem: at.problem };
  }
  if (at.currency === undefined && options.currency === undefined) {
    return { problem: { message: msg('The mapping has no currency column, and no currency was given for the amounts of this file.') } };
  }
  const read: (Row | CsvSkippedRow)[] = [];
  rows.forEach((cells, index) => {
    if (index > 0 && cells.some((c) => c.trim() !== '')) {
      read.push(readRow(cells, index + 1, at, columns, options.currency));
    }
  });
  return columns.rowsAreLines ? invoicesOfLines(read) : invoicesOfRows(read);
}

type Indexes = Partial<Record<ColumnField, number>>;

interface Row {
  readonly row: number;
  readonly number: string;
  readonly issued: string;
  readonly due?: string;
  readonly amount: DecimalText;
  readonly currency: string;
  readonly buyer: EInvoiceRecord['buyer'];
  /** Without an amount: paid in full on that date (the export dates the payment but gives no amount). */
  readonly paid?: { readonly date: string; readonly amount?: DecimalText };
}

const isRow = (r: Row | CsvSkippedRow): r is Row => 'issued' in r;

function decoded(bytes: Uint8Array, maxBytes: number): string | ImportProblem {
  if (bytes.length > maxBytes) {
    return { message: msg('The file is {0} bytes long, over the limit of {1} bytes for an imported file; it is not read.', bytes.length, maxBytes) };
  }
  try {
    // The BOM a spreadsheet writes first is dropped here (ignoreBOM false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { message: msg('The CSV file is not UTF-8 text; export it again as CSV UTF-8.') };
  }
}

/**
 * The delimiter that splits the header row into the most cells. csv-parse's own `delimiter_auto` is not
 * used: in 7.0.3 it throws on any character past ASCII (a BOM, an accented header) and counts delimiters
 * inside quotes; parsing the header with each candidate keeps the quoting rules csv-parse applies later.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let most = 0;
  // The header row is within the first record's limit; the rest of a large file need not be scanned three times.
  const head = text.slice(0, MAX_RECORD_CHARS);
  for (const delimiter of CSV_DELIMITERS) {
    const rows = parsed(head, delimiter, 1);
    const count = Array.isArray(rows) && rows.length > 0 ? rows[0].length : 0;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

function parsed(text: string, delimiter: CsvDelimiter, records?: number): string[][] | ImportProblem {
  try {
    return parse(text, {
      delimiter,
      bom: true,
      // Rows of another length are read and then judged one by one, not a reason to refuse the file.
      relax_column_count: true,
      max_record_size: MAX_RECORD_CHARS,
      ...(records === undefined ? {} : { to: records }),
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      const message =
        error.code === 'CSV_MAX_RECORD_SIZE'
          ? msg('The CSV file could not be read: a row is longer than {0} characters, which no invoice export needs.', MAX_RECORD_CHARS)
          : error.code === 'CSV_QUOTE_NOT_CLOSED'
            ? msg('The CSV file could not be read: a quoted cell is never closed.')
            : msg('The CSV file could not be read: a quote is misplaced ({0}).', inert(error.code));
      return { message, ...(typeof line === 'number' ? { line } : {}) };
    }
    return { message: msg('The CSV file could not be read.') };
  }
}

function columnIndexes(header: readonly string[], columns: CsvColumns): Indexes | { problem: ImportProblem } {
  const at: Indexes = {};
  const missing: string[] = [];
  for (const field of COLUMN_FIELDS) {
    const name = columns[field];
    if (name === undefined) {
      continue;
    }
    // The first of two columns with the same header, as a spreadsheet's lookup does.
    const index = header.findIndex((cell) => sameHeader(cell, name));
    if (index < 0) {
      missing.push(shown(name));
    } else {
      at[field] = index;
    }
  }
  if (missing.length > 0) {
    const found = header.slice(0, 12).map((h) => shown(h.trim())).join(', ') + (header.length > 12 ? ', …' : '');
    return { problem: { message: msg('The CSV header has no column {0}, which the mapping names; its columns are {1}.', missing.join(', '), found), line: 1 } };
  }
  return at;
}

class Skip extends Error {
  /** `byStatus`: the row is no invoice to import (a draft), rather than one that cannot be read. */
  constructor(
    readonly reason: Message,
    readonly byStatus = false,
  ) {
    super(reason.template);
  }
}

/** Rows skipped for their status: for an invoice of several lines, the first says it for all. */
const skippedByStatus = new WeakSet<CsvSkippedRow>();

function readRow(cells: readonly string[], row: number, at: Indexes, columns: CsvColumns, fallbackCurrency: string | undefined): Row | CsvSkippedRow {
  const cell = (field: ColumnField): string | undefined => {
    const index = at[field];
    const value = index === undefined ? undefined : cells[index]?.trim();
    return value === '' ? undefined : value;
  };
  const number = cell('number');
  const shownNumber = number === undefined ? undefined : inert(number.slice(0, MAX_NUMBER_LENGTH));
  try {
    if (number === undefined) {
      throw new Skip(msg('Row {0} has no invoice number in column {1}.', row, shown(columns.number)));
    }
    if (number.length > MAX_NUMBER_LENGTH) {
      throw new Skip(msg('Row {0}: the invoice number is longer than {1} characters; it is not imported.', row, MAX_NUMBER_LENGTH));
    }
    const status = cell('status');
    if (status !== undefined && columns.skipStatuses?.some((s) => sameHeader(s, status))) {
      throw new Skip(msg('Row {0}: its status is {1}, not an invoice the client owes; it is not imported.', row, shown(status)), true);
    }
    const issued = dateIn(cell('issued'), row, columns.issued, columns.dateFormat, true)!;
    const due = dateIn(cell('due'), row, columns.due ?? '', columns.dateFormat, false);
    const amount = amountIn(cell('amount'), row, columns.amount, columns.decimalSeparator, true)!;
    const currency = currencyIn(cell('currency'), row, columns.currency, fallbackCurrency);
    const paidOn = dateIn(cell('paidDate'), row, columns.paidDate ?? '', columns.dateFormat, false);
    const paidAmount = columns.paidAmount === undefined ? undefined : amountIn(cell('paidAmount'), row, columns.paidAmount, columns.decimalSeparator, false);
    const name = cleanName(cell('clientName'));
    const taxId = cleanName(cell('clientTaxId'));
    // A paid amount column with nothing (or zero) in it: nothing paid, whatever the date says.
    const paid =
      paidOn === undefined || (columns.paidAmount !== undefined && (paidAmount === undefined || Number(paidAmount) === 0))
        ? undefined
        : { date: paidOn, ...(paidAmount === undefined ? {} : { amount: paidAmount }) };
    return {
      row,
      number: inert(number),
      issued,
      ...(due === undefined ? {} : { due }),
      amount,
      currency,
      buyer: { ...(name === undefined ? {} : { name }), ...(taxId === undefined ? {} : { taxId }) },
      ...(paid === undefined ? {} : { paid }),
    };
  } catch (error) {
    if (error instanceof Skip) {
      const skipped: CsvSkippedRow = { row, ...(shownNumber === undefined ? {} : { number: shownNumber }), reason: error.reason };
      if (error.byStatus) {
        skippedByStatus.add(skipped);
      }
      return skipped;
    }
    throw error;
  }
}

const DATE_PATTERNS: Record<CsvDateFormat, { readonly pattern: RegExp; readonly order: readonly ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }> = {
  // A time after the date, as some exports write it, is not the date's business.
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, order: ['y', 'm', 'd'] },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
};

/** The cell's date as YYYY-MM-DD, or a skip naming the row, the column and the format expected. */
export function csvDate(text: string, format: CsvDateFormat): string | undefined {
  const { pattern, order } = DATE_PATTERNS[format];
  const m = text.length > 40 ? null : pattern.exec(text);
  if (!m) {
    return undefined;
  }
  const part = (p: 'y' | 'm' | 'd') => m[order.indexOf(p) + 1];
  const iso = `${part('y')}-${part('m').padStart(2, '0')}-${part('d').padStart(2, '0')}`;
  return parseDate(iso) === undefined ? undefined : iso;
}

function dateIn(text: string | undefined, row: number, column: string, format: CsvDateFormat, needed: boolean): string | undefined {
  if (text === undefined) {
    if (needed) {
      throw new Skip(msg('Row {0} has no date in column {1}.', row, shown(column)));
    }
    return undefined;
  }
  const date = csvDate(text, format);
  if (date === undefined) {
    throw new Skip(msg('Row {0}: {1} in column {2} is not a date written {3}.', row, shown(text), shown(column), format));
  }
  return date;
}

/**
 * The cell's amount as a canonical decimal. With `.` as the decimal separator, `,` may group thousands
 * (`1,234.56`); with `,`, `.` may (`1.234,56`); spaces, no-break spaces and `'` may group them in both. A
 * grouping mark must group by three, so `1,5` read with a decimal point is refused rather than taken for 15.
 */
export function csvAmount(text: string, decimalSeparator: '.' | ','): DecimalText | undefined {
  if (text.length > MAX_CELL_LENGTH) {
    return undefined;
  }
  const group = decimalSeparator === '.' ? "[,\\s\\u00a0\\u202f']" : "[.\\s\\u00a0\\u202f']";
  const decimal = decimalSeparator === '.' ? '\\.' : ',';
  const shape = new RegExp(`^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${decimal}(\\d+))?$`);
  const m = shape.exec(text.replace(/^([+-])\s+/, '$1'));
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return undefined;
  }
  const whole = (m[2] ?? '0').replace(/\D/g, '');
  return canonicalDecimal(`${m[1]}${whole}${m[3] === undefined ? '' : `.${m[3]}`}`);
}

function amountIn(text: string | undefined, row: number, column: string, decimalSeparator: '.' | ',', needed: boolean): DecimalText | undefined {
  if (text === undefined) {
    if (needed) {
      throw new Skip(msg('Row {0} has no amount in column {1}.', row, shown(column)));
    }
    return undefined;
  }
  const amount = csvAmount(text, decimalSeparator);
  if (amount === undefined) {
    throw new Skip(
      msg('Row {0}: {1} in column {2} is not an amount written with {3} as the decimal separator and at most {4} digits.', row, shown(text), shown(column), decimalSeparator, MAX_SIGNIFICANT_DIGITS),
    );
  }
  return amount;
}

function currencyIn(text: string | undefined, row: number, column: string | undefined, fallback: string | undefined): string {
  if (text === undefined) {
    if (fallback === undefined) {
      throw new Skip(msg('Row {0} has no currency in column {1}.', row, shown(column ?? '')));
    }
    return fallback;
  }
  const code = text.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !isKnownCurrency(code)) {
    throw new Skip(msg('Row {0}: {1} in column {2} is not a three-letter currency code.', row, shown(text), shown(column ?? '')));
  }
  return code;
}

function record(row: Row, amount: DecimalText): EInvoiceRecord {
  const paid = row.paid === undefined ? undefined : { date: row.paid.date, amount: row.paid.amount ?? amount };
  return {
    format: 'csv',
    kind: 'invoice',
    number: row.number,
    issued: row.issued,
    ...(row.due === undefined ? {} : { due: row.due }),
    currency: row.currency,
    amount,
    ...(paid === undefined ? {} : { payments: [paid] }),
    // An export of the freelancer's own invoicing tool: the seller is the freelancer, and says nothing more.
    seller: {},
    buyer: row.buyer,
  };
}

function invoicesOfRows(read: readonly (Row | CsvSkippedRow)[]): CsvResult {
  return { records: read.filter(isRow).map((r) => record(r, r.amount)), skipped: read.filter((r): r is CsvSkippedRow => !isRow(r)) };
}

/** Rows with the same number as one invoice: its amount is their sum, and what they say of the invoice must agree. */
function invoicesOfLines(read: readonly (Row | CsvSkippedRow)[]): CsvResult {
  const byNumber = new Map<string, (Row | CsvSkippedRow)[]>();
  const unnumbered: CsvSkippedRow[] = [];
  for (const r of read) {
    if (r.number === undefined) {
      unnumbered.push(r as CsvSkippedRow);
    } else {
      const lines = byNumber.get(r.number);
      if (lines) {
        lines.push(r);
      } else {
        byNumber.set(r.number, [r]);
      }
    }
  }
  const records: EInvoiceRecord[] = [];
  const skipped: CsvSkippedRow[] = [...unnumbered];
  for (const [number, lines] of byNumber) {
    const bad = lines.find((l) => !isRow(l)) as CsvSkippedRow | undefined;
    const first = lines[0];
    if (bad !== undefined && lines.every((l) => !isRow(l) && skippedByStatus.has(l))) {
      skipped.push(bad);
      continue;
    }
    if (bad !== undefined) {
      // One unreadable line would leave the total short: the whole invoice waits for a corrected file.
      skipped.push(...(lines.filter((l) => !isRow(l)) as CsvSkippedRow[]));
      if (lines.length > 1) {
        skipped.push({ row: first.row, number, reason: msg('Invoice {0} is not imported, as its line on row {1} cannot be read.', number, bad.row) });
      }
      continue;
    }
    const rows = lines as Row[];
    const head = rows[0];
    const differs = rows.find((r) => r.issued !== head.issued || r.due !== head.due || r.currency !== head.currency || JSON.stringify(r.buyer) !== JSON.stringify(head.buyer) || JSON.stringify(r.paid) !== JSON.stringify(head.paid));
    if (differs !== undefined) {
      skipped.push({ row: head.row, number, reason: msg('Rows {0} and {1} are lines of invoice {2} but give it different dates, currencies, clients or payments; it is not imported.', head.row, differs.row, number) });
      continue;
    }
    const amount = addDecimals(rows.map((r) => r.amount));
    if (amount === undefined) {
      skipped.push({ row: head.row, number, reason: msg('The lines of invoice {0} add up to more digits than can be kept exactly; it is not imported.', number) });
      continue;
    }
    // The rows agree on the payment: a paid amount repeated on every line is the invoice's, not each line's.
    records.push(record(head, amount));
  }
  skipped.sort((a, b) => a.row - b.row);
  return { records, skipped };
}
