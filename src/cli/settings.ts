/**
 * The rule settings of a VS Code settings.json, so that the CLI judges with the same thresholds as the
 * editor, the reference rates it adds for the statutory late-payment figures, and the exchange rates lowRate may
 * compare rates of different currencies at. The file sits in the client's repository, so it is read as its author may have written it
 * to change a verdict: only the settings RULE_SETTINGS declares are taken, each checked against its
 * type and range, and the file's keys only ever look entries up in a Map.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { getNodeValue, Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { firstTooDeep } from '../core/syntax';
import { LineIndex } from '../core/lineIndex';
import { DEFAULT_RULES, RULE_SETTINGS, RULE_SETTING_PREFIX, RuleSetting, Rules, resolveRuleSettings } from '../core/health/rules';
import { DEFAULT_USE_GIT_FOR_HOURS, USE_GIT_FOR_HOURS, UseGitForHours } from '../core/gitHistory/evidence';
import { RateEntry, readReferenceRates, REFERENCE_RATES_SETTING } from '../core/law';
import { resolveExchangeRates } from '../core/portfolio/exchangeRates';

/** A settings.json of a few kilobytes is usual; a thousand times that is not a settings file. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;
/** VS Code's settings nest a few levels; jsonc-parser recurses once per level, so depth is checked first. */
export const MAX_DEPTH = 64;
/** Ignored settings named in the warning line; the rest are counted. */
const LISTED = 3;

/** `clientHealth.git.*`: only used with --git. */
export interface GitSettings {
  readonly useForHours: UseGitForHours;
  readonly authorEmails: readonly string[];
}

export const DEFAULT_GIT_SETTINGS: GitSettings = { useForHours: DEFAULT_USE_GIT_FOR_HOURS, authorEmails: [] };
export const USE_FOR_HOURS_SETTING = 'clientHealth.git.useForHours';
export const AUTHOR_EMAILS_SETTING = 'clientHealth.git.authorEmails';
export const EXCHANGE_RATES_SETTING = 'clientHealth.exchangeRates';
const NO_EXCHANGE_RATES: Readonly<Record<string, number>> = {};
/** As package.json declares: at most 50 addresses of at most 320 characters. */
const MAX_AUTHOR_EMAILS = 50;
const MAX_EMAIL_CHARS = 320;

export interface RuleSettingsRead {
  readonly rules: Rules;
  readonly git: GitSettings;
  /** `clientHealth.lateFees.referenceRates`: the usable entries (none when the file cannot be used). */
  readonly referenceRates: readonly RateEntry[];
  /** `clientHealth.exchangeRates`: the entries taken, for lowRate's comparisons across currencies only (none when the file cannot be used). */
  readonly exchangeRates: Readonly<Record<string, number>>;
  /** At most one line each for stderr, as FILE:LINE:COL: warning: ... */
  readonly warnings: string[];
}

const BY_ID: ReadonlyMap<string, RuleSetting> = new Map(RULE_SETTINGS.map((s) => [s.id, s]));

/**
 * The rules of a settings file, defaults filled in. A missing default file is no news; a named file
 * that is missing, or any file that cannot be read or parsed, leaves the defaults and one warning.
 */
