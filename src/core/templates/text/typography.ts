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
 * French typography: a no-break space before : ; ! ? and after n°, so that a
 * colon never starts a line. Applied to every French string of a draft.
 */
export function frenchTypography(text: string): string {
  return text.replace(/ ([:;!?])/g, '\u00a0$1').replace(/n° /g, 'n°\u00a0');
}
