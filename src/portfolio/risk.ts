import { levelRank } from '../core/health/scoring';
import type { IndexedClient } from '../core/portfolio/figures';

/** Worst first: by level, then by score, then by name for a stable order; ended clients last. */
export function byRisk(clients: readonly IndexedClient[]): IndexedClient[] {
  return [...clients].sort(
    (a, b) =>
      Number(a.summary.status === 'ended') - Number(b.summary.status === 'ended') ||
      levelRank(b.summary.level) - levelRank(a.summary.level) ||
      a.summary.score - b.summary.score ||
      a.summary.name.localeCompare(b.summary.name),
  );
}
