/**
 * The documents an import reads: the files picked or dropped, and the e-invoices
 * inside a folder picked or dropped, each read with the client file's size cap
 * and turned into records, or into the one problem that says why it was not.
 */
import * as vscode from 'vscode';
import type { CsvColumns } from '../../core/imports/csvColumns';
import type { CsvProposal } from '../../core/imports/csvPresets';
import type { EInvoiceRecord, ImportProblem } from '../../core/imports/record';
import { msg } from '../../core/messages';
import { readClientFileBytes } from '../../store/readClientFileBytes';
import { imports } from './importModule';

export interface ImportSource {
  readonly uri: vscode.Uri;
  /** The file as the user knows it: relative to the workspace where it is inside. */
  readonly label: string;
  readonly records: readonly EInvoiceRecord[];
  readonly problem?: ImportProblem;
  /** CSV rows that are no invoice (a bad date, a draft), each with its row number and reason. */
  readonly skippedRows?: readonly { readonly row: number; readonly number?: string; readonly reason: ImportProblem['message'] }[];
  /** What to check before importing this file's invoices (a preset whose totals are not documented). */
  readonly note?: ImportProblem['message'];
  /** A CSV file whose columns no saved mapping or preset fits: the user confirms a mapping, then it is read again. */
  readonly needsMapping?: { readonly header: readonly string[]; readonly proposal: CsvProposal };
}

export interface ReadOptions {
  readonly maxBytes: number;
  /** The mapping saved in the folder's settings, or the one the user just confirmed. */
  readonly columns?: CsvColumns;
}

/** Extensions read from a folder; a file picked or dropped by name is read whatever its name. */
const DOCUMENT = /\.(xml|csv)$/i;
/** Files in a folder that hold an e-invoice the import cannot read (a Factur-X PDF, a signed FatturaPA): counted, to say so. */
const UNREAD_INVOICE = /\.(pdf|p7m)$/i;
/** Folders below the one picked that are looked into; deeper ones are not (an archive of years of invoices is wide, not deep). */
const MAX_DEPTH = 2;
/** A folder with more documents than this is a mistake (the home folder picked): the first ones are read and the user told. */
export const MAX_DOCUMENTS = 500;

export interface Gathered {
  readonly files: readonly vscode.Uri[];
  /** More documents were found than are read. */
  readonly truncated: boolean;
  /** PDF and .p7m files seen in the folders and not read. */
  readonly unreadInvoices: number;
}

/** The files to read: each file as given, and the documents in each folder given (hidden folders and node_modules skipped). */
export async function gatherDocuments(uris: readonly vscode.Uri[]): Promise<Gathered> {
  const files: vscode.Uri[] = [];
  const seen = new Set<string>();
  let truncated = false;
  let unreadInvoices = 0;
  const add = (uri: vscode.Uri) => {
    if (seen.has(uri.toString())) {
      return;
    }
    if (files.length >= MAX_DOCUMENTS) {
      truncated = true;
      return;
    }
    seen.add(uri.toString());
    files.push(uri);
  };
  const walk = async (folder: vscode.Uri, depth: number): Promise<void> => {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    entries.sort(([a], [b]) => a.localeCompare(b));
    for (const [name, type] of entries) {
      if (truncated) {
        return;
      }
      const child = vscode.Uri.joinPath(folder, name);
      // Symbolic links are not followed: a link out of the folder would import what the user did not pick.
      if (type === vscode.FileType.File && DOCUMENT.test(name)) {
        add(child);
      } else if (type === vscode.FileType.File && UNREAD_INVOICE.test(name)) {
        unreadInvoices++;
      } else if (type === vscode.FileType.Directory && depth < MAX_DEPTH && !name.startsWith('.') && name !== 'node_modules') {
        await walk(child, depth + 1);
      }
    }
  };
  for (const uri of uris) {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      await walk(uri, 0);
    } else {
      add(uri);
    }
  }
  return { files, truncated, unreadInvoices };
}

/** One document read: its records, or its problem; a read that fails is a problem of that file, not of the import. */
export async function readSource(uri: vscode.Uri, options: ReadOptions): Promise<ImportSource> {
  const { maxBytes } = options;
  const label = vscode.workspace.asRelativePath(uri, false);
  const problem = (message: ImportProblem['message']): ImportSource => ({ uri, label, records: [], problem: { message } });
  try {
    const read = await readClientFileBytes(uri, maxBytes);
    switch (read.kind) {
      case 'file': {
        const result = imports().readImportFile(read.bytes, { maxBytes, columns: fittingColumns(read.bytes, options) });
        switch (result.kind) {
          case 'records':
            return { uri, label, records: result.records, skippedRows: result.skipped, ...(result.note === undefined ? {} : { note: result.note }) };
          case 'problem':
            return { uri, label, records: [], problem: result.problem };
          case 'needsMapping':
            return { uri, label, records: [], needsMapping: { header: result.header, proposal: result.proposal } };
        }
        break;
      }
      case 'tooLarge':
        return problem(msg('Larger than {0} MB (the setting clientHealth.maxFileSizeMB): not read.', Math.round(maxBytes / 1_048_576)));
      case 'missing':
        return problem(msg('The file is no longer there.'));
      case 'folder':
      case 'special':
        return problem(msg('Not a file: not read.'));
    }
  } catch (error) {
    return problem(msg('The file could not be read: {0}', error instanceof Error ? error.message : String(error)));
  }
}

/** The saved mapping when this CSV file has every column it names; else none, so a preset or a new mapping is found. */
function fittingColumns(bytes: Uint8Array, options: ReadOptions): CsvColumns | undefined {
  const { columns } = options;
  if (columns === undefined || imports().importKind(bytes) !== 'csv') {
    return undefined;
  }
  const header = imports().readCsvHeader(bytes, options.maxBytes, columns.delimiter);
  return header.header && imports().fitsHeader(columns, header.header) ? columns : undefined;
}
