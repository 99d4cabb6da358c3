/** How levels and severities look wherever they are shown (tree, status bar, tooltips). */
import * as vscode from 'vscode';
import { EvidenceKind, Level, MoneyFigures, Severity } from './core/health/types';
import { formatMoney } from './core/money';

export function levelLabel(level: Level): string {
  switch (level) {
    case 'healthy':
      return vscode.l10n.t('Healthy');
    case 'watch':
      return vscode.l10n.t('Watch');
    case 'atRisk':
      return vscode.l10n.t('At risk');
    case 'partWays':
      return vscode.l10n.t('Time to part ways');
  }
}

const LEVEL_ICON: Record<Level, { icon: string; color: string }> = {
  healthy: { icon: 'pass', color: 'testing.iconPassed' },
  watch: { icon: 'eye', color: 'list.warningForeground' },
  atRisk: { icon: 'warning', color: 'problemsWarningIcon.foreground' },
  partWays: { icon: 'error', color: 'problemsErrorIcon.foreground' },
};

export function levelIcon(level: Level): vscode.ThemeIcon {
  const { icon, color } = LEVEL_ICON[level];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

/** The codicon name alone, for `$(name)` in status bar text. */
export function levelCodicon(level: Level): string {
  return LEVEL_ICON[level].icon;
}

export function severityIcon(severity: Severity): vscode.ThemeIcon {
  return severity === 'critical'
    ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
    : new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
}

const EVIDENCE_ICON: Record<EvidenceKind, string> = {
  invoice: 'credit-card',
  request: 'comment-discussion',
  journal: 'book',
  hours: 'watch',
  contract: 'law',
  fit: 'heart',
  figure: 'graph',
};

export function evidenceIcon(kind: EvidenceKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(EVIDENCE_ICON[kind]);
}

export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency, vscode.env.language);
}

/** "Owed 1 200,00 € · overdue 800,00 €" for tooltips and descriptions. */
export function moneySummary(figures: MoneyFigures): string {
  return vscode.l10n.t(
    'Owed {0} · overdue {1} · unbilled extras {2}',
    money(figures.outstanding, figures.currency),
    money(figures.overdue, figures.currency),
    money(figures.unbilledExtra, figures.currency),
  );
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
