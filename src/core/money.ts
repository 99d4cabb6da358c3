/**
 * Money is entered as decimals in the file and computed in integer minor units
 * of its currency, so that sums of payments never drift by a fraction of a cent.
 * The number of minor units comes from Intl (JPY has 0, EUR 2, KWD 3).
 */

/** An amount in the currency's minor units (cents for EUR). Always an integer. */
export type Minor = number;

const digitsCache = new Map<string, number>();

let supported: Set<string> | undefined;

/** True for an ISO 4217 code that this runtime's Intl knows. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) {
    return false;
  }
  if (!supported) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    supported = new Set(intl.supportedValuesOf ? intl.supportedValuesOf('currency') : []);
  }
  return supported.size === 0 || supported.has(code);
}

/**
 * Minor units that ISO 4217 and CLDR have always agreed on, answered without Intl: the first currency formatter
 * of a process loads Intl's data (30–110 ms here), and this is on the path to the first view of the clients.
 * Every other code asks Intl, as the formatters that show the amounts do.
 */
export const SETTLED_DIGITS: ReadonlyMap<string, number> = new Map<string, number>([
  ['EUR', 2],
  ['USD', 2],
  ['GBP', 2],
  ['CHF', 2],
  ['TRY', 2],
  ['CAD', 2],
  ['AUD', 2],
  ['SEK', 2],
  ['NOK', 2],
  ['DKK', 2],
  ['PLN', 2],
  ['JPY', 0],
]);

export function minorDigits(currency: string): number {
  let digits = SETTLED_DIGITS.get(currency) ?? digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

// The factor of the last currency asked for: a file's amounts come in runs of one currency.
let lastCurrency: string | undefined;
let lastFactor = 100;

function factorOf(currency: string): number {
  if (currency !== lastCurrency) {
    lastFactor = 10 ** minorDigits(currency);
    lastCurrency = currency;
  }
  return lastFactor;
}

/** Decimal amount -> minor units, rounding half away from zero at the currency's precision. */
export function toMinor(amount: number, currency: string): Minor {
  const x = Math.abs(amount) * factorOf(currency);
  // toFixed-based scaling avoids 1.005 * 100 = 100.49999 style drift. toFixed(6) moves x by at most
  // half a millionth, so it can only change the rounding when x lies that close to a half: anywhere
  // else Math.round(x) gives the same integer without building and reading back a string.
  // (NaN and Infinity fail the test and take the exact path.)
  const fraction = x - Math.floor(x);
  const rounded = fraction < 0.499_99 || fraction > 0.500_01 ? Math.round(x) : Math.round(Number(x.toFixed(6)));
  return amount < 0 ? -rounded : rounded;
}

/** Minor units -> decimal amount, for JSON output and for writing back to the file. */
export function fromMinor(minor: Minor, currency: string): number {
  const digits = minorDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
}

/** True when an amount has more decimals than its currency allows (12.345 EUR). */
export function hasExcessPrecision(amount: number, currency: string): boolean {
  const scaled = amount * factorOf(currency);
  return Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled));
}

export function sumMinor(values: readonly Minor[]): Minor {
  let total = 0;
  for (const v of values) {
    total += v;
  }
  return total;
}

/** Formats minor units for a person, in a locale: `1 234,50 €` in French, `€1,234.50` in English. */
export function formatMoney(minor: Minor, currency: string, locale = 'en'): string {
  return currencyFormat(locale, currency).format(fromMinor(minor, currency));
}

// Building an Intl.NumberFormat costs far more than using one; reports format thousands of amounts.
const formats = new Map<string, Intl.NumberFormat>();

/**
 * Italian CLDR data has minimumGroupingDigits 2, so Intl's default (`auto`) writes 1200,00 € but
 * 12.000,00 €. Italian invoices and letters group every amount from 1.000 up, and an amount must not
 * change its look with its size in one table. `useGrouping: true` is `always` since ECMA-402's
 * NumberFormat v3 (TypeScript's ES2022 lib types the option as a boolean): 1.200,00 €.
 */
const GROUP_ALWAYS = new Set(['it']);

/** Intl options that group every amount of 1000 or more in the languages that write them so. */
export function moneyGrouping(locale: string): Intl.NumberFormatOptions {
  return GROUP_ALWAYS.has(locale.toLowerCase().split(/[-_]/)[0]) ? { useGrouping: true } : {};
}

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...moneyGrouping(locale) });
    formats.set(key, format);
  }
  return format;
}
