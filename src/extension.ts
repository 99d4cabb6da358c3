/** Composition root: builds the services and views, and registers every disposable. */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import { createClientFile } from './commands/createClientFile';
import { DashboardPanels } from './dashboard/dashboardPanels';
import { openClientFile } from './commands/openClientFile';
import { registerDraftingCommands } from './commands/drafting/register';
import { registerRecordingCommands } from './commands/recording/register';
import { TrackedFileWarning } from './git/trackedWarning';
import { HealthModel } from './health/healthModel';
import { SignalDiagnostics } from './health/signalDiagnostics';
import { HealthStatusBar } from './statusBar';
import { WorkspaceStores } from './store/workspaceStores';
import { ClientsTreeProvider } from './tree/clientsTree';
import { TreeNode } from './tree/nodes';
import { Prompts, prompts } from './ui/prompts';

export interface ClientHealthApi {
  readonly stores: WorkspaceStores;
  readonly health: HealthModel;
  readonly tree: ClientsTreeProvider;
  readonly statusBar: HealthStatusBar;
  /** Resolves once every folder's client file has been read. */
  readonly ready: Promise<void>;
  /** Where the commands ask their questions; the integration suite scripts answers here. */
  readonly prompts: Prompts;
  /** The client dashboards (webview panels). */
  readonly dashboard: DashboardPanels;
}

export function activate(context: vscode.ExtensionContext): ClientHealthApi {
  const stores = new WorkspaceStores();
  const health = new HealthModel(stores);
  const tree = new ClientsTreeProvider(health);
  const statusBar = new HealthStatusBar(health);
  const tracked = new TrackedFileWarning(stores);
  const signalDiagnostics = new SignalDiagnostics(health);
  const dashboard = new DashboardPanels(context.extensionUri, health);
  context.subscriptions.push(
    stores,
    health,
    tree,
    statusBar,
    tracked,
    signalDiagnostics,
    dashboard,
    vscode.commands.registerCommand(Commands.createClientFile, (folder?: unknown) => createClientFile(stores, asWorkspaceFolder(folder))),
    vscode.commands.registerCommand(Commands.openClientFile, (node?: TreeNode) => openClientFile(stores, node)),
    vscode.commands.registerCommand(Commands.refresh, () => stores.refreshAll()),
    ...registerRecordingCommands(stores),
    ...registerDraftingCommands(stores, health),
  );
  const ready = stores.sync();
  return { stores, health, tree, statusBar, ready, prompts, dashboard };
}

/** Menus and the welcome button pass other arguments (or none); only a folder picks the target. */
function asWorkspaceFolder(value: unknown): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f === value || f.uri.toString() === (value as vscode.WorkspaceFolder | undefined)?.uri?.toString());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
