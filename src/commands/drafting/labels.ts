/** Reminder steps in the editor's language (the drafts themselves have their own). */
import * as vscode from 'vscode';
import type { ReminderStep } from '../../core/templates/reminder';

export function stepLabel(step: ReminderStep): string {
  switch (step) {
    case 'friendly':
      return vscode.l10n.t('Friendly: before or at the due date');
    case 'firm':
      return vscode.l10n.t('Firm: the invoice is overdue');
    case 'final':
      return vscode.l10n.t('Final: the late fee, and the day work stops');
  }
}
