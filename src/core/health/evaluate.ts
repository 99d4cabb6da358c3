/** evaluate(file, today, rules): the health of every client of a validated client file. Pure. */
import { ClientFile } from '../schema';
import { DayNumber } from '../dates';
import { SIGNAL_RULES } from '../signals';
import { PORTFOLIO_PEERS, PortfolioPeers } from '../signals/lowRate';
import { ClientFacts, clientFacts, workingHoursOf } from './facts';
import { moneyFigures } from './figures';
import { DEFAULT_RULES, Rules } from './rules';
import { score } from './scoring';
import { ClientHealth, SIGNAL_IDS, Signal } from './types';
import { GitEvidenceByClient, GitEvidenceForFile, gitEvidenceByClient } from '../gitHistory/evidence';

export interface EvaluateOptions {
  /** The git evidence of the file's repository (docs/git-evidence.md). Without it the rules read the client file only, as before. */
  readonly gitEvidence?: GitEvidenceForFile;
  /**
   * The clients of the portfolio's other files, compared with by lowRate (docs/portfolio.md); without them the clients of
   * this file are compared among themselves only (the CLI with one file, the tests).
   */
  readonly peers?: PortfolioPeers;
}

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const;

export function evaluate(file: ClientFile, today: DayNumber, rules: Rules = DEFAULT_RULES, options: EvaluateOptions = {}): ClientHealth[] {
  return evaluateEach(file, today, rules, options, (health) => health);
}

/**
 * What `each` makes of every client's health, given the facts the health was worked out from while they are still
 * at hand: the portfolio's summary reads the same facts, and building them twice was a sixth of a refresh.
 */
export function evaluateEach<R>(file: ClientFile, today: DayNumber, rules: Rules, options: EvaluateOptions, each: (health: ClientHealth, facts: ClientFacts) => R): R[] {
  return evaluateWith(
    file,
    file.clients.map((_, i) => i),
    today,
    rules,
    evaluationMemo(options.peers),
    options.gitEvidence ? gitEvidenceByClient(file, options.gitEvidence) : undefined,
    each,
  );
}

/** The memo an evaluation starts with: the portfolio's peers, where lowRate looks for them. */
export function evaluationMemo(peers?: PortfolioPeers): Map<string, unknown> {
  const memo = new Map<string, unknown>();
  if (peers) {
    memo.set(PORTFOLIO_PEERS, peers);
  }
  return memo;
}

/**
 * The health of the clients at `indices`, each as evaluate gives it. `memo` is shared by the rules within one
 * evaluation of this file (lowRatePeerKeys fills it too), and so is `git` (lowRatePeerKeys must be given the same).
 */
export function evaluateClients(
  file: ClientFile,
  indices: readonly number[],
  today: DayNumber,
  rules: Rules,
  memo = new Map<string, unknown>(),
  git?: GitEvidenceByClient,
): ClientHealth[] {
  return evaluateWith(file, indices, today, rules, memo, git, (health) => health);
}

function evaluateWith<R>(
  file: ClientFile,
  indices: readonly number[],
  today: DayNumber,
  rules: Rules,
  memo: Map<string, unknown>,
  git: GitEvidenceByClient | undefined,
  each: (health: ClientHealth, facts: ClientFacts) => R,
): R[] {
  const workingHours = workingHoursOf(file);
  // One client's facts at a time: they are garbage as soon as its health is known, which keeps a large file's
  // evaluation in the young generation of the heap.
  return indices.map((i) => {
    const facts = clientFacts(file, i, today, workingHours);
    const signals: Signal[] = [];
    if (facts.client.status !== 'ended') {
      const input = { facts, today, rules, memo, git };
      for (const rule of SIGNAL_RULES) {
        const signal = rule(input);
        if (signal) {
          signals.push(signal);
        }
      }
    }
    // Critical first, then in the order of signals-v1.
    signals.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id));
    const { score: value, level, breakdown } = score(signals);
    const health: ClientHealth = {
      index: facts.index,
      id: facts.client.id,
      name: facts.client.name,
      level,
      score: value,
      signals,
      breakdown,
      money: moneyFigures(facts, today, rules),
    };
    return each(health, facts);
  });
}
