/**
 * Hints for keys the format does not know. They stay in the file as written (the format keeps unknown fields), but
 * one that is a typo of a known key at the same place (`paymentTermDays`), or that key with letters from another
 * alphabet (`stаtus` with a Cyrillic а), has most likely lost its value without a word: an information-level hint
 * names the key that was probably meant. Never an error or a warning: the file stays valid.
 */
import * as z from 'zod/mini';
import type { CrossIssue } from './crossChecks';
import { msg } from './messages';
import { schemas } from './schema';

// A hostile file could hold a million near-miss keys: the Problems panel needs a few to make the point.
const MAX_HINTS = 100;
/** Unknown keys looked at, hint or not: a hostile file of 400,000 unknown keys took 5 s of matching on every keystroke. */
const MAX_UNKNOWN_EXAMINED = 1_000;
// Known keys are at most 22 characters and a hint allows 2 edits: anything much longer is no typo of them.
const MAX_KEY_LENGTH = 40;

// Cyrillic and Greek letters drawn like Latin ones, paired with the Latin letter they pass for.
const LOOK_ALIKES =
  'аaеeоoрpсcуyхxѕsіiјjԁdһhԛqԝwӏlАAВBЕEКKМMНHОOРPСCТTХXЅSІIЈJҮYԚQԜW' + 'αaοoρpνvιiκkυuΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
const LATIN_OF = new Map<string, string>();
for (let i = 0; i < LOOK_ALIKES.length; i += 2) {
  LATIN_OF.set(LOOK_ALIKES[i], LOOK_ALIKES[i + 1]);
}

// Invisible characters (zero-width, direction marks and the like) and every other control character.
const INVISIBLE = /\p{C}/gu;

/** The key as it looks: compatibility forms unified (fullwidth letters), look-alikes made Latin, invisible characters gone. */
export function foldKey(key: string): string {
  let folded = '';
  for (const ch of key.normalize('NFKC').replace(INVISIBLE, '')) {
    folded += LATIN_OF.get(ch) ?? ch;
  }
  return folded;
}

/** The key for a message: invisible characters and look-alike letters written as \u escapes, so the user sees them. */
function shownKey(key: string): string {
  let shown = '';
  for (const ch of key) {
    const code = ch.codePointAt(0)!;
    shown += LATIN_OF.has(ch) || /\p{C}/u.test(ch) || code === 0x22 || code === 0x5c ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return shown;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring), or limit + 1 above limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) {
      return limit + 1;
    }
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}

/** The known key `key` most likely stands for, and whether it differs only by look-alike or invisible characters. */
function nearest(key: string, known: readonly string[], present: object): { key: string; lookAlike: boolean } | undefined {
  if (key.length > MAX_KEY_LENGTH) {
    return undefined;
  }
  const folded = foldKey(key);
  let best: { key: string; lookAlike: boolean } | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // A key already in the object is there in its own right: the unknown one is then deliberate, not a typo of it.
    if (Object.prototype.hasOwnProperty.call(present, candidate)) {
      continue;
    }
    if (folded === candidate) {
      return { key: candidate, lookAlike: true };
    }
    const limit = Math.min(folded.length, candidate.length) >= 5 ? 2 : 1;
    const distance = editDistance(folded, candidate, limit);
    if (distance <= limit && distance < bestDistance) {
      best = { key: candidate, lookAlike: false };
      bestDistance = distance;
    }
  }
  return best;
}

type Schema = z.ZodMiniType;
type Def = { type: string; shape?: Record<string, Schema>; innerType?: Schema; element?: Schema };
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: Schema): Def {
  let def = defOf(schema);
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    def = defOf(def.innerType);
  }
  return def;
}

/** An object of the format: its keys, and the objects or lists of objects under them. */
interface Place {
  readonly known: readonly string[];
  readonly accepted: ReadonlySet<string>;
  readonly children: ReadonlyMap<string, { readonly place: Place; readonly list: boolean }>;
}

