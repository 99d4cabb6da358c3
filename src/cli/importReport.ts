/**
 * What client-health import prints: one line per invoice added, skipped or in conflict and a count, or
 * the JSON document of docs/import.md. Everything taken from an imported file is made inert for a terminal.
 */
import { formatMoney, toMinor } from '../core/money';
import type { ClientFile } from '../core/schema';
import { RAW_IN_JSON } from './report';
import { inert } from './terminal';

export interface Added {
  readonly client: string;
  readonly number: string;
  readonly issued: string;
  readonly due: string | null;
  readonly amount: number;
  readonly currency: string;
  readonly payments: { readonly date: string; readonly amount: number }[];
}

export interface Entry {
  readonly file: string;
  readonly number: string | null;
  readonly reason: string;
}

/** A file not read, at the place stderr names (1:1 when the problem has no place), as check's JSON gives it. */
export interface Unread {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ImportReport {
  readonly added: Added[];
  readonly skipped: Entry[];
  readonly conflicts: Entry[];
  /** Empty unless the run stopped (exit 1): then nothing was added, and a script reading the JSON alone knows why. */
  readonly unread: Unread[];
}

/** The JSON report, its text safe for a terminal and exact for a parser (report.ts). */
export function jsonText(report: ImportReport): string {
  return JSON.stringify(report, null, 2).replace(RAW_IN_JSON, inert);
}

export function textReport(report: ImportReport, file: ClientFile, into: string, dryRun: boolean): string {
  const name = (id: string) => file.clients.find((c) => c.id === id)?.name ?? id;
  const lines: string[] = [];
  for (const a of report.added) {
    const money = formatMoney(toMinor(a.amount, a.currency), a.currency);
    const paid = a.payments.length === 0 ? '' : `, paid ${a.payments.map((p) => `${formatMoney(toMinor(p.amount, a.currency), a.currency)} on ${p.date}`).join(', ')}`;
    lines.push(inert(`${dryRun ? 'would add' : 'added'}  ${a.number} to ${name(a.client)}: ${money}, issued ${a.issued}${a.due === null ? '' : `, due ${a.due}`}${paid}`));
  }
  for (const s of report.skipped) {
    lines.push(inert(`skipped  ${s.file}${s.number === null ? '' : ` ${s.number}`}: ${s.reason}`));
  }
  for (const c of report.conflicts) {
    lines.push(inert(`conflict ${c.file} ${c.number}: ${c.reason}`));
  }
  const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
  const summary = `${count(report.added.length, 'invoice', 'invoices')} ${dryRun ? 'to add' : 'added'}, ${report.skipped.length} skipped, ${count(report.conflicts.length, 'conflict', 'conflicts')}`;
  const where = report.added.length === 0 ? 'nothing to write' : dryRun ? `dry run, ${into} unchanged` : `written to ${into}`;
  lines.push(inert(`${summary} (${where}).`));
  return lines.join('\n');
}
