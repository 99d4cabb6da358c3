/** lowVolume: an established active client invoiced less than minInvoicedHours at the standard rate in the last windowDays days. */
import { parseDate } from '../dates';
import { inWindow } from '../health/facts';
import { Evidence } from '../health/types';
import { date, money, msg, quantity } from '../messages';
import { sumMinor, toMinor } from '../money';
import { SignalRule } from './signal';
import { gitHoursInWindow, hoursSource } from '../gitHistory/evidence';
import { gitHoursEvidence } from './lowRate';

export const lowVolume: SignalRule = ({ facts, today, rules, git }) => {
  const status = facts.client.status ?? 'active';
  // Only active clients: an ending client is already on its way out, an ended one yields no signals.
  if (status !== 'active') {
    return undefined;
  }
  const rate = facts.file.freelancer.standardHourlyRate;
  const startText = facts.client.contract?.start;
  if (rate === undefined || startText === undefined) {
    return undefined;
  }
  const start = parseDate(startText)!;
  const { activeForDays, windowDays, minInvoicedHours } = rules.lowVolume;
  // "More than N days ago": a start exactly N days before today is still too recent.
  if (today - start <= activeForDays) {
    return undefined;
  }
  const currency = facts.currency;
  // The standard rate is taken as an amount in the client's currency (the file holds no exchange rates).
  const minimum = toMinor(minInvoicedHours * rate, currency);
  const recent = facts.invoices.filter((i) => inWindow(i.issued, today, windowDays)).sort((a, b) => b.issued - a.issued || b.index - a.index);
  const invoiced = sumMinor(recent.map((i) => i.amount));
  if (invoiced >= minimum) {
    return undefined;
  }
  const evidence: Evidence[] = [
    {
      kind: 'figure',
      path: facts.path,
      message: msg(
        'Invoiced in the last {0} days: {1}, below the minimum of {2} ({3} at {4} an hour).',
        windowDays,
        money(invoiced, currency),
        money(minimum, currency),
        quantity(minInvoicedHours, 'hour'),
        money(toMinor(rate, currency), currency),
      ),
    },
    { kind: 'contract', path: [...facts.path, 'contract'], message: msg('The contract started on {0}.', date(start)) },
    ...recent.map<Evidence>((i) => ({
      kind: 'invoice',
      path: i.path,
      message: msg('Invoice {0}, issued on {1}: {2}.', i.number, date(i.issued), money(i.amount, currency)),
    })),
  ];
  // With git evidence, the hours worked in the window sit beside what was invoiced for them: few invoices for
  // many hours is work to bill rather than a client with too little work, and the user should see which it is.
  const evidenceOfGit = git?.get(facts.index);
  let worked: ReturnType<typeof gitHoursInWindow> | undefined;
  if (evidenceOfGit) {
    const logged = facts.hours.filter((h) => inWindow(h.day, today, windowDays));
    if (hoursSource(logged.length > 0, evidenceOfGit) === 'git') {
      worked = gitHoursInWindow(evidenceOfGit, today, windowDays);
      evidence.splice(1, 0, gitHoursEvidence(facts.path, worked, windowDays));
    } else {
      const sum = Math.round(logged.reduce((total, h) => total + h.hours, 0) * 1e6) / 1e6;
      evidence.splice(1, 0, { kind: 'figure', path: facts.path, message: msg('Hours logged in the last {0} days: {1}.', windowDays, quantity(sum, 'hour')) });
    }
  }
  return {
    id: 'lowVolume',
    severity: 'warning',
    message: worked
      ? msg(
          'You invoiced {0} in the last {1} days, less than {2} at your standard rate ({3}), while your commits show {4} of work.',
          money(invoiced, currency),
          windowDays,
          quantity(minInvoicedHours, 'hour'),
          money(minimum, currency),
          quantity(worked.hours, 'hour'),
        )
      : msg(
      'You invoiced {0} in the last {1} days, less than {2} at your standard rate ({3}).',
      money(invoiced, currency),
      windowDays,
      quantity(minInvoicedHours, 'hour'),
      money(minimum, currency),
    ),
    figure: msg('{0} invoiced in {1} days', money(invoiced, currency), windowDays),
    evidence,
    remedy: msg(
      'Propose a minimum monthly volume or a retainer that justifies your time; if the client cannot commit to it, part ways with notice, professionally and without blame.',
    ),
  };
};
