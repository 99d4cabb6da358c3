/**
 * Typography the drafts of every kind share: where Italian elides its article
 * before a number or a date, and French spacing before punctuation.
 */

/**
 * True when Italian reads a whole number with a vowel first, so that its article elides: uno,
 * otto, undici, and every number whose first word is otto or undici (ottanta, ottocento, ottomila,
 * undicimila). Mille, cento, diciotto start with a consonant: "il 1000", "il 100", "il 18".
 */
export function itVowelNumber(whole: number): boolean {
  const digits = String(Math.floor(Math.abs(whole)));
  return digits === '1' || digits.startsWith('8') || /^11(?:\d{3})*$/.test(digits);
}

/**
 * The number a formatted value starts with (1,5% is 1; 1.200,00 € is 1200), looking into a
 * snippet tab stop and past the bracket of a figure still to agree ([30%]); undefined for text.
 */
function leadingNumber(text: string): number | undefined {
  const digits = /^(?:\u0001\d+\u0002)?\[?(\d{1,3}(?:\.\d{3})+|\d+)/.exec(text)?.[1];
  return digits === undefined ? undefined : Number(digits.replace(/\./g, ''));
}

/** Italian articles and articulated prepositions before a number: full, elided (l’8), before zero (lo 0,5). */
const IT_FORMS = {
  il: ['il ', 'l’', 'lo '],
  al: ['al ', 'all’', 'allo '],
  del: ['del ', 'dell’', 'dello '],
  dal: ['dal ', 'dall’', 'dallo '],
  'entro il': ['entro il ', 'entro l’', 'entro lo '],
} as const;

export type ItPreposition = keyof typeof IT_FORMS;

/** Which form of the article a number takes: 0 full (il 20), 1 elided (l’80), 2 before zero (lo 0,5). */
function itForm(whole: number): 0 | 1 | 2 {
  return whole === 0 ? 2 : itVowelNumber(whole) ? 1 : 0;
}

/** A formatted number after an Italian article: `itNumber('del', '1,5%')` is "dell’1,5%", `itNumber('il', '20%')` "il 20%". */
export function itNumber(preposition: ItPreposition, text: string): string {
  const n = leadingNumber(text);
  return IT_FORMS[preposition][n === undefined ? 0 : itForm(n)] + text;
}

/** The article of a percentage as a number: "il " (20%), "l’" (1,5%, 8%, 11%, 80%), "lo " (0,5%). */
export function itPercentArticle(percent: number, preposition: ItPreposition = 'il'): string {
  return IT_FORMS[preposition][itForm(Math.floor(percent))];
}

/** Italian writes the first of the month "1º" (primo), whatever Intl gives: 1 marzo, or 1° with a degree sign. */
export const itFirst = (date: string): string => date.replace(/^1°? /, '1º ');

/**
 * A date after an Italian article, its first of the month written 1º: "il 1º marzo" (primo, never
 * elided), "l’8 marzo", "dell’11 marzo", "al 29 marzo", "entro il 3 aprile". The one implementation
 * behind every Italian date in running text.
 */
export function itDate(preposition: ItPreposition, date: string): string {
  const day = itFirst(date);
  if (/^1º /.test(day)) {
    return IT_FORMS[preposition][0] + day;
  }
  // Days are 1 to 31: only 8 and 11 elide (otto, undici); a snippet tab stop takes the full form.
  return itNumber(preposition, day);
}

/** A date after "il": "il 1º marzo", "l’8 marzo", "l’11 marzo", "il 29 marzo". */
export const itDay = (date: string): string => itDate('il', date);

/** A date after "del": "del 29 marzo", "dell’8 marzo". */
export const itOf = (date: string): string => itDate('del', date);

/** A date after "fino": "al 29 marzo", "all’8 marzo". */
export const itUntil = (date: string): string => itDate('al', date);

/**
 * French typography, as the Imprimerie nationale sets it: a no-break space
 * before a colon, a narrow no-break space before ; ! ? and inside « », and a
 * no-break space after n°, so that no punctuation mark starts a line. Only a
 * space the text already has is changed (a colon glued to a word is a URL
 * scheme, a time or code: mailto:, 10:30, `"status": "ended"`), except inside
 * guillemets, which never occur in those. Idempotent: applied to every French
 * string of a draft once it is assembled (see ../typeset.ts).
 */
export function frenchTypography(text: string): string {
  return text
    // Each run of spaces is matched from its start only (the lookbehind): a long run without a mark after it
    // stays one linear scan instead of one per space.
    .replace(/(?<![ \u00a0\u202f])[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/(?<![ \u00a0\u202f])[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/(?<![ \u00a0\u202f])[ \u00a0\u202f]*»/g, '\u202f»')
    .replace(/n° /g, 'n°\u00a0');
}
