/**
 * Text for a terminal. Names, notes and invoice numbers come from the client file and settings keys
 * from the settings file: a control character in them could retitle or clear the terminal, move the
 * cursor over earlier lines or, as a line break, forge a line of the report; a bidi control could
 * show the text in another order than it is written.
 */

// C0 (with tab, CR and LF), DEL and C1; the bidi embeddings, overrides and isolates; the Unicode line
// and paragraph separators, which some terminals and log viewers break lines on.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with each control character written out as `\u001b`, visible and inert. */
export function inert(text: string): string {
  return text.replace(CONTROLS, escape);
}
