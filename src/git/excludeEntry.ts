/**
 * The line of `.git/info/exclude` that matches exactly one file. Git reads that
 * file one pattern per line, with glob characters, comments, negation and
 * trimmed trailing spaces: a path is escaped for all of them, and a path that
 * no single line can hold (a line break in it) is refused instead.
 */

/**
 * C0 and C1 controls, DEL, and the Unicode line and paragraph separators: a
 * line break in a path splits its exclude entry in two, and the others reach
 * terminals and git files where they are not inert.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * The anchored, escaped pattern for a path relative to the repository's top
 * level, with `/` separators; undefined when the path has a control character.
 * Every `*`, `?`, `[` and `\` is a literal, every space is escaped so that
 * trailing ones are kept, and the leading `/` keeps `#` and `!` from starting a
 * comment or a negation (they are escaped anyway).
 */
export function excludeEntry(relative: string): string | undefined {
  if (relative === '' || hasControlCharacter(relative)) {
    return undefined;
  }
  return '/' + relative.replace(/[*?[\\!# ]/g, '\\$&');
}

/** The text with each control character written as a visible \u{…} escape, for a message that quotes it. */
export function showControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}
