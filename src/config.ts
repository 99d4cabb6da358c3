import * as vscode from 'vscode';

/** Mirrors `contributes.configuration` in package.json. */
export interface ClientHealthSettings {
  /** Workspace-relative path of the client file. */
  readonly clientFile: string;
}

export const DEFAULT_CLIENT_FILE = '.freelance/clients.json';

export function readSettings(scope?: vscode.ConfigurationScope): ClientHealthSettings {
  const config = vscode.workspace.getConfiguration('clientHealth', scope);
  const clientFile = config.get<string>('clientFile', DEFAULT_CLIENT_FILE).trim();
  return { clientFile: isSafeRelativePath(clientFile) ? clientFile : DEFAULT_CLIENT_FILE };
}

/** The client file must stay inside its workspace folder. */
function isSafeRelativePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}
