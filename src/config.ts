import * as vscode from 'vscode';
import { RuleOverrides, Rules, resolveRules } from './core/health/rules';
import { maxFileBytes } from './core/decode';

/** Mirrors `contributes.configuration` in package.json. */
export interface ClientHealthSettings {
  /** Workspace-relative path of the client file. */
  readonly clientFile: string;
  /** Thresholds of the health signals (`clientHealth.rules.*`), defaults filled in. */
  readonly rules: Rules;
  /** `clientHealth.draftLanguage`: a draft language, or `auto` for the display language. */
  readonly draftLanguage: string;
  /** `clientHealth.maxFileSizeMB` in bytes: a larger client file is not read. */
  readonly maxFileBytes: number;
  /** The configured client file path when it was refused (outside the folder) and the default used instead. */
  readonly refusedClientFile?: string;
}

export const DEFAULT_CLIENT_FILE = '.freelance/clients.json';

export function readSettings(scope?: vscode.ConfigurationScope): ClientHealthSettings {
  const config = vscode.workspace.getConfiguration('clientHealth', scope);
  const clientFile = config.get<string>('clientFile', DEFAULT_CLIENT_FILE).trim();
  const safe = isSafeRelativePath(clientFile);
  return {
    clientFile: safe ? clientFile : DEFAULT_CLIENT_FILE,
    // VS Code does not hold values in settings.json to the declared schema (it only marks them there), so a
    // fraction for a whole number or a number out of range reaches us: resolveRules keeps the default for it.
    rules: resolveRules(config.get<RuleOverrides>('rules')),
    draftLanguage: config.get<string>('draftLanguage', 'auto'),
    maxFileBytes: maxFileBytes(config.get<unknown>('maxFileSizeMB')),
    refusedClientFile: safe ? undefined : clientFile,
  };
}

/** The client file must stay inside its workspace folder. */
function isSafeRelativePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}
