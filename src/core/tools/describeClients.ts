/** clientHealth_clients: every client known, worst first, with level, score, money and signals. */
import { formatDate } from '../dates';
import { levelRank } from '../health/scoring';
import { ClientHealth, Level } from '../health/types';
import { formatMessage } from '../messages';
import { ClientsInput } from './toolInputs';
import { ToolContext, ToolOutcome, ToolSource, moneyText } from './toolContext';

export const LEVEL_WORDS: Readonly<Record<Level, string>> = { healthy: 'Healthy', watch: 'Watch', atRisk: 'At risk', partWays: 'Time to part ways' };

/** The client's first line: name, id, folder, level, score, and its money. */
export function clientLine(source: ToolSource, health: ClientHealth): string {
  const m = health.money;
  return (
    `${health.name} (id ${health.id}, folder ${source.folder}): ${LEVEL_WORDS[health.level]}, score ${health.score}/100. ` +
    `Owed ${moneyText(m.outstanding, m.currency)}, overdue ${moneyText(m.overdue, m.currency)}, unbilled extras ${moneyText(m.unbilledExtra, m.currency)}.`
  );
}

export function describeClients(context: ToolContext, input: ClientsInput): ToolOutcome {
  const sources = input.folder === undefined ? context.sources : context.sources.filter((s) => s.folder === input.folder);
  const min = input.minLevel === undefined ? 0 : levelRank(input.minLevel);
  const rows = sources
    .flatMap((source) => source.health.map((health) => ({ source, health })))
    .filter(({ health }) => levelRank(health.level) >= min && (input.clientId === undefined || health.id === input.clientId))
    .sort((a, b) => levelRank(b.health.level) - levelRank(a.health.level) || a.health.score - b.health.score);
  const stale = sources.filter((s) => s.lastValid).map((s) => s.label);
  const lines = [`${rows.length} client${rows.length === 1 ? '' : 's'} on ${formatDate(context.today)}, worst first.`];
  if (stale.length > 0) {
    lines.push(`Read from the last valid version (the file has a problem now): ${stale.join(', ')}.`);
  }
  for (const { source, health } of rows) {
    lines.push('', `- ${clientLine(source, health)}`);
    if (health.signals.length === 0) {
      lines.push('  No warning signs.');
    }
    for (const signal of health.signals) {
      lines.push(`  - ${signal.severity} ${signal.id}: ${formatMessage(signal.message)}`);
    }
  }
  return { text: lines.join('\n') };
}
