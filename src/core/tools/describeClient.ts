/**
 * clientHealth_client: one client in detail, every figure with the line of the
 * client file it comes from. Journal notes and contact details only when the
 * input asks for them: whatever a tool returns goes to the model.
 */
import { formatDate } from '../dates';
import { requestScopes } from '../health/extras';
import { clientFacts } from '../health/facts';
import { formatMessage } from '../messages';
import { toMinor } from '../money';
import { ClientInput } from './toolInputs';
import { ToolContext, ToolOutcome, findClient, moneyText } from './toolContext';
import { clientLine } from './describeClients';

const minutesText = (minutes: number | undefined) =>
  minutes === undefined ? '' : ` ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function describeClient(context: ToolContext, input: ClientInput): ToolOutcome {
  const found = findClient(context, input.clientId, input.folder);
  if ('error' in found) {
    return found;
  }
  const { source, index, health } = found;
  const facts = clientFacts(source.file, index, context.today);
  const { client, currency } = facts;
  const at = (path: readonly (string | number)[]) => {
    const line = source.lineOf(path);
    return line === undefined ? '' : ` (${source.label}:${line})`;
  };
  const lines: string[] = [];
  lines.push(health ? clientLine(source, health) : `${client.name} (id ${client.id}, folder ${source.folder})`);
  if (source.lastValid) {
    lines.push('Read from the last valid version of the file: it has a problem now.');
  }
  lines.push(`Status: ${client.status ?? 'active'}. Currency: ${currency}.${client.taxId ? ` Tax number: ${client.taxId}.` : ''}`);
  if (input.includeContact && client.contact) {
    lines.push(`Contact: ${[client.contact.name, client.contact.email, client.contact.salutation].filter(Boolean).join(', ')}.`);
  }
  const c = client.contract;
  lines.push(
    c === undefined
      ? 'Contract: none recorded.'
      : `Contract${at([...facts.path, 'contract'])}: ${c.signed ? `signed ${c.signed}` : 'not signed'}` +
          `${c.start ? `, starts ${c.start}` : ''}, payment terms ${c.paymentTermsDays ?? 30} days` +
          `${c.hourlyRate === undefined ? '' : `, hourly rate ${moneyText(toMinor(c.hourlyRate, currency), currency)}`}` +
          `${c.extraHourlyRate === undefined ? '' : `, extra work ${moneyText(toMinor(c.extraHourlyRate, currency), currency)} an hour`}` +
          `${c.lateFeePercentPerMonth === undefined ? '' : `, late fee ${c.lateFeePercentPerMonth}% per month`}` +
          `${c.revisionsIncluded === undefined ? '' : `, ${c.revisionsIncluded} revision round${c.revisionsIncluded === 1 ? '' : 's'} included`}` +
          `${c.noticeDays === undefined ? '' : `, notice ${c.noticeDays} days`}.`,
  );
  lines.push('', `Invoices (${facts.invoices.length}):`);
  for (const i of facts.invoices) {
    const late = i.balance > 0 && context.today > i.due ? `, ${context.today - i.due} days late` : '';
    lines.push(
      `- ${i.number}: issued ${formatDate(i.issued)}, due ${formatDate(i.due)}, amount ${moneyText(i.amount, currency)}, paid ${moneyText(i.paid, currency)}, ` +
        `balance ${moneyText(Math.max(0, i.balance), currency)}${i.paidOn === undefined ? '' : `, paid in full on ${formatDate(i.paidOn)}`}${late}${at(i.path)}`,
    );
  }
  lines.push('', `Requests (${facts.requests.length}):`);
  // Revision rounds as the signals and the unbilled figure count them (health/extras.ts).
  const included = c?.revisionsIncluded;
  for (const { request: r, extra, round } of requestScopes(facts)) {
    const scope =
      round === undefined || included === undefined
        ? r.inScope ? 'in scope' : 'extra (out of scope)'
        : extra ? `extra (round ${round}, beyond the ${included} included)` : `in scope (round ${round} of the ${included} included)`;
    lines.push(
      `- ${formatDate(r.day)}${minutesText(r.minutes)} ${r.request.type} "${r.request.summary}": ${scope}` +
        `${extra ? (r.billed ? ', billed' : ', not billed') : ''}${r.hours > 0 ? `, ${r.hours} h` : ''}${at(r.path)}`,
    );
  }
  lines.push('', `Journal (${facts.journal.length}):`);
  for (const j of facts.journal) {
    const note = input.includeNotes ? (client.journal?.[j.index]?.note ?? '') : '';
    lines.push(`- ${formatDate(j.day)}${minutesText(j.minutes)} ${j.kind}${note ? `: "${note}"` : ''}${at(j.path)}`);
  }
  if (!input.includeNotes && facts.journal.length > 0) {
    lines.push('(Notes left out; ask with includeNotes: true to see them.)');
  }
  lines.push('', `Signals (${health?.signals.length ?? 0}):`);
  for (const signal of health?.signals ?? []) {
    lines.push(`- ${signal.severity} ${signal.id}: ${formatMessage(signal.message)} Remedy: ${formatMessage(signal.remedy)}`);
    for (const e of signal.evidence) {
      // A journal entry's evidence line quotes its note: left out unless asked, as in the journal above.
      const entry = e.kind === 'journal' && !input.includeNotes ? client.journal?.[Number(e.path.at(-1))] : undefined;
      lines.push(`  - ${entry ? `journal entry ${entry.kind} at ${entry.at}` : formatMessage(e.message)}${at(e.path)}`);
    }
  }
  return { text: lines.join('\n') };
}
