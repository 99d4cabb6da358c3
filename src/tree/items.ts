/**
 * Tree items for the nodes. Context values, for menus of later commands:
 * folder · client.<status>.<level> · invalidFile · signal.<id>.<severity> ·
 * evidence.<kind>.<signal id>.
 */
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { pointsLost } from '../core/health/scoring';
import { pluralMsg } from '../core/messages';
import { signalName } from '../core/signals/names';
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
  // Level and score before the name: at the sidebar's default width a long name is cut, not the verdict.
  const verdict = health && status !== 'ended' ? vscode.l10n.t('{0} {1}/100 · {2}', levelLabel(health.level), health.score, client.name) : client.name;
  const item = new vscode.TreeItem(verdict, hasSignals ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `client.${status}.${health?.level ?? 'unknown'}`;
  if (status === 'ended') {
    item.description = vscode.l10n.t('ended');
    item.iconPath = new vscode.ThemeIcon('circle-slash');
  } else if (health) {
    item.description = status === 'ending' ? vscode.l10n.t('notice given') : undefined;
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

/** The signal's short name and its key figures, so the row fits the sidebar; the full sentence is in the tooltip. */
function signalItem(node: SignalNode): vscode.TreeItem {
  const { signal } = node;
  const name = localize(signalName(signal.id));
  const message = localize(signal.message);
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = localize(signal.figure);
  item.contextValue = `signal.${signal.id}.${signal.severity}`;
  item.iconPath = severityIcon(signal.severity);
  item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1}', name, message) };
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(message)}**\n\n${escapeMarkdown(localize(signal.remedy))}`);
  item.tooltip = tooltip;
  return item;
}

function evidenceItem(node: EvidenceNode): vscode.TreeItem {
  const { evidence } = node;
  const item = new vscode.TreeItem(localize(evidence.message), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.contextValue = `evidence.${evidence.kind}.${node.parent.signal.id}`;
  item.iconPath = evidenceIcon(evidence.kind);
  if (evidence.kind === 'commit' && evidence.commit) {
    // A commit is not in the client file: the row opens the commit instead.
    item.tooltip = vscode.l10n.t('Show this commit');
    item.command = { command: Commands.showCommit, title: vscode.l10n.t('Show this commit'), arguments: [node.store.folder.uri, evidence.commit] };
    return item;
  }
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
    item.description = localize(pluralMsg(errors, { one: '{0} problem', other: '{0} problems' }, errors));
    item.tooltip = node.store.file
      ? vscode.l10n.t('The clients below are from the last valid version of the file. Fix the problems to see the current state.')
      : vscode.l10n.t('Fix the problems shown in the Problems panel.');
  }
  item.command = open(node);
  return item;
}
