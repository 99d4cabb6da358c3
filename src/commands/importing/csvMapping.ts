/**
 * Which column of a CSV export is which, confirmed by the user once: the
 * proposal (a preset, or a guess from the header's words) is shown whole, any
 * field can be changed, and the confirmed mapping is saved in the folder's
 * settings (`clientHealth.import.csvColumns`) so the next export of the same
 * tool imports without a question.
 */
import * as vscode from 'vscode';
import type { ColumnField, CsvColumns } from '../../core/imports/csvColumns';
import type { CsvProposal } from '../../core/imports/csvPresets';
import { prompts } from '../../ui/prompts';
import { imports } from './importModule';

type Field = ColumnField | 'dateFormat' | 'decimalSeparator';
type Draft = { -readonly [K in keyof CsvColumns]?: CsvColumns[K] };

const REQUIRED: readonly Field[] = ['number', 'issued', 'amount'];

/** The invoicing tools of the presets, as their makers write their names. */
const TOOL_NAMES: Readonly<Record<string, string>> = { invoiceninja: 'Invoice Ninja', freshbooks: 'FreshBooks' };

function fieldLabel(field: Field): string {
  switch (field) {
    case 'number':
      return vscode.l10n.t('Invoice number');
    case 'issued':
      return vscode.l10n.t('Date issued');
    case 'due':
      return vscode.l10n.t('Due date');
    case 'amount':
      return vscode.l10n.t('Amount owed');
    case 'paidDate':
      return vscode.l10n.t('Date paid');
    case 'paidAmount':
      return vscode.l10n.t('Amount paid');
    case 'currency':
      return vscode.l10n.t('Currency');
    case 'clientName':
      return vscode.l10n.t('Client name');
    case 'clientTaxId':
      return vscode.l10n.t("Client's tax number");
    case 'status':
      return vscode.l10n.t('Status');
    case 'dateFormat':
      return vscode.l10n.t('Date format');
    case 'decimalSeparator':
      return vscode.l10n.t('Decimal separator');
  }
}

function valueOf(draft: Draft, field: Field): string {
  if (field === 'decimalSeparator' && draft.decimalSeparator !== undefined) {
    return draft.decimalSeparator === ',' ? '1.234,56' : '1,234.56';
  }
  if (field === 'dateFormat' && draft.dateFormat !== undefined) {
    return draft.dateFormat;
  }
  const value = draft[field];
  return value === undefined ? vscode.l10n.t('not mapped') : typeof value === 'string' ? `"${value}"` : String(value);
}

/** One field asked: a column of the header (or none, for an optional one), a date format, a separator. Undefined on Escape. */
async function askField(title: string, fileLabel: string, header: readonly string[], field: Field, draft: Draft): Promise<Draft | undefined> {
  const placeHolder = vscode.l10n.t('{0} in {1}', fieldLabel(field), fileLabel);
  if (field === 'dateFormat') {
    const picked = await prompts.pick(imports().CSV_DATE_FORMATS.map((format) => ({ label: format, format })), { title, placeHolder });
    return picked && { ...draft, dateFormat: picked.format };
  }
  if (field === 'decimalSeparator') {
    const picked = await prompts.pick(
      [
        { label: '1,234.56', separator: '.' as const },
        { label: '1.234,56', separator: ',' as const },
      ],
      { title, placeHolder },
    );
    return picked && { ...draft, decimalSeparator: picked.separator };
  }
  const none = { label: `$(circle-slash) ${vscode.l10n.t('No column')}`, column: undefined };
  const columns = header.map((column): { label: string; column: string | undefined } => ({ label: column, column }));
  const picked = await prompts.pick(REQUIRED.includes(field) ? columns : [...columns, none], { title, placeHolder });
  if (!picked) {
    return undefined;
  }
  const next: Draft = { ...draft };
  if (picked.column === undefined) {
    delete next[field];
  } else {
    next[field] = picked.column;
  }
  return next;
}

/**
 * The mapping for a CSV file with this header, confirmed by the user; undefined when cancelled.
 * Fields the proposal could not find are asked first; then the whole mapping is shown for confirmation.
 */
export async function confirmCsvMapping(title: string, fileLabel: string, header: readonly string[], proposal: CsvProposal): Promise<CsvColumns | undefined> {
  let draft: Draft | undefined = { ...proposal.columns };
  const missing: Field[] = [...REQUIRED.filter((f) => draft![f as keyof Draft] === undefined), ...(draft.dateFormat ? [] : ['dateFormat' as const]), ...(draft.decimalSeparator ? [] : ['decimalSeparator' as const])];
  for (const field of missing) {
    draft = await askField(title, fileLabel, header, field, draft);
    if (!draft) {
      return undefined;
    }
  }
  for (;;) {
    const read = imports().readCsvColumns(draft);
    const use = { label: `$(check) ${vscode.l10n.t('Use this mapping and remember it for this folder')}`, field: undefined, action: 'use' as const };
    const cancel = { label: `$(close) ${vscode.l10n.t('Cancel')}`, field: undefined, action: 'cancel' as const };
    const fields: Field[] = [...imports().COLUMN_FIELDS, 'dateFormat', 'decimalSeparator'];
    const rows = fields.map((field) => ({ label: fieldLabel(field), description: valueOf(draft!, field), field, action: 'change' as const }));
    const placeHolder = read.error
      ? vscode.l10n.t('This mapping cannot be used yet: {0}', read.error)
      : proposal.preset
        ? vscode.l10n.t('The columns of {0} look like an export of {1}. Pick a row to change it.', fileLabel, TOOL_NAMES[proposal.preset] ?? proposal.preset)
        : vscode.l10n.t('The columns of {0}, as read from its header. Pick a row to change it.', fileLabel);
    const picked = await prompts.pick([...(read.error ? [] : [use]), cancel, { label: '', kind: vscode.QuickPickItemKind.Separator, field: undefined, action: 'cancel' as const }, ...rows], {
      title,
      placeHolder,
    });
    if (!picked || picked.action === 'cancel') {
      return undefined;
    }
    if (picked.action === 'use' && read.columns) {
      return read.columns;
    }
    if (picked.field) {
      draft = (await askField(title, fileLabel, header, picked.field, draft)) ?? draft;
    }
  }
}
