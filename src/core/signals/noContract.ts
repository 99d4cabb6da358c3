/** noContract: work goes on without a signed contract, or the client refused to sign one. */
import { Evidence } from '../health/types';
import { date, msg } from '../messages';
import { SignalRule } from './signal';

/** The entry with the earliest day, the first in file order among equal days; undefined for no entries. */
function earliest<T>(entries: readonly T[], day: (entry: T) => number): T | undefined {
  let best: T | undefined;
  let bestDay = Infinity;
  for (const entry of entries) {
    const d = day(entry);
    if (best === undefined || d < bestDay) {
      best = entry;
      bestDay = d;
    }
  }
  return best;
}

export const noContract: SignalRule = ({ facts }) => {
  const contract = facts.client.contract;
  // A refusal counts whenever it was logged ("ever"), even if a contract was signed later: it stays on record until the user removes it.
  const refusals = facts.journal
    .filter((e) => e.kind === 'refusedContract')
    // Newest first: the latest refusal is the current state of the discussion.
    .sort((a, b) => b.day - a.day || (b.minutes ?? -1) - (a.minutes ?? -1) || b.index - a.index);

  // The earliest entry of each kind of work shows when work began without a contract (the first in the file among equal days).
  // Only looked for when no contract is signed: nothing else reads them.
  const signed = Boolean(contract?.signed);
  const firstInvoice = signed ? undefined : earliest(facts.invoices, (i) => i.issued);
  const firstHours = signed ? undefined : earliest(facts.hours, (h) => h.day);
  const firstRequest = signed ? undefined : facts.requests[0];
  const unsigned = !signed && (firstInvoice !== undefined || firstHours !== undefined || firstRequest !== undefined);
  if (!unsigned && refusals.length === 0) {
    return undefined;
  }

  const evidence: Evidence[] = refusals.map<Evidence>((e) => {
    const note = facts.client.journal?.[e.index]?.note?.trim();
    return {
      kind: 'journal',
      path: e.path,
      message: note ? msg('{0}: {1}', date(e.day), note) : msg('{0}: the client refused to sign the contract.', date(e.day)),
    };
  });
  if (unsigned) {
    evidence.push(
      contract === undefined
        ? { kind: 'contract', path: facts.path, message: msg('The file holds no contract for this client.') }
        : { kind: 'contract', path: [...facts.path, 'contract'], message: msg('The contract has no signed date.') },
    );
    const work: { day: number; evidence: Evidence }[] = [];
    if (firstInvoice) {
      work.push({
        day: firstInvoice.issued,
        evidence: { kind: 'invoice', path: firstInvoice.path, message: msg('Invoice {0} was issued on {1} without a signed contract.', firstInvoice.number, date(firstInvoice.issued)) },
      });
    }
    if (firstHours) {
      work.push({
        day: firstHours.day,
        evidence: { kind: 'hours', path: firstHours.path, message: msg('Hours were logged on {0} without a signed contract.', date(firstHours.day)) },
      });
    }
    if (firstRequest) {
      work.push({
        day: firstRequest.day,
        evidence: {
          kind: 'request',
          path: firstRequest.path,
          message: msg('Request "{0}" came in on {1} without a signed contract.', firstRequest.request.summary, date(firstRequest.day)),
        },
      });
    }
    // Stable sort: on the same day, invoice before hours before request.
    evidence.push(...work.sort((a, b) => a.day - b.day).map((w) => w.evidence));
  }

  let message;
  let figure;
  if (refusals.length > 0) {
    const refused = date(refusals[0].day);
    message = unsigned
      ? msg('The client refused to sign a contract on {0}, and work goes on without a signed one.', refused)
      : msg('The client refused to sign a contract on {0}.', refused);
    figure = msg('refused on {0}', refused);
  } else {
    const start = date(Math.min(...[firstInvoice?.issued, firstHours?.day, firstRequest?.day].filter((d): d is number => d !== undefined)));
    message = msg('Work has been going on since {0} without a signed contract.', start);
    figure = msg('work since {0}', start);
  }

  return {
    id: 'noContract',
    severity: 'critical',
    message,
    figure,
    evidence,
    remedy:
      refusals.length > 0
        ? msg(
            'A client who will not sign a contract leaves you without protection. Pause new work until a contract is signed, keep the paper trail, and if the client still refuses, end the relationship calmly and in writing.',
          )
        : msg(
            'Have the contract signed before any further work: included revisions and a rate beyond them, payment terms with a late fee, working hours, a notice period and a withdrawal clause.',
          ),
  };
};
