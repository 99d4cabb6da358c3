/** The health of one client: what the signals found, the score and the level. */
import { Message } from '../messages';
import { Minor } from '../money';

export const SIGNAL_IDS = [
  'overdue',
  'chronicLate',
  'scopeCreep',
  'noContract',
  'afterHours',
  'lowRate',
  'haggling',
  'abuse',
  'negativity',
  'poorFit',
  'lowVolume',
  'outgrown',
  // Added after signals-v1's table (its clarifications): last, so the order of the first twelve stays.
  'overtime',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];
export type Severity = 'warning' | 'critical';
export type Level = 'healthy' | 'watch' | 'atRisk' | 'partWays';
export const LEVELS: readonly Level[] = ['healthy', 'watch', 'atRisk', 'partWays'];

/** Where in the client file a piece of evidence lives, as a JSON path from the file's root. */
export type EntryPath = readonly (string | number)[];

export type EvidenceKind = 'invoice' | 'request' | 'journal' | 'hours' | 'contract' | 'fit' | 'figure' | 'commit';

export interface Evidence {
  readonly kind: EvidenceKind;
  /** JSON path of the entry, e.g. ['clients', 0, 'invoices', 2]; map to a source range with rangeForPath. */
  readonly path: EntryPath;
  /** One line for a person: "2026-001: 1 200,00 € due 2026-03-03, 12 days late". */
  readonly message: Message;
  /** For a `commit`, its full hash (the path is then the client's: a commit is not in the client file). */
  readonly commit?: string;
}

export interface Signal {
  readonly id: SignalId;
  readonly severity: Severity;
  /** The full sentence: "2 invoices are overdue and €7,700.00 is still owed on them; the oldest, NW-9, is 33 days late." */
  readonly message: Message;
  /** The key figures, short enough for a tree row beside the signal's name: "2 invoices, €7,700.00, 33 days". */
  readonly figure: Message;
  readonly evidence: readonly Evidence[];
  /** What to do about it. */
  readonly remedy: Message;
}

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface MoneyFigures {
  readonly currency: string;
  /** Sum of balances, in minor units. */
  readonly outstanding: Minor;
  /** Sum of balances past due (after grace days), in minor units. */
  readonly overdue: Minor;
  /** Hours of unbilled extras x extraHourlyRate (or hourlyRate), in minor units. */
  readonly unbilledExtra: Minor;
  /** Balances by days past due; 'current' holds balances not yet due. */
  readonly aging: Readonly<Record<AgingBucket, Minor>>;
}

export interface ScoreShare {
  readonly id: SignalId;
  readonly severity: Severity;
  /** Points this signal took off the score. */
  readonly points: number;
}

export interface ClientHealth {
  /** Index of the client in the file's clients array. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly score: number;
  readonly signals: readonly Signal[];
  readonly breakdown: readonly ScoreShare[];
  readonly money: MoneyFigures;
}
