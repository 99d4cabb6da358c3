/**
 * `clientHealth.exchangeRates`: what one unit of a currency is worth in the freelancer's currency
 * ({ "USD": 0.92 }), set by the user. Used to compare rates across currencies (lowRate's median), never to add
 * money owed or invoiced. VS Code does not hold settings.json to the declared schema, so each entry is checked.
 */
import { isKnownCurrency } from '../money';

/** Past this a rate is a typing slip: no currency is worth a million of another that anyone invoices in. */
const MAX_RATE = 1e6;

export interface ExchangeRates {
  /** The rates taken, by ISO 4217 code. */
  readonly rates: Readonly<Record<string, number>>;
  /** The keys given and not taken (not a known currency code, or not a positive finite number). */
  readonly refused: readonly string[];
}

export function resolveExchangeRates(value: unknown): ExchangeRates {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { rates: {}, refused: [] };
  }
  const rates: Record<string, number> = {};
  const refused: string[] = [];
  // Own keys only: an inherited `constructor` or a polluted prototype is not a rate.
  for (const key of Object.keys(value)) {
    const rate: unknown = (value as Record<string, unknown>)[key];
    if (/^[A-Z]{3}$/.test(key) && isKnownCurrency(key) && typeof rate === 'number' && Number.isFinite(rate) && rate > 0 && rate <= MAX_RATE) {
      rates[key] = rate;
    } else {
      refused.push(key);
    }
  }
  return { rates, refused };
}
