/**
 * A message for a person, kept as an English template with `{0}` placeholders
 * plus its arguments, so the editor can translate it with `vscode.l10n.t`
 * (which keys on the English text) and the CLI can print it as it is.
 * Money, dates and quantities stay typed until the message is shown, so that each
 * surface formats them for its own locale (`1 234,50 €`, `33 jours` in French).
 *
 * Wording that depends on a count goes through pluralMsg, the one way to choose
 * plural forms. The source gives the English forms for the two categories English
 * has, `one` and `other`. Every other language has its own categories, as
 * Intl.PluralRules names them (French and Italian: one, many, other; Turkish: one,
 * other), and its bundle holds one translation per category under the key
 * `<English other form>{<category>}`. The count picks the category by the rules of
 * the language shown, so French says "0 facture" and "1,5 heure" where English
 * says "0 invoices" and "1.5 hours". A number with a unit needs no keys at all:
 * `quantity(33, 'day')` is "33 days", "33 jours", "33 gün" through Intl.
 */
import { DayNumber, formatDate } from './dates';
import { Minor, formatMoney } from './money';

export interface MoneyArg {
  readonly money: Minor;
  readonly currency: string;
}

export interface DateArg {
  readonly date: DayNumber;
}

/** A number of days or hours, written with its unit in the words of the locale. */
export interface QuantityArg {
  readonly quantity: number;
  readonly unit: 'day' | 'hour';
}

export type MessageArg = string | number | MoneyArg | DateArg | QuantityArg;

export interface Message {
  /** The English text; for a plural message its `other` form, which is also the base of its bundle keys. */
  readonly template: string;
  readonly args: readonly MessageArg[];
  /** Set by pluralMsg: the count that chooses the form, and the English `one` form. */
  readonly plural?: { readonly count: number; readonly one: string };
}

export function msg(template: string, ...args: MessageArg[]): Message {
  return { template, args };
}

/** The English forms of a plural message: `one` for exactly 1, `other` for every other count. Both take the same args. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** A message whose wording depends on `count` (see the top of this file); `count` is usually one of `args` too. */
export function pluralMsg(count: number, forms: PluralForms, ...args: MessageArg[]): Message {
  return { template: forms.other, args, plural: { count, one: forms.one } };
}

export const money = (minor: Minor, currency: string): MoneyArg => ({ money: minor, currency });
export const date = (day: DayNumber): DateArg => ({ date: day });
export const quantity = (value: number, unit: QuantityArg['unit']): QuantityArg => ({ quantity: value, unit });

/** The CLDR plural category of `count` in `language` ("one", "many", "other"...); English's for a tag Intl does not know. */
export function pluralCategory(count: number, language: string): Intl.LDMLPluralRule {
  return pluralRules(language).select(count);
}

/** The bundle key of one plural category of a message: `<English other form>{<category>}`. */
export function pluralKey(template: string, category: string): string {
  return `${template}{${category}}`;
}

/**
 * The template to show for a message in `language`, from that language's `bundle` (undefined: English).
 * A plural message missing its category in the bundle falls back to the bundle's `other`, then to English.
 */
export function templateFor(message: Message, language: string, bundle?: Readonly<Record<string, string>>): string {
  const plural = message.plural;
  if (!plural) {
    return bundle?.[message.template] ?? message.template;
  }
  const translated = bundle && (bundle[pluralKey(message.template, pluralCategory(plural.count, language))] ?? bundle[pluralKey(message.template, 'other')]);
  return translated ?? (pluralCategory(plural.count, 'en') === 'one' ? plural.one : message.template);
}

/** An argument as text in a locale: money and quantities through Intl, dates as YYYY-MM-DD (the file's own notation). */
export function formatArg(arg: MessageArg, locale = 'en'): string | number {
  if (typeof arg === 'string' || typeof arg === 'number') {
    return arg;
  }
  if ('money' in arg) {
    return formatMoney(arg.money, arg.currency, locale);
  }
  if ('quantity' in arg) {
    return unitFormat(locale, arg.unit).format(arg.quantity);
  }
  return formatDate(arg.date);
}

/** The message in English (the CLI's language), with money formatted for `locale`. */
export function formatMessage(message: Message, locale = 'en'): string {
  return format(templateFor(message, 'en'), message.args.map((a) => formatArg(a, locale)));
}

export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

// Building Intl objects costs far more than using them; a tree refresh formats hundreds of messages.
const rules = new Map<string, Intl.PluralRules>();
const units = new Map<string, Intl.NumberFormat>();

function pluralRules(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    try {
      found = new Intl.PluralRules(language);
    } catch {
      found = new Intl.PluralRules('en'); // a tag Intl refuses, such as an empty one
    }
    rules.set(language, found);
  }
  return found;
}

function unitFormat(locale: string, unit: QuantityArg['unit']): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let found = units.get(key);
  if (!found) {
    // Two decimals at most: 0.1 + 0.2 hours shows as 0.3.
    const options: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 };
    try {
      found = new Intl.NumberFormat(locale, options);
    } catch {
      found = new Intl.NumberFormat('en', options);
    }
    units.set(key, found);
  }
  return found;
}
