/**
 * Where many paths sit in a text that plainValue accepted, in one pass over
 * the text and without building its syntax tree: each range is the one
 * rangeForPath finds in the tree (tests compare them). The Problems panel
 * places every signal's evidence this way after each edit; the tree of a
 * 1 MB file costs several times the whole check.
 */
import { closingQuote } from './plainJson';

export type Path = readonly (string | number)[];
export interface Range {
  readonly offset: number;
  readonly length: number;
}

/** A step of the requested paths: what the walk found there, and the steps below it. */
interface Step {
  readonly next: Map<string | number, Step>;
  /** The value's range, and its key's when it is a property's value. */
  value?: Range;
  key?: Range;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** What can follow a literal: `,` `}` `]` `/`. */
const DELIMITERS = new Set([44, 125, 93, 47]);

/** The ranges of `paths` (at the key when `atKey` and the value is a property's), in the order given. */
export function plainRanges(text: string, paths: readonly Path[], atKey = false): Range[] {
  if (paths.length === 0) {
    return [];
  }
  const top: Step = { next: new Map() };
  const ends = paths.map((path) => {
    let step = top;
    const steps = [top];
    for (const segment of path) {
      let child = step.next.get(segment);
      if (!child) {
        step.next.set(segment, (child = { next: new Map() }));
      }
      steps.push((step = child));
    }
    return steps;
  });
  const n = text.length;

  /** The first offset from `i` that is neither white space nor a comment. */
  const skipSpace = (i: number): number => {
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) {
        i++;
      }
      if (text.charCodeAt(i) !== 47) {
        return i;
      }
      if (text.charCodeAt(i + 1) === 47) {
        while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
          i++;
        }
      } else {
        i = text.indexOf('*/', i + 2) + 2;
      }
    }
  };

  /** The end of the value at `i`, not looked into. */
  const skipValue = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === 34) {
      return closingQuote(text, i) + 1;
    }
    if (c !== 123 && c !== 91) {
      // true, false, null or a number: up to the next delimiter.
      let j = i + 1;
      while (j < n && !isSpace(text.charCodeAt(j)) && !DELIMITERS.has(text.charCodeAt(j))) {
        j++;
      }
      return j;
    }
    let depth = 0;
    for (let j = i; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) {
        j = closingQuote(text, j);
      } else if (d === 47) {
        j = skipSpace(j) - 1;
      } else if (d === 123 || d === 91) {
        depth++;
      } else if ((d === 125 || d === 93) && --depth === 0) {
        return j + 1;
      }
    }
    return n;
  };

  /** Walks the value at `i` where the paths lead into it; returns its end. */
  const walk = (i: number, step: Step): number => {
    const c = text.charCodeAt(i);
    if (step.next.size === 0 || (c !== 123 && c !== 91)) {
      const end = skipValue(i);
      step.value = { offset: i, length: end - i };
      return end;
    }
    let j = skipSpace(i + 1);
    for (let index = 0; j < n && text.charCodeAt(j) !== c + 2; index++) {
      // `{` + 2 is `}` and `[` + 2 is `]`.
      let key: Range | undefined;
      let child: Step | undefined;
      if (c === 123) {
        const close = closingQuote(text, j);
        const raw = text.slice(j, close + 1);
        key = { offset: j, length: close + 1 - j };
        child = step.next.get(raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1));
        j = skipSpace(skipSpace(close + 1) + 1); // past the colon
      } else {
        child = step.next.get(index);
      }
      const end = child ? walk(j, child) : skipValue(j);
      if (child) {
        child.key = key;
      }
      j = skipSpace(end);
      if (text.charCodeAt(j) === 44) {
        j = skipSpace(j + 1);
      }
    }
    step.value = { offset: i, length: j + 1 - i };
    return j + 1;
  };
  walk(skipSpace(text.charCodeAt(0) === 0xfeff ? 1 : 0), top);

  return ends.map((steps) => {
    const found = steps[steps.length - 1];
    if (found.value) {
      return atKey && found.key ? found.key : found.value;
    }
    // Missing: the nearest ancestor that exists, at its key if it has one, else its first character.
    for (let k = steps.length - 2; k >= 0; k--) {
      const at = steps[k];
      if (at.value) {
        return at.key ?? { offset: at.value.offset, length: 1 };
      }
    }
    return { offset: 0, length: 1 };
  });
}
