/**
 * Collects the English strings the extension translates at run time, by
 * parsing the TypeScript sources with the compiler API:
 *
 * - the first argument of `l10n.t(...)` / `vscode.l10n.t(...)` calls (or the
 *   `message` of the `l10n.t({ message, args, comment })` form);
 * - the first argument of `msg(...)` calls (core message templates);
 * - for `pluralMsg(count, { one, other }, ...)` calls, one key per plural category
 *   of the bundle's language (Intl.PluralRules): `<other>{one}`, `<other>{many}`,
 *   `<other>{other}`, as src/core/messages.ts looks them up;
 * - every string value of the object literal assigned to `SYNTAX_MESSAGES`,
 *   whose values reach `msg()` through a variable.
 *
 * When the first argument is not a literal but a `a ?? 'text'`, `a || 'text'`
 * or `cond ? 'a' : 'b'` expression, the literal branches are collected too.
 *
 * Run directly, it prints an English bundle ({ "string": "string" }, like
 * @vscode/l10n-dev's bundle.l10n.json) to stdout:
 *
 *     node scripts/l10nStrings.mjs [srcDir]
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MESSAGE_TABLES = new Set(['SYNTAX_MESSAGES']);

async function listSources(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') {
        files.push(...(await listSources(full)));
      }
    } else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(full);
    }
  }
  return files;
}

function unwrap(node) {
  while (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression?.(node) || ts.isTypeAssertionExpression(node))) {
    node = node.expression;
  }
  return node;
}

function isStringLike(node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** String literals an argument can evaluate to, looking through `??`, `||` and `?:`. */
function literalsOf(node, out) {
  node = unwrap(node);
  if (!node) {
    return;
  }
  if (isStringLike(node)) {
    out.push(node.text);
  } else if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    literalsOf(node.left, out);
    literalsOf(node.right, out);
  } else if (ts.isConditionalExpression(node)) {
    literalsOf(node.whenTrue, out);
    literalsOf(node.whenFalse, out);
  }
}

/** 'l10n.t' | 'msg' | 'pluralMsg' | undefined for a call's callee. */
function calleeKind(expression) {
  const callee = unwrap(expression);
  if (ts.isIdentifier(callee)) {
    return callee.text === 'msg' || callee.text === 'pluralMsg' ? callee.text : undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 't') {
    const owner = unwrap(callee.expression);
    if (ts.isIdentifier(owner) && owner.text === 'l10n') {
      return 'l10n.t';
    }
    if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n' && ts.isIdentifier(unwrap(owner.expression)) && unwrap(owner.expression).text === 'vscode') {
      return 'l10n.t';
    }
  }
  return undefined;
}

function propertyValue(objectLiteral, name) {
  for (const property of objectLiteral.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) {
      return property.initializer;
    }
  }
  return undefined;
}

/** The key of one plural category of a message; the same as pluralKey in src/core/messages.ts. */
export const pluralKey = (other, category) => `${other}{${category}}`;

/** The plural categories of a language, as Intl.PluralRules names them. */
export const pluralCategories = (language) => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

/**
 * The strings of one source text; `fileName` only names it for the parser. A plural message adds its key for each
 * plural category of `language`.
 */
export function collectFromText(text, fileName = 'source.ts', language = 'en') {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const kind = calleeKind(node.expression);
      if (kind === 'pluralMsg') {
        const forms = unwrap(node.arguments[1]);
        const other = forms && ts.isObjectLiteralExpression(forms) ? unwrap(propertyValue(forms, 'other')) : undefined;
        if (!other || !isStringLike(other)) {
          throw new Error(`${fileName}: pluralMsg needs its forms as an object literal with a literal "other"`);
        }
        found.push(...pluralCategories(language).map((category) => pluralKey(other.text, category)));
      } else if (kind) {
        const first = unwrap(node.arguments[0]);
        if (kind === 'l10n.t' && ts.isObjectLiteralExpression(first)) {
          const message = propertyValue(first, 'message');
          if (message) {
            literalsOf(message, found);
          }
        } else {
          literalsOf(first, found);
        }
      }
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && MESSAGE_TABLES.has(node.name.text) && node.initializer) {
      const init = unwrap(node.initializer);
      if (ts.isObjectLiteralExpression(init)) {
        for (const property of init.properties) {
          if (ts.isPropertyAssignment(property)) {
            const value = unwrap(property.initializer);
            if (isStringLike(value)) {
              found.push(value.text);
            }
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The sorted, unique keys that a bundle in `language` must hold for every TypeScript file under `srcDir`. */
export async function collectStrings(srcDir, language = 'en') {
  const files = await listSources(path.resolve(srcDir));
  const strings = new Set();
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    for (const s of collectFromText(text, file, language)) {
      strings.add(s);
    }
  }
  // Code-unit order, so the result does not depend on the machine's locale.
  return [...strings].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const srcDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'src');
  const strings = await collectStrings(srcDir);
  const bundle = Object.fromEntries(strings.map((s) => [s, s]));
  process.stdout.write(JSON.stringify(bundle, null, 2) + '\n');
}
