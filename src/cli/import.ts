/**
 * client-health import FILE... --into CLIENTFILE: e-invoices (UBL, CII, FatturaPA) and CSV exports
 * into the client file, through the same core as the editor's import (planImport, then planEdit's one
 * importInvoices edit). All files are read before anything is written: a run writes everything it
 * announces or nothing, and the client file is replaced atomically, comments and formatting kept.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readClientFile } from '../core/clientFile';
import { decodeClientFile, unparsed } from '../core/decode';
import { planEdit } from '../core/edits/plan';
// Through the index: the bundle keeps the import core (its XML and CSV parsers) in dist/imports.js, shared with the extension.
import { CSV_COLUMNS_SETTING, CSV_PRESETS, CSV_PRESET_NAMES, importKind, planImport, readImportFile } from '../core/imports/index';
import type { CsvColumns } from '../core/imports/csvColumns';
import type { CsvPresetName, CsvProposal } from '../core/imports/csvPresets';
import type { EInvoiceRecord } from '../core/imports/record';
import { formatMessage } from '../core/messages';
import type { ClientFile } from '../core/schema';
import { replaceIfUnchanged } from './atomicWrite';
import { Entry, ImportReport, Unread, jsonText, textReport } from './importReport';
import { readCsvColumnsSetting } from './importSettings';
import type { Io } from './io';
import { maxBytesOption, maxBytesUsage, readBytes } from './readInput';

export const IMPORT_USAGE = `Usage: client-health import FILE... --into CLIENTFILE [--client ID] [--dry-run] [--json]
         [--csv-preset ${CSV_PRESET_NAMES.join('|')}] [--settings FILE] [--max-size-mb N] [--debug]

Adds the invoices of e-invoices (UBL, CII, FatturaPA XML) and CSV exports to CLIENTFILE.
An invoice goes to the client whose tax id, else name, is the buyer's; one already on file
is skipped, one that differs from the invoice on file under its number is a conflict.
  --into FILE       the client file to add to (written in place, comments kept)
  --client ID       add every invoice to this client instead of matching the buyer
  --dry-run         report what would be added; write nothing
  --json            print the report as JSON
  --csv-preset NAME read CSV files as this tool's export
  --settings FILE   take ${CSV_COLUMNS_SETTING} (the CSV column mapping) from this
                    VS Code settings.json (default: .vscode/settings.json, if any)
  --max-size-mb N   refuse a file larger than N MB, 1 to 100 (default: 20)
  --debug           print the stack of an unexpected error
A CSV file is read with --csv-preset, else the mapping in the settings, else the preset
its header is exactly; else the run stops and says which option to give.
Exit codes: 0 done; 1 unreadable input or client file, or an unexpected error (nothing is
written); 2 wrong usage; 3 conflicts (the other invoices are added all the same).`;

const ASK_HINT = 'Pass --client ID to import it into one client.';

export function importCommand(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        into: { type: 'string' },
        client: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'csv-preset': { type: 'string' },
        settings: { type: 'string' },
        'max-size-mb': { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if (files.length === 0) {
    return usage(io, 'Give at least one FILE to import.');
  }
  if (values.into === undefined || values.into === '' || values.into === '-') {
    return usage(io, '--into must name the client file to add to (standard input cannot be written back).');
  }
  if (files.filter((f) => f === '-').length > 1) {
    return usage(io, 'Standard input (-) can be given once.');
  }
  const preset = values['csv-preset'];
  if (preset !== undefined && !(CSV_PRESET_NAMES as string[]).includes(preset)) {
    return usage(io, `--csv-preset must be one of ${CSV_PRESET_NAMES.join(', ')}; got "${preset}".`);
  }
  const maxBytes = maxBytesOption(values['max-size-mb']);
  if (maxBytes === undefined) {
    return usage(io, `${maxBytesUsage}; got "${values['max-size-mb']}".`);
  }

  const into = values.into;
  // Every file not read is named on stderr as FILE:LINE:COL and, with --json, in the report's `unread`.
  const unread: Unread[] = [];
  const notRead = (entry: Unread) => {
    io.err(`${entry.file}:${entry.line}:${entry.column}: ${entry.message}`);
    unread.push(entry);
  };
  const stopped = (why: string) => {
    io.err(why);
    if (values.json) {
      io.out(jsonText({ added: [], skipped: [], conflicts: [], unread }));
    }
    return 1;
  };
  const target = readTarget(into, maxBytes);
  if ('unread' in target) {
    target.unread.forEach(notRead);
    return stopped('Nothing was imported: correct the client file first.');
  }
  const { file, text } = target;
  const clientId = values.client;
  const client = clientId === undefined ? undefined : file.clients.find((c) => c.id === clientId);
  if (clientId !== undefined && client === undefined) {
    const ids = file.clients.slice(0, 10).map((c) => c.id);
    return usage(io, `--client: ${into} has no client with the id "${clientId}"; its ids are ${ids.join(', ') || 'none'}${file.clients.length > 10 ? ', …' : ''}.`, false);
  }

  // Read everything first: one unreadable file stops the run before anything is planned or written.
  // The settings are read for the first CSV file only: a mapping that cannot be used is no news to an import of e-invoices.
  let mapping: Mapping | undefined;
  const records: { record: EInvoiceRecord; file: string }[] = [];
  const skipped: Entry[] = [];
  let unmapped = false;
  for (const name of files) {
    const bytes = readBytes(name, maxBytes);
    if (bytes.bytes === undefined) {
      notRead({ file: name, line: 1, column: 1, message: `cannot read the file: ${bytes.reason}` });
      continue;
    }
    if (importKind(bytes.bytes) === 'csv') {
      mapping ??= csvMapping(preset as CsvPresetName | undefined, values.settings, io);
    }
    const columns = mapping?.columns;
    const read = readImportFile(bytes.bytes, { maxBytes, ...(columns === undefined ? {} : { columns }) });
    if (read.kind === 'problem') {
      notRead({ file: name, line: read.problem.line ?? 1, column: read.problem.line === undefined ? 1 : (read.problem.column ?? 1), message: formatMessage(read.problem.message) });
    } else if (read.kind === 'needsMapping') {
      unmappedCsv(name, read.proposal, values.settings, io);
      unmapped = true;
    } else {
      if (read.note !== undefined) {
        io.err(`${name}:1:1: warning: ${formatMessage(read.note)}`);
      }
      records.push(...read.records.map((record) => ({ record, file: name })));
      skipped.push(...read.skipped.map((s) => ({ file: name, number: s.number ?? null, reason: formatMessage(s.reason) })));
    }
  }
  if (unread.length > 0) {
    return stopped(`Nothing was written to ${into}.`);
  }
  if (unmapped) {
    return 2;
  }

  const steps = planImport(
    file,
    records.map((r) => r.record),
    clientId === undefined ? {} : { clientId },
  );
  const report: ImportReport = { added: [], skipped, conflicts: [], unread };
  const additions = [];
  for (const [i, step] of steps.entries()) {
    const source = records[i].file;
    if (step.kind === 'add') {
      additions.push({ clientId: step.clientId, invoice: step.invoice });
      const c = file.clients.find((x) => x.id === step.clientId)!;
      const money = (c.currency ?? file.freelancer.currency)!;
      const { number, issued, due, amount, payments } = step.invoice;
      report.added.push({ client: step.clientId, number, issued, due: due ?? null, amount, currency: money, payments: (payments ?? []).map((p) => ({ date: p.date, amount: p.amount })) });
    } else if (step.kind === 'conflict') {
      report.conflicts.push({ file: source, number: step.number, reason: formatMessage(step.reason) });
    } else if (step.kind === 'ask') {
      report.skipped.push({ file: source, number: step.number, reason: `${formatMessage(step.reason)} ${ASK_HINT}` });
    } else {
      report.skipped.push({ file: source, number: step.number, reason: formatMessage(step.reason) });
    }
  }

  if (additions.length > 0 && !values['dry-run']) {
    const plan = planEdit(text, { kind: 'importInvoices', additions });
    // A write refused or failed is the client file's problem: said as a file not read is, the JSON included.
    const failed = plan.ok ? writeClientFile(into, target, plan.after) : `the invoices cannot be added to the client file (${plan.refusal.kind})`;
    if (failed !== undefined) {
      notRead({ file: into, line: 1, column: 1, message: failed });
      return stopped(`Nothing was written to ${into}.`);
    }
  }

  io.out(values.json ? jsonText(report) : textReport(report, file, into, values['dry-run'] === true));
  return report.conflicts.length > 0 ? 3 : 0;
}

function usage(io: Io, why: string, withUsage = true): number {
  io.err(why);
  if (withUsage) {
    io.err('');
    IMPORT_USAGE.split('\n').forEach((line) => io.err(line));
  }
  return 2;
}

interface Target {
  readonly file: ClientFile;
  readonly text: string;
  readonly bytes: Uint8Array;
}

/** The client file, valid, with its bytes as read (the write checks nobody changed them meanwhile); else every error found. */
function readTarget(into: string, maxBytes: number): Target | { readonly unread: Unread[] } {
  const read = readBytes(into, maxBytes);
  if (read.bytes === undefined) {
    return { unread: [{ file: into, line: 1, column: 1, message: `cannot read the client file: ${read.reason}` }] };
  }
  const decoded = decodeClientFile(read.bytes);
  const result = decoded.problem ? unparsed(decoded.problem) : readClientFile(decoded.text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.file || errors.length > 0) {
    const shown = errors.length > 0 ? errors : result.problems;
    return { unread: shown.map((p) => ({ file: into, line: p.start.line + 1, column: p.start.character + 1, message: formatMessage(p.message) })) };
  }
  return { file: result.file, text: decoded.text!, bytes: read.bytes };
}

