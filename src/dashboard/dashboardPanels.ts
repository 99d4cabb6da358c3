/**
 * The client dashboard: one webview panel per client, kept up to date with
 * the client file (saved or not), restored after a reload by a serializer.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { localToday } from '../core/dates';
import { readSettings } from '../config';
import { ClientRef, isClientRef, resolveClient } from '../commands/resolveClient';
import { HealthModel } from '../health/healthModel';
import { localize } from '../l10n';
import { journalKindLabel, levelLabel, money, requestTypeLabel, when } from '../presentation';
import { dashboardLabels } from './labels';
import { DashboardModel, FromWebview, ToWebview, messages } from './protocol';
import { buildDashboardModel } from './viewModel';

export const DASHBOARD_VIEW_TYPE = 'clientHealth.dashboard';


export class DashboardPanel implements vscode.Disposable {
  private ready = false;
  /** An update could not be shown, and the user was told. */
  private reported = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last data posted, for tests. */
  lastPosted: ToWebview | undefined;
  /** What the page last said it rendered, for tests. */
  lastRendered: { rows: number; bars: number } | undefined;
  readonly cspViolations: string[] = [];
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  private readonly renderedEmitter = new vscode.EventEmitter<void>();
  readonly onDidBecomeReady = this.readyEmitter.event;
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly ref: ClientRef,
    private readonly manager: DashboardPanels,
  ) {
    const { extensionUri } = manager;
    panel.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'dashboard')],
    };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = html(panel.webview, extensionUri);
    this.disposables.push(
      this.readyEmitter,
      this.renderedEmitter,
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      panel.onDidChangeViewState(() => panel.visible && this.ready && this.post()),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
  }

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
        this.readyEmitter.fire();
        return;
      case 'command':
        await vscode.commands.executeCommand(message.command, this.ref);
        return;
      case 'rendered':
        this.lastRendered = { rows: message.rows, bars: message.bars };
        this.renderedEmitter.fire();
        return;
      case 'cspViolation':
        this.cspViolations.push(`${message.directive} ${message.blocked}`);
        return;
      case 'dropped':
        this.reportUnshown(message.reason);
        return;
    }
  }

  /** The model of this client now, or undefined when it is gone. */
  model(): DashboardModel | undefined {
    const store = this.manager.health.stores.present().find((s) => s.folder.uri.toString() === this.ref.folder);
    const file = store?.file;
    const health = store && this.manager.health.healthOf(store).find((h) => h.id === this.ref.clientId);
    if (!store || !file || !health) {
      return undefined;
    }
    const rules = readSettings(store.folder).rules;
    return buildDashboardModel(
      file,
      health,
      localToday(),
      { money, message: localize, level: levelLabel, when: (at) => when(at), requestType: requestTypeLabel, journalKind: journalKindLabel },
      rules.overdue.graceDays,
    );
  }

  post(): void {
    if (!this.ready) {
      return;
    }
    const model = this.model();
    const labels = dashboardLabels();
    const message: ToWebview = model ? { type: 'update', ref: this.ref, model, labels } : { type: 'missing', ref: this.ref, labels };
    this.lastPosted = message;
    this.updateTitle(model);
    // The page parses with the same schema and would drop the whole update: say so rather than post it.
    const checked = messages().ToWebviewSchema.safeParse(message);
    if (!checked.success) {
      this.reportUnshown(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500));
      return;
    }
    this.reported = false;
    void this.panel.webview.postMessage(message);
  }

  /** Once until an update goes through again: a file being typed in would repeat it on every keystroke. */
  private reportUnshown(reason: string): void {
    if (!this.reported) {
      this.reported = true;
      void vscode.window.showErrorMessage(vscode.l10n.t('The dashboard of the client "{0}" cannot show the latest data of the client file and may show older figures: {1}', this.ref.clientId, reason));
    }
  }

  private updateTitle(model = this.ready ? this.model() : undefined): void {
    const name = model?.header.name ?? this.manager.health.all().find((e) => e.store.folder.uri.toString() === this.ref.folder && e.health.id === this.ref.clientId)?.health.name;
    this.panel.title = name ? vscode.l10n.t('Dashboard: {0}', name) : vscode.l10n.t('Client Dashboard');
  }

  dispose(): void {
    this.manager.forget(this);
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

export class DashboardPanels implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, DashboardPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly health: HealthModel,
  ) {
    this.disposables.push(
      health.onDidChange(() => this.panels.forEach((p) => p.post())),
      vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, this),
      vscode.commands.registerCommand(Commands.openDashboard, (arg?: unknown) => this.openFor(arg)),
    );
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

  /** Every open dashboard, for tests. */
  get open_(): readonly DashboardPanel[] {
    return [...this.panels.values()];
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
    this.adopt(panel, parsed.data.ref);
  }

  private adopt(panel: vscode.WebviewPanel, ref: ClientRef): DashboardPanel {
    this.panels.get(key(ref))?.dispose();
    const dashboard = new DashboardPanel(panel, { kind: 'clientRef', folder: ref.folder, clientId: ref.clientId }, this);
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

  dispose(): void {
    [...this.panels.values()].forEach((p) => p.dispose());
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function key(ref: ClientRef): string {
  return `${ref.folder}\u0000${ref.clientId}`;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let value = '';
  for (let i = 0; i < 32; i++) {
    value += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return value;
}

/**
 * The page: no client data in it (that arrives as posted data set with
 * textContent), scripts by nonce only, styles, images and fonts from the
 * extension's own resources.
 */
function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const n = nonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    // The toolkit (FAST) probes :focus-visible with a <style> element that carries the nonce of <meta property="csp-nonce">.
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta property="csp-nonce" content="${n}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'dashboard.css')}">
<script type="module" nonce="${n}" src="${asset('dist', 'dashboard', 'toolkit.min.js')}"></script>
<script defer nonce="${n}" src="${asset('dist', 'dashboard', 'webview.js')}"></script>
<title>${vscode.l10n.t('Client Dashboard')}</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
</body>
</html>`;
}
