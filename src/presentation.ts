/** How levels, severities, dates and the file's words look wherever they are shown (tree, status bar, tooltips, prompts, dashboard). */
import * as vscode from 'vscode';
import { DayNumber } from './core/dates';
import { EvidenceKind, Level, MoneyFigures, Severity } from './core/health/types';
import { formatDay, formatWhen } from './core/humanDates';
import { formatMoney } from './core/money';
import { JournalKind, RequestType } from './core/vocabulary';

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
  commit: 'git-commit',
};

export function evidenceIcon(kind: EvidenceKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(EVIDENCE_ICON[kind]);
}

export function money(minor: number, currency: string): string {
  return formatMoney(minor, currency, vscode.env.language);
}

/** A day in the display language: `2 Dec 2026`. */
export function day(value: DayNumber): string {
  return formatDay(value, vscode.env.language);
}

/** A stored date or date-time in the display language: `2 Dec 2026, 03:31`; `long` adds the weekday. */
export function when(at: string, long = false): string {
  return formatWhen(at, vscode.env.language, long);
}

export function requestTypeLabel(type: RequestType): string {
  switch (type) {
    case 'revision':
      return vscode.l10n.t('Revision');
    case 'change':
      return vscode.l10n.t('Change');
    case 'feature':
      return vscode.l10n.t('Feature');
  }
}

/** A journal kind by its words, never by its id (`afterHoursContact`). */
export function journalKindLabel(kind: JournalKind): string {
  switch (kind) {
    case 'abusive':
      return vscode.l10n.t('Abusive behaviour');
    case 'unethical':
      return vscode.l10n.t('Unethical request');
    case 'afterHoursContact':
      return vscode.l10n.t('Contact outside working hours');
    case 'urgentDemand':
      return vscode.l10n.t('Urgent demand');
    case 'discountRequest':
      return vscode.l10n.t('Discount request');
    case 'refusedContract':
      return vscode.l10n.t('Refused to sign a contract');
    case 'missedMeeting':
      return vscode.l10n.t('Missed meeting');
    case 'negative':
      return vscode.l10n.t('Negative exchange');
    case 'positive':
      return vscode.l10n.t('Positive exchange');
    case 'note':
      return vscode.l10n.t('Note');
  }
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
