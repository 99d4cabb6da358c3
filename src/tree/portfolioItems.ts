/**
 * The Portfolio view's rows (in dist/portfolio.js; portfolioTree.ts is the provider): every client of every indexed folder side by side. Totals per currency first (amounts in
 * different currencies are never added), then the folders that could not be read as they are now, with their last
 * valid clients below them, then every other client worst first. Context values, for the menus:
 * portfolioTotal · portfolioFolder.<own|other>.<state> · portfolioClient.<own|other>.<state> · portfolioSignal.<id>.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localToday } from '../core/dates';
import { CurrencyTotals, IncomeShare, IndexedClient, incomeShares, indexedClients, isLargeShare, portfolioTotals } from '../core/portfolio/figures';
import { FolderEntry, PortfolioIndex } from '../core/portfolio/indexFile';
import { SignalSummary } from '../core/portfolio/summary';
import { signalName } from '../core/signals/names';
import { localize } from '../l10n';
import { byRisk } from '../portfolio/risk';
import { escapeMarkdown, levelIcon, levelLabel, money, severityIcon, when } from '../presentation';

export type PortfolioNode = TotalNode | FolderNode | ClientNode | SignalNode;

export interface TotalNode {
  readonly kind: 'total';
  readonly id: string;
  readonly totals: CurrencyTotals;
}

export interface FolderNode {
  readonly kind: 'folder';
  readonly id: string;
  readonly entry: FolderEntry;
  readonly own: boolean;
  /** Its last valid clients, as the index keeps them. */
  readonly clients: readonly ClientNode[];
  /** What the view's commands read: the folder and its client file. */
  readonly folder: string;
  readonly file: string;
}

export interface ClientNode {
  readonly kind: 'client';
  readonly id: string;
  readonly client: IndexedClient;
  readonly share: IncomeShare | undefined;
  readonly own: boolean;
  readonly parent: FolderNode | undefined;
  readonly folder: string;
  readonly file: string;
}

export interface SignalNode {
  readonly kind: 'signal';
  readonly id: string;
  readonly signal: SignalSummary;
  readonly parent: ClientNode;
}

/** The rows under `node`, or the view's top rows. */
export function children(node: PortfolioNode): PortfolioNode[] {
  switch (node.kind) {
    case 'folder':
      return [...node.clients];
    case 'client':
      return node.client.summary.signals.map((signal, i) => ({ kind: 'signal', id: `${node.id}#${i}.${signal.id}`, signal, parent: node }));
    default:
      return [];
  }
}

export function item(node: PortfolioNode): vscode.TreeItem {
  switch (node.kind) {
    case 'total':
      return totalItem(node);
    case 'folder':
      return folderItem(node);
    case 'client':
      return clientItem(node);
    case 'signal':
      return signalItem(node);
  }
}

/** `own`: the folders open in this window, whose rows say so (their menu does not open them again). */
export function roots(index: PortfolioIndex, own: ReadonlySet<string>): PortfolioNode[] {
  const current = indexedClients(index);
  const shares = new Map(incomeShares(current.map((c) => c.summary)).map((s, i) => [current[i], s]));
  const clientNode = (c: IndexedClient, parent: FolderNode | undefined): ClientNode => ({
    kind: 'client',
    id: `portfolio.client:${JSON.stringify([c.folder, c.summary.id])}`,
    client: c,
    share: shares.get(c),
    own: own.has(c.folder),
    parent,
    folder: c.folder,
    file: c.file,
  });
  const totals: PortfolioNode[] = portfolioTotals(current.map((c) => c.summary), localToday()).map((t) => ({ kind: 'total', id: `portfolio.total.${t.currency}`, totals: t }));
  const folders: PortfolioNode[] = index.folders
    .filter((f) => f.state !== 'ok')
    .map((entry) => {
      const clients: ClientNode[] = [];
      const node: FolderNode = { kind: 'folder', id: `portfolio.folder:${JSON.stringify(entry.folder)}`, entry, own: own.has(entry.folder), clients, folder: entry.folder, file: entry.file };
      const stale = byRisk(entry.clients.map((summary) => ({ folder: entry.folder, file: entry.file, state: entry.state, summary })));
      clients.push(...stale.map((c) => clientNode(c, node)));
      return node;
    });
  return [...totals, ...folders, ...byRisk(current).map((c) => clientNode(c, undefined))];
}

