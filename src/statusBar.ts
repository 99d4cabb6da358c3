/**
 * One status bar item: the workspace's client and its level (the worst client
 * when there are several). The warning background only when it is time to
 * part ways; hidden when there is no client file.
 */
import * as vscode from 'vscode';
import { Commands, Views } from './commandIds';
import { levelRank } from './core/health/scoring';
import { ClientHealth } from './core/health/types';
import { HealthModel } from './store/healthModel';
import { pluralMsg } from './core/messages';
import { localize } from './l10n';
import { escapeMarkdown, levelCodicon, levelLabel, moneySummary } from './presentation';
import { commandLink, remedyFor } from './remedies';
import { ClientFileStore } from './store/clientFileStore';
import { Disposable } from './lifecycle';
import type { PortfolioStatus } from './portfolio/portfolioStatus';

/** The portfolio's client most at risk, shown when the workspace has no client file (portfolio/portfolioService.ts). */
export interface PortfolioWorst {
  readonly onDidChange: vscode.Event<void>;
  worst(): PortfolioStatus | undefined;
}

interface Entry {
  readonly store: ClientFileStore;
  readonly health: ClientHealth;
}

/** The item this status bar fills; created apart so that the integration tests can watch it (see testMode/). */
export function createStatusBarItem(): vscode.StatusBarItem {
  return vscode.window.createStatusBarItem('clientHealth.status', vscode.StatusBarAlignment.Left, 50);
}

export class HealthStatusBar extends Disposable {
  constructor(
    private readonly health: HealthModel,
    readonly item = createStatusBarItem(),
    private readonly portfolio?: PortfolioWorst,
  ) {
    super();
    this.register(item);
    this.item.name = vscode.l10n.t('Client Health status');
    this.item.command = { command: `${Views.clients}.focus`, title: vscode.l10n.t('Show Clients') };
    this.register(health.onDidChange(() => this.update()));
    if (portfolio) {
      this.register(portfolio.onDidChange(() => this.update()));
    }
    this.update();
  }

  update(): void {
    const present = this.health.stores.present();
    const entries = byRisk(this.health.all().filter(({ store, health }) => store.file?.clients[health.index]?.status !== 'ended'));
    const active = entries.map((e) => e.health);
    if (present.length === 0) {
      const worst = this.portfolio?.worst();
      if (worst) {
        this.showPortfolio(worst);
      } else {
        this.item.hide();
      }
      return;
    }
    this.item.command = { command: `${Views.clients}.focus`, title: vscode.l10n.t('Show Clients') };
    const broken = present.some((s) => s.state.kind === 'invalid' || s.state.kind === 'unreadable');
    const worst = active[0];
    if (!worst) {
      this.item.text = broken ? `$(error) ${vscode.l10n.t('The client file is invalid')}` : `$(person) ${vscode.l10n.t('No active client')}`;
      this.item.tooltip = broken ? vscode.l10n.t('Fix the problems shown in the Problems panel.') : undefined;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    const others = active.length - 1;
    const name = others > 0 ? localize(pluralMsg(others, { one: '{0} and {1} more', other: '{0} and {1} more' }, worst.name, others)) : worst.name;
    this.item.text = `$(${levelCodicon(worst.level)}) ${name}: ${levelLabel(worst.level)}${broken ? ' $(error)' : ''}`;
    this.item.backgroundColor = worst.level === 'partWays' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = tooltip(entries, broken);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Client Health: the client most at risk is {0} ({1})', worst.name, levelLabel(worst.level)), role: 'button' };
    this.item.show();
  }

  /** Another repository's client, from the portfolio index (its words are built in dist/portfolio.js), one click from the Portfolio view. */
  private showPortfolio(status: PortfolioStatus): void {
    this.item.text = status.text;
    this.item.backgroundColor = status.partWays ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.command = status.command;
    this.item.tooltip = status.tooltip;
    this.item.accessibilityInformation = { label: status.label, role: 'button' };
    this.item.show();
  }
}

/** Worst first: by level, then by score. */
function byRisk(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => levelRank(b.health.level) - levelRank(a.health.level) || a.health.score - b.health.score);
}

/** `entries` worst first; each signal with a link to its remedy, for that client. */
function tooltip(entries: readonly Entry[], broken: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const enabledCommands = new Set<string>();
  entries.forEach(({ store, health: h }, i) => {
    const ref = { kind: 'clientRef', folder: store.folder.uri.toString(), clientId: h.id };
    if (i > 0) {
      md.appendMarkdown('\n\n---\n\n');
    }
    md.appendMarkdown(`**${escapeMarkdown(h.name)}**: ${escapeMarkdown(vscode.l10n.t('{0}, score {1}/100', levelLabel(h.level), h.score))}\n\n`);
    md.appendMarkdown(escapeMarkdown(moneySummary(h.money)));
    if (i === 0) {
      // The worst client's dashboard, one click from the status bar.
      enabledCommands.add(Commands.openDashboard);
      md.appendMarkdown(`\n\n$(graph) [${escapeMarkdown(vscode.l10n.t('Open Dashboard'))}](${commandLink(Commands.openDashboard, ref)})`);
    }
    if (h.signals.length === 0) {
      md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('No warning signs.'))}`);
    }
    for (const signal of h.signals) {
      const remedy = remedyFor(signal.id);
      enabledCommands.add(remedy.command);
      md.appendMarkdown(
        `\n- ${signal.severity === 'critical' ? '$(error)' : '$(warning)'} ${escapeMarkdown(localize(signal.message))} [${escapeMarkdown(remedy.label)}](${commandLink(remedy.command, { ...ref, signal: signal.id })})`,
      );
    }
  });
  if (broken) {
    md.appendMarkdown(`\n\n$(error) ${escapeMarkdown(vscode.l10n.t('The client file is invalid: this is its last valid state.'))}`);
  }
  md.supportThemeIcons = true;
  // Only the remedy commands run from this tooltip; no other command: link would.
  md.isTrusted = { enabledCommands: [...enabledCommands] };
  return md;
}
