/**
 * One CSV row to what it says of an invoice, or a skip naming the row, the column and what was expected:
 * dates in the mapping's format, amounts with its decimal separator, currency codes.
 */
import { inert } from '../controlChars';
import { parseDate } from '../dates';
import { Message, msg } from '../messages';
import { isKnownCurrency } from '../money';
import { ColumnField, CsvColumns, CsvDateFormat } from './csvColumns';
import { sameHeader } from './csvPresets';
import { canonicalDecimal, MAX_SIGNIFICANT_DIGITS } from './decimal';
import type { DecimalText, EInvoiceRecord } from './record';
import { cleanName, MAX_NUMBER_LENGTH, shown } from './tree';

/** A cell the import reads (number, date, amount, currency) longer than this is refused; names are shortened by cleanName. */
const MAX_CELL_LENGTH = 1000;

/** Thrown by a cell reader: the row is skipped with `reason`. */
class Skip extends Error {
  /** `byStatus`: the row is no invoice to import (a draft), rather than one that cannot be read. */
  constructor(
    readonly reason: Message,
    readonly byStatus = false,
  ) {
    super(reason.template);
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

/** Undefined when the row states no currency: its amounts are in the currency of the client it goes to. */
function currencyIn(text: string | undefined, row: number, column: string | undefined): string | undefined {
  if (text === undefined) {
    return undefined;
  }
  const code = text.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !isKnownCurrency(code)) {
    throw new Skip(msg('Row {0}: {1} in column {2} is not a three-letter currency code.', row, shown(text), shown(column ?? '')));
  }
  return code;
}

export interface CsvSkippedRow {
  /** 1-based, the header being row 1; for an invoice of several rows, its first. */
  readonly row: number;
  readonly number?: string;
  readonly reason: Message;
}

export type Indexes = Partial<Record<ColumnField, number>>;

export interface Row {
  readonly row: number;
  readonly number: string;
  readonly issued: string;
  readonly due?: string;
  readonly amount: DecimalText;
  readonly currency?: string;
  readonly buyer: EInvoiceRecord['buyer'];
  /** Without an amount: paid in full on that date (the export dates the payment but gives no amount). */
  readonly paid?: { readonly date: string; readonly amount?: DecimalText };
}

export const isRow = (r: Row | CsvSkippedRow): r is Row => 'issued' in r;

/** Rows skipped for their status: for an invoice of several lines, the first says it for all. */
export const skippedByStatus = new WeakSet<CsvSkippedRow>();

export function readRow(cells: readonly string[], row: number, at: Indexes, columns: CsvColumns): Row | CsvSkippedRow {
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
    const currency = currencyIn(cell('currency'), row, columns.currency);
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
      ...(currency === undefined ? {} : { currency }),
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
