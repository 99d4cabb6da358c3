/** afterHours: requests and contacts outside working hours, and urgent demands, in the last windowDays days. */
import { TimedEntry, inWindow } from '../health/facts';
import { clock, outsideWorkingHours } from '../workingTime';
import { Evidence, Severity } from '../health/types';
import { date, msg, pluralMsg } from '../messages';
import { SignalRule } from './signal';

type Counted = { readonly entry: TimedEntry; readonly evidence: Evidence };

export const afterHours: SignalRule = ({ facts, today, rules }) => {
  const { windowDays, warning, critical } = rules.afterHours;
  const hours = facts.workingHours;
  const counted: Counted[] = [];

  for (const r of facts.requests) {
    if (inWindow(r.day, today, windowDays) && outsideWorkingHours(r, hours)) {
      counted.push({
        entry: r,
        evidence: {
          kind: 'request',
          path: r.path,
          message:
            r.minutes === undefined
              ? msg('Request "{0}" came in on {1}, a day you do not work.', r.request.summary, date(r.day))
              : msg('Request "{0}" came in on {1} at {2}, outside your working hours.', r.request.summary, date(r.day), clock(r.minutes)),
        },
      });
    }
  }
  for (const e of facts.journal) {
    if (!inWindow(e.day, today, windowDays)) {
      continue;
    }
    if (e.kind === 'urgentDemand') {
      // An urgent demand counts whatever the hour: it disrupts the working day too.
      counted.push({
        entry: e,
        evidence: {
          kind: 'journal',
          path: e.path,
          message: e.minutes === undefined ? msg('The client made an urgent demand on {0}.', date(e.day)) : msg('The client made an urgent demand on {0} at {1}.', date(e.day), clock(e.minutes)),
        },
      });
    } else if (e.kind === 'afterHoursContact' && e.minutes === undefined) {
      // Logged without a time, the entry's kind is the freelancer's word that it was after hours.
      counted.push({ entry: e, evidence: { kind: 'journal', path: e.path, message: msg('The client contacted you outside your working hours on {0}.', date(e.day)) } });
    } else if (e.kind === 'afterHoursContact' && outsideWorkingHours(e, hours)) {
      counted.push({
        entry: e,
        evidence: { kind: 'journal', path: e.path, message: msg('The client contacted you on {0} at {1}, outside your working hours.', date(e.day), clock(e.minutes!)) },
      });
    }
  }

  const count = counted.length;
  // Critical checked first, so settings with critical <= warning still yield critical; never a signal without an entry.
  const severity: Severity | undefined = count > 0 && count >= critical ? 'critical' : count > 0 && count >= warning ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }
  // Newest first (the latest intrusion matters most); a date without a time comes after the timed entries of its day; ties keep requests before journal entries, in file order.
  counted.sort((a, b) => b.entry.day - a.entry.day || (b.entry.minutes ?? -1) - (a.entry.minutes ?? -1));

  return {
    id: 'afterHours',
    severity,
    message: pluralMsg(
      count,
      {
        one: 'The client reached you outside your working hours or made an urgent demand once in the last {1} days.',
        other: 'The client reached you outside your working hours or made an urgent demand {0} times in the last {1} days.',
      },
      count,
      windowDays,
    ),
    figure: pluralMsg(count, { one: 'once in {1} days', other: '{0} times in {1} days' }, count, windowDays),
    evidence: counted.map((c) => c.evidence),
    remedy: msg(
      'Agree on your working hours and on what counts as urgent, and write both into the contract. Answer non-urgent requests during working hours, and price real emergencies as extra work.',
    ),
  };
};
