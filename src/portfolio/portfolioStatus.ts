/** The status bar's words for the portfolio's client most at risk (in dist/portfolio.js; statusBar.ts shows them). */
import * as vscode from 'vscode';
import { Views } from '../commandIds';
import { PortfolioIndex } from '../core/portfolio/indexFile';
import { localize } from '../l10n';
import { escapeMarkdown, levelCodicon, levelLabel } from '../presentation';
import { worstOf } from './workspaceIndex';

export interface PortfolioStatus {
  readonly text: string;
  readonly tooltip: vscode.MarkdownString;
  readonly label: string;
  readonly partWays: boolean;
  readonly command: vscode.Command;
}

export function portfolioStatus(index: PortfolioIndex): PortfolioStatus | undefined {
  const worst = worstOf(index);
  if (!worst) {
    return undefined;
  }
  const { summary, folder } = worst;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(summary.name)}**: ${escapeMarkdown(vscode.l10n.t('{0}, score {1}/100', levelLabel(summary.level), summary.score))}\n\n`);
  md.appendMarkdown(escapeMarkdown(vscode.l10n.t('The client most at risk in the portfolio, in {0}', folder)));
  for (const signal of summary.signals) {
    md.appendMarkdown(`\n- ${signal.severity === 'critical' ? '$(error)' : '$(warning)'} ${escapeMarkdown(localize(signal.message))}`);
  }
  md.supportThemeIcons = true;
  return {
    text: `$(${levelCodicon(summary.level)}) ${summary.name}: ${levelLabel(summary.level)}`,
    tooltip: md,
    label: vscode.l10n.t('Client Health: the client most at risk in the portfolio is {0} ({1})', summary.name, levelLabel(summary.level)),
    partWays: summary.level === 'partWays',
    command: { command: `${Views.portfolio}.focus`, title: vscode.l10n.t('Show Portfolio') },
  };
}
