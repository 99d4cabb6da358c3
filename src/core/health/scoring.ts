/**
 * Score and level. The weights are the team's choice (README, "How the score
 * works"): each signal takes points off 100, a critical one more than a warning.
 */
import { Level, ScoreShare, Severity, Signal, SignalId } from './types';

export const WEIGHTS: Readonly<Record<SignalId, Readonly<Record<Severity, number>>>> = {
  overdue: { warning: 12, critical: 25 },
  chronicLate: { warning: 10, critical: 20 },
  scopeCreep: { warning: 8, critical: 18 },
  noContract: { warning: 10, critical: 20 },
  afterHours: { warning: 6, critical: 14 },
  lowRate: { warning: 8, critical: 16 },
  haggling: { warning: 6, critical: 14 },
  abuse: { warning: 40, critical: 40 },
  negativity: { warning: 8, critical: 16 },
  poorFit: { warning: 6, critical: 14 },
  lowVolume: { warning: 6, critical: 12 },
  outgrown: { warning: 6, critical: 12 },
  // As afterHours: both say the client's work spills outside your working hours.
  overtime: { warning: 6, critical: 14 },
};

/** Below this score a client with signals is at risk rather than one to watch. */
export const AT_RISK_BELOW = 70;

export interface Score {
  readonly score: number;
  readonly level: Level;
  readonly breakdown: readonly ScoreShare[];
}

export function score(signals: readonly Signal[]): Score {
  const breakdown = signals
    .map<ScoreShare>((s) => ({ id: s.id, severity: s.severity, points: WEIGHTS[s.id][s.severity] }))
    .sort((a, b) => b.points - a.points);
  const value = Math.max(0, 100 - breakdown.reduce((sum, s) => sum + s.points, 0));
  return { score: value, level: level(signals, value), breakdown };
}

/**
 * The points a signal took off the score: the one figure the tree's tooltip
 * ("−25: ..."), the dashboard's breakdown and the CLI report all show.
 */
export function pointsLost(breakdown: readonly ScoreShare[], id: SignalId): number {
  return breakdown.filter((s) => s.id === id).reduce((sum, s) => sum + s.points, 0);
}

/**
 * No signal: healthy. Abuse, or two critical signals: part ways. Otherwise the
 * score decides between watch and at risk; the score alone never says part
 * ways, and one critical signal is at most at risk.
 */
export function level(signals: readonly Signal[], value: number): Level {
  if (signals.length === 0) {
    return 'healthy';
  }
  const criticals = signals.filter((s) => s.severity === 'critical').length;
  if (criticals >= 2 || signals.some((s) => s.id === 'abuse')) {
    return 'partWays';
  }
  return value >= AT_RISK_BELOW ? 'watch' : 'atRisk';
}

const ORDER: Record<Level, number> = { healthy: 0, watch: 1, atRisk: 2, partWays: 3 };

export function levelRank(level: Level): number {
  return ORDER[level];
}