export function readRuleSettings(file: string, named: boolean): RuleSettingsRead {
  const defaults = (line: number, col: number, why: string): RuleSettingsRead => ({
    rules: DEFAULT_RULES,
    git: DEFAULT_GIT_SETTINGS,
    referenceRates: [],
    exchangeRates: NO_EXCHANGE_RATES,
    warnings: [`${file}:${line}:${col}: warning: ${why}; the default rules apply.`],
  });
  const read = readBounded(file);
  if ('error' in read) {
    return read.error === 'ENOENT' && !named ? { rules: DEFAULT_RULES, git: DEFAULT_GIT_SETTINGS, referenceRates: [], exchangeRates: NO_EXCHANGE_RATES, warnings: [] } : defaults(1, 1, `cannot read the settings file: ${read.reason}`);
  }
  const text = read.text.charCodeAt(0) === 0xfeff ? ' ' + read.text.slice(1) : read.text;
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return [p.line + 1, p.character + 1] as const;
  };
  const tooDeep = firstTooDeep(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    return defaults(...at(tooDeep), `the settings file is nested more than ${MAX_DEPTH} levels deep`);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0) {
    return defaults(...at(errors[0].offset), `the settings file is not valid JSON (${printParseErrorCode(errors[0].error)})`);
  }
  if (root === undefined) {
    return { rules: DEFAULT_RULES, git: DEFAULT_GIT_SETTINGS, referenceRates: [], exchangeRates: NO_EXCHANGE_RATES, warnings: [] };
  }
  if (root.type !== 'object') {
    return defaults(...at(root.offset), 'the settings file is not a JSON object');
  }

  const given = new Map<string, Node>();
  const unknown: { key: string; offset: number }[] = [];
  let ratesNode: Node | undefined;
  let exchangeNode: Node | undefined;
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key: unknown = keyNode?.value;
    if (typeof key !== 'string' || valueNode === undefined) {
      continue;
    }
    if (BY_ID.has(key) || key === USE_FOR_HOURS_SETTING || key === AUTHOR_EMAILS_SETTING) {
      // The last of duplicate keys wins, as in VS Code.
      given.set(key, valueNode);
    } else if (key === REFERENCE_RATES_SETTING) {
      ratesNode = valueNode;
    } else if (key === EXCHANGE_RATES_SETTING) {
      exchangeNode = valueNode;
    } else if (key === 'clientHealth' || key.startsWith(RULE_SETTING_PREFIX.slice(0, -1))) {
      unknown.push({ key, offset: property.offset });
    }
  }
  const { rules, refused } = resolveRuleSettings((s) => {
    const node = given.get(s.id);
    return node?.type === 'number' ? node.value : node;
  });
  const git = gitSettings(given);
  // The depth was checked above, so building the value cannot recurse without bound; its size is the file's, at most 1 MiB.
  const rates = readReferenceRates(ratesNode && getNodeValue(ratesNode));
  // Checked entry by entry as the editor checks it (config.ts); a value that is not an object at all is refused whole.
  // Built with fromEntries, which defines each key as an own property: a "__proto__" key is a refused entry like any other.
  // A user setting in the editor (scope application): a repository's own .vscode/settings.json must not set the
  // rate its clients are compared at, so it is read only from a file named with --settings.
  const fromRepository = !named ? exchangeNode : undefined;
  const exchangeFromRepository = fromRepository !== undefined;
  const exchange =
    named && exchangeNode?.type === 'object'
      ? resolveExchangeRates(Object.fromEntries((exchangeNode.children ?? []).map((p) => [String(p.children?.[0]?.value), p.children?.[1]?.type === 'number' ? p.children[1].value : undefined])))
      : { rates: NO_EXCHANGE_RATES, refused: [] };
  const ignored = [
    ...unknown.map((u) => ({ offset: u.offset, text: `${quote(u.key)}: not a rule setting` })),
    ...git.refused.map((key) => {
      const node = given.get(key)!;
      const must = key === USE_FOR_HOURS_SETTING ? `one of ${USE_GIT_FOR_HOURS.join(', ')}` : `a list of at most ${MAX_AUTHOR_EMAILS} email addresses`;
      return { offset: node.parent?.offset ?? node.offset, text: `${quote(key)}: must be ${must}, not ${describe(node)}` };
    }),
    ...(rates.refused > 0
      ? [
          {
            offset: ratesNode!.parent?.offset ?? ratesNode!.offset,
            text: `${quote(REFERENCE_RATES_SETTING)}: ${rates.refused === 1 ? 'one entry' : `${rates.refused} entries`} left out (a list of { "source": ECB, BoE, Bundesbank, TCMB or FR-legal, "from": "YYYY-MM-DD", "percent": -10 to 100 }, at most 500)`,
          },
        ]
      : []),
    ...(fromRepository
      ? [
          {
            offset: fromRepository.parent?.offset ?? fromRepository.offset,
            text: `${quote(EXCHANGE_RATES_SETTING)}: left out, a user setting that a repository's own settings cannot set (give your settings file with --settings)`,
          },
        ]
      : []),
    ...(!exchangeFromRepository && exchangeNode !== undefined && (exchangeNode.type !== 'object' || exchange.refused.length > 0)
      ? [
          {
            offset: exchangeNode.parent?.offset ?? exchangeNode.offset,
            text:
              exchangeNode.type !== 'object'
                ? `${quote(EXCHANGE_RATES_SETTING)}: must be an object such as { "USD": 0.92 }, not ${describe(exchangeNode)}`
                : `${quote(EXCHANGE_RATES_SETTING)}: ${exchange.refused.slice(0, LISTED).map(quote).join(', ')}${exchange.refused.length > LISTED ? ` and ${exchange.refused.length - LISTED} more` : ''} left out (a currency code such as "USD" with what one unit of it is worth in your currency, a positive number)`,
          },
        ]
      : []),
    ...refused.map((r) => {
      const node = given.get(r.setting.id)!;
      const kind = r.setting.type === 'integer' ? 'a whole number' : 'a number';
      return { offset: node.parent?.offset ?? node.offset, text: `${quote(r.setting.id)}: must be ${kind} from ${r.setting.minimum} to ${r.setting.maximum}, not ${describe(node)}` };
    }),
  ].sort((a, b) => a.offset - b.offset);
  if (ignored.length === 0) {
    return { rules, git: git.settings, referenceRates: rates.rates, exchangeRates: exchange.rates, warnings: [] };
  }
  const listed = ignored.slice(0, LISTED).map((i) => i.text);
  const more = ignored.length > LISTED ? `, and ${ignored.length - LISTED} more` : '';
  const [line, col] = at(ignored[0].offset);
  const count = ignored.length === 1 ? 'one setting ignored, its default applies' : `${ignored.length} settings ignored, their defaults apply`;
  return { rules, git: git.settings, referenceRates: rates.rates, exchangeRates: exchange.rates, warnings: [`${file}:${line}:${col}: warning: ${count}: ${listed.join('; ')}${more}.`] };
}

