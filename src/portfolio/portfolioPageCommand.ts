/**
 * Opens the portfolio page (Portfolio view's title bar) and restores it after a reload. Registered at activation,
 * as VS Code asks; the page's code is in dist/portfolio.js (portfolioPage.ts), loaded just after activation.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import type { PortfolioPages } from './portfolioPage';
import type { PortfolioService } from './portfolioService';

export const PORTFOLIO_PAGE_VIEW_TYPE = 'clientHealth.portfolioDashboard';

/** `testMode`: ExtensionMode.Test, where the page reports its renders and the command returns it to the test. */
export function registerPortfolioPage(service: PortfolioService, extensionUri: vscode.Uri, log: vscode.LogOutputChannel, testMode: boolean): vscode.Disposable[] {
  let pages: PortfolioPages | undefined;
  const get = async () => (pages ??= new (await service.loaded).PortfolioPages(service, extensionUri, log, testMode));
  return [
    vscode.commands.registerCommand(Commands.openPortfolioDashboard, async () => {
      const page = (await get()).open();
      return testMode ? page : undefined;
    }),
    vscode.window.registerWebviewPanelSerializer(PORTFOLIO_PAGE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        (await get()).adopt(panel);
      },
    }),
    { dispose: () => pages?.dispose() },
  ];
}
