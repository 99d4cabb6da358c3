/** Exact decimal text: e-invoice amounts are added (FatturaPA's payment lines, UBL's prepaid part) without ever becoming floats. */

/** More significant digits than a double holds exactly would make `Number(amount)` round. */
export const MAX_SIGNIFICANT_DIGITS = 15;

// xs:decimal: an optional sign, digits with an optional fraction, or a fraction alone (".5").
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(text: string): Scaled | undefined {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    return undefined;
  }
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const whole = m[2].replace(/^0+/, '');
  if (whole.length + fraction.length > MAX_SIGNIFICANT_DIGITS) {
    return undefined;
  }
  const units = BigInt((whole || '0') + fraction);
  return { units: m[1] === '-' ? -units : units, scale: fraction.length };
}

function text(value: Scaled): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The canonical form of a decimal (`"+04675.00"` -> `"4675"`), or undefined when it is none or too precise to stay exact. */
export function canonicalDecimal(value: string): string | undefined {
  const parsed = scaled(value.trim());
  return parsed && text(parsed);
}

/** The exact sum of canonical decimals, or undefined when it needs more digits than a double keeps. */
export function addDecimals(values: readonly string[]): string | undefined {
  let sum: Scaled = { units: 0n, scale: 0 };
  for (const value of values) {
    const next = scaled(value);
    if (!next) {
      return undefined;
    }
    const scale = Math.max(sum.scale, next.scale);
    sum = { units: sum.units * 10n ** BigInt(scale - sum.scale) + next.units * 10n ** BigInt(scale - next.scale), scale };
  }
  const total = text(sum);
  return canonicalDecimal(total) === undefined ? undefined : total;
}
