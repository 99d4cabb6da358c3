/**
 * The chat tools, one list for both surfaces: VS Code's language model tools
 * (package.json's languageModelTools is generated from it by scripts/lmTools.mjs
 * and checked by a unit test) and the MCP server of the CLI. Only names and
 * words here: the extension registers the tools from this list at activation and
 * loads their implementation (tools.ts) on the first call.
 */
import { ToolName } from './toolNames';

export type { ToolName };

export interface ToolDefinition {
  readonly name: ToolName;
  /** For `#` references in chat. */
  readonly toolReferenceName: string;
  readonly displayName: string;
  readonly modelDescription: string;
  readonly input: 'clients' | 'client' | 'draft' | 'record';
  /** It changes the client file: confirmed by the user first, refused in Restricted Mode and by MCP without --allow-writes. */
  readonly writes: boolean;
}

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'clientHealth_clients',
    toolReferenceName: 'clients',
    displayName: 'Client Health: clients',
    modelDescription:
      "Lists the freelancer's clients from their Client Health client files, worst first: those of the open workspace and, when the portfolio is on, those of the freelancer's other repositories (from their last read, dated, marked 'another repository'). For each client: its health level (Healthy, Watch, At risk, Time to part ways), score out of 100, money owed, overdue and unbilled in the client's currency, and its warning signals (id, severity, sentence). Use it to answer which clients pay late, which to let go, or who owes what. Optional filters: minLevel (watch, atRisk, partWays), folder, clientId.",
    input: 'clients',
    writes: false,
  },
  {
    name: 'clientHealth_client',
    toolReferenceName: 'client',
    displayName: 'Client Health: one client',
    modelDescription:
      "Gives one client of the freelancer in detail, by its id (from clientHealth_clients): contract terms, every invoice with its balance and days late, every request with whether it was extra (out of scope) and billed, the journal's kinds and dates, and each warning signal with its evidence and the file and line it comes from. Journal notes only with includeNotes: true and contact details only with includeContact: true; ask for them only when the user's question needs them.",
    input: 'client',
    writes: false,
  },
  {
    name: 'clientHealth_draft',
    toolReferenceName: 'clientDraft',
    displayName: 'Client Health: draft',
    modelDescription:
      "Drafts a document for one client from its client file, in English, French, Italian or Turkish (language: en, fr, it, tr; default: the file's or the editor's): a statement of account (statement), a payment reminder (reminder, with step friendly, firm or final; default: the step due), a change order pricing extra work (changeOrder), a termination email (terminationEmail, with a reason such as payment, scopeCreep, abuse, noContract; default: the reason the signals suggest), a termination agreement, an offboarding checklist, or a contract clause (clause, with its id). Returns the text as Markdown with the client's real figures; writes nothing and sends nothing. The contact's name, salutation and email, and the contact details of colleagues recommended, are left out (the draft greets neutrally) unless includeContact: true; ask for them only when the user wants a draft ready to send.",
    input: 'draft',
    writes: false,
  },
  {
    name: 'clientHealth_record',
    toolReferenceName: 'clientRecord',
    displayName: 'Client Health: record',
    modelDescription:
      "Records one thing in a client's file, after the user confirms the exact change: a payment against an invoice (kind payment: invoice number, date YYYY-MM-DD, amount), a new invoice (kind invoice: number, issued, amount, optional due), a client request (kind request: at, summary, type revision|change|feature, inScope, billed, hours), a journal entry (kind journal: at, entryKind such as afterHoursContact, discountRequest, abusive, positive, note), or hours worked (kind hours: date, hours). Amounts are numbers in the client's currency. Nothing is written to a client file that has a problem.",
    input: 'record',
    writes: true,
  },
];

export const toolNamed = (name: string): ToolDefinition | undefined => TOOLS.find((t) => t.name === name);

