/**
 * The parsed document, read by local element names (`cbc:ID`, `ram:ID` and `ID`
 * alike), and the text it yields made safe to store and show.
 */
import { inert } from '../controlChars';
import { parseDate } from '../dates';
import { Message, msg } from '../messages';
import { DecimalText } from './record';
import { canonicalDecimal, MAX_SIGNIFICANT_DIGITS } from './decimal';

/** An element as the parser gives it: children by local name (always arrays), attributes under `@name`, text under `#text`. */
export type Element = Readonly<Record<string, unknown>>;

/** The longest invoice number kept; a longer one is refused rather than cut, since cutting would change which invoice it names. */
export const MAX_NUMBER_LENGTH = 100;
/** Names and tax ids longer than this are shortened: enough for any real company name, too little to flood a list. */
export const MAX_NAME_LENGTH = 200;

/** Thrown inside a reader and caught at its entry: a field the record needs is missing or unreadable. */
export class Refusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.template);
  }
}

export function children(element: Element | undefined, name: string): Element[] {
  const value = element?.[name];
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Element) : {})) : [];
}

/** Every element at the end of `path`, through every match on the way. */
export function all(element: Element | undefined, ...path: string[]): Element[] {
  let level = element ? [element] : [];
  for (const name of path) {
    level = level.flatMap((e) => children(e, name));
  }
  return level;
}

export function first(element: Element | undefined, ...path: string[]): Element | undefined {
  return all(element, ...path)[0];
}

export function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? decodeReferences(value) : undefined;
}

// The parser is told not to process entities (no DOCTYPE ever reaches it): the five the XML
// specification predefines and character references are decoded here, in one pass, so nothing expands twice.
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, name?: string, dec?: string, hex?: string) => {
    if (name) {
      return NAMED[name];
    }
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The element's text, trimmed, or undefined when it has none. */
export function textOf(element: Element | undefined): string | undefined {
  const value = element?.['#text'];
  const text = typeof value === 'string' ? decodeReferences(value).trim() : '';
  return text === '' ? undefined : text;
}

/** Text from the file for a name or a tax id: one line, control characters inert, bounded. */
export function cleanName(text: string | undefined): string | undefined {
  if (text === undefined) {
    return undefined;
  }
  const oneLine = inert(text.replace(/[\t\n\r ]+/g, ' ').trim());
  if (oneLine === '') {
    return undefined;
  }
  if (oneLine.length <= MAX_NAME_LENGTH) {
    return oneLine;
  }
  const end = /[\uD800-\uDBFF]/.test(oneLine[MAX_NAME_LENGTH - 2]) ? MAX_NAME_LENGTH - 2 : MAX_NAME_LENGTH - 1;
  return oneLine.slice(0, end) + '…';
}

/** A field the record cannot do without, named as the format names it. */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new Refusal(msg('The e-invoice has no {0}, which an imported invoice needs.', field));
  }
  return value;
}

export function invoiceNumber(text: string | undefined, field: string): string {
  const number = inert(required(text, field));
  if (number.length > MAX_NUMBER_LENGTH) {
    throw new Refusal(msg('The invoice number in {0} is longer than {1} characters; it is not imported.', field, MAX_NUMBER_LENGTH));
  }
  return number;
}

export function amountOf(text: string | undefined, field: string): DecimalText | undefined {
  if (text === undefined) {
    return undefined;
  }
  const amount = canonicalDecimal(text);
  if (amount === undefined) {
    throw new Refusal(msg('{0} is not an amount with at most {1} digits: {2}.', field, MAX_SIGNIFICANT_DIGITS, shown(text)));
  }
  return amount;
}

/** A YYYY-MM-DD date that exists, or a refusal naming the field. */
export function isoDate(text: string | undefined, field: string): string | undefined {
  if (text === undefined) {
    return undefined;
  }
  if (parseDate(text) === undefined) {
    throw new Refusal(msg('{0} is not a date written YYYY-MM-DD: {1}.', field, shown(text)));
  }
  return text;
}

export function currencyOf(text: string | undefined, field: string): string {
  const code = required(text, field);
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new Refusal(msg('{0} is not a three-letter currency code: {1}.', field, shown(code)));
  }
  return code;
}

/** A value quoted in a message: short, one line, inert. */
export function shown(text: string): string {
  return inert(JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text));
}

/** `{ key: value }`, or nothing when the value is absent: optional fields stay out of the record rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
