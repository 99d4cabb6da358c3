/**
 * Reads an amount of money typed into a prompt, the way the display language
 * writes numbers: "1,200" is twelve hundred in English and "1,2" is one point
 * two in French. A mark the language does not use itself (a point in French)
 * is read only where it can mean one thing; "1.200" in French could be either
 * and is refused, with a message that shows how to write it.
 */
import { Message, msg } from './messages';
import { Minor, minorDigits, moneyGrouping, toMinor } from './money';

/** The schema's bound on an amount. */
export const MAX_TYPED_AMOUNT = 1e12;

// Longer than any amount up to the bound, with separators and spaces around it.
const MAX_TEXT = 64;

export type AmountReading = { readonly ok: true; readonly amount: number; readonly minor: Minor } | { readonly ok: false; readonly problem: Message };

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

// Space-like and apostrophe group separators are never decimal separators, in any language.
const SPACES = /[ \u00a0\u2009\u202f]/;
const APOSTROPHES = /['\u2019]/;

/** A separator folded to its kind: all spaces are one kind, both apostrophes another. */
function kindOf(char: string): string {
  return SPACES.test(char) ? ' ' : APOSTROPHES.test(char) ? "'" : char;
}

function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    // VS Code's display language is always a valid tag; a malformed one reads numbers the English way.
    return 'en';
  }
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(usableLocale(locale), { numberingSystem: 'latn', ...options });
}

function separatorsOf(locale: string): Separators {
  const parts = numberFormat(locale, {}).formatToParts(1234567.5);
  const find = (type: string, fallback: string) => kindOf(parts.find((p) => p.type === type)?.value ?? fallback);
  return { decimal: find('decimal', '.'), group: find('group', ',') };
}

/** An amount written for the prompt's input: the language's decimal separator, no grouping ("82,50" in French). */
export function formatAmountInput(amount: number, currency: string, locale: string): string {
  const digits = Number.isInteger(amount) ? 0 : minorDigits(currency);
  return numberFormat(locale, { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

/** An example amount in the language's way, with the currency's decimals: "1,234.50" in English, "1 234,50" in French. */
function example(currency: string, locale: string): string {
  const digits = minorDigits(currency);
  // Grouped as the language writes amounts (Italian groups four digits too: 1.234,50), like the amounts shown elsewhere.
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...moneyGrouping(locale) }).format(digits === 0 ? 1234 : 1234.5);
}

const malformed = (currency: string, locale: string) => msg('Enter the amount in digits, such as {0} or {1}.', example(currency, locale), '1200');

/** The lengths of the digit runs between group separators that the language itself writes for `integer`. */
function localeGrouping(integer: string, locale: string): number[] {
  const text = numberFormat(locale, { maximumFractionDigits: 0 }).format(Number(integer));
  return text.split(/[^0-9]+/).map((run) => run.length);
}

/** Digit runs joined by group separators: 1 to 3 digits then groups of 3, or the language's own grouping (12,34,567 in Hindi). */
function validGrouping(runs: readonly string[], locale: string): boolean {
  if (runs.length === 1) {
    return true;
  }
  const lengths = runs.map((r) => r.length);
  const standard = lengths[0] <= 3 && lengths.slice(1).every((n) => n === 3);
  return standard || localeGrouping(runs.join(''), locale).join() === lengths.join();
}

type Digits = { readonly integer: string; readonly fraction: string };

/** Integer and fraction digits of the text, or why it cannot be read. */
function split(text: string, currency: string, locale: string): Digits | Message {
  if (/^[-\u2212]/.test(text)) {
    return msg('Enter an amount greater than 0, such as {0}.', example(currency, locale));
  }
  const runs = text.split(/[^0-9]/);
  if (!/^[0-9.,'\u2019 \u00a0\u2009\u202f]+$/.test(text) || runs.some((r) => r === '')) {
    return malformed(currency, locale);
  }
  const marks = (text.match(/[^0-9]/g) ?? []).map(kindOf);
  if (marks.length === 0) {
    return { integer: text, fraction: '' };
  }
  const { decimal, group } = separatorsOf(locale);
  // A mark the language uses for neither ("." in French) may group digits or start decimals, whichever fits.
  const foreign = ['.', ','].find((m) => m !== decimal && m !== group);
  const mayGroup = (kind: string) => kind === ' ' || kind === "'" || kind === group || kind === foreign;
  const mayStartDecimals = (kind: string) => kind === decimal || kind === foreign;
  const sameKind = (kinds: readonly string[]) => kinds.every((k) => k === kinds[0]);

  const last = marks[marks.length - 1];
  const before = marks.slice(0, -1);
  const allGroups = sameKind(marks) && mayGroup(last) && validGrouping(runs, locale);
  const withDecimals =
    mayStartDecimals(last) && sameKind(before) && (before.length === 0 || (before[0] !== last && mayGroup(before[0]))) && validGrouping(runs.slice(0, -1), locale);
  const fraction = runs[runs.length - 1];
  if (allGroups && withDecimals) {
    // "1.200" in French: a thousands separator to some, a decimal point to others.
    const asDecimal = `${runs[0]}${decimal}${fraction.replace(/0+$/, '') || '0'}`;
    return msg('"{0}" can be read two ways: enter {1} or {2}.', text, runs.join(''), asDecimal);
  }
  if (allGroups) {
    return { integer: runs.join(''), fraction: '' };
  }
  return withDecimals ? { integer: runs.slice(0, -1).join(''), fraction } : malformed(currency, locale);
}

/** Reads a positive amount in the currency's precision, in the display language's way of writing numbers. */
export function readAmount(text: string, currency: string, locale: string): AmountReading {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEXT) {
    return { ok: false, problem: msg('Enter an amount up to {0}.', numberFormat(locale, {}).format(MAX_TYPED_AMOUNT)) };
  }
  const parts = split(trimmed, currency, locale);
  if ('template' in parts) {
    return { ok: false, problem: parts };
  }
  const integer = parts.integer.replace(/^0+(?=\d)/, '');
  const digits = minorDigits(currency);
  if (parts.fraction.length > digits) {
    const problem =
      digits === 0
        ? msg('{0} has no decimals: enter a whole amount, such as {1}.', currency, example(currency, locale))
        : msg('{0} allows at most {1} decimals, such as {2}.', currency, digits, example(currency, locale));
    return { ok: false, problem };
  }
  const amount = Number(`${integer}.${parts.fraction || '0'}`);
  if (integer.length > 13 || amount > MAX_TYPED_AMOUNT) {
    return { ok: false, problem: msg('Enter an amount up to {0}.', numberFormat(locale, {}).format(MAX_TYPED_AMOUNT)) };
  }
  if (!(amount > 0)) {
    return { ok: false, problem: msg('Enter an amount greater than 0, such as {0}.', example(currency, locale)) };
  }
  return { ok: true, amount, minor: toMinor(amount, currency) };
}
