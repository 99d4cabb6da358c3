/** clientHealth_clients: every client known, worst first, with level, score, money and signals. */
import { formatDate } from '../dates';
import { levelRank } from '../health/scoring';
import { ClientHealth, Level } from '../health/types';
import { formatMessage } from '../messages';
import { ClientsInput } from './toolInputs';
import { ClientSummary, SignalSummary } from '../portfolio/summary';
import { OtherFolder, ToolContext, ToolOutcome, ToolSource, moneyText } from './toolContext';

export const LEVEL_WORDS: Readonly<Record<Level, string>> = { healthy: 'Healthy', watch: 'Watch', atRisk: 'At risk', partWays: 'Time to part ways' };

/** The client's first line: name, id, folder, level, score, and its money. */
export function clientLine(source: ToolSource, health: ClientHealth): string {
  const m = health.money;
  return (
    `${health.name} (id ${health.id}, folder ${source.folder}): ${LEVEL_WORDS[health.level]}, score ${health.score}/100. ` +
    `Owed ${moneyText(m.outstanding, m.currency)}, overdue ${moneyText(m.overdue, m.currency)}, unbilled extras ${moneyText(m.unbilledExtra, m.currency)}.`
  );
}

const FOLDER_STATE_WORDS: Readonly<Record<OtherFolder['state'], string>> = {
  ok: '',
  missing: '; its file is missing now, these are its last figures',
  invalid: '; its file has a problem now, these are its last valid figures',
};

/** A client of another repository, from the portfolio's summary: the same line as a workspace client's, dated. */
function otherClientLine(other: OtherFolder, client: ClientSummary): string {
  return (
    `${client.name} (id ${client.id}, folder ${other.folder}, another repository, figures of ${client.evaluated}${FOLDER_STATE_WORDS[other.state]}): ` +
    `${LEVEL_WORDS[client.level]}, score ${client.score}/100. ` +
    `Owed ${moneyText(client.owed, client.currency)}, overdue ${moneyText(client.overdue, client.currency)}, unbilled extras ${moneyText(client.unbilled, client.currency)}.`
  );
}

interface Row {
  readonly id: string;
  readonly level: Level;
  readonly score: number;
  readonly line: string;
  readonly signals: readonly SignalSummary[];
}

export function describeClients(context: ToolContext, input: ClientsInput): ToolOutcome {
  const sources = input.folder === undefined ? context.sources : context.sources.filter((s) => s.folder === input.folder);
  const others = (context.others ?? []).filter((o) => input.folder === undefined || o.folder === input.folder);
  const min = input.minLevel === undefined ? 0 : levelRank(input.minLevel);
  const wanted = (level: Level, id: string) => levelRank(level) >= min && (input.clientId === undefined || id === input.clientId);
  const rows: Row[] = [
    ...sources.flatMap((source) => source.health.map((health): Row => ({ id: health.id, level: health.level, score: health.score, line: clientLine(source, health), signals: health.signals }))),
    ...others.flatMap((other) => other.clients.map((client): Row => ({ id: client.id, level: client.level, score: client.score, line: otherClientLine(other, client), signals: client.signals }))),
  ]
    .filter((row) => wanted(row.level, row.id))
    .sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.score - b.score);
  const stale = sources.filter((s) => s.lastValid).map((s) => s.label);
  const lines = [`${rows.length} client${rows.length === 1 ? '' : 's'} on ${formatDate(context.today)}, worst first.`];
  if (others.length > 0) {
    lines.push("Clients of other repositories come from the portfolio's summaries, dated by when their file was last read.");
  }
  if (stale.length > 0) {
    lines.push(`Read from the last valid version (the file has a problem now): ${stale.join(', ')}.`);
  }
  for (const row of rows) {
    lines.push('', `- ${row.line}`);
    if (row.signals.length === 0) {
      lines.push('  No warning signs.');
    }
    for (const signal of row.signals) {
      lines.push(`  - ${signal.severity} ${signal.id}: ${formatMessage(signal.message)}`);
    }
  }
  return { text: lines.join('\n') };
}