type Mapping = { readonly columns?: CsvColumns };

function csvMapping(preset: CsvPresetName | undefined, settings: string | undefined, io: Io): Mapping {
  if (preset !== undefined) {
    return { columns: CSV_PRESETS[preset] };
  }
  const setting = readCsvColumnsSetting(settings ?? join('.vscode', 'settings.json'), settings !== undefined);
  if (setting.warning !== undefined) {
    io.err(setting.warning);
  }
  return setting.columns ? { columns: setting.columns } : {};
}

/** What to give for a CSV file whose columns are not known, with a proposed mapping to paste into the settings. */
function unmappedCsv(name: string, proposal: CsvProposal, settings: string | undefined, io: Io): void {
  io.err(`${name}:1:1: the columns of this CSV file are not known: give --csv-preset ${CSV_PRESET_NAMES.join('|')}, or set "${CSV_COLUMNS_SETTING}" in ${settings ?? join('.vscode', 'settings.json')}.`);
  const missing = proposal.missing && proposal.missing.length > 0 ? ` (no column found for ${proposal.missing.join(', ')})` : '';
  io.err(`A mapping guessed from its header${missing}; check every column, the date format and the decimal separator:`);
  io.err(`"${CSV_COLUMNS_SETTING}": ${JSON.stringify(proposal.columns)}`);
}

/** The new text over the client file, unless the file changed since it was read (atomicWrite.ts). */
function writeClientFile(into: string, target: Target, after: string): string | undefined {
  return replaceIfUnchanged(into, target.bytes, after, 'the client file changed while the invoices were read; run the import again');
}