function placeOf(def: Def, pattern: string): Place {
  const shape = def.shape!;
  const known = Object.keys(shape);
  const children = new Map<string, { place: Place; list: boolean }>();
  for (const key of known) {
    const child = unwrap(shape[key]);
    const path = pattern ? `${pattern}.${key}` : key;
    if (child.type === 'object' && child.shape) {
      children.set(key, { place: placeOf(child, path), list: false });
    } else if (child.type === 'array' && child.element && unwrap(child.element).type === 'object') {
      children.set(key, { place: placeOf(unwrap(child.element), `${path}[]`), list: true });
    }
  }
  return { known, accepted: new Set(known), children };
}

let rootPlace: Place | undefined;

/** Hints for the unknown keys of the file's objects at the places the format defines, at most MAX_HINTS. */
export function keyHints(value: unknown): CrossIssue[] {
  return [...countedKeyHints(value).hints];
}

/** The hints of a part of a file, with what it takes to tell which of them the whole file's walk would reach. */
export interface CountedHints {
  readonly hints: readonly CrossIssue[];
  /** For each hint, how many unknown keys the walk had looked at before its key. */
  readonly before: readonly number[];
  /** Unknown keys looked at: in all, and before the top level's `clients`. */
  readonly examined: number;
  readonly examinedBeforeClients: number;
}

/**
 * The hints with their counts: the checker walks each client on its own, and keeps of their hints those the walk of
 * the whole file would reach before its limits (`reachedHints`).
 */
export function countedKeyHints(value: unknown): CountedHints {
  rootPlace ??= placeOf(defOf(schemas().ClientFileSchema), '');
  const hints: CrossIssue[] = [];
  const before: number[] = [];
  let examined = 0;
  let examinedBeforeClients: number | undefined;
  // The path of the object being walked, pushed and popped: copied only for a hint.
  const path: (string | number)[] = [];
  const isObject = (node: unknown): node is Record<string, unknown> => node !== null && typeof node === 'object' && !Array.isArray(node);
  const visit = (node: Record<string, unknown>, place: Place) => {
    for (const key of Object.keys(node)) {
      if (hints.length >= MAX_HINTS || examined >= MAX_UNKNOWN_EXAMINED) {
        return;
      }
      const child = place.children.get(key);
      if (place === rootPlace && key === 'clients') {
        examinedBeforeClients = examined;
      }
      if (child) {
        const item = node[key];
        path.push(key);
        if (!child.list) {
          if (isObject(item)) visit(item, child.place);
        } else if (Array.isArray(item)) {
          for (let i = 0; i < item.length; i++) {
            if (isObject(item[i])) {
              path.push(i);
              visit(item[i] as Record<string, unknown>, child.place);
              path.pop();
            }
          }
        }
        path.pop();
        continue;
      }
      if (place.accepted.has(key)) {
        continue;
      }
      const near = nearest(key, place.known, node);
      if (near) {
        before.push(examined);
        hints.push({
          path: [...path, key],
          atKey: true,
          severity: 'info',
          code: 'unknownKeyHint',
          message: near.lookAlike
            ? msg('Unknown key "{0}", kept as written: some of its characters only look like those of "{1}". Did you mean "{1}"?', shownKey(key), near.key)
            : msg('Unknown key "{0}", kept as written. Did you mean "{1}"?', shownKey(key), near.key),
        });
      }
      examined++;
    }
  };
  if (isObject(value)) {
    visit(value, rootPlace);
  }
  return { hints, before, examined, examinedBeforeClients: examinedBeforeClients ?? examined };
}

/**
 * Of parts walked one by one in the file's order, each starting after `offset` unknown keys, the hints the whole
 * walk reaches: it looks at a key only while fewer than MAX_UNKNOWN_EXAMINED unknown keys and MAX_HINTS hints came
 * before it.
 */
export function reachedHints(parts: readonly { readonly counted: CountedHints; readonly offset: number }[]): CrossIssue[][] {
  let shown = 0;
  return parts.map(({ counted, offset }) =>
    counted.hints.filter((_, k) => {
      const reached = offset + counted.before[k] < MAX_UNKNOWN_EXAMINED && shown < MAX_HINTS;
      if (reached) shown++;
      return reached;
    }),
  );
}
