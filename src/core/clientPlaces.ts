/**
 * Where paths and problems sit in a file the checker read client by client: each client's from that client's
 * text alone (its offset added), the rest from the whole text, all without a syntax tree.
 */
import { Problem, onePerRange } from './clientFile';
import { CrossIssue } from './crossChecks';
import { LineIndex } from './lineIndex';
import { Path, Range, plainRanges } from './plainRanges';
import { RawProblem } from './syntax';

/** The clients' own problems, each placed in its client's text, in the file's order, as the full check gives them. */
export function placeProblems(
  text: string,
  spans: readonly Range[],
  slices: readonly string[],
  byClient: readonly (readonly CrossIssue[])[],
): { problems: Problem[]; hasError: boolean } {
  const raw: RawProblem[] = [];
  slices.forEach((slice, c) => {
    const issues = byClient[c];
    if (issues.length === 0) {
      return;
    }
    const ranges = new Array<Range>(issues.length);
    for (const atKey of [false, true]) {
      const group = issues.flatMap((issue, k) => ((issue.atKey === true) === atKey ? [k] : []));
      plainRanges(
        slice,
        group.map((k) => issues[k].path.slice(2)),
        atKey,
      ).forEach((range, j) => (ranges[group[j]] = { offset: spans[c].offset + range.offset, length: range.length }));
    }
    issues.forEach((issue, k) => raw.push({ message: issue.message, severity: issue.severity, code: issue.code, ...ranges[k] }));
  });
  if (raw.length === 0) {
    return { problems: [], hasError: false };
  }
  raw.sort((a, b) => a.offset - b.offset);
  const lines = new LineIndex(text);
  // Decided before onePerRange, as the full check decides it: an error is never hidden from the verdict.
  const hasError = raw.some((p) => p.severity === 'error');
  return { problems: onePerRange(raw).map((p) => ({ ...p, start: lines.positionAt(p.offset), end: lines.positionAt(p.offset + p.length) })), hasError };
}

/** Ranges of paths; those inside a client from that client's text alone, and remembered with it. */
export function locateByClient(text: string, paths: readonly Path[], spans: readonly Range[], slices: readonly string[], kept: readonly Map<string, Range>[]): Range[] {
  const result = new Array<Range>(paths.length);
  const rest: number[] = [];
  const byClient = new Map<number, number[]>();
  paths.forEach((path, k) => {
    const c = path[1];
    if (path.length >= 2 && path[0] === 'clients' && typeof c === 'number' && c >= 0 && c < slices.length) {
      const ranges = kept[c];
      const known = ranges.get(keyOf(path));
      if (known) {
        result[k] = { offset: spans[c].offset + known.offset, length: known.length };
      } else {
        const waiting = byClient.get(c);
        if (waiting) {
          waiting.push(k);
        } else {
          byClient.set(c, [k]);
        }
      }
    } else {
      rest.push(k);
    }
  });
  for (const [c, ks] of byClient) {
    const ranges = kept[c];
    plainRanges(
      slices[c],
      ks.map((k) => paths[k].slice(2)),
    ).forEach((range, j) => {
      ranges.set(keyOf(paths[ks[j]]), range);
      result[ks[j]] = { offset: spans[c].offset + range.offset, length: range.length };
    });
  }
  plainRanges(
    text,
    rest.map((k) => paths[k]),
  ).forEach((range, j) => (result[rest[j]] = range));
  return result;
}

/** A path below a client; strings and numbers never meet at one step of a client's value. */
const keyOf = (path: Path) => path.slice(2).join('\u0000');
