/**
 * The statement of account as CSV, for accounting tools: one row per invoice
 * and one per payment (each payment right after its invoice), a header row in
 * the draft's language, ISO dates, amounts as plain decimals with a dot and
 * the currency's own number of decimals, RFC 4180 quoting and CRLF line ends.
 *
 * Columns: type, date, invoice, due, amount, paid, balance, days late,
 * currency, note. An invoice row fills them all (date = issued; days late
 * only while a balance is past due); a payment row leaves due, paid, balance
 * and days late empty. The balance is the invoice's true balance, negative
 * when it was overpaid.
 *
 * Text from the client file that a spreadsheet would run as a formula (a cell
 * starting with =, +, -, @, tab or carriage return, or with =, +, - or @ after
 * blanks) is prefixed with an apostrophe, as OWASP advises against CSV
 * injection; amounts and dates are ours and never need it.
 */
import { Minor, minorDigits } from '../money';
import { DraftInput } from './input';
import { MoneyContext, moneyContext } from './money/shared';
import { daysLateOf, statementInvoices, statementPayments } from './statement';
import { STATEMENT_TEXTS } from './text/statement';

export interface StatementCsvOptions {
  /** Start with a UTF-8 byte order mark, which some spreadsheet apps need to read accents. Default false. */
  readonly byteOrderMark?: boolean;
}

/** Minor units as a plain decimal with a dot: 123456 EUR -> "1234.56", -5 EUR -> "-0.05", 1200 JPY -> "1200". */
export function plainDecimal(minor: Minor, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** One field, quoted when RFC 4180 requires it (comma, quote, CR or LF), quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Some spreadsheets skip leading blanks (line feeds, spaces, no-break spaces, NULs) before they look for a formula sign.
const FORMULA = /^(?:[\t\r]|[\s\0]*[=+\-@])/;

/** Text from the client file, defused for spreadsheets. */
export function csvText(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

function rows(ctx: MoneyContext): string[][] {
  const t = STATEMENT_TEXTS[ctx.input.language].csv;
  const { currency, format } = ctx;
  const today = ctx.input.today;
  const payments = statementPayments(ctx);
  const out: string[][] = [[...t.header]];
  for (const invoice of statementInvoices(ctx)) {
    const late = daysLateOf(invoice, today);
    const note = ctx.client.invoices?.[invoice.index]?.note ?? '';
    out.push([
      t.invoice,
      format.isoDate(invoice.issued),
      csvText(invoice.number),
      format.isoDate(invoice.due),
      plainDecimal(invoice.amount, currency),
      plainDecimal(invoice.paid, currency),
      // The true balance: negative when the invoice was overpaid.
      plainDecimal(invoice.balance, currency),
      late === undefined ? '' : String(late),
      currency,
      csvText(note),
    ]);
    for (const p of payments.filter((p) => p.invoiceIndex === invoice.index)) {
      out.push([t.payment, format.isoDate(p.day), csvText(p.invoice), '', plainDecimal(p.amount, currency), '', '', '', currency, csvText(p.note ?? '')]);
    }
  }
  return out;
}

/** The statement as CSV text, every record ending in CRLF. */
export function statementCsv(input: DraftInput, options: StatementCsvOptions = {}): string {
  const text = rows(moneyContext(input))
    .map((r) => csvRecord(r) + '\r\n')
    .join('');
  return options.byteOrderMark ? `\uFEFF${text}` : text;
}

/** A file name to suggest when saving, in the draft's language: statement-acme-2026-03-31.csv (the client id is a safe slug). */
export function statementCsvFileName(input: DraftInput): string {
  const ctx = moneyContext(input);
  return `${STATEMENT_TEXTS[input.language].csv.fileStem}-${ctx.client.id}-${ctx.format.isoDate(input.today)}.csv`;
}
