/**
 * package.json's `contributes.languageModelTools`, made from the tool list and
 * the zod input schemas (scripts/lmTools.mjs writes it; test/unit/tools checks
 * the committed manifest against it), so what a model is told it may send is
 * what the tool accepts. The MCP server lists the same schemas.
 */
import * as z from 'zod/mini';
import { TOOLS } from './toolList';
import { toolInputs } from './toolInputs';
import { JsonSchema, flattenUnion } from './flattenSchema';

const ICONS: Readonly<Record<string, string>> = {
  clientHealth_clients: '$(organization)',
  clientHealth_client: '$(person)',
  clientHealth_draft: '$(mail)',
  clientHealth_record: '$(edit)',
};

/** What each property of the record tool means; the kinds that take it are added from the zod union. */
const RECORD_WORDS: Readonly<Record<string, string>> = {
  kind: 'The operation to record.',
  clientId: "The client's id, as clientHealth_clients gives it.",
  folder: 'The folder of the client file, needed only when the same id is in several folders.',
  invoice: 'The number of the invoice paid, as the client file has it.',
  number: 'The new invoice number.',
  issued: 'The day the invoice was issued, YYYY-MM-DD.',
  due: "The day the invoice is due, YYYY-MM-DD; default: issued plus the contract's payment terms.",
  date: 'The day, YYYY-MM-DD: of the payment (payment) or of the work (hours).',
  amount: "An amount in the client's currency, as a number: paid (payment) or invoiced (invoice).",
  at: 'When it happened: YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time.',
  summary: 'What the client asked for, in a few words.',
  type: 'What the request is: revision, change or feature.',
  inScope: "Whether the request is within the contract's scope (false: extra work).",
  billed: 'Whether extra work was billed.',
  entryKind: 'What the journal entry records.',
  hours: 'Hours: spent on the request (request, up to 10000) or worked that day (hours, more than 0 and at most 24).',
  note: 'A free note kept with the entry.',
};

/** The JSON Schema of a tool's input: one object at the top, with no oneOf, anyOf or allOf there. */
export function inputJsonSchema(input: (typeof TOOLS)[number]['input']): JsonSchema {
  const { $schema: _, ...schema } = z.toJSONSchema(toolInputs()[input], { io: 'input' }) as JsonSchema;
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    return flattenUnion((schema.oneOf ?? schema.anyOf) as JsonSchema[], input === 'record' ? RECORD_WORDS : {});
  }
  return schema.type === 'object' ? schema : { type: 'object', ...schema };
}

export function languageModelToolsContribution(): Record<string, unknown>[] {
  return TOOLS.map((tool) => {
    const key = tool.name.replace('clientHealth_', '');
    return {
      name: tool.name,
      toolReferenceName: tool.toolReferenceName,
      displayName: `%lmTool.${key}.displayName%`,
      userDescription: `%lmTool.${key}.userDescription%`,
      modelDescription: tool.modelDescription,
      canBeReferencedInPrompt: true,
      icon: ICONS[tool.name],
      tags: ['freelance', 'clients', 'invoices'],
      inputSchema: inputJsonSchema(tool.input),
    };
  });
}
