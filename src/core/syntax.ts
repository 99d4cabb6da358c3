/** JSONC text -> syntax tree with offsets, and syntax errors as problems. */
import { Node, ParseError, ParseErrorCode, SyntaxKind, createScanner, parseTree } from 'jsonc-parser';
import { Message, msg } from './messages';
import { MAX_DEPTH } from './nodeValue';

export interface RawProblem {
  readonly message: Message;
  readonly offset: number;
  readonly length: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
}

const SYNTAX_MESSAGES: Record<ParseErrorCode, string> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character: this is not valid JSON here.',
  [ParseErrorCode.InvalidNumberFormat]: 'This is not a valid number.',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes.',
  [ParseErrorCode.ValueExpected]: 'Expected a value: a number, text in double quotes, true, false, null, an object {…} or a list […].',
  [ParseErrorCode.ColonExpected]: 'Expected a colon after the property name.',
  [ParseErrorCode.CommaExpected]: 'Expected a comma before this item.',
  [ParseErrorCode.CloseBraceExpected]: 'Expected a closing brace } to end this object.',
  [ParseErrorCode.CloseBracketExpected]: 'Expected a closing bracket ] to end this list.',
  [ParseErrorCode.EndOfFileExpected]: 'Unexpected text after the end of the JSON content.',
  [ParseErrorCode.InvalidCommentToken]: 'This comment is not valid: use // or /* */.',
  [ParseErrorCode.UnexpectedEndOfComment]: 'This comment is never closed: add */.',
  [ParseErrorCode.UnexpectedEndOfString]: 'This string is never closed: add a double quote.',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'This number is incomplete.',
  [ParseErrorCode.InvalidUnicode]: 'Invalid unicode escape: write \\u followed by four hex digits.',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape in a string: use \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u.',
  [ParseErrorCode.InvalidCharacter]: 'Invalid character in a string: control characters must be escaped.',
};

export interface SyntaxResult {
  readonly root: Node | undefined;
  readonly problems: RawProblem[];
}

export function parseSyntax(text: string): SyntaxResult {
  // A byte order mark is legal at the start of a file; replacing it with a
  // space keeps every offset the same for the diagnostics.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (source.trim() === '') {
    return { root: undefined, problems: [{ message: msg('The client file is empty. It needs at least {0}.', '{"version": 1, "freelancer": {}, "clients": []}'), offset: 0, length: 0, severity: 'error', code: 'empty' }] };
  }
  // Past this depth the parser's recursion may or may not exhaust the stack, depending on how deep the caller already
  // is: the answer must not depend on who asks (the editor's checker and the CLI once disagreed on a file).
  const beyondParser = firstTooDeep(source, MAX_DEPTH, PARSER_SAFE_DEPTH);
  if (beyondParser !== undefined) {
    return { root: undefined, problems: [tooDeepProblem(beyondParser)] };
  }
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (error) {
    // parseTree recurses once per level of nesting: thousands of levels exhaust the stack. Name the
    // bracket that goes too deep, as findKeyProblems does for nesting the parser survives.
    const at = error instanceof RangeError ? firstTooDeep(source) : undefined;
    if (at === undefined) {
      throw error;
    }
    return { root: undefined, problems: [tooDeepProblem(at)] };
  }
  const problems = errors.map<RawProblem>((e) => ({
    message: msg(SYNTAX_MESSAGES[e.error] ?? 'This is not valid JSON.'),
    offset: e.offset,
    length: Math.max(e.length, 1),
    severity: 'error',
    code: 'syntax',
  }));
  return { root, problems };
}

/** Nesting the parser survives on any stack an extension host or the CLI calls it from. */
const PARSER_SAFE_DEPTH = 1_000;

function tooDeepProblem(offset: number): RawProblem {
  const message = msg('This value is nested more than {0} levels deep; a client file never needs that many.', MAX_DEPTH);
  return { message, offset, length: 1, severity: 'error', code: 'tooDeep' };
}

/**
 * Offset of the first { or [ nested more than `maxDepth` levels deep, found once the nesting goes deeper than
 * `whenBeyond` (by default as soon as it passes `maxDepth`); one iterative scan, whatever the depth.
 */
export function firstTooDeep(source: string, maxDepth = MAX_DEPTH, whenBeyond = maxDepth): number | undefined {
  const scanner = createScanner(source, true);
  let depth = 0;
  let first: number | undefined;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      depth++;
      if (depth > maxDepth && first === undefined) {
        first = scanner.getTokenOffset();
      }
      if (depth > whenBeyond) {
        return first;
      }
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return undefined;
}
