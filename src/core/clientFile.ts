/**
 * Reads a client file: JSONC syntax, then the schema, then cross-field rules.
 * Every problem carries the exact source range of the offending value, so the
 * editor and the CLI point at the same line.
 */
import { Node, findNodeAtLocation } from 'jsonc-parser';
import { ClientFile, schemas } from './schema';
import { CrossIssue, checkClientIds, crossCheck } from './crossChecks';
import { issueMessage } from './issues';
import { keyHints } from './keyHints';
import { LineIndex, Position } from './lineIndex';
import { Message, msg } from './messages';
import { KeyProblem, MAX_DEPTH, findKeyProblems, nodeToValue } from './nodeValue';
import { plainTree, plainValue } from './plainJson';
import { plainRanges } from './plainRanges';
import { RawProblem, parseSyntax } from './syntax';

export interface Problem {
  readonly message: Message;
  /** 'info' is a hint (a key that looks like a misspelt known one): it never makes the file invalid. */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly offset: number;
  readonly length: number;
  readonly start: Position;
  readonly end: Position;
}

export interface ReadResult {
  /** The validated model; undefined when any error was found. */
  readonly file: ClientFile | undefined;
  readonly problems: readonly Problem[];
  /** The syntax tree, kept for mapping model paths back to source ranges. */
  readonly root: Node | undefined;
  /**
   * The ranges of many paths at once, each as rangeForPath finds it (offset 0 and length 0 without a
   * tree). Needs no syntax tree when the file needed none: cheaper than `root` on a large file.
   */
  locate(paths: readonly Path[]): { offset: number; length: number }[];
}

type Path = readonly (string | number)[];

/** `locate` through a syntax tree, or at the start of a file that has none. */
export function locateIn(root: Node | undefined): ReadResult['locate'] {
  return (paths) => paths.map((path) => (root ? rangeForPath(root, path) : { offset: 0, length: 0 }));
}

