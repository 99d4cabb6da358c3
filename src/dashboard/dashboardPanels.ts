/**
 * The client dashboards: one page per client (dashboardPanel.ts), opened from a tree node, a ClientRef or a
 * prompt, found again when asked twice, restored after a reload by a serializer.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { ClientRef, isClientRef, resolveClient } from '../commands/resolveClient';
import { HealthModel } from '../store/healthModel';
import type { DashboardPortfolio, DashboardSource } from './dashboardSource';
import { HoursSources } from './hoursSection';
import { Disposable } from '../lifecycle';
import { Log } from '../log';
import { DashboardPanel } from './dashboardPanel';
import { messages } from './protocol';

export type { PageReport } from './dashboardPanel';
export { DashboardPanel } from './dashboardPanel';

export const DASHBOARD_VIEW_TYPE = 'clientHealth.dashboard';

/**
 * Given in ExtensionMode.Test only: panels made by `createPanel` (which watch their page), pages that
 * report each render, and Open Dashboard returning its panel to the test that ran it.
 */
export interface DashboardTestMode {
  createPanel(panel: vscode.WebviewPanel, ref: ClientRef, manager: DashboardPanels, source?: DashboardSource): DashboardPanel;
}

export class DashboardPanels extends Disposable implements vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, DashboardPanel>();
  private portfolioPart: DashboardPortfolio | undefined;
  private portfolioGiven: () => void = () => undefined;
  /** A page of another folder restored after a reload waits for the portfolio (loaded just after activation). */
  private readonly portfolioReady = new Promise<void>((resolve) => (this.portfolioGiven = resolve));
  /** Git's and the editor's hours for the Hours section (set by extension.ts); without them it shows logged hours. */
  hoursSources: HoursSources | undefined;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly health: HealthModel,
    readonly log: Log,
    private readonly testMode?: DashboardTestMode,
  ) {
    super();
    this.register(health.onDidChange(() => this.panels.forEach((p) => p.post())));
    this.register(vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, this));
    // The panel is an internal object: only a test gets it back from the command.
    this.register(vscode.commands.registerCommand(Commands.openDashboard, async (arg?: unknown) => {
      const panel = await this.openFor(arg);
      return this.testMode ? panel : undefined;
    }));
    this.register({ dispose: () => [...this.panels.values()].forEach((p) => p.dispose()) });
  }

  /** The portfolio's part of the pages (dist/portfolio.js, given once loaded): shares, and clients of other folders. */
  get portfolio(): DashboardPortfolio | undefined {
    return this.portfolioPart;
  }

  /** Redraws the open pages of a folder's clients (its URI), or of every folder: their Hours section read new editor time. */
  redrawFolder(folder: string | undefined): void {
    this.panels.forEach((p) => (folder === undefined || p.ref.folder === folder) && p.post());
  }

  usePortfolio(portfolio: DashboardPortfolio): vscode.Disposable {
    this.portfolioPart = portfolio;
    this.portfolioGiven();
    return portfolio.onDidChange(() => this.panels.forEach((p) => p.post()));
  }

  get inTestMode(): boolean {
    return this.testMode !== undefined;
  }

  /** Opens (or reveals) the dashboard of the client a tree node or ClientRef names; asks when it is not given. */
  async openFor(arg?: unknown): Promise<DashboardPanel | undefined> {
    const ref = (await this.refOf(arg)) ?? undefined;
    return ref ? this.open(ref) : undefined;
  }

  open(ref: ClientRef): DashboardPanel {
    const existing = this.panels.get(key(ref));
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, vscode.l10n.t('Client Dashboard'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
    });
    return this.adopt(panel, ref);
  }

  forget(panel: DashboardPanel): void {
    if (this.panels.get(key(panel.ref)) === panel) {
      this.panels.delete(key(panel.ref));
    }
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const parsed = messages().WebviewStateSchema.safeParse(state);
    if (!parsed.success) {
      panel.dispose();
      return;
    }
    if (!isOpenFolder(parsed.data.ref)) {
      await Promise.race([this.portfolioReady, new Promise((resolve) => setTimeout(resolve, PORTFOLIO_WAIT_MS))]);
    }
    this.adopt(panel, parsed.data.ref);
  }

  private adopt(panel: vscode.WebviewPanel, ref: ClientRef): DashboardPanel {
    this.panels.get(key(ref))?.dispose();
    const copy: ClientRef = { kind: 'clientRef', folder: ref.folder, clientId: ref.clientId };
    // A folder not open in this window: the portfolio reads its file (after a reload too, from the saved ref).
    const source = isOpenFolder(ref) ? undefined : this.portfolioPart?.source(copy);
    const dashboard = this.testMode?.createPanel(panel, copy, this, source) ?? new DashboardPanel(panel, copy, this, source);
    this.panels.set(key(ref), dashboard);
    return dashboard;
  }

  private async refOf(arg: unknown): Promise<ClientRef | undefined> {
    if (isClientRef(arg)) {
      // A panel can stand for a client that is gone or not yet there: it says so itself.
      return { kind: 'clientRef', folder: arg.folder, clientId: arg.clientId };
    }
    const target = await resolveClient(this.health.stores, arg, 'read', vscode.l10n.t('Open Dashboard'));
    return target && { kind: 'clientRef', folder: target.store.folder.uri.toString(), clientId: target.clientId };
  }

}

/** Past this, a restored page of another folder shows what the workspace knows of it (nothing): the portfolio failed to load. */
const PORTFOLIO_WAIT_MS = 10_000;

function isOpenFolder(ref: ClientRef): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.toString() === ref.folder);
}

function key(ref: ClientRef): string {
  return `${ref.folder}\u0000${ref.clientId}`;
}
