/**
 * Typography the drafts of every kind share: where Italian elides its article
 * before a number or a date, and French spacing before punctuation.
 */

/**
 * True when Italian elides the article before a number that starts `text`:
 * l'1%, l'8 marzo, l'11, l'80%. A snippet tab stop is looked into.
 */
export const itElides = (text: string): boolean => /^(?:\u0001\d+\u0002)?(8|11(?![\d.])|1(?![\d.]))/.test(text);

/** An Italian article or articulated preposition before a number: `itArticle('1,5%', 'del', 'dell’')` is `dell’1,5%`. */
export const itArticle = (text: string, full: string, elided: string): string => (itElides(text) ? `${elided}${text}` : `${full} ${text}`);

/** Italian writes the first of the month as "1º". */
const itFirst = (date: string): string => date.replace(/^1 /, '1º ');

/** A date after "il": "il 1º marzo", "l’8 marzo", "l’11 marzo", "il 29 marzo". */
export const itDay = (date: string): string => (/^1 /.test(date) ? `il ${itFirst(date)}` : itArticle(date, 'il', 'l’'));

/** A date after "del": "del 29 marzo", "dell’8 marzo". */
export const itOf = (date: string): string => (/^1 /.test(date) ? `del ${itFirst(date)}` : itArticle(date, 'del', 'dell’'));

/** A date after "fino al": "al 29 marzo", "all’8 marzo". */
export const itUntil = (date: string): string => (/^1 /.test(date) ? `al ${itFirst(date)}` : itArticle(date, 'al', 'all’'));

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
    .replace(/[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/[ \u00a0\u202f]*»/g, '\u202f»')
    .replace(/n° /g, 'n°\u00a0');
}
