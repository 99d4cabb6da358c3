/** Composition root: builds the services and views, and registers every disposable. */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import { createClientFile } from './commands/createClientFile';
import { DashboardPanels } from './dashboard/dashboardPanels';
import { openClientFile } from './commands/openClientFile';
import { registerDraftingCommands } from './commands/drafting/register';
import { registerRecordingCommands } from './commands/recording/register';
import { importInvoicesCommand } from './commands/importing/importInvoices';
import { TrackedFileWarning } from './git/trackedWarning';
import { GitEvidence } from './git/gitEvidence';
import { COMMIT_SCHEME, CommitDocuments, showCommit } from './git/commitDocuments';
import { logHoursFromGitCommand } from './commands/recording/logHoursFromGit';
import { EditorTime } from './editorTime/editorTime';
import { registerEditorTimeCommands } from './editorTime/editorTimeCommands';
import { LanguageModelTools } from './chat/languageModelTools';
import { HealthModel } from './store/healthModel';
import { SignalDiagnostics } from './problems/signalDiagnostics';
import { describeError } from './log';
import { HealthStatusBar, createStatusBarItem } from './statusBar';
import { WorkspaceStores } from './store/workspaceStores';
import { ClientHealthTestApi, testApi, testHooks } from './testMode/testApi';
import { ClientsTreeProvider } from './tree/clientsTree';
import { TreeNode } from './tree/nodes';
import { logFailuresTo } from './ui/failures';
import { prompts } from './ui/prompts';
import { mark } from './startupMarks';
import { PortfolioService, registerPortfolioCommands } from './portfolio/portfolioService';
import { registerPortfolioPage } from './portfolio/portfolioPageCommand';
import { PortfolioTreeProvider } from './tree/portfolioTree';

/** The integration suite's name for the test API. */
export type ClientHealthApi = ClientHealthTestApi;

/**
 * Returns the test API in ExtensionMode.Test (the integration suite), and nothing
 * otherwise: another extension gets no handle on the stores, prompts or panels.
 */
export function activate(context: vscode.ExtensionContext): ClientHealthTestApi | undefined {
  const log = vscode.window.createOutputChannel('Client Health', { log: true });
  context.subscriptions.push(log, logFailuresTo(log));
  const hooks = context.extensionMode === vscode.ExtensionMode.Test ? testHooks(prompts) : undefined;
  log.info(`Client Health ${String((context.extension.packageJSON as { version?: unknown }).version)} in VS Code ${vscode.version}, ${vscode.ExtensionMode[context.extensionMode]} mode`);
  const stores = new WorkspaceStores(log);
  mark('activate');
  // Reading starts first: the file's I/O runs while the views and the commands are set up, and nothing is
  // published before activate() returns (every read awaits), so the views below still see the first state.
  const ready = stores.sync();
  const health = new HealthModel(stores);
  const tree = new ClientsTreeProvider(health);
  // The index of every client file read, in global storage: outside every repository (docs/portfolio.md).
  const portfolio = new PortfolioService(context.globalStorageUri.fsPath, health, log);
  const portfolioTree = new PortfolioTreeProvider(portfolio);
  const statusBarItem = createStatusBarItem();
  const watchedItem = hooks?.watchStatusBarItem(statusBarItem);
  const statusBar = new HealthStatusBar(health, statusBarItem, portfolio);
  const tracked = new TrackedFileWarning(stores, log);
  const signalDiagnostics = new SignalDiagnostics(health);
  const dashboard = new DashboardPanels(context.extensionUri, health, log, hooks?.dashboards);
  const chatTools = new LanguageModelTools(health, log, portfolio);
  const gitEvidence = new GitEvidence(stores, context.workspaceState, log);
  health.useGitEvidence(gitEvidence);
  const editorTime = new EditorTime(stores, context.workspaceState, log);
  dashboard.hoursSources = { git: (store) => gitEvidence.evidenceFor(store), editor: (store) => editorTime.storedSecondsFor(store) };
  // Editor time changes no signal, so the health's own change does not redraw the pages that show it.
  const editorTimeShown = editorTime.onDidStore((folder) => dashboard.redrawFolder(folder));
  context.subscriptions.push(
    editorTimeShown,
    stores,
    health,
    tree,
    portfolio,
    portfolioTree,
    statusBar,
    tracked,
    signalDiagnostics,
    dashboard,
    chatTools,
    gitEvidence,
    editorTime,
    vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, new CommitDocuments(log)),
    vscode.commands.registerCommand(Commands.showCommit, (folder?: unknown, hash?: unknown) => showCommit(log, folder, hash)),
    vscode.commands.registerCommand(Commands.logHoursFromGit, (node?: unknown) => logHoursFromGitCommand(stores, gitEvidence, editorTime, node)),
    ...registerEditorTimeCommands(editorTime, prompts),
    vscode.commands.registerCommand(Commands.createClientFile, (folder?: unknown) => createClientFile(stores, asWorkspaceFolder(folder))),
    vscode.commands.registerCommand(Commands.openClientFile, (node?: TreeNode) => openClientFile(stores, node)),
    vscode.commands.registerCommand(Commands.refresh, async () => {
      await Promise.all([stores.refreshAll(), gitEvidence.refreshAll()]);
    }),
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
    ...registerRecordingCommands(stores),
    vscode.commands.registerCommand(Commands.importInvoices, (...args: unknown[]) => importInvoicesCommand(stores, ...args)),
    ...registerDraftingCommands(stores, health, { incomeCaution: (store, file, clientId) => portfolio.incomeCaution(store, file, clientId) }),
    ...registerPortfolioCommands(portfolio, prompts),
    ...registerPortfolioPage(portfolio, context.extensionUri, log, hooks !== undefined),
  );
  // Git starts once the first clients are shown: its read never delays them.
  ready.then(
    () => {
      mark('read');
      gitEvidence.start();
      editorTime.sync();
    },
    (error: unknown) => log.error(`Reading the client files failed: ${describeError(error)}`),
  );
  // The dashboard's portfolio part (shares, clients of other folders) comes with dist/portfolio.js, after activation.
  portfolio.loaded.then(
    (lib) => context.subscriptions.push(dashboard.usePortfolio(lib.dashboardPortfolio(portfolio, health, log))),
    (error: unknown) => log.error(`The portfolio's code could not be loaded: ${describeError(error)}`),
  );
  mark('activated');
  if (!hooks || !watchedItem) {
    return undefined;
  }
  const logFile = vscode.Uri.joinPath(context.logUri, 'Client Health.log');
  return testApi({ stores, health, tree, portfolio, portfolioTree, statusBar: watchedItem, ready, prompts, dashboard, logFile, chatTools, editorTime }, hooks);
}

/** Menus and the welcome button pass other arguments (or none); only a folder picks the target. */
function asWorkspaceFolder(value: unknown): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f === value || f.uri.toString() === (value as vscode.WorkspaceFolder | undefined)?.uri?.toString());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
