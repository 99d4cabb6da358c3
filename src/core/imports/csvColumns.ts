/**
 * Which column of a CSV export holds what an imported invoice needs: plain data,
 * saved in the workspace settings as `clientHealth.import.csvColumns`, so the
 * user confirms a mapping once per export format. A settings file sits in the
 * repository, so a mapping is read as untrusted input: known keys only, every
 * string bounded.
 */
import * as z from 'zod/mini';

export const CSV_COLUMNS_SETTING = 'clientHealth.import.csvColumns';

/** How the export writes its dates; days and months may have one digit in the three non-ISO forms. */
export const CSV_DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'] as const;
export type CsvDateFormat = (typeof CSV_DATE_FORMATS)[number];

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A header name is a spreadsheet column title: far shorter than this in every export seen. */
export const MAX_HEADER_LENGTH = 200;
/** Statuses are single words or two (`Partial/Deposit`); a list of them is a handful. */
export const MAX_STATUS_LENGTH = 60;
export const MAX_SKIP_STATUSES = 20;

export interface CsvColumns {
  /** Header of the invoice number column. */
  readonly number: string;
  readonly issued: string;
  readonly due?: string;
  /** What the client owes in total for the invoice (for a line-per-row export, for the line). */
  readonly amount: string;
  /**
   * The export has one row per invoice line (FreshBooks' Invoice Details): rows with the same number are
   * one invoice, whose amount is the sum of its rows.
   */
  readonly rowsAreLines?: boolean;
  /**
   * The date the invoice was paid. Payments are imported only when the export dates them: a "paid" or
   * "balance" column alone says how much, not when, and a payment with an invented date would move the
   * client's payment record. With `paidAmount`, that amount was paid on this date; without it, a date
   * means the invoice was paid in full on it.
   */
  readonly paidDate?: string;
  readonly paidAmount?: string;
  /** ISO 4217 code per row; without it (or in a row that leaves it empty), an amount is in the currency of the client it goes to. */
  readonly currency?: string;
  readonly clientName?: string;
  readonly clientTaxId?: string;
  /**
   * The invoice's status, and the statuses (compared without case) of rows that are no invoice the client
   * owes: a draft never sent, a cancelled invoice. Without them every row is taken for an invoice issued.
   */
  readonly status?: string;
  readonly skipStatuses?: readonly string[];
  readonly dateFormat: CsvDateFormat;
  readonly decimalSeparator: '.' | ',';
  /** Absent: found from the header row among `,` `;` and tab. */
  readonly delimiter?: CsvDelimiter;
}

/** The mapped fields that name a column, in the order a person reads them. */
export const COLUMN_FIELDS = ['number', 'issued', 'due', 'amount', 'paidDate', 'paidAmount', 'currency', 'clientName', 'clientTaxId', 'status'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

const header = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_HEADER_LENGTH));

export const csvColumnsSchema = z.strictObject({
  number: header(),
  issued: header(),
  due: z.optional(header()),
  amount: header(),
  rowsAreLines: z.optional(z.boolean()),
  paidDate: z.optional(header()),
  paidAmount: z.optional(header()),
  currency: z.optional(header()),
  clientName: z.optional(header()),
  clientTaxId: z.optional(header()),
  status: z.optional(header()),
  skipStatuses: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_STATUS_LENGTH))).check(z.maxLength(MAX_SKIP_STATUSES))),
  dateFormat: z.enum(CSV_DATE_FORMATS),
  decimalSeparator: z.enum(['.', ',']),
  delimiter: z.optional(z.enum(CSV_DELIMITERS)),
});

export type CsvColumnsRead = { readonly columns: CsvColumns; readonly error?: undefined } | { readonly columns?: undefined; readonly error: string };

/** A mapping from settings, or one English sentence saying what is wrong with it (for a warning or an error line). */
export function readCsvColumns(value: unknown): CsvColumnsRead {
  const parsed = csvColumnsSchema.safeParse(value);
  if (parsed.success) {
    const columns = parsed.data;
    if (columns.paidAmount !== undefined && columns.paidDate === undefined) {
      return { error: 'paidAmount needs paidDate: a payment is imported only with the date it was made' };
    }
    if (columns.skipStatuses !== undefined && columns.status === undefined) {
      return { error: 'skipStatuses needs status: the column the statuses are read in' };
    }
    return { columns };
  }
  const issue = parsed.error.issues[0];
  const where = issue.path.length === 0 ? 'the mapping' : issue.path.map((p) => JSON.stringify(String(p).slice(0, 40))).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40)));
    return { error: `unknown key${issue.keys.length === 1 ? '' : 's'} ${keys.join(', ')}${issue.keys.length > 3 ? ', …' : ''}; the keys are ${[...COLUMN_FIELDS, 'skipStatuses', 'rowsAreLines', 'dateFormat', 'decimalSeparator', 'delimiter'].join(', ')}` };
  }
  if (issue.path.length === 0) {
    return { error: 'the mapping must be an object with number, issued, amount, dateFormat and decimalSeparator' };
  }
  const key = String(issue.path[0]);
  if (key === 'dateFormat') {
    return { error: `${where} must be one of ${CSV_DATE_FORMATS.join(', ')}` };
  }
  if (key === 'decimalSeparator') {
    return { error: `${where} must be "." or ","` };
  }
  if (key === 'delimiter') {
    return { error: `${where} must be ",", ";" or "\\t"` };
  }
  if (key === 'skipStatuses') {
    return { error: `${where} must be a list of at most ${MAX_SKIP_STATUSES} statuses, each of 1 to ${MAX_STATUS_LENGTH} characters` };
  }
  if (key === 'rowsAreLines') {
    return { error: `${where} must be true or false` };
  }
  return { error: `${where} must be a column header of 1 to ${MAX_HEADER_LENGTH} characters` };
}
