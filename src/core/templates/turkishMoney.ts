/**
 * Money as Turkish business letters and invoices write it: the amount, then
 * the currency, "2.000,00 €" and "1.500,00 TL". Intl's tr-TR puts the symbol
 * first ("€2.000,00", "₺1.500,00"), which reads as a price tag, not a letter.
 */
import { Minor, fromMinor } from '../money';

// Building an Intl.NumberFormat costs far more than using one; a statement formats every row.
const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('tr-TR', { style: 'currency', currency });
    formats.set(currency, format);
  }
  return format;
}

export function turkishMoney(minor: Minor, currency: string): string {
  const parts = currencyFormat(currency).formatToParts(fromMinor(minor, currency));
  const amount = parts
    .filter((p) => p.type !== 'currency')
    .map((p) => p.value)
    .join('')
    .trim()
    // Without the currency, the space that separated it from the minus sign stays: "- 2.000,00".
    .replace(/^([-\u2212])\s+/, '$1');
  // Turkish writes its own currency TL in running text and on invoices, rarely ₺.
  const symbol = currency === 'TRY' ? 'TL' : parts.find((p) => p.type === 'currency')?.value ?? currency;
  // A no-break space: the currency never starts a line on its own.
  return `${amount}\u00a0${symbol}`;
}
