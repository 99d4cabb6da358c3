/**
 * Client Health: Import Invoices... E-invoices picked, dropped on the Clients
 * view or chosen in the Explorer become invoices of the clients they were
 * issued to. Nothing is written before the user has seen what will be added,
 * skipped and in conflict; then everything goes in as one undoable edit,
 * addressed by client id and planned again against the text about to change.
 */
import * as vscode from 'vscode';
import type { EInvoiceRecord } from '../../core/imports/record';
import { pluralMsg } from '../../core/messages';
import type { ClientFile } from '../../core/schema';
import { readSettings } from '../../config';
import { localize } from '../../l10n';
import { applyOperation } from '../../store/clientFileEditor';
import type { ClientFileStore } from '../../store/clientFileStore';
import { WorkspaceStores } from '../../store/workspaceStores';
import { TreeNode } from '../../tree/nodes';
import { reportFailure } from '../../ui/failures';
import { prompts } from '../../ui/prompts';
import { resolveStoreForWrite } from '../resolveClient';
import { PlannedStep, confirmImport } from './importPreview';
import { imports } from './importModule';
import { ImportSource, MAX_DOCUMENTS, ReadOptions, gatherDocuments, readSource } from './importSources';
import { confirmCsvMapping } from './csvMapping';
import type { CsvColumns } from '../../core/imports/csvColumns';

/** The documents: those the command was given (a drop, the Explorer's selection), else those the user picks. */
async function documentsOf(args: readonly unknown[], title: string): Promise<vscode.Uri[] | undefined> {
  const given = args.flatMap((arg) => (arg instanceof vscode.Uri ? [arg] : Array.isArray(arg) ? arg.filter((a): a is vscode.Uri => a instanceof vscode.Uri) : []));
  if (given.length > 0) {
    // The Explorer passes the clicked file and the whole selection, which holds it again.
    return [...new Map(given.map((uri) => [uri.toString(), uri])).values()];
  }
  return prompts.open({
    title,
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('E-invoices and CSV exports')]: ['xml', 'csv'], [vscode.l10n.t('All files')]: ['*'] },
  });
}

/** The client of a client row the command was run on: every invoice goes to it. */
function clientOf(args: readonly unknown[]): { store: ClientFileStore; clientId: string } | undefined {
  const node = args[0] as TreeNode | undefined;
  return node?.kind === 'client' ? { store: node.store, clientId: node.client.id } : undefined;
}

/** Asks which client each unmatched buyer is, once per buyer; the tax ids the user agrees to store come back too. */
async function answerBuyers(title: string, file: ClientFile, asks: readonly EInvoiceRecord['buyer'][]): Promise<{ answers: Map<string, string>; taxIds: { clientId: string; taxId: string }[] } | undefined> {
  const answers = new Map<string, string>();
  const taxIds: { clientId: string; taxId: string }[] = [];
  // A buyer the user said is none of the clients is not asked about again for its next invoice.
  const asked = new Set<string>();
  for (const buyer of asks) {
    const { buyerKey, normalTaxId } = imports();
    const key = buyerKey(buyer);
    if (asked.has(key)) {
      continue;
    }
    asked.add(key);
    const skip = { label: `$(circle-slash) ${vscode.l10n.t('None of them: skip these invoices')}`, clientId: undefined };
    const picked = await prompts.pick([...file.clients.map((c): { label: string; description: string; clientId: string | undefined } => ({ label: c.name, description: c.taxId ?? c.id, clientId: c.id })), skip], {
      title,
      placeHolder: vscode.l10n.t('Which client is the buyer {0} ({1})?', buyer.name ?? '—', buyer.taxId ?? vscode.l10n.t('no tax number')),
      matchOnDescription: true,
    });
    if (picked === undefined) {
      return undefined;
    }
    if (picked.clientId === undefined) {
      continue;
    }
    answers.set(key, picked.clientId);
    const client = file.clients.find((c) => c.id === picked.clientId);
    const taxId = buyer.taxId?.trim();
    if (client && taxId && normalTaxId(taxId) !== '' && client.taxId === undefined) {
      const store = vscode.l10n.t('Store it');
      const answer = await prompts.pick([{ label: store }, { label: vscode.l10n.t('Not now') }], {
        title,
        placeHolder: vscode.l10n.t('Store the tax number {0} on {1}, so that the next import finds the client by it?', taxId, client.name),
      });
      if (answer === undefined) {
        return undefined;
      }
      if (answer.label === store) {
        taxIds.push({ clientId: client.id, taxId });
      }
    }
  }
  return { answers, taxIds };
}

