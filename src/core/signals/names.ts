/** The short name of each signal, for a tree row or a table cell; its full sentence is the signal's message. */
import { SignalId } from '../health/types';
import { Message, msg } from '../messages';

const NAMES: Readonly<Record<SignalId, Message>> = {
  overdue: msg('Overdue'),
  chronicLate: msg('Chronic late payment'),
  scopeCreep: msg('Scope creep'),
  noContract: msg('No signed contract'),
  afterHours: msg('After hours'),
  lowRate: msg('Low rate'),
  haggling: msg('Haggling'),
  abuse: msg('Abuse'),
  negativity: msg('Negativity'),
  poorFit: msg('Poor fit'),
  lowVolume: msg('Low volume'),
  outgrown: msg('Outgrown'),
  overtime: msg('Overtime'),
};

export function signalName(id: SignalId): Message {
  return NAMES[id];
}
