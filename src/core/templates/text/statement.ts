/**
 * The words of the statement of account and of its CSV export, per draft
 * language. Arguments are already formatted (money, dates, percentages) and,
 * when they come from the client file, already escaped.
 */
import { AgingBucket } from '../../health/types';
import { DraftLanguage } from '../locale';
import { en } from './statement/en';
import { fr } from './statement/fr';
import { it } from './statement/it';
import { tr } from './statement/tr';

export interface StatementTexts {
  title(client: string): string;
  readonly heading: string;
  intro(date: string): string;
  readonly invoices: string;
  /** Invoice, issued, due, amount, paid, balance, days late. */
  readonly invoiceColumns: readonly [string, string, string, string, string, string, string];
  readonly noInvoices: string;
  readonly payments: string;
  /** Date, invoice, amount. */
  readonly paymentColumns: readonly [string, string, string];
  readonly noPayments: string;
  readonly summary: string;
  readonly invoiced: string;
  readonly paid: string;
  readonly outstanding: string;
  readonly overdue: string;
  /** Paid beyond the invoiced amounts: a credit in the client's favour. */
  readonly credit: string;
  readonly aging: string;
  readonly agingIntro: string;
  readonly agingColumns: readonly [string, string];
  readonly buckets: Readonly<Record<AgingBucket, string>>;
  readonly nothingOutstanding: string;
  readonly lateFee: string;
  readonly noLateFeeInContract: string;
  /** `percent` formatted; `percentValue` the number, for languages whose article depends on it. */
  noLateFeeAccrued(percent: string, percentValue: number): string;
  /** How the fee is computed; `unit` is the smallest amount of the currency (0,01 €, ¥1), `currency` its ISO code (French names the cent: centime). */
  lateFeeRule(percent: string, percentValue: number, unit: string, currency: string): string;
  /** The general formula, shown verbatim. */
  formula(percent: string): string;
  /** One invoice's fee with its numbers filled in. */
  lateFeeLine(invoice: string, balance: string, percent: string, days: string, fee: string): string;
  lateFeeTotal(date: string, total: string): string;
  totalWithFee(total: string): string;
  readonly closing: string;
  readonly csv: {
    /** Type, date, invoice, due, amount, paid, balance, days late, currency, note. */
    readonly header: readonly [string, string, string, string, string, string, string, string, string, string];
    readonly invoice: string;
    readonly payment: string;
    /** The start of the suggested file name, ASCII. */
    readonly fileStem: string;
  };
}

export const STATEMENT_TEXTS: Readonly<Record<DraftLanguage, StatementTexts>> = { en, fr, it, tr };
