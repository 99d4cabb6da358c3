import * as vscode from 'vscode';
import { RuleOverrides, Rules, resolveRules } from './core/health/rules';
import { maxFileBytes } from './core/decode';
import { hasControlCharacter } from './git/excludeEntry';
import { UseGitForHours, resolveUseGitForHours } from './core/gitHistory/evidence';
import { distinctEmails } from './core/gitHistory/authors';
import { ExchangeRates, resolveExchangeRates } from './core/portfolio/exchangeRates';

/**
 * Mirrors `contributes.configuration` in package.json, apart from the settings only a lazily loaded part reads
 * (`clientHealth.import.csvColumns`: the import command; `clientHealth.lateFees.referenceRates`: the CLI for
 * now), so that activation does not load their readers.
 */
export interface ClientHealthSettings {
  /** Workspace-relative path of the client file. */
  readonly clientFile: string;
  /** Thresholds of the health signals (`clientHealth.rules.*`), defaults filled in. */
  readonly rules: Rules;
  /** `clientHealth.draftLanguage`: a draft language, or `auto` for the display language. */
  readonly draftLanguage: string;
  /** `clientHealth.problems.showSignals`: each signal in the Problems panel, on its evidence. */
  readonly showSignalsInProblems: boolean;
  /** `clientHealth.maxFileSizeMB` in bytes: a larger client file is not read. */
  readonly maxFileBytes: number;
  /** `clientHealth.git.*`: whose commits are the user's, and when lowRate and lowVolume count hours from git. */
  readonly git: { readonly authorEmails: readonly string[]; readonly useForHours: UseGitForHours };
  /** `clientHealth.drafts.workDelivered`: the statement and the change order end with the commits of their period. */
  readonly drafts: { readonly workDelivered: boolean };
  /** `clientHealth.tracking.enabled`: editor time is counted (opt-in; src/editorTime/). */
  readonly tracking: { readonly enabled: boolean };
  /** `clientHealth.portfolio.*`: whether the index is written, and whether the status bar shows it without a client file. */
  readonly portfolio: { readonly enabled: boolean; readonly statusBar: boolean };
  /** `clientHealth.exchangeRates`, checked entry by entry: what a currency is worth in the user's, for lowRate's comparisons. */
  readonly exchangeRates: ExchangeRates;
  /** The configured client file path when it was refused and the default used instead. */
  readonly refusedClientFile?: string;
  /** Why: it leads outside the folder, or it has a control character (a line break would split its git exclude entry). */
  readonly refusedBecause?: 'outside' | 'controlCharacter';
}

export const DEFAULT_CLIENT_FILE = '.freelance/clients.json';

export function readSettings(scope?: vscode.ConfigurationScope): ClientHealthSettings {
  const config = vscode.workspace.getConfiguration('clientHealth', scope);
  // A settings file can hold any JSON here; only a string names a file.
  const raw = config.get<unknown>('clientFile', DEFAULT_CLIENT_FILE);
  const configured = typeof raw === 'string' ? raw : DEFAULT_CLIENT_FILE;
  const clientFile = configured.trim();
  // Checked before trimming: a line break at either end is as much a sign of a pasted or forged value.
  // Not held to the declared schema either: read as untrusted input, entry by entry.
  const refusedBecause = hasControlCharacter(configured) ? 'controlCharacter' : isSafeRelativePath(clientFile) ? undefined : 'outside';
  return {
    clientFile: refusedBecause ? DEFAULT_CLIENT_FILE : clientFile,
    // VS Code does not hold values in settings.json to the declared schema (it only marks them there), so a
    // fraction for a whole number or a number out of range reaches us: resolveRules keeps the default for it.
    rules: resolveRules(config.get<RuleOverrides>('rules')),
    draftLanguage: config.get<string>('draftLanguage', 'auto'),
    maxFileBytes: maxFileBytes(config.get<unknown>('maxFileSizeMB')),
    showSignalsInProblems: config.get<unknown>('problems.showSignals') !== false,
    git: { authorEmails: authorEmailsOf(config.get<unknown>('git.authorEmails')), useForHours: resolveUseGitForHours(config.get<unknown>('git.useForHours')) },
    drafts: { workDelivered: config.get<unknown>('drafts.workDelivered') === true },
    tracking: { enabled: config.get<unknown>('tracking.enabled') === true },
    portfolio: { enabled: config.get<unknown>('portfolio.enabled') !== false, statusBar: config.get<unknown>('portfolio.statusBar') !== false },
    exchangeRates: resolveExchangeRates(config.get<unknown>('exchangeRates')),
    refusedClientFile: refusedBecause ? clientFile : undefined,
    refusedBecause,
  };
}

/** The client file must stay inside its workspace folder. */
function isSafeRelativePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}

/** The user's author emails: settings.json can hold anything here, so only strings without control characters count. */
function authorEmailsOf(value: unknown): string[] {
  return Array.isArray(value) ? distinctEmails(value.filter((e) => typeof e === 'string' && e.length <= 320 && !hasControlCharacter(e))).slice(0, 50) : [];
}
