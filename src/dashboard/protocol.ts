/**
 * The messages between the extension and the dashboard webview, both ways,
 * as zod schemas: each side parses what arrives and drops anything else.
 * No vscode import: the webview bundle uses it too.
 */
import * as z from 'zod';
import { Commands } from '../commandIds';

/** The commands a dashboard button may run; anything else posted by the page is refused. */
export const DASHBOARD_COMMANDS = [
  Commands.recordPayment,
  Commands.draftPaymentReminder,
  Commands.draftChangeOrder,
  Commands.draftTerminationEmail,
  Commands.insertContractClause,
  Commands.openClientFile,
] as const;
export type DashboardCommand = (typeof DASHBOARD_COMMANDS)[number];

const text = z.string().max(10_000);
const LEVELS = ['healthy', 'watch', 'atRisk', 'partWays'] as const;
const SEVERITIES = ['warning', 'critical'] as const;
const INVOICE_STATES = ['paid', 'open', 'overdue'] as const;

export const ClientRefSchema = z.object({
  kind: z.literal('clientRef'),
  folder: text,
  clientId: text,
});

export const BreakdownRowSchema = z.object({
  id: text,
  severity: z.enum(SEVERITIES),
  points: z.number(),
  /** Share of the lost points, 0..100. */
  percent: z.number().min(0).max(100),
  message: text,
  remedy: z.enum(DASHBOARD_COMMANDS),
});

export const AgingBarSchema = z.object({ bucket: text, amount: text, ratio: z.number().min(0).max(1) });
export const DelayBarSchema = z.object({ number: text, issued: text, daysLate: z.number().int().min(0), open: z.boolean(), ratio: z.number().min(0).max(1) });
export const InvoiceRowSchema = z.object({
  number: text,
  issued: text,
  due: text,
  amount: text,
  paid: text,
  balance: text,
  daysLate: z.number().int().min(0),
  state: z.enum(INVOICE_STATES),
});
export const RequestRowSchema = z.object({ at: text, summary: text, type: text, inScope: z.boolean(), billed: z.boolean(), hours: z.number() });
export const JournalRowSchema = z.object({ at: text, kind: text, note: text });

export const DashboardModelSchema = z.object({
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
});

/** Every text of the page, already translated by the extension. */
export const LabelsSchema = z.record(z.string().max(200), text);

export const ToWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('update'), ref: ClientRefSchema, model: DashboardModelSchema, labels: LabelsSchema }),
  z.object({ type: z.literal('missing'), ref: ClientRefSchema, labels: LabelsSchema }),
]);

export const FromWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('command'), command: z.enum(DASHBOARD_COMMANDS) }),
  /** The page reports what it shows, so tests can check it without scraping. */
  z.object({ type: z.literal('rendered'), rows: z.number().int().min(0), bars: z.number().int().min(0) }),
  z.object({ type: z.literal('cspViolation'), directive: text, blocked: text }),
]);

/** What the page keeps with getState/setState, and what the serializer gets back after a reload. */
export const WebviewStateSchema = z.object({
  ref: ClientRefSchema,
  tab: text.optional(),
  requestFilter: text.optional(),
  journalFilter: text.optional(),
  scrollY: z.number().optional(),
});

export type ClientRefData = z.infer<typeof ClientRefSchema>;
export type DashboardModel = z.infer<typeof DashboardModelSchema>;
export type BreakdownRow = z.infer<typeof BreakdownRowSchema>;
export type InvoiceRow = z.infer<typeof InvoiceRowSchema>;
export type Labels = z.infer<typeof LabelsSchema>;
export type ToWebview = z.infer<typeof ToWebviewSchema>;
export type FromWebview = z.infer<typeof FromWebviewSchema>;
export type WebviewState = z.infer<typeof WebviewStateSchema>;
