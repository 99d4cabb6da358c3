/**
 * The drafting commands: each takes the client from the tree node, a ClientRef
 * or a pick, renders the draft in its language, and shows it (see present.ts).
 */
import * as vscode from 'vscode';
import type { ReminderStep } from '../../core/templates/reminder';
import { HealthModel } from '../../store/healthModel';
import { WorkspaceStores } from '../../store/workspaceStores';
import { prompts } from '../../ui/prompts';
import { formatDate, localToday } from '../../core/dates';
import { clientFacts } from '../../core/health/facts';
import { applyOperation } from '../../store/clientFileEditor';
import { draftContext } from './context';
import { stepLabel } from './labels';
import { DraftHooks, goOnParting } from './partingCaution';
import { offerCsv, offerEmailActions, showDraft } from './present';
import { templates } from './templates';

export type DraftCommand = (stores: WorkspaceStores, health: HealthModel, node?: unknown, hooks?: DraftHooks) => Promise<boolean>;

export const statementCommand: DraftCommand = async (stores, health, node) => {
  const context = await draftContext(stores, health, node, vscode.l10n.t('Draft Statement of Account'));
  if (!context) {
    return false;
  }
  await showDraft(templates().draftStatement(context.input));
  offerCsv(templates().statementCsv(context.input), templates().statementCsvFileName(context.input), context.target.store.folder.uri);
  return true;
};

export const paymentReminderCommand: DraftCommand = async (stores, health, node) => {
  const title = vscode.l10n.t('Draft Payment Reminder');
  const context = await draftContext(stores, health, node, title);
  if (!context) {
    return false;
  }
  const suggested = templates().suggestReminderStep(context.input);
  const ordered: ReminderStep[] = [suggested, ...templates().REMINDER_STEPS.filter((s) => s !== suggested)];
  const picked = await prompts.pick(
    ordered.map((step) => ({ label: stepLabel(step), description: step === suggested ? vscode.l10n.t('suggested') : undefined, step })),
    { title, placeHolder: vscode.l10n.t('Which reminder for {0}?', context.target.client.name) },
  );
  if (!picked) {
    return false;
  }
  const draft = templates().draftPaymentReminder(context.input, { step: picked.step });
  // The step the draft really is (friendly when nothing is overdue), recorded on the invoices it lists.
  const step = draft.step ?? picked.step;
  // The open invoices as the draft lists them: as of today, so an invoice issued later is not one of them.
  const open = clientFacts(context.input.file, context.input.clientIndex, context.input.today).invoices.filter((i) => i.balance > 0).map((i) => i.number);
  const markSent = {
    label: vscode.l10n.t('Mark as Sent'),
    run: () =>
      applyOperation(context.target.store, {
        kind: 'recordReminder',
        clientId: context.target.clientId,
        invoiceNumbers: open,
        reminder: { date: formatDate(localToday()), step },
      }, vscode.l10n.t('Recorded the reminder to {0} as sent today.', context.target.client.name)),
  };
  offerEmailActions(draft, await showDraft(draft), open.length > 0 ? markSent : undefined);
  return true;
};

export const changeOrderCommand: DraftCommand = async (stores, health, node) => {
  const context = await draftContext(stores, health, node, vscode.l10n.t('Draft Change Order'));
  if (!context) {
    return false;
  }
  const draft = templates().draftChangeOrder(context.input);
  offerEmailActions(draft, await showDraft(draft));
  return true;
};

export const terminationEmailCommand: DraftCommand = async (stores, health, node, hooks = {}) => {
  const title = vscode.l10n.t('Draft Termination Email');
  const context = await draftContext(stores, health, node, title);
  if (!context || !(await goOnParting(hooks, context))) {
    return false;
  }
  // Run on a signal's row, that signal decides; else the client's worst signal.
  const signals = context.health?.signals ?? [];
  const fromNode = signals.filter((s) => s.id === context.signalId);
  const suggested = templates().suggestTerminationReason(fromNode.length > 0 ? fromNode : signals, context.target.client);
  const ordered = [suggested, ...templates().TERMINATION_REASONS.filter((r) => r !== suggested)];
  // The pick speaks the editor's language (English when it is not one of the four); the email, the draft's.
  const uiLanguage = templates().resolveDraftLanguage(undefined, undefined, vscode.env.language);
  const picked = await prompts.pick(
    ordered.map((reason) => ({
      label: templates().terminationReasonLabel(reason, uiLanguage),
      description: reason === suggested ? vscode.l10n.t('suggested') : undefined,
      reason,
    })),
    { title, placeHolder: vscode.l10n.t('Why are you ending the work with {0}?', context.target.client.name) },
  );
  if (!picked) {
    return false;
  }
  const draft = templates().terminationEmail(context.input, picked.reason);
  offerEmailActions(draft, await showDraft(draft));
  return true;
};

export const terminationAgreementCommand: DraftCommand = async (stores, health, node, hooks = {}) => {
  const context = await draftContext(stores, health, node, vscode.l10n.t('Draft Termination Agreement'));
  if (!context || !(await goOnParting(hooks, context))) {
    return false;
  }
  await showDraft(templates().terminationAgreement(context.input));
  return true;
};

export const offboardingChecklistCommand: DraftCommand = async (stores, health, node) => {
  const context = await draftContext(stores, health, node, vscode.l10n.t('Draft Offboarding Checklist'));
  if (!context) {
    return false;
  }
  await showDraft(templates().offboardingChecklist(context.input));
  return true;
};
