/**
 * `clientHealth.lateFees.referenceRates`: newer reference rates than the shipped ones, `[{ "source", "from", "percent" }]`.
 * A settings file can come with a repository, so the value is read as untrusted input: known keys only, known
 * sources, real dates, a bounded list; an entry that fails is left out and counted, the others are kept.
 */
import * as z from 'zod/mini';
import { parseDate } from '../dates';
import { RATE_SOURCES, RateEntry, SHIPPED_RATES, RateSource } from './rates';

/** The setting's full id, as a settings.json holds it. */
export const REFERENCE_RATES_SETTING = 'clientHealth.lateFees.referenceRates';

/** Far more than a few years of half-yearly rates for every source; a longer list is not a list of rates. */
export const MAX_RATE_ENTRIES = 500;

let entrySchema: z.ZodMiniType<{ source: RateSource; from: string; percent: number }> | undefined;

function schema() {
  return (entrySchema ??= z.strictObject({
    source: z.enum(RATE_SOURCES),
    from: z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/),
      z.refine((s) => parseDate(s) !== undefined),
    ),
    // Negative policy rates have existed (the ECB deposit rate); a late-payment reference rate above 100 % has not.
    percent: z.number().check(z.gte(-10), z.lte(100)),
  }));
}

export interface ReferenceRatesSetting {
  readonly rates: readonly RateEntry[];
  /** Entries left out: wrong shape, unknown key or source, no real date, out of range, or past MAX_RATE_ENTRIES. */
  readonly refused: number;
}

/** The entries of the setting that can be used. Anything but a list is no entry at all (and refused when present). */
export function readReferenceRates(value: unknown): ReferenceRatesSetting {
  if (value === undefined || value === null) {
    return { rates: [], refused: 0 };
  }
  if (!Array.isArray(value)) {
    return { rates: [], refused: 1 };
  }
  const rates: RateEntry[] = [];
  let refused = Math.max(0, value.length - MAX_RATE_ENTRIES);
  for (const item of (value as unknown[]).slice(0, MAX_RATE_ENTRIES)) {
    // Own keys only: a value built in code (not parsed JSON) could inherit a key it does not hold.
    const own = item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item)) : item;
    const parsed = schema().safeParse(own);
    if (parsed.success) {
      rates.push({ source: parsed.data.source, from: parsed.data.from, percent: parsed.data.percent });
    } else {
      refused++;
    }
  }
  return { rates, refused };
}

/**
 * The shipped rates with the user's added, each source's entries in date order. For the same source and day the
 * later entry wins: the settings' over the shipped ones, and within the settings the one written last.
 */
export function mergeRates(added: readonly RateEntry[], shipped: readonly RateEntry[] = SHIPPED_RATES): readonly RateEntry[] {
  const byKey = new Map<string, RateEntry>();
  for (const entry of [...shipped, ...added]) {
    byKey.set(`${entry.source}|${entry.from}`, entry);
  }
  return [...byKey.values()].sort((a, b) => (a.source === b.source ? a.from.localeCompare(b.from) : a.source.localeCompare(b.source)));
}

/**
 * The setting's value as drafts and the dashboard use it: the shipped rates with the usable entries added
 * (mergeRates), and how many entries were left out, for a warning.
 */
export function ratesFromSetting(value: unknown): ReferenceRatesSetting {
  const read = readReferenceRates(value);
  return { rates: mergeRates(read.rates), refused: read.refused };
}
