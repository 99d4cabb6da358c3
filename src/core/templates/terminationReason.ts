/** Which termination reason a client's health points to, preselected in Draft Termination Email. */
import { ClientHealth, SIGNAL_IDS, Signal, SignalId } from '../health/types';
import { Client } from '../schema';
import { TerminationReason } from './text/termination';

/**
 * The reason a signal points to, for every signal id:
 *
 * | signal | reason |
 * |---|---|
 * | overdue, chronicLate | payment |
 * | scopeCreep | scopeCreep |
 * | noContract | noContract |
 * | afterHours | disrespectOfTime |
 * | lowRate, haggling | rateTooLow |
 * | abuse | abuse |
 * | negativity | noLongerFit (blame-free: the email does not tell them they are negative) |
 * | poorFit | noLongerFit; styleMismatch when the client is given and its style rating is the lower one |
 * | lowVolume | notEnoughWork |
 * | outgrown | noLongerFit (the business has grown) |
 * | overtime | disrespectOfTime (the work does not fit in working hours) |
 */
export const REASON_FOR_SIGNAL: Readonly<Record<SignalId, TerminationReason>> = {
  overdue: 'payment',
  chronicLate: 'payment',
  scopeCreep: 'scopeCreep',
  noContract: 'noContract',
  afterHours: 'disrespectOfTime',
  lowRate: 'rateTooLow',
  haggling: 'rateTooLow',
  abuse: 'abuse',
  negativity: 'noLongerFit',
  poorFit: 'noLongerFit',
  lowVolume: 'notEnoughWork',
  outgrown: 'noLongerFit',
  overtime: 'disrespectOfTime',
};

/** Reason preselected when a client has no signal: the most neutral one. */
export const DEFAULT_TERMINATION_REASON: TerminationReason = 'noLongerFit';

/**
 * Preselects the reason of a termination email from the client's worst
 * signal: abuse whenever it is present, else the first critical signal, else
 * the first warning, in the order of SIGNAL_IDS. No signal: noLongerFit.
 * @param client the client, to tell a style mismatch from work you dread (poorFit)
 */
export function suggestTerminationReason(
  source: ClientHealth | readonly Pick<Signal, 'id' | 'severity'>[],
  client?: Pick<Client, 'fit'>,
): TerminationReason {
  const signals: readonly Pick<Signal, 'id' | 'severity'>[] = 'signals' in source ? source.signals : source;
  const rank = (s: Pick<Signal, 'id' | 'severity'>) => (s.id === 'abuse' ? -1 : s.severity === 'critical' ? 0 : 1) * 100 + SIGNAL_IDS.indexOf(s.id);
  const worst = [...signals].sort((a, b) => rank(a) - rank(b))[0];
  if (!worst) {
    return DEFAULT_TERMINATION_REASON;
  }
  if (worst.id === 'poorFit' && client?.fit?.styleMatch !== undefined) {
    const { styleMatch, enjoyment } = client.fit;
    return enjoyment === undefined || styleMatch <= enjoyment ? 'styleMismatch' : 'noLongerFit';
  }
  return REASON_FOR_SIGNAL[worst.id];
}
