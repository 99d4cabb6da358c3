/**
 * The chat tools' names and which of them writes: all the extension needs to
 * register them at activation (their words are in package.json, their code
 * loads on the first call).
 */
export type ToolName = 'clientHealth_clients' | 'clientHealth_client' | 'clientHealth_draft' | 'clientHealth_record';

export const TOOL_NAMES: readonly ToolName[] = ['clientHealth_clients', 'clientHealth_client', 'clientHealth_draft', 'clientHealth_record'];

/** The one tool that changes the client file: confirmed first, refused in Restricted Mode and by MCP without --allow-writes. */
export const WRITING_TOOL: ToolName = 'clientHealth_record';
