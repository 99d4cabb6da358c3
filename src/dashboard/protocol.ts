/**
 * The messages between the extension and the dashboard webview, both ways,
 * as zod schemas: each side parses what arrives and drops anything else.
 * No vscode import: the webview bundle uses it too.
 */
import * as z from 'zod/mini';
import { Commands } from '../commandIds';
import { MAX_TEXT_LENGTH } from '../core/limits';
import { statutorySchema } from './statutoryProtocol';
import { hoursSchema } from './hoursProtocol';

/** The commands a dashboard button may run; anything else posted by the page is refused. */
export const DASHBOARD_COMMANDS = [
  Commands.recordPayment,
  Commands.draftPaymentReminder,
  Commands.draftChangeOrder,
  Commands.draftTerminationEmail,
  Commands.insertContractClause,
  Commands.openClientFile,
] as const;

const LEVELS = ['healthy', 'watch', 'atRisk', 'partWays'] as const;
const SEVERITIES = ['warning', 'critical'] as const;
const INVOICE_STATES = ['paid', 'open', 'overdue'] as const;
export const AGING_SERIES = ['recent', 'old'] as const;

/** Builds the message schemas; see messages(). */
function buildMessages() {
  // The client file's own limit: a text the file accepts must never make the page drop an update.
  const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

  const ClientRefSchema = z.object({
    kind: z.literal('clientRef'),
    folder: text,
    clientId: text,
  });

  const BreakdownRowSchema = z.object({
    id: text,
    severity: z.enum(SEVERITIES),
    /** Points the signal took off the score of 100, as the tree's tooltip shows them. */
    points: z.int().check(z.gte(0), z.lte(100)),
    message: text,
    remedy: z.enum(DASHBOARD_COMMANDS),
  });

  /** An aging bar's series, named in the chart's legend: more than 90 days past due is `old`. */
  const AgingBarSchema = z.object({ bucket: text, amount: text, ratio: z.number().check(z.gte(0), z.lte(1)), series: z.enum(AGING_SERIES) });
  const DelayBarSchema = z.object({ number: text, issued: text, daysLate: z.int().check(z.gte(0)), open: z.boolean(), ratio: z.number().check(z.gte(0), z.lte(1)) });
  const InvoiceRowSchema = z.object({
    number: text,
    issued: text,
    due: text,
    amount: text,
    paid: text,
    balance: text,
    daysLate: z.int().check(z.gte(0)),
    state: z.enum(INVOICE_STATES),
  });
  /** `at`, `type` and `kind` as the file writes them (for filtering); `when`, `typeLabel` and `kindLabel` as the page shows them. */
  const RequestRowSchema = z.object({ at: text, when: text, summary: text, type: text, typeLabel: text, inScope: z.boolean(), billed: z.boolean(), hours: z.number() });
  const JournalRowSchema = z.object({ at: text, when: text, kind: text, kindLabel: text, note: text });
  /** When the client will pay: a sentence on its habit, each open invoice's expected date and band, cash by horizon. */
  const ForecastSchema = z.object({
    summary: text,
    expected: z.array(z.object({ invoice: text, balance: text, date: text, band: text })),
    cash: z.array(z.object({ horizon: z.enum(['30', '60', '90', 'unknown']), amount: text })),
  });

  const DashboardModelSchema = z.object({
    header: z.object({
      name: text,
      contact: text,
      level: z.enum(LEVELS),
      levelLabel: text,
      score: z.number(),
      owed: text,
      overdue: text,
      unbilled: text,
    }),
    breakdown: z.array(BreakdownRowSchema),
    aging: z.array(AgingBarSchema),
    delays: z.array(DelayBarSchema),
    invoices: z.array(InvoiceRowSchema),
    requests: z.array(RequestRowSchema),
    journal: z.array(JournalRowSchema),
    forecast: ForecastSchema,
    /** Statutory late fees (statutoryProtocol.ts): absent where the law says nothing of this client. */
    statutory: z.optional(statutorySchema(text)),
    /** Logged, git and editor hours per month (hoursView.ts); absent when the host has no hours to show. */
    hours: z.optional(hoursSchema(text)),
  });

  /**
   * What the portfolio adds to a client's page (dashboardSource.ts, src/portfolio/clientDashboards.ts): its income share when above half, and, for a
   * client of a folder not open in this window, why the page is read-only (no button that writes or drafts).
   */
  const PortfolioNotesSchema = z.object({ share: z.optional(text), readOnly: z.optional(text) });

  /** Every text of the page, already translated by the extension. */
  const LabelsSchema = z.record(z.string().check(z.maxLength(200)), text);

  const ToWebviewSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('update'), ref: ClientRefSchema, model: DashboardModelSchema, labels: LabelsSchema, portfolio: z.optional(PortfolioNotesSchema) }),
    z.object({ type: z.literal('missing'), ref: ClientRefSchema, labels: LabelsSchema }),
  ]);

  const FromWebviewSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    z.object({ type: z.literal('command'), command: z.enum(DASHBOARD_COMMANDS) }),
    /** The page reports what it shows, so tests can check it without scraping (only when the host asks, in ExtensionMode.Test). */
    z.object({ type: z.literal('rendered'), rows: z.int().check(z.gte(0)), bars: z.int().check(z.gte(0)) }),
    z.object({ type: z.literal('cspViolation'), directive: text, blocked: text }),
    /** The page received data it could not use: the host tells the user instead of leaving stale figures unexplained. */
    z.object({ type: z.literal('dropped'), reason: text }),
  ]);

  /** What the page keeps with getState/setState, and what the serializer gets back after a reload. */
  const WebviewStateSchema = z.object({
    ref: ClientRefSchema,
    tab: z.optional(text),
    requestFilter: z.optional(text),
    journalFilter: z.optional(text),
    scrollY: z.optional(z.number()),
  });

  return {
    ClientRefSchema,
    BreakdownRowSchema,
    AgingBarSchema,
    DelayBarSchema,
    InvoiceRowSchema,
    RequestRowSchema,
    JournalRowSchema,
    ForecastSchema,
    DashboardModelSchema,
    LabelsSchema,
    PortfolioNotesSchema,
    ToWebviewSchema,
    FromWebviewSchema,
    WebviewStateSchema,
  };
}

type Messages = ReturnType<typeof buildMessages>;
let built: Messages | undefined;

/** The message schemas, built on first use, not when the extension loads (the dashboard may never open). */
export function messages(): Messages {
  return (built ??= buildMessages());
}

export type DashboardCommand = (typeof DASHBOARD_COMMANDS)[number];
export type DashboardModel = z.infer<Messages['DashboardModelSchema']>;
export type BreakdownRow = z.infer<Messages['BreakdownRowSchema']>;
export type InvoiceRow = z.infer<Messages['InvoiceRowSchema']>;
export type ForecastView = z.infer<Messages['ForecastSchema']>;
export type Labels = z.infer<Messages['LabelsSchema']>;
export type PortfolioNotes = z.infer<Messages['PortfolioNotesSchema']>;
export type ToWebview = z.infer<Messages['ToWebviewSchema']>;
export type FromWebview = z.infer<Messages['FromWebviewSchema']>;
export type WebviewState = z.infer<Messages['WebviewStateSchema']>;
