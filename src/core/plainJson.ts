/**
 * The fast path for a client file that is plain JSON apart from comments: its
 * value by the engine's JSON.parse, and its syntax tree built without error
 * handling. Either agrees with syntax.ts's jsonc-parser path (tests compare them).
 */
import { Node } from 'jsonc-parser';
import { MAX_DEPTH } from './nodeValue';

/** The closing quote of the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
export function closingQuote(text: string, open: number): number {
  let close = open;
  for (;;) {
    close = text.indexOf('"', close + 1);
    if (close < 0) {
      return -1;
    }
    let k = close - 1;
    while (text.charCodeAt(k) === 92) {
      k--;
    }
    if ((close - 1 - k) % 2 === 0) {
      return close;
    }
  }
}

/**
 * The value of a file that is plain JSON apart from comments, read by the engine's
 * own JSON.parse, several times faster than building the syntax tree first.
 * Undefined whenever the tree must decide: a syntax error, a trailing comma, nesting
 * deeper than MAX_DEPTH, a duplicate or `__proto__` key. When it returns a value,
 * that value is the one nodeToValue would build from the tree (tests compare them).
 */
export function plainValue(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const n = source.length;
  // Only two characters matter outside strings: a quote opens a string and a slash a comment. The
  // engine's indexOf finds each far faster than a loop over every character of the indentation.
  let strings = 0;
  let pieces: string[] | undefined;
  let from = 0;
  let quote = source.indexOf('"');
  let slash = source.indexOf('/');
  for (;;) {
    if (slash >= 0 && (quote < 0 || slash < quote)) {
      const next = source.charCodeAt(slash + 1);
      let end: number;
      if (next === 47) {
        // A line comment ends before the first line break, as jsonc-parser's scanner has it.
        end = slash + 2;
        while (end < n && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) {
          end++;
        }
      } else if (next === 42) {
        const close = source.indexOf('*/', slash + 2);
        if (close < 0) {
          return undefined;
        }
        end = close + 2;
      } else {
        return undefined;
      }
      (pieces ??= []).push(source.slice(from, slash), ' ');
      from = end;
      slash = source.indexOf('/', end);
      if (quote >= 0 && quote < end) {
        quote = source.indexOf('"', end);
      }
      continue;
    }
    if (quote < 0) {
      break;
    }
    const close = closingQuote(source, quote);
    if (close < 0) {
      return undefined;
    }
    strings++;
    if (slash >= 0 && slash < close) {
      slash = source.indexOf('/', close + 1);
    }
    quote = source.indexOf('"', close + 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(pieces ? pieces.join('') + source.slice(from) : source);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of duplicate keys (the tree keeps the first), and drops the first key's
  // string with whatever its value held: fewer keys and string values than strings in the text means
  // a key was repeated. Nesting is measured here too: V8's JSON.parse does not recurse.
  let found = typeof value === 'string' ? 1 : 0;
  const stack: unknown[] = [];
  const depths: number[] = [];
  if (value !== null && typeof value === 'object') {
    stack.push(value);
    depths.push(1);
  }
  while (stack.length > 0) {
    const v = stack.pop() as object;
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) {
      return undefined;
    }
    if (Array.isArray(v)) {
      for (const item of v) {
        if (typeof item === 'string') {
          found++;
        } else if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(v, '__proto__')) {
      return undefined;
    }
    for (const key in v) {
      found++;
      const item = (v as Record<string, unknown>)[key];
      if (typeof item === 'string') {
        found++;
      } else if (item !== null && typeof item === 'object') {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return found === strings ? value : undefined;
}

/**
 * The syntax tree of a text that plainValue accepted, node for node the one
 * jsonc-parser's parseTree builds (tests compare them), in one iterative pass
 * that need not handle errors: there are none.
 */
export function plainTree(text: string): Node {
  type Mutable = { -readonly [K in keyof Node]: Node[K] } & { children?: Mutable[]; parent?: Mutable };
  const top: Mutable = { type: 'array', offset: -1, length: -1, children: [], parent: undefined };
  let parent = top;
  const complete = (end: number) => {
    if (parent.type === 'property') {
      parent.length = end - parent.offset;
      parent = parent.parent!;
    }
  };
  const n = text.length;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 32:
      case 9:
      case 10:
      case 13:
      case 44: // a comma: every property is complete by then in a file without errors
        break;
      case 58:
        if (parent.type === 'property') {
          parent.colonOffset = i;
        }
        break;
      case 47: {
        // A comment: plainValue accepted the text, so it is // or a closed /*.
        if (text.charCodeAt(i + 1) === 47) {
          while (i + 1 < n && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) {
            i++;
          }
        } else {
          i = text.indexOf('*/', i + 2) + 1;
        }
        break;
      }
      case 123:
      case 91: {
        const node: Mutable = { type: c === 123 ? 'object' : 'array', offset: i, length: -1, parent, children: [] };
        parent.children!.push(node);
        parent = node;
        break;
      }
      case 125:
      case 93:
        parent.length = i + 1 - parent.offset;
        parent = parent.parent!;
        complete(i + 1);
        break;
      case 34: {
        const j = closingQuote(text, i);
        const raw = text.slice(i, j + 1);
        const value = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (parent.type === 'object') {
          const property: Mutable = { type: 'property', offset: i, length: -1, parent, children: [] };
          parent.children!.push(property);
          property.children!.push({ type: 'string', value, offset: i, length: j + 1 - i, parent: property });
          parent = property;
        } else {
          parent.children!.push({ type: 'string', offset: i, length: j + 1 - i, parent, value });
          complete(j + 1);
        }
        i = j;
        break;
      }
      default: {
        // true, false, null or a number
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if ((d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 46 || d === 43 || d === 45 || d === 69) {
            j++;
          } else {
            break;
          }
        }
        const token = text.slice(i, j);
        const value = token === 'true' ? true : token === 'false' ? false : token === 'null' ? null : Number(token);
        const type = value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number';
        parent.children!.push({ type, offset: i, length: j - i, parent, value });
        complete(j);
        i = j - 1;
      }
    }
  }
  const root = top.children![0];
  delete root.parent;
  return root;
}
