/** evaluate(file, today, rules): the health of every client of a validated client file. Pure. */
import { ClientFile } from '../schema';
import { DayNumber } from '../dates';
import { SIGNAL_RULES } from '../signals';
import { clientFacts, workingHoursOf } from './facts';
import { moneyFigures } from './figures';
import { DEFAULT_RULES, Rules } from './rules';
import { score } from './scoring';
import { ClientHealth, SIGNAL_IDS, Signal } from './types';

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const;

export function evaluate(file: ClientFile, today: DayNumber, rules: Rules = DEFAULT_RULES): ClientHealth[] {
  const workingHours = workingHoursOf(file);
  const all = file.clients.map((_, i) => clientFacts(file, i, today, workingHours));
  const memo = new Map<string, unknown>();
  return all.map((facts) => {
    const signals: Signal[] = [];
    if (facts.client.status !== 'ended') {
      for (const rule of SIGNAL_RULES) {
        const signal = rule({ facts, today, rules, all, memo });
        if (signal) {
          signals.push(signal);
        }
      }
    }
    // Critical first, then in the order of signals-v1.
    signals.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id));
    const { score: value, level, breakdown } = score(signals);
    return {
      index: facts.index,
      id: facts.client.id,
      name: facts.client.name,
      level,
      score: value,
      signals,
      breakdown,
      money: moneyFigures(facts, today, rules),
    };
  });
}
