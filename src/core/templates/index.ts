/**
 * Everything the drafting commands call, in one module: the extension bundles
 * it apart (dist/drafts.js) and loads it on the first draft, because the
 * drafts' text in four languages is most of the extension's size and is not
 * needed to show a client's health.
 */
export { CLAUSE_IDS, clause, clauseName, clauseHelp, clausePreview } from './clauses';
export { draftChangeOrder } from './changeOrder';
export { resolveDraftLanguage } from './locale';
export { mailtoWithin } from './mailto';
export { draftEditorText, emailFromMarkdown } from './emailText';
export { draftToMarkdown, renderPlainText } from './markdown';
export { offboardingChecklist } from './offboardingChecklist';
export { REMINDER_STEPS, draftPaymentReminder, suggestReminderStep } from './reminder';
export { draftStatement } from './statement';
export { statementCsv, statementCsvFileName } from './statementCsv';
export { terminationAgreement } from './terminationAgreement';
export { TERMINATION_REASONS, terminationEmail, terminationReasonLabel } from './terminationEmail';
export { suggestTerminationReason } from './terminationReason';
// The late-payment law loads with the drafts (it is most of what a statutory figure needs): the drafting context
// reads the reference-rate setting through it, and the dashboard computes and words its statutory figures with it.
export { clientLateFees, ratesFromSetting, statutoryView } from '../law';
