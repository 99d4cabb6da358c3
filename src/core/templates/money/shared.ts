/** Pieces the money drafts share: the client's facts, the letter's header, greeting and signature. */
import { ClientFacts, clientFacts } from '../../health/facts';
import { Client, ClientFile } from '../../schema';
import { Block, lines } from '../document';
import { DraftInput } from '../input';
import { Formatter, formatterFor } from '../locale';
import { escapeLine } from '../markdown';
import { MONEY_COMMON, MoneyCommonTexts } from '../text/moneyCommon';

export interface MoneyContext {
  readonly input: DraftInput;
  readonly facts: ClientFacts;
  readonly client: Client;
  readonly file: ClientFile;
  readonly currency: string;
  readonly format: Formatter;
  readonly common: MoneyCommonTexts;
}

export function moneyContext(input: DraftInput): MoneyContext {
  const client = input.file.clients[input.clientIndex];
  if (!client) {
    throw new RangeError(`no client at index ${input.clientIndex}`);
  }
  const facts = clientFacts(input.file, input.clientIndex, input.today);
  return {
    input,
    facts,
    client,
    file: input.file,
    currency: facts.currency,
    format: formatterFor(input.language),
    common: MONEY_COMMON[input.language],
  };
}

/** A trimmed, non-empty text or undefined. */
export const present = (text: string | undefined): string | undefined => (text && text.trim() ? text.trim() : undefined);

/** The contact's name, escaped, when the file has one. */
export const contactName = (ctx: MoneyContext): string | undefined => {
  const name = present(ctx.client.contact?.name);
  return name === undefined ? undefined : inline(name);
};

/** The header of a document: client, contact, issuer, date and currency. */
export function documentHeader(ctx: MoneyContext, withCurrency: boolean): Block {
  const { common: t, client, file, format } = ctx;
  const contact = contactName(ctx);
  const issuer = present(file.freelancer.name);
  return lines(
    t.field(t.client, inline(client.name)),
    ...(contact ? [t.field(t.contact, contact)] : []),
    ...(issuer ? [t.field(t.from, inline(issuer))] : []),
    t.field(t.date, t.prose(format.date(ctx.input.today))),
    ...(withCurrency ? [t.field(t.currency, ctx.currency)] : []),
  );
}

/** "Kind regards," then the freelancer's name and email, as far as the file has them. */
export function signature(ctx: MoneyContext): Block {
  const name = present(ctx.file.freelancer.name);
  const email = present(ctx.file.freelancer.email);
  return lines(ctx.common.regards, ...[name, email].filter((v): v is string => v !== undefined).map(inline));
}

/** A date in running text: `15 June 2026`, `1er avril 2026`. */
export const proseDate = (ctx: MoneyContext, day: number): string => ctx.common.prose(ctx.format.date(day));

/** Days as a number in the draft's language (1.234 in Turkish). */
export const dayCount = (ctx: MoneyContext, n: number): string => ctx.format.number(n, 0);

/** The smallest amount of the currency, formatted: 0,01 €, ¥1. */
export const smallestUnit = (ctx: MoneyContext): string => ctx.format.money(1, ctx.currency);

/** Text from the file for a plain one-line field (title, subject): line breaks and runs of spaces become one space. */
export const plainLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Text from the file for a block: on one line (a name or number has no line breaks to keep, and a
 * break followed by === or --- would turn the line above into a heading) and escaped for Markdown.
 */
export const inline = escapeLine;
