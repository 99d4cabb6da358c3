/**
 * client-health mcp [FILE...] [--allow-writes]: the chat tools over MCP on
 * standard input/output, for any agent outside VS Code. The same tools as the
 * extension's (src/core/tools); the client files are read again for every call,
 * so an answer is never older than the file. Recording is offered only with
 * --allow-writes, and then planned, validated and written the same safe way:
 * nothing written to a file that does not validate, comments kept, the file
 * replaced whole by a rename so a reader never sees half of it (atomicWrite.ts).
 */
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { readClientFile } from '../core/clientFile';
import { DayNumber, localToday } from '../core/dates';
import { planEdit } from '../core/edits/plan';
import { evaluate } from '../core/health/evaluate';
import { Rules } from '../core/health/rules';
import { mergeRates, RateEntry } from '../core/law';
import { LineIndex } from '../core/lineIndex';
import { formatMessage } from '../core/messages';
import * as templates from '../core/templates/index';
import { inputJsonSchema } from '../core/tools/contribution';
import { distinctFolderNames, ToolContext, ToolSource } from '../core/tools/toolContext';
import { TOOLS, toolNamed } from '../core/tools/toolList';
import { planRecordTool, runReadTool } from '../core/tools/tools';
import { replaceIfUnchanged } from './atomicWrite';
import { maxBytesOption, maxBytesUsage, readInput } from './readInput';
import { readRuleSettings } from './settings';

export interface McpOptions {
  readonly files: readonly string[];
  readonly allowWrites: boolean;
  readonly today: () => DayNumber;
  readonly rules: Rules;
  /** The reference rates of the drafts' statutory figures: the shipped ones with the settings' added. */
  readonly rates?: readonly RateEntry[];
  readonly maxBytes: number;
  readonly version: string;
}

interface Loaded {
  readonly context: ToolContext;
  /** Files that could not be used, each with its first problem, said in every answer. */
  readonly problems: readonly string[];
  readonly texts: ReadonlyMap<string, { readonly path: string; readonly text: string; readonly bytes: Uint8Array }>;
}

/** The folder a client file belongs to: the one holding `.freelance/`, else the file's own. */
function folderOf(path: string): string {
  const dir = dirname(resolve(path));
  return basename(basename(dir) === '.freelance' ? dirname(dir) : dir);
}

function load(options: McpOptions): Loaded {
  const sources: ToolSource[] = [];
  const problems: string[] = [];
  const texts = new Map<string, { path: string; text: string; bytes: Uint8Array }>();
  const folders = distinctFolderNames(options.files.map(folderOf));
  for (const [at, path] of options.files.entries()) {
    const input = readInput(path, options.maxBytes);
    if (input.text === undefined) {
      problems.push(`${path}: ${input.reason ?? (input.problem ? formatMessage(input.problem.message) : 'not read')}`);
      continue;
    }
    const read = readClientFile(input.text);
    if (!read.file) {
      const first = read.problems.find((p) => p.severity === 'error') ?? read.problems[0];
      problems.push(`${path}:${(first?.start.line ?? 0) + 1}: ${first ? formatMessage(first.message) : 'not valid'}`);
      continue;
    }
    const lines = new LineIndex(input.text);
    const folder = folders[at];
    sources.push({
      folder,
      label: path,
      file: read.file,
      health: evaluate(read.file, options.today(), options.rules),
      lineOf: (entry) => lines.positionAt(read.locate([entry])[0].offset).line + 1,
    });
    texts.set(folder, { path, text: input.text, bytes: input.bytes });
  }
  const rates = options.rates;
  return { context: { sources, today: options.today(), rules: options.rules, ...(rates ? { referenceRates: () => rates } : {}) }, problems, texts };
}


type CallResult = { content: { type: 'text'; text: string }[]; isError?: boolean };
const answer = (text: string, isError = false): CallResult => ({ content: [{ type: 'text', text }], ...(isError ? { isError } : {}) });