export async function importInvoicesCommand(stores: WorkspaceStores, ...args: unknown[]): Promise<boolean> {
  const title = vscode.l10n.t('Import Invoices');
  const forClient = clientOf(args);
  // A tree node (or a drop's target) names the folder; documents given alone leave the choice to the user.
  const target = args[0] instanceof vscode.Uri || Array.isArray(args[0]) ? undefined : args[0];
  const store = await resolveStoreForWrite(stores, target, title);
  if (!store?.file) {
    return false;
  }
  const uris = await documentsOf(args, title);
  if (!uris || uris.length === 0) {
    return false;
  }
  const file = store.file;
  const options: ReadOptions = { maxBytes: readSettings(store.folder).maxFileBytes, columns: savedColumns(store.folder, title) };
  let unreadInvoices = 0;
  let sources = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the invoices…') },
    async () => {
      const gathered = await gatherDocuments(uris);
      unreadInvoices = gathered.unreadInvoices;
      if (gathered.truncated) {
        vscode.window.showWarningMessage(vscode.l10n.t('More than {0} documents: only the first {0} are read. Import the rest separately.', MAX_DOCUMENTS)).then(undefined, reportFailure(title));
      }
      const read: ImportSource[] = [];
      // One at a time: each document is at most the size cap, and a folder of them should not hold them all at once.
      for (const uri of gathered.files) {
        read.push(await readSource(uri, options));
      }
      return read;
    },
  );
  if (sources.length === 0) {
    const nothing =
      unreadInvoices > 0
        ? vscode.l10n.t('Only PDF or signed (.p7m) files were found there, which are not read: import the XML of each e-invoice instead (a Factur-X or ZUGFeRD PDF carries it as an attachment).')
        : vscode.l10n.t('No e-invoice (.xml) or CSV export (.csv) was found there.');
    prompts.notify(nothing).then(undefined, reportFailure(title));
    return false;
  }
  const mapped = await mapCsvSources(title, store, sources, options);
  if (!mapped) {
    return false;
  }
  sources = mapped;
  const records = sources.flatMap((source) => source.records.map((record) => ({ record, source })));
  // CSV rows that are no invoice, listed as skipped with the reasons the reader gave.
  const rowsSkipped = sources.flatMap((source) =>
    (source.skippedRows ?? []).map((row): PlannedStep => ({ step: { kind: 'skip', number: row.number ?? vscode.l10n.t('Row {0}', row.row), reason: row.reason }, source })),
  );
  const plan = (answers?: Map<string, string>) => [
    ...imports().planImport(file, records.map((r) => r.record), { clientId: forClient?.clientId, answers }).map((step, i): PlannedStep => ({ step, source: records[i].source })),
    ...rowsSkipped,
  ];
  let planned = plan();
  const asked = planned.flatMap((p) => (p.step.kind === 'ask' ? [p.step.buyer] : []));
  let taxIds: { clientId: string; taxId: string }[] = [];
  if (asked.length > 0) {
    const answered = await answerBuyers(title, file, asked);
    if (!answered) {
      return false;
    }
    planned = plan(answered.answers);
    taxIds = answered.taxIds;
  }
  const fileName = vscode.workspace.asRelativePath(store.uri, false);
  const unread = sources.filter((s) => s.problem !== undefined);
  const noted = sources.filter((s) => s.note !== undefined && s.records.length > 0);
  if (!(await confirmImport(title, file, fileName, planned, unread, noted))) {
    return false;
  }
  const additions = planned.flatMap((p) => (p.step.kind === 'add' ? [{ clientId: p.step.clientId, invoice: p.step.invoice }] : []));
  const done = localize(pluralMsg(additions.length, { one: 'Imported {0} invoice into {1}.', other: 'Imported {0} invoices into {1}.' }, additions.length, fileName));
  return applyOperation(store, { kind: 'importInvoices', additions, taxIds }, done);
}

const CSV_SETTING = 'import.csvColumns';

/** The CSV mapping saved in the folder's settings; a setting that is not a mapping is named once and ignored. */
function savedColumns(folder: vscode.WorkspaceFolder, title: string): CsvColumns | undefined {
  const value = vscode.workspace.getConfiguration('clientHealth', folder.uri).get<unknown>(CSV_SETTING);
  if (value === undefined || value === null) {
    return undefined;
  }
  const read = imports().readCsvColumns(value);
  if (read.error !== undefined) {
    vscode.window
      .showWarningMessage(vscode.l10n.t('The setting clientHealth.import.csvColumns is not used: {0}.', read.error))
      .then(undefined, reportFailure(title));
  }
  return read.columns;
}

/**
 * The CSV files no mapping fits get one, confirmed by the user (once per header: the files of one export share
 * it) and saved in the folder's settings; then they are read again. Undefined when the user cancels.
 */
async function mapCsvSources(title: string, store: ClientFileStore, sources: ImportSource[], options: ReadOptions): Promise<ImportSource[] | undefined> {
  const confirmed = new Map<string, CsvColumns>();
  const result: ImportSource[] = [];
  for (const source of sources) {
    const needs = source.needsMapping;
    if (!needs) {
      result.push(source);
      continue;
    }
    const key = JSON.stringify(needs.header);
    let columns = confirmed.get(key);
    if (!columns) {
      columns = await confirmCsvMapping(title, source.label, needs.header, needs.proposal);
      if (!columns) {
        return undefined;
      }
      confirmed.set(key, columns);
      await vscode.workspace.getConfiguration('clientHealth', store.folder.uri).update(CSV_SETTING, columns, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    result.push(await readSource(source.uri, { ...options, columns }));
  }
  return result;
}
