/**
 * The portfolio's commands: add the folders of other repositories, read them all again, forget one folder or
 * all of them, and open a client file of another repository from the Portfolio view. In dist/portfolio.js; the
 * prompts come from dist/extension.js (portfolioService.ts registers the commands), where the tests script them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import { readSettings } from '../config';
import { peerRates } from '../core/portfolio/figures';
import { FolderEntry } from '../core/portfolio/indexFile';
import { fileRates } from '../core/signals/lowRate';
import type { Prompter } from '../ui/prompts';
import type { PortfolioService } from './portfolioService';
import { localToday } from '../core/dates';
import { DEFAULT_REFRESH_CONCURRENCY, RefreshOptions, mapBounded, okEntry, readPortfolioFile, refreshPortfolio } from './refresh';
import { refOf } from './clientDashboards';
import { DEFAULT_SCAN_DEPTH, FoundClientFile, scanForClientFiles } from './scan';

/** What a read of the portfolio's files needs from the settings, for today. */
export function refreshOptions(): RefreshOptions {
  const settings = readSettings();
  return { today: localToday(new Date()), rules: settings.rules, maxBytes: settings.maxFileBytes, exchangeRates: settings.exchangeRates.rates };
}

/** What the view's rows pass to the commands: the folder, and its client file relative to it. */
export interface PortfolioTarget {
  readonly folder: string;
  readonly file: string;
  /** A client's row: the client, as the index summarises it. */
  readonly client?: { readonly summary: { readonly id: string } };
}

/** Runs the command `id` (commandIds.ts) with the target a row of the view passes, if any. */
export function run(id: string, service: PortfolioService, prompts: Prompter, target?: PortfolioTarget): Promise<unknown> {
  switch (id) {
    case Commands.addFoldersToPortfolio:
      return addFolders(service, prompts);
    case Commands.refreshPortfolio:
      return refresh(service);
    case Commands.forgetPortfolioFolder:
      return forgetFolder(service, prompts, target);
    case Commands.forgetPortfolio:
      return forgetAll(service, prompts);
    case Commands.openPortfolioFolder:
      return target ? Promise.resolve(vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(target.folder), { forceNewWindow: true })) : Promise.resolve();
    case Commands.openPortfolioClientFile:
      return target ? openClientFileOf(target) : Promise.resolve();
    case Commands.openPortfolioClientDashboard:
      return openClientDashboard(target);
    default:
      return Promise.reject(new Error(`Not a portfolio command: ${id}`));
  }
}

/**
 * A chosen folder with the client file is added as it is; one without is taken as the parent of repositories and
 * searched three levels down. Every file found is read as Refresh Portfolio reads it, so a file that does not
 * validate is listed with its problem rather than left out.
 */
export async function addFolders(service: PortfolioService, prompts: Prompter): Promise<void> {
  const picked = await prompts.open({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: true,
    title: vscode.l10n.t('Add Folders to Portfolio'),
    openLabel: vscode.l10n.t('Add to Portfolio'),
  });
  if (!picked || picked.length === 0) {
    return;
  }
  const clientFile = readSettings().clientFile;
  const options = refreshOptions();
  const { entries, truncated } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Looking for client files…') },
    async () => {
      const found = new Map<string, FoundClientFile>();
      let cut = false;
      for (const uri of picked.filter((u) => u.scheme === 'file')) {
        if (await isFile(path.join(uri.fsPath, ...clientFile.split('/')))) {
          found.set(uri.fsPath, { folder: uri.fsPath, file: clientFile });
          continue;
        }
        const scan = await scanForClientFiles(uri.fsPath, { clientFile, maxDepth: DEFAULT_SCAN_DEPTH });
        scan.found.forEach((f) => found.set(f.folder, f));
        cut ||= scan.truncated;
      }
      const files = [...found.values()];
      const reads = await mapBounded(files, DEFAULT_REFRESH_CONCURRENCY, (f) => readPortfolioFile(f.folder, f.file, options.maxBytes));
      // Each new file's lowRate compares with the portfolio already indexed and with the other files added now.
      const adding = new Set(files.map((f) => f.folder));
      const rates = [
        ...peerRates(service.index, undefined, options.rules.lowRate.minHours).filter((r) => !adding.has(r.folder)),
        ...reads.flatMap((r, i) => (r.state === 'ok' ? fileRates(r.file, options.today, options.rules, files[i].folder) : [])),
      ];
      const read = new Date().toISOString();
      const added = files.map((f, i): FolderEntry => {
        const r = reads[i];
        if (r.state === 'ok') {
          return okEntry(f.folder, f.file, r.file, options, read, rates);
        }
        const previous = service.index.folders.find((e) => e.folder === f.folder);
        return { folder: f.folder, file: f.file, state: r.state, problem: r.problem, read, clients: previous?.clients ?? [] };
      });
      return { entries: added, truncated: cut };
    },
  );
  if (entries.length === 0) {
    await prompts.notify(vscode.l10n.t('No client file was found in the chosen folders, nor in the folders up to three levels below them.'));
    return;
  }
  service.apply(await service.store.updateAll(entries));
  const invalid = entries.filter((e) => e.state !== 'ok').length;
  const parts = [vscode.l10n.t('Folders added to the portfolio: {0}.', entries.length)];
  if (invalid > 0) {
    parts.push(vscode.l10n.t('Client files that could not be read: {0}; the Portfolio view shows why.', invalid));
  }
  if (truncated) {
    parts.push(vscode.l10n.t('The search stopped before the end: choosing folders closer to the repositories finds the others.'));
  }
  await prompts.notify(parts.join(' '));
}