/** One tool call: a bad input, an unknown tool or a refused write is an error result, never a thrown exception. */
export function callTool(options: McpOptions, name: string, input: unknown): CallResult {
  const tool = toolNamed(name);
  if (!tool || (tool.writes && !options.allowWrites)) {
    return answer(`No tool named "${name}".${tool ? ' Recording is offered only when the server is started with --allow-writes.' : ''}`, true);
  }
  const loaded = load(options);
  const notes = loaded.problems.length > 0 ? `\n\nNot read: ${loaded.problems.join('; ')}` : '';
  if (!tool.writes) {
    const outcome = runReadTool(tool.name, input, loaded.context, () => templates);
    return outcome.error === undefined ? answer(outcome.text + notes) : answer(outcome.error + notes, true);
  }
  const plan = planRecordTool(input, loaded.context);
  if (plan.error !== undefined) {
    return answer(plan.error, true);
  }
  const target = loaded.texts.get(plan.folder);
  if (!target) {
    return answer(`The client file of ${plan.folder} could not be read; nothing was written.`, true);
  }
  const edit = planEdit(target.text, plan.op);
  if (!edit.ok) {
    return answer(`Nothing was written: the change was refused (${edit.refusal.kind}).`, true);
  }
  const failed = replaceIfUnchanged(target.path, target.bytes, edit.after);
  return failed === undefined ? answer(formatMessage(plan.done)) : answer(`Nothing was written: ${failed}.`, true);
}

export async function serveMcp(options: McpOptions): Promise<void> {
  const server = new Server({ name: 'client-health', version: options.version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: TOOLS.filter((t) => !t.writes || options.allowWrites).map((t) => ({
      name: t.name,
      title: t.displayName,
      description: t.modelDescription,
      inputSchema: inputJsonSchema(t.input) as { type: 'object'; [key: string]: unknown },
      annotations: { readOnlyHint: !t.writes, destructiveHint: false, openWorldHint: false },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    try {
      return callTool(options, request.params.name, request.params.arguments);
    } catch (error) {
      return answer(`The tool failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  });
  await server.connect(new StdioServerTransport());
}

export const MCP_USAGE = `Usage: client-health mcp [FILE...] [--allow-writes] [--settings FILE] [--max-size-mb N]

Serves Client Health's chat tools over MCP on standard input and output.
FILE: client files (default: .freelance/clients.json), read again for every call.
  --allow-writes   offer clientHealth_record (payments, invoices, requests, journal
                   entries, hours); without it the server only reads
  --settings FILE  take clientHealth.rules.* and clientHealth.lateFees.referenceRates
                   from this VS Code settings.json
  --max-size-mb N  refuse a client file larger than N MB, 1 to 100 (default: 20)`;

/** Parses the mcp command's arguments and serves until the client closes standard input. 2 on wrong usage. */
export async function mcpMain(argv: readonly string[], err: (line: string) => void, version: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { 'allow-writes': { type: 'boolean' }, settings: { type: 'string' }, 'max-size-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    MCP_USAGE.split('\n').forEach((line) => err(line));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    MCP_USAGE.split('\n').forEach((line) => err(line));
    return 0;
  }
  const maxBytes = maxBytesOption(values['max-size-mb']);
  if (maxBytes === undefined) {
    err(`${maxBytesUsage}; got "${values['max-size-mb']}".`);
    return 2;
  }
  // Standard output carries the protocol: every warning goes to standard error.
  const settings = readRuleSettings(values.settings ?? join('.vscode', 'settings.json'), values.settings !== undefined);
  settings.warnings.forEach((warning) => err(warning));
  const files = positionals.slice(1);
  await serveMcp({
    files: files.length > 0 ? files : ['.freelance/clients.json'],
    allowWrites: values['allow-writes'] === true,
    today: () => localToday(),
    rules: settings.rules,
    rates: mergeRates(settings.referenceRates),
    maxBytes,
    version,
  });
  return 0;
}
