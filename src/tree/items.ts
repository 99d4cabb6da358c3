/**
 * Tree items for the nodes. Context values, for menus of later commands:
 * folder · client.<status>.<level> · invalidFile · signal.<id>.<severity> ·
 * evidence.<kind>.<signal id>.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { pointsLost } from '../core/health/scoring';
import { localize } from '../l10n';
import { escapeMarkdown, evidenceIcon, levelIcon, levelLabel, moneySummary, severityIcon } from '../presentation';
import { ClientNode, EvidenceNode, ProblemNode, SignalNode, TreeNode } from './nodes';

export function toTreeItem(node: TreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'folder': {
      const item = new vscode.TreeItem(node.store.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.contextValue = 'folder';
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = node.store.folder.uri;
      item.tooltip = node.store.uri.fsPath;
      return item;
    }
    case 'client':
      return clientItem(node);
    case 'problem':
      return problemItem(node);
    case 'signal':
      return signalItem(node);
    case 'evidence':
      return evidenceItem(node);
  }
}

const open = (node: TreeNode): vscode.Command => ({ command: Commands.openClientFile, title: vscode.l10n.t('Open Client File'), arguments: [node] });

function clientItem(node: ClientNode): vscode.TreeItem {
  const { client, health } = node;
  const status = client.status ?? 'active';
  const hasSignals = (health?.signals.length ?? 0) > 0;
  const item = new vscode.TreeItem(client.name, hasSignals ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `client.${status}.${health?.level ?? 'unknown'}`;
  if (status === 'ended') {
    item.description = vscode.l10n.t('ended');
    item.iconPath = new vscode.ThemeIcon('circle-slash');
  } else if (health) {
    const level = levelLabel(health.level);
    item.description = status === 'ending' ? vscode.l10n.t('{0} · {1}/100 · notice given', level, health.score) : vscode.l10n.t('{0} · {1}/100', level, health.score);
    item.iconPath = levelIcon(health.level);
  }
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(client.name)}**`);
  if (health) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('{0}, score {1}/100', levelLabel(health.level), health.score))}`);
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(moneySummary(health.money))}`);
    if (!hasSignals && status !== 'ended') {
      tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('No warning signs.'))}`);
    }
    // The score's breakdown: what each signal took off.
    for (const signal of health.signals) {
      const points = pointsLost(health.breakdown, signal.id);
      tooltip.appendMarkdown(`\n- ${escapeMarkdown(vscode.l10n.t('−{0}: {1}', points, localize(signal.message)))}`);
    }
  }
  if (client.contact?.name) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Contact: {0}', client.contact.name))}`);
  }
  item.tooltip = tooltip;
  item.command = open(node);
  return item;
}

function signalItem(node: SignalNode): vscode.TreeItem {
  const { signal } = node;
  const item = new vscode.TreeItem(localize(signal.message), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.contextValue = `signal.${signal.id}.${signal.severity}`;
  item.iconPath = severityIcon(signal.severity);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(localize(signal.message))}**\n\n${escapeMarkdown(localize(signal.remedy))}`);
  item.tooltip = tooltip;
  return item;
}

function evidenceItem(node: EvidenceNode): vscode.TreeItem {
  const { evidence } = node;
  const item = new vscode.TreeItem(localize(evidence.message), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `evidence.${evidence.kind}.${node.parent.signal.id}`;
  item.iconPath = evidenceIcon(evidence.kind);
  item.tooltip = vscode.l10n.t('Open the client file at this entry');
  item.command = open(node);
  return item;
}

function problemItem(node: ProblemNode): vscode.TreeItem {
  const state = node.store.state;
  const item = new vscode.TreeItem(vscode.l10n.t('The client file is invalid'), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = 'invalidFile';
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (state.kind === 'unreadable') {
    item.description = state.reason;
    item.tooltip = state.reason;
  } else {
    const errors = node.store.problems.filter((p) => p.severity === 'error').length;
    item.description = errors === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', errors);
    item.tooltip = node.store.file
      ? vscode.l10n.t('The clients below are from the last valid version of the file. Fix the problems to see the current state.')
      : vscode.l10n.t('Fix the problems shown in the Problems panel.');
  }
  item.command = open(node);
  return item;
}
