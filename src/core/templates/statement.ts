/**
 * Statement of account: every invoice with its dates, amount, payments,
 * balance and days late; every payment; the totals; the aging of the balance;
 * and the late fee accrued under the contract, with its formula filled in per
 * invoice (see lateFee.ts for the arithmetic and the 30-day month).
 *
 * Totals come from the same facts and money figures as the health view, so
 * the statement and the sidebar never disagree.
 */
import { moneyFigures } from '../health/figures';
import { AGING_BUCKETS } from '../health/types';
import { Minor } from '../money';
import { Block, Draft, code, heading, list, paragraph, table } from './document';
import { DraftInput } from './input';
import { accruedLateFees, contractLateFeePercent } from './lateFee';
import { MoneyContext, dayCount, documentHeader, inline, moneyContext, plainLine, proseDate, signature, smallestUnit } from './money/shared';
import { statutoryBlocks, statutoryFigures } from './statutory';
import { STATEMENT_TEXTS } from './text/statement';
import { STATUTORY_TEXTS } from './text/statutory';
import { typesetDraft } from './typeset';
import { statementWorkDelivered } from './workDelivered';

export interface StatementPayment {
  readonly day: number;
  /** The invoice's number, as written in the file. */
  readonly invoice: string;
  readonly invoiceIndex: number;
  readonly amount: Minor;
  readonly note: string | undefined;
}

/** Payments received up to today, in date order (then in file order), each worth the minor amount its invoice's balance uses. */
export function statementPayments(ctx: MoneyContext): StatementPayment[] {
  const payments: StatementPayment[] = [];
  for (const invoice of ctx.facts.invoices) {
    const source = ctx.client.invoices![invoice.index].payments!;
    for (const payment of invoice.payments) {
      payments.push({ day: payment.day, invoice: invoice.number, invoiceIndex: invoice.index, amount: payment.amount, note: source[payment.index].note });
    }
  }
  // Array.prototype.sort is stable: equal dates keep the file's order.
  return payments.sort((a, b) => a.day - b.day);
}

/** Invoices in the order they were issued (then in file order). */
export function statementInvoices(ctx: MoneyContext) {
  return [...ctx.facts.invoices].sort((a, b) => a.issued - b.issued || a.index - b.index);
}

/** Days late of an invoice that still has a balance after its due date; undefined otherwise. */
export function daysLateOf(invoice: { balance: Minor; due: number }, today: number): number | undefined {
  return invoice.balance > 0 && today > invoice.due ? today - invoice.due : undefined;
}

export function draftStatement(input: DraftInput): Draft {
  const ctx = moneyContext(input);
  const { facts, format, currency, common } = ctx;
  const t = STATEMENT_TEXTS[input.language];
  const today = input.today;
  const money = (minor: Minor) => format.money(minor, currency);
  const figures = moneyFigures(facts, today, input.rules);
  const invoices = statementInvoices(ctx);
  const payments = statementPayments(ctx);

  const blocks: Block[] = [heading(1, t.heading), documentHeader(ctx, true), paragraph(t.intro(proseDate(ctx, today)))];

  blocks.push(heading(2, t.invoices));
  if (invoices.length === 0) {
    blocks.push(paragraph(t.noInvoices));
  } else {
    blocks.push(
      table(
        t.invoiceColumns,
        invoices.map((i) => {
          const late = daysLateOf(i, today);
          return [
            inline(i.number),
            format.tableDate(i.issued),
            format.tableDate(i.due),
            money(i.amount),
            money(i.paid),
            money(Math.max(0, i.balance)),
            late === undefined ? common.none : dayCount(ctx, late),
          ];
        }),
        ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
      ),
    );
  }

  blocks.push(heading(2, t.payments));
  blocks.push(
    payments.length === 0
      ? paragraph(t.noPayments)
      : table(
          t.paymentColumns,
          payments.map((p) => [format.tableDate(p.day), inline(p.invoice), money(p.amount)]),
          ['left', 'left', 'right'],
        ),
  );

  const invoiced = invoices.reduce((sum, i) => sum + i.amount, 0);
  const paid = invoices.reduce((sum, i) => sum + i.paid, 0);
  const credit = -invoices.reduce((sum, i) => sum + Math.min(0, i.balance), 0);
  blocks.push(heading(2, t.summary));
  blocks.push(
    table(
      ['', t.invoiceColumns[3]],
      [
        [t.invoiced, money(invoiced)],
        [t.paid, money(paid)],
        [t.outstanding, money(figures.outstanding)],
        [t.overdue, money(figures.overdue)],
        ...(credit > 0 ? [[t.credit, money(credit)]] : []),
      ],
      ['left', 'right'],
    ),
  );

  if (figures.outstanding > 0) {
    blocks.push(heading(2, t.aging), paragraph(t.agingIntro));
    blocks.push(
      table(
        t.agingColumns,
        AGING_BUCKETS.map((b) => [t.buckets[b], money(figures.aging[b])]),
        ['left', 'right'],
      ),
    );
  } else {
    blocks.push(paragraph(t.nothingOutstanding));
  }

  blocks.push(heading(2, t.lateFee));
  const percent = contractLateFeePercent(facts);
  const fees = accruedLateFees(facts, today, input.rules);
  if (percent === undefined || fees === undefined) {
    blocks.push(paragraph(t.noLateFeeInContract));
  } else {
    const percentText = format.percent(percent);
    if (fees.lines.length === 0) {
      blocks.push(paragraph(t.noLateFeeAccrued(percentText, percent)));
    } else {
      blocks.push(paragraph(t.lateFeeRule(percentText, percent, smallestUnit(ctx), currency)));
      blocks.push(code(t.formula(percentText)));
      blocks.push(
        list(fees.lines.map((l) => t.lateFeeLine(inline(l.invoice.number), money(l.balance), percentText, dayCount(ctx, l.daysLate), money(l.fee)))),
      );
      blocks.push(paragraph(t.lateFeeTotal(proseDate(ctx, today), money(fees.total))));
      blocks.push(paragraph(t.totalWithFee(money(figures.outstanding + fees.total))));
    }
  }

  // Lines rather than a table column: each invoice's figure carries its days and rates, and notes follow the total.
  const statutory = statutoryFigures(ctx);
  if (statutory) {
    blocks.push(heading(2, STATUTORY_TEXTS[input.language].heading), ...statutoryBlocks(ctx, statutory, false));
  }

  blocks.push(paragraph(t.closing), signature(ctx));
  blocks.push(...statementWorkDelivered(ctx, input.commits));

  return typesetDraft({ kind: 'statement', language: input.language, title: t.title(plainLine(ctx.client.name)), blocks });
}
