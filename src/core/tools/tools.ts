/**
 * The chat tools' implementation, for both surfaces: a model's input checked with
 * the zod schemas, then the one function of each tool. The list is toolList.ts.
 */
import type * as Templates from '../templates/index';
import { describeClient } from './describeClient';
import { describeClients } from './describeClients';
import { draftTool } from './draftTool';
import { RecordPlan, planRecord } from './recordTool';
import { ToolContext, ToolOutcome } from './toolContext';
import { inputProblems, toolInputs } from './toolInputs';
import type { ToolName } from './toolList';

/** Runs a read tool on an untrusted input: a bad input is an error in plain words, never an exception. */
export function runReadTool(name: ToolName, raw: unknown, context: ToolContext, templates: () => typeof Templates, uiLanguage = 'en'): ToolOutcome {
  const inputs = toolInputs();
  switch (name) {
    case 'clientHealth_clients': {
      const parsed = inputs.clients.safeParse(raw ?? {});
      return parsed.success ? describeClients(context, parsed.data) : { error: inputProblems(parsed.error, raw, 'clients') };
    }
    case 'clientHealth_client': {
      const parsed = inputs.client.safeParse(raw);
      return parsed.success ? describeClient(context, parsed.data) : { error: inputProblems(parsed.error, raw, 'client') };
    }
    case 'clientHealth_draft': {
      const parsed = inputs.draft.safeParse(raw);
      return parsed.success ? draftTool(context, parsed.data, templates(), uiLanguage) : { error: inputProblems(parsed.error, raw, 'draft') };
    }
    case 'clientHealth_record':
      return { error: 'clientHealth_record writes: use planRecordTool.' };
  }
}

/** The record tool's operation and confirmation for an untrusted input, or why there is none. */
export function planRecordTool(raw: unknown, context: ToolContext): RecordPlan {
  const parsed = toolInputs().record.safeParse(raw);
  return parsed.success ? planRecord(context, parsed.data) : { error: inputProblems(parsed.error, raw, 'record') };
}
