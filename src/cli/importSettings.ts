/**
 * The CSV column mapping of a VS Code settings.json (`clientHealth.import.csvColumns`), read as the
 * rule settings are (settings.ts): the file sits in the repository, so it is bounded, its depth checked
 * before parsing, and the value checked against the mapping's schema with known keys only.
 */
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { CSV_COLUMNS_SETTING, readCsvColumns } from '../core/imports/index';
import type { CsvColumns } from '../core/imports/csvColumns';
import { LineIndex } from '../core/lineIndex';
import { firstTooDeep } from '../core/syntax';
import { MAX_DEPTH, readBounded } from './settings';

export interface CsvColumnsSetting {
  /** Absent when the file, or the setting, is absent or cannot be used. */
  readonly columns?: CsvColumns;
  /** One FILE:LINE:COL: warning: ... line when the setting or the file cannot be used. */
  readonly warning?: string;
}

export function readCsvColumnsSetting(file: string, named: boolean): CsvColumnsSetting {
  const read = readBounded(file);
  if ('error' in read) {
    return read.error === 'ENOENT' && !named ? {} : { warning: `${file}:1:1: warning: cannot read the settings file: ${read.reason}.` };
  }
  const text = read.text.charCodeAt(0) === 0xfeff ? ' ' + read.text.slice(1) : read.text;
  const lines = new LineIndex(text);
  const warn = (offset: number, why: string): CsvColumnsSetting => {
    const p = lines.positionAt(offset);
    return { warning: `${file}:${p.line + 1}:${p.character + 1}: warning: ${why}.` };
  };
  const tooDeep = firstTooDeep(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    return warn(tooDeep, `the settings file is nested more than ${MAX_DEPTH} levels deep`);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0) {
    return warn(errors[0].offset, `the settings file is not valid JSON (${printParseErrorCode(errors[0].error)})`);
  }
  if (root?.type !== 'object') {
    return {};
  }
  // The last of duplicate keys wins, as in VS Code.
  const property = (root.children ?? []).filter((p) => p.children?.[0]?.value === CSV_COLUMNS_SETTING).pop();
  const value = property?.children?.[1];
  if (property === undefined || value === undefined) {
    return {};
  }
  const mapping = readCsvColumns(plain(value));
  return mapping.columns ? { columns: mapping.columns } : warn(property.offset, `"${CSV_COLUMNS_SETTING}" is not used: ${mapping.error}`);
}

/**
 * The node's value, objects built with own properties only: a key such as `__proto__` stays a key
 * (which the schema then refuses as unknown) instead of becoming the object's prototype.
 */
function plain(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).flatMap((p) => (p.children?.length === 2 ? [[String(p.children[0].value), plain(p.children[1])]] : [])));
    case 'array':
      return (node.children ?? []).map(plain);
    default:
      return node.value;
  }
}