/** The range a problem at `path` should underline. */
export function rangeForPath(root: Node, path: Path, atKey = false): { offset: number; length: number } {
  const node = findNodeAtLocation(root, path as (string | number)[]);
  if (node) {
    if (atKey && node.parent?.type === 'property') {
      const key = node.parent.children![0];
      return { offset: key.offset, length: key.length };
    }
    return { offset: node.offset, length: node.length };
  }
  // Missing value: underline the nearest ancestor that exists, at its key if it has one,
  // else its opening character, so that a missing field does not paint a whole client red.
  for (let n = path.length - 1; n >= 0; n--) {
    const parent = n === 0 ? root : findNodeAtLocation(root, path.slice(0, n));
    if (parent) {
      if (parent.parent?.type === 'property') {
        const key = parent.parent.children![0];
        return { offset: key.offset, length: key.length };
      }
      return { offset: parent.offset, length: 1 };
    }
  }
  return { offset: root.offset, length: 1 };
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function keyProblemMessage(kind: KeyProblem['kind'], key: Node): Message {
  switch (kind) {
    case 'forbidden':
      return msg('The key "__proto__" is not allowed in the client file.');
    case 'duplicate':
      return msg('"{0}" appears twice in this object; remove one of them.', JSON.stringify(String(key.value)).slice(1, -1));
    case 'tooDeep':
      return msg('This value is nested more than {0} levels deep; a client file never needs that many.', MAX_DEPTH);
  }
}

/**
 * Two checks can fail on one value: 1e308 is beyond a safe integer and beyond
 * the field's own maximum. The field's check comes last and says more; keep it.
 */
export function onePerRange(problems: RawProblem[]): RawProblem[] {
  const last = new Map<string, RawProblem>();
  for (const p of problems) {
    const range = `${p.offset}:${p.length}`;
    // A hint never hides a problem at the same key (a duplicated key that is also misspelt).
    if (p.severity !== 'info' || !last.has(range)) {
      last.set(range, p);
    }
  }
  return problems.filter((p) => last.get(`${p.offset}:${p.length}`) === p);
}

/** Never throws: a file too hostile even for the parser (a stack overflow) becomes one problem at its start. */
export function readClientFile(text: string): ReadResult {
  try {
    return read(text);
  } catch (error) {
    return unreadable(error);
  }
}

function unreadable(error: unknown): ReadResult {
  const reason = error instanceof Error ? error.message : String(error);
  const problem: Problem = {
    message: msg('The client file could not be read: {0}', reason),
    severity: 'error',
    code: 'unreadable',
    offset: 0,
    length: 0,
    start: { line: 0, character: 0 },
    end: { line: 0, character: 0 },
  };
  return { file: undefined, problems: [problem], root: undefined, locate: locateIn(undefined) };
}

function read(text: string): ReadResult {
  const value = plainValue(text);
  if (value === undefined) {
    return readByTree(text);
  }
  // Plain JSON with comments at most, and no key problem: the tree is built only when a
  // problem needs its range, or when a caller asks for `root` (the CLI, to name lines).
  let tree: Node | undefined | null = null;
  const rootOf = () => (tree === null ? (tree = plainTree(text)) : tree);
  const { file, problems } = validate(text, value, (paths, atKey) => plainRanges(text, paths, atKey), []);
  return {
    file,
    problems,
    get root() {
      return rootOf();
    },
    locate: (paths) => (tree === null ? plainRanges(text, paths) : locateIn(rootOf())(paths)),
  };
}

/** Always through the syntax tree: the reference that readClientFile's faster path must agree with. */
export function readClientFileByTree(text: string): ReadResult {
  try {
    return readByTree(text);
  } catch (error) {
    return unreadable(error);
  }
}

function locator(text: string): (p: RawProblem) => Problem {
  let lines: LineIndex | undefined;
  return (p) => {
    lines ??= new LineIndex(text);
    return { ...p, start: lines.positionAt(p.offset), end: lines.positionAt(p.offset + p.length) };
  };
}

function readByTree(text: string): ReadResult {
  const { root, problems: syntaxProblems } = parseSyntax(text);
  const locate = locator(text);
  if (!root || syntaxProblems.length > 0) {
    return { file: undefined, problems: syntaxProblems.map(locate), root, locate: locateIn(root) };
  }

  const keyProblems = findKeyProblems(root);
  const raw: RawProblem[] = keyProblems.map(({ key, kind }) => ({
    message: keyProblemMessage(kind, key),
    offset: key.offset,
    length: Math.min(key.length, 1_000),
    severity: 'error',
    code: kind === 'forbidden' ? 'forbiddenKey' : kind === 'duplicate' ? 'duplicateKey' : 'tooDeep',
  }));
  if (keyProblems.some((p) => p.kind === 'tooDeep')) {
    return { file: undefined, problems: raw.map(locate), root, locate: locateIn(root) };
  }
  const place: Place = (paths, atKey) => paths.map((path) => rangeForPath(root, path, atKey));
  return { ...validate(text, nodeToValue(root), place, raw), root, locate: locateIn(root) };
}

/** Where the problems go: the ranges of paths, each at its key when `atKey` and the value is a property's. */
type Place = (paths: readonly Path[], atKey: boolean) => { offset: number; length: number }[];

/** Schema and cross checks of the file's value; `raw` holds the problems found so far. */
function validate(text: string, value: unknown, place: Place, raw: RawProblem[]): { file: ClientFile | undefined; problems: Problem[] } {
  const parsed = schemas().ClientFileSchema.safeParse(value);
  // Placed together at the end: a file that plainValue read needs no syntax tree for them.
  const pending: { problem: Omit<RawProblem, 'offset' | 'length'>; path: Path; atKey: boolean }[] = [];
  const addCross = (issue: CrossIssue) =>
    pending.push({ problem: { message: issue.message, severity: issue.severity, code: issue.code }, path: issue.path, atKey: issue.atKey === true });
  checkClientIds(value).forEach(addCross);
  keyHints(value).forEach(addCross);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[issue.path.length - 1] as string | number | undefined;
      pending.push({
        problem: { message: issueMessage(issue, valueAt(value, issue.path as Path), key), severity: 'error', code: issue.code },
        path: issue.path as Path,
        atKey: false,
      });
    }
  } else {
    crossCheck(parsed.data).forEach(addCross);
  }
  const ranges = new Array<{ offset: number; length: number }>(pending.length);
  for (const atKey of [false, true]) {
    const group = pending.flatMap((p, i) => (p.atKey === atKey ? [i] : []));
    place(
      group.map((i) => pending[i].path),
      atKey,
    ).forEach((range, j) => (ranges[group[j]] = range));
  }
  // In the order found: onePerRange keeps the first hint and the last problem at one range.
  pending.forEach((p, i) => raw.push({ ...p.problem, ...ranges[i] }));
  raw.sort((a, b) => a.offset - b.offset);
  const hasError = raw.some((p) => p.severity === 'error');
  return { file: hasError || !parsed.success ? undefined : parsed.data, problems: onePerRange(raw).map(locator(text)) };
}
