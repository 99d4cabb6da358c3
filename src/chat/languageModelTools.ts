/**
 * The chat tools in VS Code: each registered with vscode.lm.registerTool over
 * the one implementation in src/core/tools. The read tools work in Restricted
 * Mode; the record tool asks the user to confirm the exact change, refuses in
 * Restricted Mode, and writes through the same safe edit path as the commands.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { localToday } from '../core/dates';
import { LineIndex } from '../core/lineIndex';
import { distinctFolderNames, OtherFolder, ToolContext, ToolSource } from '../core/tools/toolContext';
import { TOOL_NAMES, ToolName, WRITING_TOOL } from '../core/tools/toolNames';
import { tools } from './toolsModule';
import { Disposable } from '../lifecycle';
import { Log, describeError, withoutPaths } from '../log';
import { escapeMarkdown } from '../presentation';
import { writeOperation } from '../store/clientFileEditor';
import { HealthModel } from '../store/healthModel';
import { templates } from '../commands/drafting/templates';
import { referenceRates } from '../commands/drafting/referenceRates';
import { formatMessage } from '../core/messages';
import { localize } from '../l10n';
import type { PortfolioService } from '../portfolio/portfolioService';

const result = (text: string) => new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);

export class LanguageModelTools extends Disposable {
  /** Each tool as registered: the integration suite calls prepareInvocation, which invokeTool outside a chat does not show. */
  readonly registered = new Map<ToolName, vscode.LanguageModelTool<unknown>>();

  constructor(
    private readonly health: HealthModel,
    private readonly log: Log,
    private readonly portfolio?: PortfolioService,
  ) {
    super();
    for (const name of TOOL_NAMES) {
      const tool = name === WRITING_TOOL ? this.recordTool() : this.readTool(name);
      this.registered.set(name, tool);
      this.register(vscode.lm.registerTool(name, tool));
    }
  }

  /** Every client file of the workspace as the tools read it: the valid version, else the last valid one. */
  private context(): ToolContext {
    const sources: ToolSource[] = [];
    const stores = this.health.stores.present();
    const folders = distinctFolderNames(stores.map((s) => s.folder.name));
    for (const [at, store] of stores.entries()) {
      const state = store.state;
      const file = store.file;
      if (!file) {
        continue;
      }
      const lines = state.kind === 'valid' ? new LineIndex(state.text) : undefined;
      sources.push({
        folder: folders[at],
        label: vscode.workspace.asRelativePath(store.uri, true),
        file,
        health: this.health.healthOf(store),
        lineOf: (path) => (state.kind === 'valid' && lines ? lines.positionAt(state.read.locate([path])[0].offset).line + 1 : undefined),
        lastValid: state.kind !== 'valid',
        // Each folder's own settings, as the commands draft for it.
        rules: readSettings(store.folder).rules,
        referenceRates: () => referenceRates(store.folder),
      });
    }
    return { sources, others: this.otherFolders(), today: localToday(), rules: readSettings().rules, referenceRates: () => referenceRates(undefined) };
  }

  /** The portfolio's folders not open in this window, as its index summarised them (docs/portfolio.md). */
  private otherFolders(): OtherFolder[] {
    if (!this.portfolio || !readSettings().portfolio.enabled) {
      return [];
    }
    const open = this.portfolio.workspaceFolders();
    return this.portfolio.index.folders
      .filter((entry) => !open.has(entry.folder))
      .map((entry) => ({ folder: path.basename(entry.folder) || entry.folder, state: entry.state, clients: entry.clients }));
  }

  private readTool(name: ToolName): vscode.LanguageModelTool<unknown> {
    return {
      invoke: (options) =>
        this.guarded(name, () => {
          const outcome = tools().runReadTool(name, options.input, this.context(), templates, vscode.env.language);
          if (outcome.error !== undefined) {
            this.log.info(`Chat tool ${name}: input refused`);
          }
          return result(outcome.error === undefined ? outcome.text : `Error: ${outcome.error}`);
        }),
    };
  }

  /**
   * A tool's work, with no exception escaping to the chat: a failure is logged (paths left out, as every
   * failure is) and the model gets an error result in plain words, as the MCP server answers.
   */
  private async guarded(name: ToolName, work: () => vscode.LanguageModelToolResult | Promise<vscode.LanguageModelToolResult>): Promise<vscode.LanguageModelToolResult> {
    try {
      return await work();
    } catch (error) {
      this.log.error(`Chat tool ${name} failed: ${describeError(error)}`);
      return result(
        `Error: the tool failed (${error instanceof Error ? withoutPaths(error.message) : 'unexpected error'}); nothing was written. The Client Health log (Client Health: Show Log) has the details.`,
      );
    }
  }

  /**
   * The record tool. `trusted` is VS Code's workspace trust; the integration suite, which runs trusted, passes
   * its own to see the refusal Restricted Mode gets, and its own `write` to see a refused or failed write reach the model.
   */
  recordTool(trusted: () => boolean = () => vscode.workspace.isTrusted, write = writeOperation): vscode.LanguageModelTool<unknown> {
    return {
      prepareInvocation: (options) => {
        // Nothing to confirm: invoke refuses in Restricted Mode, and the user is told so before it runs.
        if (!trusted()) {
          return { invocationMessage: vscode.l10n.t('Client Health does not write in Restricted Mode: this will be refused, and nothing written') };
        }
        const plan = tools().planRecordTool(options.input, this.context());
        if (plan.error !== undefined) {
          // Still asked: invoke plans again, and a file changed meanwhile could make the same input writable.
          return {
            invocationMessage: vscode.l10n.t('Checking what to record'),
            confirmationMessages: {
              title: vscode.l10n.t('Record in the client file?'),
              message: new vscode.MarkdownString(
                escapeMarkdown(vscode.l10n.t('As the client file is now, this cannot be recorded: {0} If you continue, it is checked again, and written only if the file allows it then.', plan.error)),
              ),
            },
          };
        }
        return {
          invocationMessage: vscode.l10n.t('Recording in the client file'),
          // Markdown escaped: the chat renders the message as Markdown, and the summary and note are the model's text.
          confirmationMessages: { title: vscode.l10n.t('Record in the client file?'), message: new vscode.MarkdownString(escapeMarkdown(plan.confirmation.map(localize).join(' '))) },
        };
      },
      invoke: (options) =>
        this.guarded(WRITING_TOOL, async () => {
          if (!trusted()) {
            return result('Error: this workspace is in Restricted Mode, where Client Health does not let a chat tool write to the client file. The user can trust the workspace and ask again.');
          }
          // Planned again now: the file may have changed since the confirmation was shown.
          const context = this.context();
          const plan = tools().planRecordTool(options.input, context);
          if (plan.error !== undefined) {
            return result(`Error: ${plan.error}`);
          }
          const source = context.sources.find((s) => s.folder === plan.folder);
          const stores = this.health.stores.present();
          const store = stores[distinctFolderNames(stores.map((s) => s.folder.name)).indexOf(plan.folder)];
          if (!store || !source || source.lastValid) {
            return result('Error: the client file has a problem now; nothing was written. The user should fix it first (the Problems panel shows where).');
          }
          const refused = await write(store, plan.op, localize(plan.done));
          // The sentence the user was shown: each says what became of the change.
          return result(refused === undefined ? formatMessage(plan.done) : `Error: ${refused}`);
        }),
    };
  }
}
