/**
 * Text that came from outside (a client file, a settings key, an imported e-invoice) may hold control
 * characters: in a terminal they could retitle or clear it, move the cursor over earlier lines or, as a
 * line break, forge a line of a report; a bidi control could show the text in another order than it is
 * written. Shared by the CLI and the core, which both show and store such text.
 */

// C0 (with tab, CR and LF), DEL and C1; the bidi embeddings, overrides and isolates, and the marks
// (LRM, RLM, ALM) that also move neutral characters; the Unicode line and paragraph separators, which some
// terminals and log viewers break lines on.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with each control character written out as `\u001b`, visible and inert. */
export function inert(text: string): string {
  return text.replace(CONTROLS, escape);
}

/**
 * The text with `](` spaced, so no Markdown link and no notification link can be made of it: VS Code turns
 * `[label](command:…)` in a notification into a link that runs the command. For text a notification or a
 * rendered message shows that came from outside (a client file, a model's input).
 */
export function withoutLinks(text: string): string {
  return text.replace(/\]\(/g, '] (');
}
