/**
 * What an import will do, shown before anything is written: the invoices to
 * add, those in conflict with what is on file and those skipped, each with its
 * reason and its document, and the documents not read. The user imports or
 * cancels from the same list.
 */
import * as vscode from 'vscode';
import { parseDate } from '../../core/dates';
import type { ImportStep } from '../../core/imports/planImport';
import { pluralMsg } from '../../core/messages';
import { toMinor } from '../../core/money';
import type { ClientFile } from '../../core/schema';
import { localize } from '../../l10n';
import { day, money } from '../../presentation';
import { prompts } from '../../ui/prompts';
import type { ImportSource } from './importSources';

/** A step and the document it came from. */
export interface PlannedStep {
  readonly step: ImportStep;
  readonly source: ImportSource;
}

type Choice = 'import' | 'cancel';

interface PreviewItem extends vscode.QuickPickItem {
  readonly choice?: Choice;
}

const shownDate = (iso: string) => {
  const parsed = parseDate(iso);
  return parsed === undefined ? iso : day(parsed);
};

function section(label: string): PreviewItem {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function added(file: ClientFile, planned: PlannedStep): PreviewItem {
  const { step, source } = planned;
  if (step.kind !== 'add') {
    throw new Error(`not an addition: ${step.kind}`);
  }
  const client = file.clients.find((c) => c.id === step.clientId);
  const currency = client?.currency ?? file.freelancer.currency ?? '';
  const { invoice } = step;
  const when = invoice.due === undefined
    ? vscode.l10n.t('issued {0}, due by the contract\'s terms', shownDate(invoice.issued))
    : vscode.l10n.t('issued {0}, due {1}', shownDate(invoice.issued), shownDate(invoice.due));
  const paid = (invoice.payments ?? []).map((p) => vscode.l10n.t('{0} paid on {1}', money(toMinor(p.amount, currency), currency), shownDate(p.date)));
  return {
    label: invoice.number,
    description: [client?.name ?? step.clientId, money(toMinor(invoice.amount, currency), currency), when, ...paid].join(' · '),
    detail: source.label,
  };
}

function explained(planned: PlannedStep, file: ClientFile): PreviewItem {
  const { step, source } = planned;
  const client = step.kind === 'conflict' ? file.clients.find((c) => c.id === step.clientId)?.name : undefined;
  return {
    label: step.kind === 'add' ? step.invoice.number : step.number,
    description: client,
    detail: `${'reason' in step ? localize(step.reason) : ''} (${source.label})`,
  };
}

/**
 * Shows the preview until the user imports or cancels (a row picked only keeps
 * the preview open). True to import; with nothing to add, only Close is offered.
 */
export async function confirmImport(
  title: string,
  file: ClientFile,
  fileName: string,
  planned: readonly PlannedStep[],
  unread: readonly ImportSource[],
  noted: readonly ImportSource[] = [],
): Promise<boolean> {
  const additions = planned.filter((p) => p.step.kind === 'add');
  const conflicts = planned.filter((p) => p.step.kind === 'conflict');
  const skipped = planned.filter((p) => p.step.kind === 'skip' || p.step.kind === 'ask');
  const items: PreviewItem[] = [];
  if (additions.length > 0) {
    items.push({
      label: `$(check) ${localize(pluralMsg(additions.length, { one: 'Import {0} invoice into {1}', other: 'Import {0} invoices into {1}' }, additions.length, fileName))}`,
      description: conflicts.length > 0 ? vscode.l10n.t('Nothing on file is changed: conflicts are left as they are.') : undefined,
      choice: 'import',
      alwaysShow: true,
    });
  }
  items.push({ label: `$(close) ${additions.length > 0 ? vscode.l10n.t('Cancel') : vscode.l10n.t('Close')}`, choice: 'cancel', alwaysShow: true });
  const group = (header: string, rows: PreviewItem[]) => rows.length > 0 && items.push(section(header), ...rows);
  // First, before the rows it is about: a total the user should compare with the invoicing tool's.
  group(vscode.l10n.t('Check before importing'), noted.map((source) => ({ label: source.label, detail: source.note ? localize(source.note) : undefined })));
  group(localize(pluralMsg(additions.length, { one: '{0} to add', other: '{0} to add' }, additions.length)), additions.map((p) => added(file, p)));
  group(localize(pluralMsg(conflicts.length, { one: '{0} in conflict with the client file', other: '{0} in conflict with the client file' }, conflicts.length)), conflicts.map((p) => explained(p, file)));
  group(localize(pluralMsg(skipped.length, { one: '{0} skipped', other: '{0} skipped' }, skipped.length)), skipped.map((p) => explained(p, file)));
  group(
    localize(pluralMsg(unread.length, { one: '{0} document not read', other: '{0} documents not read' }, unread.length)),
    unread.map((source) => ({ label: source.label, detail: source.problem ? located(source) : undefined })),
  );
  const placeHolder = additions.length > 0 ? vscode.l10n.t('Review the invoices, then import them or cancel') : vscode.l10n.t('Nothing to import');
  for (;;) {
    const picked = await prompts.pick(items, { title, placeHolder, matchOnDescription: true, matchOnDetail: true });
    if (picked === undefined || picked.choice === 'cancel') {
      return false;
    }
    if (picked.choice === 'import') {
      return true;
    }
  }
}

function located(source: ImportSource): string {
  const { problem } = source;
  if (!problem) {
    return '';
  }
  const text = localize(problem.message);
  return problem.line === undefined ? text : vscode.l10n.t('Line {0}, column {1}: {2}', problem.line, problem.column ?? 1, text);
}
