/**
 * The portfolio page (in dist/portfolio.js): one webview panel beside the client dashboards, opened from the
 * Portfolio view's title bar, showing the index's clients side by side (portfolioViewModel.ts). Same page HTML,
 * CSP and nonce as the client dashboard (pageHtml.ts); messages both ways checked with portfolioProtocol.ts.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { localToday } from '../core/dates';
import { formatArg, pluralMsg, quantity } from '../core/messages';
import { pageHtml, pageResourceRoots } from '../dashboard/pageHtml';
import { FromPortfolioPage, ToPortfolioPage, portfolioMessages } from '../dashboard/portfolioProtocol';
import { PortfolioFormatters, buildPortfolioPage } from '../dashboard/portfolioViewModel';
import { localize } from '../l10n';
import { Disposable } from '../lifecycle';
import { withoutPaths } from '../log';
import { money } from '../presentation';
import { reportFailure } from '../ui/failures';
import type { PortfolioService } from './portfolioService';

import { PORTFOLIO_PAGE_VIEW_TYPE } from './portfolioPageCommand';

/** The one portfolio page of the window: opened, revealed, or restored after a reload. */
export class PortfolioPages extends Disposable {
  private page: PortfolioPage | undefined;

  constructor(
    private readonly service: PortfolioService,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly reportRenders: boolean,
  ) {
    super();
    this.register({ dispose: () => this.page?.dispose() });
  }

  open(): PortfolioPage {
    if (this.page && !this.page.isDisposed) {
      this.page.panel.reveal();
      return this.page;
    }
    const panel = vscode.window.createWebviewPanel(PORTFOLIO_PAGE_VIEW_TYPE, vscode.l10n.t('Portfolio Dashboard'), vscode.ViewColumn.Active, { enableScripts: true, enableFindWidget: true });
    return this.adopt(panel);
  }

  adopt(panel: vscode.WebviewPanel): PortfolioPage {
    this.page?.dispose();
    this.page = new PortfolioPage(panel, this.service, this.extensionUri, this.log, this.reportRenders);
    return this.page;
  }
}

export class PortfolioPage extends Disposable {
  private ready = false;
  private reported = false;
  private violationLogged = false;
  /** For the integration tests (ExtensionMode.Test): the last message posted, and what the page said it drew. */
  lastPosted: ToPortfolioPage | undefined;
  lastRendered: { charts: number; segments: number; rateRows: number } | undefined;
  readonly cspViolations: string[] = [];
  private readonly renderedEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly service: PortfolioService,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    reportRenders: boolean,
  ) {
    super();
    this.register(panel);
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: pageResourceRoots(extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.title = vscode.l10n.t('Portfolio Dashboard');
    panel.webview.html = pageHtml(panel.webview, extensionUri, { page: 'portfolio', styles: ['dashboard.css', 'portfolio.css'], title: vscode.l10n.t('Portfolio Dashboard'), reportRenders });
    this.register(panel.webview.onDidReceiveMessage((raw) => this.receive(raw)));
    this.register(panel.onDidChangeViewState(() => panel.visible && this.post()));
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(service.onDidChange(() => this.post()));
  }

  receive(raw: unknown): void {
    const parsed = portfolioMessages().FromPortfolioPageSchema.safeParse(raw);
    if (parsed.success) {
      this.handle(parsed.data);
    }
  }

  private handle(message: FromPortfolioPage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'rendered':
        this.lastRendered = { charts: message.charts, segments: message.segments, rateRows: message.rateRows };
        this.renderedEmitter.fire();
        return;
      case 'cspViolation':
        // For the integration tests, which read them; bounded, since a page could send any number.
        if (this.cspViolations.length < 20) {
          this.cspViolations.push(`${message.directive} ${message.blocked}`);
        }
        if (!this.violationLogged) {
          this.violationLogged = true;
          this.log.warn(`The portfolio page's Content-Security-Policy blocked a resource (${/^[a-z-]{1,40}$/.test(message.directive) ? message.directive : 'unknown directive'})`);
        }
        return;
      case 'dropped':
        this.reportUnshown(message.reason);
        return;
    }
  }

  post(): void {
    if (!this.ready || !this.panel.visible) {
      return; // a hidden page is brought up to date when it shows again
    }
    const rules = readSettings().rules;
    const model = buildPortfolioPage(this.service.index, localToday(), formatters(), rules.lowRate.windowDays);
    const message: ToPortfolioPage = { type: 'update', model, labels: portfolioPageLabels(model.clients) };
    this.lastPosted = message;
    const checked = portfolioMessages().ToPortfolioPageSchema.safeParse(message);
    if (!checked.success) {
      this.reportUnshown(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500));
      return;
    }
    this.reported = false;
    this.panel.webview.postMessage(message).then(undefined, reportFailure(vscode.l10n.t('Portfolio Dashboard')));
  }

  private reportUnshown(reason: string): void {
    if (!this.reported) {
      this.reported = true;
      this.log.warn(`The portfolio page could not show the latest figures: ${withoutPaths(reason)}`);
      vscode.window.showErrorMessage(vscode.l10n.t('The portfolio page cannot show the latest figures of the index and may show older ones: {0}', reason));
    }
  }
}

function formatters(): PortfolioFormatters {
  const language = vscode.env.language;
  let months: Intl.DateTimeFormat;
  try {
    months = new Intl.DateTimeFormat(language, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  } catch {
    months = new Intl.DateTimeFormat('en', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  }
  return {
    money,
    message: localize,
    month: (month) => months.format(new Date(`${month}-01T00:00:00Z`)),
    hours: (hours) => String(formatArg(quantity(hours, 'hour'), language)),
    folder: (folder) => path.basename(folder) || folder,
  };
}

/** The page's texts, translated here and posted with the figures. */
export function portfolioPageLabels(clients: number): Record<string, string> {
  return {
    title: vscode.l10n.t('Portfolio'),
    clients: localize(pluralMsg(clients, { one: '{0} client, from every folder of the portfolio read as it is now', other: '{0} clients, from every folder of the portfolio read as it is now' }, clients)),
    empty: vscode.l10n.t('The portfolio is empty: Add Folders to Portfolio in the Portfolio view adds the client files of other repositories.'),
    legend: vscode.l10n.t('Legend'),
    invoicing: vscode.l10n.t('Invoicing per client, last 12 months'),
    invoicingNote: vscode.l10n.t('Invoices by the month they were issued in, one chart per currency: amounts in different currencies are never added.'),
    invoicingIn: vscode.l10n.t('{0}: {1} over the last 12 months'),
    invoicingEmpty: vscode.l10n.t('Nothing was invoiced over the last 12 months.'),
    aging: vscode.l10n.t('Overdue balance by days past due'),
    agingIn: vscode.l10n.t('{0}: {1} overdue'),
    agingEmpty: vscode.l10n.t('Nothing is overdue.'),
    'legend.recent': vscode.l10n.t('Up to 90 days past due'),
    'legend.old': vscode.l10n.t('More than 90 days past due'),
    unaged: vscode.l10n.t('Of which {0} is from folders read before the index kept its age: Refresh Portfolio sorts it by days past due.'),
    rates: vscode.l10n.t('Clients by effective rate'),
    ratesIn: vscode.l10n.t('In {0}'),
    ratesEmpty: vscode.l10n.t('No client has hours logged yet.'),
    rank: vscode.l10n.t('Rank'),
    client: vscode.l10n.t('Client'),
    folder: vscode.l10n.t('Folder'),
    rate: vscode.l10n.t('Per hour'),
    hours: vscode.l10n.t('Hours'),
  };
}
