/**
 * Dates and times as people read them and type them. The client file keeps its
 * own notation (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, see client-file-v1.md); this
 * module only changes what a prompt or the dashboard shows (`2 Dec 2026, 03:31`
 * in the display language) and what a prompt accepts (`2026-10-14 10:30` as
 * well as the T form), always writing the file's notation.
 */
import { DayNumber, parseDate, parseDateOrDateTime } from './dates';
import { Message, msg } from './messages';

const MS_PER_DAY = 86_400_000;

/**
 * The Intl locale for VS Code's display language. English reads day before month
 * with a 24-hour clock ("2 Dec 2026, 03:31"): no 3/4 ambiguity, and the same clock
 * the prompts are typed in. A language Intl does not know falls back to that.
 */
export function dateLocale(language: string | undefined): string {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'en':
      return 'en-GB';
    case 'fr':
      return 'fr-FR';
    case 'it':
      return 'it-IT';
    case 'tr':
      return 'tr-TR';
  }
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(language ?? '')[0] ?? 'en-GB';
  } catch {
    // Not a language tag at all.
    return 'en-GB';
  }
}

interface Formats {
  readonly date: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly longDate: Intl.DateTimeFormat;
  readonly longDateTime: Intl.DateTimeFormat;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: the dashboard formats every row.
const cache = new Map<string, Formats>();

function formats(language: string | undefined): Formats {
  const locale = dateLocale(language);
  let found = cache.get(locale);
  if (!found) {
    // The file's times are local times without a zone: they are laid out on UTC and formatted in UTC, so nothing shifts.
    const short = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
    const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    found = {
      date: new Intl.DateTimeFormat(locale, short),
      dateTime: new Intl.DateTimeFormat(locale, { ...short, ...time }),
      longDate: new Intl.DateTimeFormat(locale, long),
      longDateTime: new Intl.DateTimeFormat(locale, { ...long, ...time }),
    };
    cache.set(locale, found);
  }
  return found;
}

/** A day for people: `2 Dec 2026`, `2 déc. 2026`, `2 dic 2026`, `2 Ara 2026`. */
export function formatDay(day: DayNumber, language: string | undefined): string {
  return formats(language).date.format(new Date(day * MS_PER_DAY));
}

/**
 * A stored `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` for people: `2 Dec 2026` or `2 Dec 2026, 03:31`.
 * `long` adds the weekday and the month in full, to confirm what was typed. Text that is
 * neither comes back as it is (it is the file's text, and the file's checks report it).
 */
export function formatWhen(text: string, language: string | undefined, long = false): string {
  const parts = parseDateOrDateTime(text);
  if (!parts) {
    return text;
  }
  const f = formats(language);
  if (parts.minutes === undefined) {
    return (long ? f.longDate : f.date).format(new Date(parts.day * MS_PER_DAY));
  }
  return (long ? f.longDateTime : f.dateTime).format(new Date(parts.day * MS_PER_DAY + parts.minutes * 60_000));
}

export type DateTimeReading = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: Message };

/** Longer than any accepted form with generous spaces: refused before any other work. */
const MAX_INPUT_LENGTH = 40;

/** A date, a separator (T, or spaces as people type it), a time: the shape, before checking the calendar and the clock. */
const SHAPE = /^(\d{4}-\d{2}-\d{2})(?:[Tt]| +)(\d{2}:\d{2})$/;

const forms = () => msg('Enter a date and time such as 2026-03-01 18:30 (or 2026-03-01T18:30), or a date alone such as 2026-03-01.');
const noSuchDay = (date: string) => msg('{0} is not a real calendar date. Enter a date and time such as 2026-03-01 18:30, or a date alone such as 2026-03-01.', date);

/**
 * What a person typed for "when": `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`,
 * with spaces around it, read as the file's notation. Refused with a reason that says
 * which forms are accepted, or which part is impossible (2026-02-30, 24:00).
 */
export function readDateTimeInput(text: string): DateTimeReading {
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, problem: forms() };
  }
  const trimmed = text.trim();
  if (trimmed.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return parseDate(trimmed) === undefined ? { ok: false, problem: noSuchDay(trimmed) } : { ok: true, value: trimmed };
  }
  const shape = SHAPE.exec(trimmed);
  if (!shape) {
    return { ok: false, problem: forms() };
  }
  const [, date, time] = shape;
  if (parseDate(date) === undefined) {
    return { ok: false, problem: noSuchDay(date) };
  }
  const value = `${date}T${time}`;
  return parseDateOrDateTime(value) === undefined
    ? { ok: false, problem: msg('There is no time {0}: use a 24-hour clock, from 00:00 to 23:59.', time) }
    : { ok: true, value };
}

/** The file's notation back to what a prompt shows for editing: the space form people type. */
export function dateTimeInputValue(stored: string): string {
  return stored.length === 16 && stored[10] === 'T' ? `${stored.slice(0, 10)} ${stored.slice(11)}` : stored;
}
