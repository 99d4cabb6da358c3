/**
 * Reference rates as dated data. Each entry says: from this day on, the source's rate is `percent` (until a later
 * entry). An entry may repeat the rate before it: it records that the rate was checked to still be in force on that
 * day, which is how far the data is known to reach (`ratesUpTo`). Where each figure was read is in
 * docs/late-payment-law.md; the setting clientHealth.lateFees.referenceRates adds newer entries (settings.ts).
 */

/** Where a rule's reference rate comes from. */
export const RATE_SOURCES = ['ECB', 'BoE', 'Bundesbank', 'TCMB', 'FR-legal'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

export interface RateEntry {
  readonly source: RateSource;
  /** YYYY-MM-DD: the first day this rate is in force. */
  readonly from: string;
  /** Annual rate in percent (4.5 for 4.50 %). */
  readonly percent: number;
  /** Where the figure was read; absent for entries from the user's settings. */
  readonly cite?: string;
}

const ECB_TABLE = 'ECB, key ECB interest rates, main refinancing operations (fixed rate), date of effect';
const BUNDESBANK = 'Deutsche Bundesbank, Basiszinssatz nach § 247 BGB';
const BOE = 'Bank of England, Bank Rate (official dealing rate) in force on the day';
const TCMB = 'TCMB tebliğ under TTK 1530/7, Resmî Gazete';
const FR_LEGAL = 'Arrêté fixant le taux de l’intérêt légal, « tous les autres cas »';

export const SHIPPED_RATES: readonly RateEntry[] = [
  // ECB main refinancing operations: every change from December 2022 on.
  { source: 'ECB', from: '2022-12-21', percent: 2.5, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-02-08', percent: 3.0, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-03-22', percent: 3.5, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-05-10', percent: 3.75, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-06-21', percent: 4.0, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-08-02', percent: 4.25, cite: ECB_TABLE },
  { source: 'ECB', from: '2023-09-20', percent: 4.5, cite: ECB_TABLE },
  { source: 'ECB', from: '2024-06-12', percent: 4.25, cite: ECB_TABLE },
  { source: 'ECB', from: '2024-09-18', percent: 3.65, cite: ECB_TABLE },
  { source: 'ECB', from: '2024-10-23', percent: 3.4, cite: ECB_TABLE },
  { source: 'ECB', from: '2024-12-18', percent: 3.15, cite: ECB_TABLE },
  { source: 'ECB', from: '2025-02-05', percent: 2.9, cite: ECB_TABLE },
  { source: 'ECB', from: '2025-03-12', percent: 2.65, cite: ECB_TABLE },
  { source: 'ECB', from: '2025-04-23', percent: 2.4, cite: ECB_TABLE },
  { source: 'ECB', from: '2025-06-11', percent: 2.15, cite: ECB_TABLE },
  // Unchanged at the last operation of 2025 (22 December), per the Bundesbank's notice of the base rate for 2026-01-01.
  { source: 'ECB', from: '2026-01-01', percent: 2.15, cite: 'Deutsche Bundesbank, Bekanntgabe des Basiszinssatzes zum 1. Januar 2026' },

  // Bundesbank base rate, set each 1 January and 1 July (§ 247 BGB).
  { source: 'Bundesbank', from: '2023-01-01', percent: 1.62, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2023-07-01', percent: 3.12, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2024-01-01', percent: 3.62, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2024-07-01', percent: 3.37, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2025-01-01', percent: 2.27, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2025-07-01', percent: 1.27, cite: BUNDESBANK },
  { source: 'Bundesbank', from: '2026-01-01', percent: 1.27, cite: BUNDESBANK },

  // Bank Rate in force on each 30 June and 31 December, the days the 2002 Order reads it on.
  { source: 'BoE', from: '2022-12-31', percent: 3.5, cite: BOE },
  { source: 'BoE', from: '2023-06-30', percent: 5.0, cite: BOE },
  { source: 'BoE', from: '2023-12-31', percent: 5.25, cite: BOE },
  { source: 'BoE', from: '2024-06-30', percent: 5.25, cite: BOE },
  { source: 'BoE', from: '2024-12-31', percent: 4.75, cite: BOE },
  { source: 'BoE', from: '2025-06-30', percent: 4.25, cite: BOE },
  { source: 'BoE', from: '2025-12-31', percent: 3.75, cite: BOE },

  // The late-payment rate the TCMB announces each January under TTK 1530/7 (already above the 3095 rate).
  { source: 'TCMB', from: '2023-01-01', percent: 11.75, cite: `${TCMB} 32061 (2023-01-02)` },
  { source: 'TCMB', from: '2024-01-01', percent: 48, cite: `${TCMB} 32417 (2024-01-02)` },
  { source: 'TCMB', from: '2025-01-01', percent: 53.25, cite: `${TCMB} 32770 (2025-01-02)` },
  { source: 'TCMB', from: '2026-01-01', percent: 43, cite: `${TCMB} (2026-01-02)` },

  // French legal interest rate for creditors acting professionally: the floor of three times it (L441-10).
  { source: 'FR-legal', from: '2025-01-01', percent: 3.71, cite: FR_LEGAL },
  { source: 'FR-legal', from: '2025-07-01', percent: 2.76, cite: `${FR_LEGAL}, arrêté du 19 juin 2025` },
  { source: 'FR-legal', from: '2026-01-01', percent: 2.62, cite: `${FR_LEGAL}, arrêté du 15 décembre 2025` },
];

/** The TTK 1530/7 minimum compensation for collection costs, in Turkish lira, announced with the rate each January. */
export const TR_MINIMUM_COMPENSATION: readonly { readonly from: string; readonly amount: number; readonly cite: string }[] = [
  { from: '2023-01-01', amount: 800, cite: `${TCMB} 32061` },
  { from: '2024-01-01', amount: 1310, cite: `${TCMB} 32417` },
  { from: '2025-01-01', amount: 1475, cite: `${TCMB} 32770` },
  { from: '2026-01-01', amount: 2020, cite: `${TCMB} (2026-01-02)` },
];
