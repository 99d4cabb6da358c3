/**
 * One client's dashboard page: its webview panel, the model it is sent (the client file, saved or not, with the
 * statutory figures, the hours and the portfolio's notes), and the messages it sends back. DashboardPanels
 * (dashboardPanels.ts) opens, finds and restores them.
 */
import * as vscode from 'vscode';
import { localToday } from '../core/dates';
import { readSettings } from '../config';
import { ClientRef } from '../commands/resolveClient';
import { localize } from '../l10n';
import { journalKindLabel, levelLabel, money, requestTypeLabel, when } from '../presentation';
import { dashboardLabels } from './labels';
import { DashboardModel, FromWebview, PortfolioNotes, ToWebview, messages } from './protocol';
import type { DashboardSource } from './dashboardSource';
import { reportFailure } from '../ui/failures';
import { buildDashboardModel } from './viewModel';
import { statutoryFor } from './statutoryPanel';
import { hoursSection } from './hoursSection';
import { Disposable } from '../lifecycle';
import { withoutPaths } from '../log';
import { pageHtml, pageResourceRoots } from './pageHtml';
import type { DashboardPanels } from './dashboardPanels';

/** What a panel's page did, for whoever watches: the integration tests' panels (testMode/), nothing in production. */
export type PageReport =
  | { readonly kind: 'ready' }
  | { readonly kind: 'posted'; readonly message: ToWebview }
  | { readonly kind: 'rendered'; readonly rows: number; readonly bars: number }
  | { readonly kind: 'cspViolation'; readonly directive: string; readonly blocked: string };

export class DashboardPanel extends Disposable {
  private ready = false;
  /** An update could not be shown, and the user was told. */
  private reported = false;
  /** A CSP violation was logged: one line per panel says the page is broken; more would repeat it on every render. */
  private violationLogged = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly ref: ClientRef,
    private readonly manager: DashboardPanels,
    /** Where a client of a folder not open in this window is read from (the portfolio); the workspace's stores otherwise. */
    readonly source?: DashboardSource,
  ) {
    super();
    // Disposed last, after the listeners; the manager forgets the panel first.
    this.register(panel);
    this.register({ dispose: () => manager.forget(this) });
    if (source) {
      this.register(source);
      this.register(source.onDidChange(() => this.post()));
    }
    const { extensionUri } = manager;
    panel.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: pageResourceRoots(extensionUri),
    };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = html(panel.webview, extensionUri, manager.inTestMode);
    this.register(panel.webview.onDidReceiveMessage((raw) => this.receive(raw).catch(reportFailure(vscode.l10n.t('Client Dashboard')))));
    this.register(panel.onDidChangeViewState(() => panel.visible && this.ready && this.post()));
    this.register(panel.onDidDispose(() => this.dispose()));
    this.updateTitle();
  }

  /** What the page did; nothing to do with it in production. */
  protected observe(_report: PageReport): void {}

  /** Validates a message from the page; anything malformed is dropped. */
  async receive(raw: unknown): Promise<void> {
    const parsed = messages().FromWebviewSchema.safeParse(raw);
    if (!parsed.success) {
      return;
    }
    await this.handle(parsed.data);
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        this.observe({ kind: 'ready' });
        return;
      case 'command':
        // A page read from another folder's file runs nothing on this window's clients: its source decides.
        await (this.source ? this.source.run(message.command) : vscode.commands.executeCommand(message.command, this.ref));
        return;
      case 'rendered':
        this.observe({ kind: 'rendered', rows: message.rows, bars: message.bars });
        return;
      case 'cspViolation':
        this.logViolation(message.directive);
        this.observe({ kind: 'cspViolation', directive: message.directive, blocked: message.blocked });
        return;
      case 'dropped':
        this.reportUnshown(message.reason);
        return;
    }
  }

  /** The model of this client now, or undefined when it is gone. */
  model(): DashboardModel | undefined {
    if (this.source) {
      return this.source.model();
    }
    const store = this.manager.health.stores.present().find((s) => s.folder.uri.toString() === this.ref.folder);
    const file = store?.file;
    const health = store && this.manager.health.healthOf(store).find((h) => h.id === this.ref.clientId);
    if (!store || !file || !health) {
      return undefined;
    }
    const rules = readSettings(store.folder).rules;
    const today = localToday();
    const model = buildDashboardModel(
      file,
      health,
      today,
      { money, message: localize, level: levelLabel, when: (at) => when(at), requestType: requestTypeLabel, journalKind: journalKindLabel },
      rules.overdue.graceDays,
    );
    const statutory = statutoryFor(file, health.index, today, store.folder);
    const withHours = { ...model, hours: hoursSection(file, health.index, store, this.manager.hoursSources) };
    return statutory ? { ...withHours, statutory } : withHours;
  }

  post(): void {
    if (!this.ready || (this.source && !this.source.read)) {
      return; // a source posts once its file is read: "no longer in the client file" would be shown too early
    }
    const model = this.model();
    const labels = dashboardLabels();
    const notes = this.notes();
    const message: ToWebview = model ? { type: 'update', ref: this.ref, model, labels, ...(notes && { portfolio: notes }) } : { type: 'missing', ref: this.ref, labels };
    this.observe({ kind: 'posted', message });
    this.updateTitle(model);
    // The page parses with the same schema and would drop the whole update: say so rather than post it.
    const checked = messages().ToWebviewSchema.safeParse(message);
    if (!checked.success) {
      this.reportUnshown(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500));
      return;
    }
    this.reported = false;
    this.panel.webview.postMessage(message);
  }

  /** What the portfolio says on the page: the income share above half, and why a page of another folder is read-only. */
  private notes(): PortfolioNotes | undefined {
    const share = this.source ? this.source.share() : this.manager.portfolio?.share(this.ref);
    const readOnly = this.source?.readOnly;
    return share || readOnly ? { ...(share && { share }), ...(readOnly && { readOnly }) } : undefined;
  }

  /**
   * A violation means the page is broken (a resource it needs is blocked), or an injection was stopped.
   * The log gets its directive only: what was blocked may quote the page's text, the client's data.
   */
  private logViolation(directive: string): void {
    if (!this.violationLogged) {
      this.violationLogged = true;
      this.manager.log.warn(`A dashboard's Content-Security-Policy blocked a resource (${/^[a-z-]{1,40}$/.test(directive) ? directive : 'unknown directive'})`);
    }
  }

  /** Once until an update goes through again: a file being typed in would repeat it on every keystroke. */
  private reportUnshown(reason: string): void {
    if (!this.reported) {
      this.reported = true;
      // The reason names fields and limits (zod's issues), not their values.
      this.manager.log.warn(`A dashboard could not show the latest data of its client file: ${withoutPaths(reason)}`);
      vscode.window.showErrorMessage(vscode.l10n.t('The dashboard of the client "{0}" cannot show the latest data of the client file and may show older figures: {1}', this.ref.clientId, reason));
    }
  }

  private updateTitle(model = this.ready ? this.model() : undefined): void {
    const name = model?.header.name ?? this.manager.health.all().find((e) => e.store.folder.uri.toString() === this.ref.folder && e.health.id === this.ref.clientId)?.health.name;
    this.panel.title = name ? vscode.l10n.t('Dashboard: {0}', name) : vscode.l10n.t('Client Dashboard');
  }
}

function html(webview: vscode.Webview, extensionUri: vscode.Uri, reportRenders: boolean): string {
  return pageHtml(webview, extensionUri, { page: 'client', styles: ['dashboard.css'], title: vscode.l10n.t('Client Dashboard'), reportRenders });
}
