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
import { msg } from '../messages';
import { CSV_DELIMITERS, COLUMN_FIELDS, CsvColumns, CsvDelimiter } from './csvColumns';
import { sameHeader } from './csvPresets';
import { CsvSkippedRow, Indexes, isRow, readRow, Row, skippedByStatus } from './csvRow';
import { addDecimals } from './decimal';
import type { DecimalText, EInvoiceRecord, ImportProblem } from './record';
import { shown } from './tree';

export type { CsvSkippedRow } from './csvRow';
export { csvAmount, csvDate } from './csvRow';

/** A record (one row, quoted line breaks included) longer than this is no invoice export's: the file is refused. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export interface CsvReadOptions {
  /** The largest file read, in bytes (the caller's setting, as for e-invoices). */
  readonly maxBytes: number;
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
  const read: (Row | CsvSkippedRow)[] = [];
  rows.forEach((cells, index) => {
    if (index > 0 && cells.some((c) => c.trim() !== '')) {
      read.push(readRow(cells, index + 1, at, columns));
    }
  });
  return columns.rowsAreLines ? invoicesOfLines(read) : invoicesOfRows(read);
}

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

function record(row: Row, amount: DecimalText): EInvoiceRecord {
  const paid = row.paid === undefined ? undefined : { date: row.paid.date, amount: row.paid.amount ?? amount };
  return {
    format: 'csv',
    kind: 'invoice',
    number: row.number,
    issued: row.issued,
    ...(row.due === undefined ? {} : { due: row.due }),
    ...(row.currency === undefined ? {} : { currency: row.currency }),
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