/** The git settings of the file, each checked as package.json declares it; a refused one keeps its default. */
function gitSettings(given: ReadonlyMap<string, Node>): { settings: GitSettings; refused: string[] } {
  const refused: string[] = [];
  let useForHours = DEFAULT_USE_GIT_FOR_HOURS;
  const mode = given.get(USE_FOR_HOURS_SETTING);
  if (mode) {
    if (mode.type === 'string' && (USE_GIT_FOR_HOURS as readonly unknown[]).includes(mode.value)) {
      useForHours = mode.value as UseGitForHours;
    } else {
      refused.push(USE_FOR_HOURS_SETTING);
    }
  }
  let authorEmails: string[] = [];
  const emails = given.get(AUTHOR_EMAILS_SETTING);
  if (emails) {
    const items = emails.type === 'array' ? (emails.children ?? []) : [];
    const valid = items.every((n) => n.type === 'string' && typeof n.value === 'string' && n.value.length <= MAX_EMAIL_CHARS && !/[\u0000-\u001f\u007f]/.test(n.value));
    if (emails.type === 'array' && items.length <= MAX_AUTHOR_EMAILS && valid) {
      authorEmails = items.map((n) => n.value as string);
    } else {
      refused.push(AUTHOR_EMAILS_SETTING);
    }
  }
  return { settings: { useForHours, authorEmails }, refused };
}

export type Read = { text: string } | { error: string; reason: string };

/**
 * At most MAX_SETTINGS_BYTES of a regular file. Opened without blocking and checked before reading,
 * so that a named pipe planted at .vscode/settings.json cannot hold the CLI waiting for a writer.
 */
export function readBounded(file: string): Read {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { error: code, reason: code === 'ENOENT' ? 'no such file' : (error as Error).message };
  }
  try {
    if (!fstatSync(fd).isFile()) {
      return { error: 'ENOTFILE', reason: 'not a regular file' };
    }
    const buffer = Buffer.alloc(MAX_SETTINGS_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > MAX_SETTINGS_BYTES) {
      return { error: 'EFBIG', reason: `larger than ${MAX_SETTINGS_BYTES / 1024 / 1024} MiB` };
    }
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'EIO', reason: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** A key as the warning names it, cut short: a hostile file may hold a key of a megabyte. */
function quote(key: string): string {
  return JSON.stringify(key.length > 80 ? key.slice(0, 80) + '…' : key);
}

function describe(node: Node): string {
  switch (node.type) {
    case 'number':
    case 'boolean':
    case 'null':
      return String(node.value);
    case 'string':
      return quote(String(node.value));
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
}
