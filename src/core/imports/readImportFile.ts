/**
 * One imported file, whatever it holds: an e-invoice goes to readEInvoice, anything else is a CSV export
 * read with the mapping given, else with the preset its header is exactly. A CSV file that neither
 * reads is not guessed at: the caller gets its header and a proposed mapping to show for confirmation.
 * Shared by the CLI and the editor's import, so both read a file the same way.
 */
import { Message, msg } from '../messages';
import { CsvSkippedRow, readCsv, readCsvHeader } from './csv';
import { CsvColumns } from './csvColumns';
import { CSV_PRESETS, CsvProposal, PRESET_NOTES, presetFor, presetOf, proposeCsvColumns } from './csvPresets';
import { readEInvoice } from './readEInvoice';
import type { EInvoiceRecord, ImportProblem } from './record';
import { importKind } from './sniff';

export interface ImportFileOptions {
  readonly maxBytes: number;
  /** The confirmed mapping for CSV files (the setting, or a preset the user chose). */
  readonly columns?: CsvColumns;
}

export type ImportFileResult =
  /** `note`: what the user should check before importing, when the file was read with a preset that needs it. */
  | { readonly kind: 'records'; readonly records: readonly EInvoiceRecord[]; readonly skipped: readonly CsvSkippedRow[]; readonly note?: Message }
  | { readonly kind: 'problem'; readonly problem: ImportProblem }
  | { readonly kind: 'needsMapping'; readonly header: readonly string[]; readonly proposal: CsvProposal };

export function readImportFile(bytes: Uint8Array, options: ImportFileOptions): ImportFileResult {
  const kind = importKind(bytes);
  if (kind === 'pdf') {
    return {
      kind: 'problem',
      problem: {
        message: msg('This is a PDF, which is not read: if it is a Factur-X or ZUGFeRD invoice, save the XML file attached to it (factur-x.xml, zugferd-invoice.xml or xrechnung.xml, in the attachments panel of a PDF reader) and import that file.'),
      },
    };
  }
  if (kind === 'p7m') {
    return {
      kind: 'problem',
      problem: { message: msg('This is a signed FatturaPA envelope (.p7m), which is not read: import the invoice\'s XML file instead, as the SdI portal or your invoicing service gives it without the signature.') },
    };
  }
  if (kind === 'xml') {
    const result = readEInvoice(bytes, options.maxBytes);
    return result.problem ? { kind: 'problem', problem: result.problem } : { kind: 'records', records: result.records, skipped: [] };
  }
  let columns = options.columns;
  if (columns === undefined) {
    const header = readCsvHeader(bytes, options.maxBytes);
    if (header.problem) {
      return { kind: 'problem', problem: header.problem };
    }
    const preset = presetFor(header.header);
    if (preset === undefined) {
      return { kind: 'needsMapping', header: header.header, proposal: proposeCsvColumns(header.header, header.sample) };
    }
    columns = CSV_PRESETS[preset];
  }
  const result = readCsv(bytes, columns, { maxBytes: options.maxBytes });
  if (result.problem) {
    return { kind: 'problem', problem: result.problem };
  }
  const preset = presetOf(columns);
  const note = preset === undefined ? undefined : PRESET_NOTES[preset];
  return { kind: 'records', records: result.records, skipped: result.skipped, ...(note === undefined ? {} : { note }) };
}
