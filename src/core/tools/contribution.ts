/**
 * package.json's `contributes.languageModelTools`, made from the tool list and
 * the zod input schemas (scripts/lmTools.mjs writes it; test/unit/tools checks
 * the committed manifest against it), so what a model is told it may send is
 * what the tool accepts.
 */
import * as z from 'zod/mini';
import { TOOLS } from './toolList';
import { toolInputs } from './toolInputs';

const ICONS: Readonly<Record<string, string>> = {
  clientHealth_clients: '$(organization)',
  clientHealth_client: '$(person)',
  clientHealth_draft: '$(mail)',
  clientHealth_record: '$(edit)',
};

/** The JSON Schema of a tool's input: an object at the top, as every model provider requires. */
export function inputJsonSchema(input: (typeof TOOLS)[number]['input']): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(toolInputs()[input], { io: 'input' }) as Record<string, unknown>;
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
