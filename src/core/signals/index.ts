/** The rules of signals-v1, in its order; overtime, added by its clarifications, last. */
import { abuse } from './abuse';
import { afterHours } from './afterHours';
import { chronicLate } from './chronicLate';
import { haggling } from './haggling';
import { lowRate } from './lowRate';
import { lowVolume } from './lowVolume';
import { negativity } from './negativity';
import { noContract } from './noContract';
import { outgrown } from './outgrown';
import { overdue } from './overdue';
import { overtime } from './overtime';
import { poorFit } from './poorFit';
import { scopeCreep } from './scopeCreep';
import { SignalRule } from './signal';

export const SIGNAL_RULES: readonly SignalRule[] = [
  overdue,
  chronicLate,
  scopeCreep,
  noContract,
  afterHours,
  lowRate,
  haggling,
  abuse,
  negativity,
  poorFit,
  lowVolume,
  outgrown,
  overtime,
];