/** Every folder of the index read again from disk, a few at a time. */
export async function refresh(service: PortfolioService): Promise<void> {
  const options = refreshOptions();
  const read = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Refreshing the portfolio…') }, () =>
    refreshPortfolio(service.store, options),
  );
  service.apply(read);
}

export async function forgetFolder(service: PortfolioService, prompts: Prompter, target?: PortfolioTarget): Promise<void> {
  let folder = target?.folder;
  if (folder === undefined) {
    const items = service.index.folders.map((f) => ({ label: path.basename(f.folder) || f.folder, description: f.folder, folder: f.folder }));
    if (items.length === 0) {
      return;
    }
    const picked = await prompts.pick(items, { title: vscode.l10n.t('Forget Folder from Portfolio'), placeHolder: vscode.l10n.t('The folder whose clients leave the portfolio') });
    folder = picked?.folder;
  }
  if (folder === undefined) {
    return;
  }
  service.apply(await service.store.forget(folder));
  if (service.workspaceFolders().has(folder) && readSettings().portfolio.enabled) {
    // Its client file is open here: it would come back at the next save without a word.
    await prompts.notify(vscode.l10n.t('This folder is open in this window: its client file is added again when it is next saved. The setting clientHealth.portfolio.enabled set to false keeps it out.'));
  }
}

export async function forgetAll(service: PortfolioService, prompts: Prompter): Promise<void> {
  const confirm = vscode.l10n.t('Forget Entire Portfolio');
  // Through the prompts module, where the integration suite answers it.
  const answer = await prompts.confirm?.(
    vscode.l10n.t('Forget every folder of the portfolio? The summaries kept on this machine are deleted; the client files themselves are not touched.'),
    undefined,
    confirm,
  );
  if (answer === confirm) {
    service.apply(await service.store.forgetAll());
  }
}

export async function openClientFileOf(target: PortfolioTarget): Promise<void> {
  const uri = vscode.Uri.file(path.join(target.folder, ...target.file.split('/')));
  try {
    await vscode.window.showTextDocument(uri, { preview: true });
  } catch {
    await vscode.window.showErrorMessage(vscode.l10n.t('The client file of {0} cannot be opened: it was moved or deleted. Refresh Portfolio shows the state of every folder.', target.folder));
  }
}

/**
 * The client dashboard of a client row: for a folder open in this window, the dashboard as from the Clients view;
 * for another, read from its file on disk, read-only (clientDashboards.ts). Returns the panel to the tests.
 */
export async function openClientDashboard(target?: PortfolioTarget): Promise<unknown> {
  const id = target?.client?.summary.id;
  if (!target || typeof id !== 'string') {
    return undefined;
  }
  return vscode.commands.executeCommand(Commands.openDashboard, refOf(target.folder, id));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
