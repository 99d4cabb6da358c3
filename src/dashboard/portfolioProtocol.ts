/**
 * The messages between the extension and the portfolio page (portfolioPanel.ts, webview/portfolioPage.ts), as zod
 * schemas, as for the client dashboard (protocol.ts): each side parses what arrives and drops anything else.
 * No vscode import: the page's bundle uses it too.
 */
import * as z from 'zod/mini';
import { MAX_TEXT_LENGTH } from '../core/limits';
import { AGING_SERIES } from './protocol';

/** The stacked bars show the clients that invoiced most, each in its colour, and the rest together: past 5 colours (and the theme gives six) they are not told apart. */
export const MAX_STACKED_CLIENTS = 5;

function buildPortfolioMessages() {
  const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
  const ratio = () => z.number().check(z.gte(0), z.lte(1));
  const currency = z.string().check(z.regex(/^[A-Z]{3}$/));

  /** One client's part of a month's bar; `series` is its index in the currency's `series` (the last is "other clients" when there is one). */
  const SegmentSchema = z.object({ series: z.int().check(z.gte(0), z.lte(MAX_STACKED_CLIENTS)), amount: text, ratio: ratio() });
  const MonthBarSchema = z.object({ month: text, total: text, ratio: ratio(), segments: z.array(SegmentSchema) });
  /** A series: a client (its name and folder) or the other clients together. */
  const SeriesSchema = z.object({ name: text, folder: text, other: z.boolean() });
  const InvoicingSchema = z.object({ currency, total: text, series: z.array(SeriesSchema).check(z.maxLength(MAX_STACKED_CLIENTS + 1)), months: z.array(MonthBarSchema).check(z.maxLength(12)) });

  const AgingBarSchema = z.object({ bucket: text, amount: text, ratio: ratio(), series: z.enum(AGING_SERIES) });
  /** `unaged`: overdue of clients indexed before the index kept its age (shown, never dropped), until Refresh Portfolio. */
  const AgingSchema = z.object({ currency, total: text, buckets: z.array(AgingBarSchema), unaged: z.optional(text) });

  const RateRowSchema = z.object({ rank: z.int().check(z.gte(1)), name: text, folder: text, rate: text, hours: text, ratio: ratio() });
  const RatesSchema = z.object({ currency, rows: z.array(RateRowSchema), withoutHours: z.optional(text) });

  const PortfolioPageModelSchema = z.object({
    clients: z.int().check(z.gte(0)),
    invoicing: z.array(InvoicingSchema),
    aging: z.array(AgingSchema),
    rates: z.array(RatesSchema),
    /** How the rates were taken (over lowRate's window). */
    rateNote: text,
  });

  const LabelsSchema = z.record(z.string().check(z.maxLength(200)), text);

  const ToPortfolioPageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('update'), model: PortfolioPageModelSchema, labels: LabelsSchema })]);

  const FromPortfolioPageSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    /** What the page drew, for the integration tests only (the host marks the page in ExtensionMode.Test). */
    z.object({ type: z.literal('rendered'), charts: z.int().check(z.gte(0)), segments: z.int().check(z.gte(0)), rateRows: z.int().check(z.gte(0)) }),
    z.object({ type: z.literal('cspViolation'), directive: text, blocked: text }),
    z.object({ type: z.literal('dropped'), reason: text }),
  ]);

  return { SegmentSchema, MonthBarSchema, InvoicingSchema, AgingSchema, RatesSchema, PortfolioPageModelSchema, ToPortfolioPageSchema, FromPortfolioPageSchema };
}

type PortfolioMessages = ReturnType<typeof buildPortfolioMessages>;
let built: PortfolioMessages | undefined;

/** Built on first use: the portfolio page may never open. */
export function portfolioMessages(): PortfolioMessages {
  return (built ??= buildPortfolioMessages());
}

export type PortfolioPageModel = z.infer<PortfolioMessages['PortfolioPageModelSchema']>;
export type InvoicingView = z.infer<PortfolioMessages['InvoicingSchema']>;
export type AgingView = z.infer<PortfolioMessages['AgingSchema']>;
export type RatesView = z.infer<PortfolioMessages['RatesSchema']>;
export type ToPortfolioPage = z.infer<PortfolioMessages['ToPortfolioPageSchema']>;
export type FromPortfolioPage = z.infer<PortfolioMessages['FromPortfolioPageSchema']>;
