/**
 * Text for a terminal. Names, notes and invoice numbers come from the client file and settings keys
 * from the settings file: a control character in them could retitle or clear the terminal, move the
 * cursor over earlier lines or, as a line break, forge a line of the report; a bidi control could
 * show the text in another order than it is written.
 */

// The rule lives in the core, which makes imported text inert the same way.
export { inert } from '../core/controlChars';
