/**
 * A message for a person, kept as an English template with `{0}` placeholders
 * plus its arguments, so the editor can translate it with `vscode.l10n.t`
 * (which keys on the English text) and the CLI can print it as it is.
 * Money and dates stay typed until the message is shown, so that each surface
 * formats them for its own locale (`1 234,50 €` in French).
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

export type MessageArg = string | number | MoneyArg | DateArg;

export interface Message {
  readonly template: string;
  readonly args: readonly MessageArg[];
}

export function msg(template: string, ...args: MessageArg[]): Message {
  return { template, args };
}

export const money = (minor: Minor, currency: string): MoneyArg => ({ money: minor, currency });
export const date = (day: DayNumber): DateArg => ({ date: day });

/** An argument as text in a locale: money through Intl, dates as YYYY-MM-DD (the file's own notation). */
export function formatArg(arg: MessageArg, locale = 'en'): string | number {
  if (typeof arg === 'string' || typeof arg === 'number') {
    return arg;
  }
  if ('money' in arg) {
    return formatMoney(arg.money, arg.currency, locale);
  }
  return formatDate(arg.date);
}

export function formatMessage(message: Message, locale = 'en'): string {
  return format(message.template, message.args.map((a) => formatArg(a, locale)));
}

export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