function totalItem(node: TotalNode): vscode.TreeItem {
  const { currency, owed, overdue, unbilled, invoiced365 } = node.totals;
  const item = new vscode.TreeItem(vscode.l10n.t('Totals in {0}', currency), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = 'portfolioTotal';
  item.iconPath = new vscode.ThemeIcon('graph');
  const figures = [
    vscode.l10n.t('{0} owed', money(owed, currency)),
    vscode.l10n.t('{0} overdue', money(overdue, currency)),
    vscode.l10n.t('{0} unbilled extras', money(unbilled, currency)),
    vscode.l10n.t('{0} invoiced over 365 days', money(invoiced365, currency)),
  ];
  item.description = figures.join(' · ');
  const tooltip = [...figures];
  if (node.totals.expectedClients > 0) {
    // As of each client file's last read: the forecast of src/core/forecast, from each client's own habit.
    const { in30, in60, in90, unknown } = node.totals.expected;
    const cash = vscode.l10n.t('Expected within 30 / 60 / 90 days: {0} / {1} / {2}', money(in30, currency), money(in60, currency), money(in90, currency));
    // Beside what is owed and overdue, before the year's figures: the row is read left to right and cut on the right.
    item.description = [...figures.slice(0, 2), vscode.l10n.t('{0} expected within 30 days', money(in30, currency)), ...figures.slice(2)].join(' · ');
    tooltip.push(cash);
    // Each summary's forecast is as of the day its file was read: say so, and how many clients it covers.
    tooltip.push(vscode.l10n.t('As of each client file\'s last read ({0} of {1} clients); Refresh Portfolio reads them all again.', node.totals.expectedClients, node.totals.clients));
    if (unknown > 0) {
      tooltip.push(vscode.l10n.t('{0} past every band of its clients\' habits: when it comes, no one can tell', money(unknown, currency)));
    }
  }
  item.tooltip = tooltip.join('\n');
  return item;
}

function folderItem(node: FolderNode): vscode.TreeItem {
  const { entry } = node;
  const item = new vscode.TreeItem(path.basename(entry.folder) || entry.folder, node.clients.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `portfolioFolder.${node.own ? 'own' : 'other'}.${entry.state}`;
  const problem = entry.problem ? localize(entry.problem.message) : '';
  const where = entry.problem?.line !== undefined ? vscode.l10n.t('line {0}', entry.problem.line) : undefined;
  const state = entry.state === 'missing' ? vscode.l10n.t('missing') : vscode.l10n.t('invalid');
  item.description = [state, problem, where].filter((s) => s).join(' · ');
  item.iconPath = new vscode.ThemeIcon(entry.state === 'missing' ? 'question' : 'error', new vscode.ThemeColor(entry.state === 'missing' ? 'list.warningForeground' : 'problemsErrorIcon.foreground'));
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(entry.folder)}**\n\n${escapeMarkdown([problem, where].filter((s) => s).join(' · '))}`);
  tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Last read: {0}', when(entry.read)))}`);
  if (node.clients.length > 0) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('The clients below are from its last valid read.'))}`);
  }
  item.tooltip = tooltip;
  return item;
}

function clientItem(node: ClientNode): vscode.TreeItem {
  const { summary, folder } = node.client;
  const ended = summary.status === 'ended';
  const label = ended ? summary.name : vscode.l10n.t('{0} {1}/100 · {2}', levelLabel(summary.level), summary.score, summary.name);
  const item = new vscode.TreeItem(label, summary.signals.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `portfolioClient.${node.own ? 'own' : 'other'}.${node.client.state}`;
  item.iconPath = ended ? new vscode.ThemeIcon('circle-slash') : levelIcon(summary.level);
  const parts = [path.basename(folder) || folder, vscode.l10n.t('{0} owed', money(summary.owed, summary.currency))];
  if (summary.effectiveRate !== null) {
    parts.push(vscode.l10n.t('{0}/h', money(summary.effectiveRate, summary.currency)));
  }
  const share = shareText(node.share);
  if (share) {
    parts.push(share);
  }
  if (ended) {
    parts.push(vscode.l10n.t('ended'));
  }
  item.description = parts.join(' · ');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(summary.name)}**\n\n${escapeMarkdown(vscode.l10n.t('{0}, score {1}/100', levelLabel(summary.level), summary.score))}`);
  tooltip.appendMarkdown(`\n\n${escapeMarkdown(folder)}`);
  if (summary.overdue > 0) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('{0} overdue', money(summary.overdue, summary.currency)))}`);
  }
  if (node.share && node.share.invoiced365 > 0) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('{0} invoiced over 365 days, about {1} a month', money(node.share.invoiced365, summary.currency), money(node.share.monthly, summary.currency)))}`);
  }
  item.tooltip = tooltip;
  return item;
}

/** "34% of income", and in words when more than half of a currency's invoicing depends on the client. */
function shareText(share: IncomeShare | undefined): string | undefined {
  if (!share || share.share === null) {
    return undefined;
  }
  const percent = Math.round(share.share * 100);
  return isLargeShare(share) ? vscode.l10n.t('over 50% of your income ({0}%)', percent) : vscode.l10n.t('{0}% of income', percent);
}

function signalItem(node: SignalNode): vscode.TreeItem {
  const { signal } = node;
  const message = localize(signal.message);
  const item = new vscode.TreeItem(localize(signalName(signal.id)), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = message;
  item.tooltip = message;
  item.contextValue = `portfolioSignal.${signal.id}`;
  item.iconPath = severityIcon(signal.severity);
  return item;
}
