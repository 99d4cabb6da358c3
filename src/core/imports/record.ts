/**
 * What an e-invoice says about one invoice, before anything decides which
 * client it belongs to or whether it is already on file.
 */
import type { Message } from '../messages';

/** `csv`: a row (or the rows of one invoice) of a CSV export, read through a column mapping (csv.ts). */
export type EInvoiceFormat = 'ubl' | 'cii' | 'fatturapa' | 'csv';

export interface Party {
  readonly name?: string;
  /** VAT or tax id as printed, with its country prefix where the format gives one (`IT01234567890`). */
  readonly taxId?: string;
}

/**
 * Amounts are canonical decimal strings (`"4675"`, `"801.78"`, `"-12.5"`): the
 * file's own digits, never a binary float, so `"0.1" + "0.2"` sums stay exact and
 * `4675.00` in UBL equals `4675` in CII. At most 15 significant digits, so that
 * `toMinor(Number(amount), currency)` is exact; the caller checks the currency's
 * precision (`hasExcessPrecision`) before it converts.
 */
export type DecimalText = string;

export interface EInvoiceRecord {
  readonly format: EInvoiceFormat;
  readonly kind: 'invoice' | 'creditNote';
  readonly number: string;
  /** YYYY-MM-DD. */
  readonly issued: string;
  /** YYYY-MM-DD: the document's due date, else its first payment's; absent, the contract's terms apply. */
  readonly due?: string;
  /**
   * ISO 4217 code as the document states it. Absent when the source states none (a CSV export without
   * a currency column, or a row that leaves it empty): the amounts are in the currency of the client
   * the invoice goes to, which is known only once planImport has matched it.
   */
  readonly currency?: string;
  /** What the client owes in total, payments made before the invoice included. */
  readonly amount: DecimalText;
  /** Paid before the invoice was issued (UBL PrepaidAmount, CII TotalPrepaidAmount); absent when the document states none. */
  readonly prepaid?: DecimalText;
  /** Payments the source dates itself (a CSV export's paid date); never a date guessed for an amount. */
  readonly payments?: readonly { readonly date: string; readonly amount: DecimalText }[];
  readonly seller: Party;
  readonly buyer: Party;
}

export interface ImportProblem {
  readonly message: Message;
  /** 1-based, where the problem is at one place in the document. */
  readonly line?: number;
  readonly column?: number;
}

export type EInvoiceResult = { readonly records: readonly EInvoiceRecord[]; readonly problem?: undefined } | { readonly records?: undefined; readonly problem: ImportProblem };
