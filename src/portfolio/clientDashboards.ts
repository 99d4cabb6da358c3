/**
 * The portfolio's part of the client dashboard (in dist/portfolio.js; dashboardPanels.ts takes it once loaded):
 * the income share of a client above half, and the dashboard of a client of a folder not open in this window,
 * read from its file on disk as Refresh Portfolio reads it. That page is read-only: recording or drafting edits
 * the client file, which this window has no store for (no undo, no unsaved edits, no diagnostics); the page says
 * so, and keeps Open Client File.
 */
import * as vscode from 'vscode';
import type { ClientRef } from '../commands/resolveClient';
import { Commands } from '../commandIds';
import { localToday } from '../core/dates';
import { evaluate } from '../core/health/evaluate';
import { cautionMessage } from '../core/portfolio/caution';
import { peerRates } from '../core/portfolio/figures';
import type { DashboardPortfolio, DashboardSource } from '../dashboard/dashboardSource';
import type { DashboardCommand, DashboardModel } from '../dashboard/protocol';
import { buildDashboardModel } from '../dashboard/viewModel';
import { readSettings } from '../config';
import { localize } from '../l10n';
import { Disposable } from '../lifecycle';
import { describeError } from '../log';
import { journalKindLabel, levelLabel, money, requestTypeLabel, when } from '../presentation';
import type { HealthModel } from '../store/healthModel';
import { indexedCaution, workspaceCaution } from './caution';
import { openClientFileOf, refreshOptions } from './portfolioCommands';
import type { PortfolioService } from './portfolioService';
import { readPortfolioFile } from './refresh';

export function dashboardPortfolio(service: PortfolioService, health: HealthModel, log: vscode.LogOutputChannel): DashboardPortfolio {
  return {
    onDidChange: service.onDidChange,
    share(ref) {
      const store = health.stores.present().find((s) => s.folder.uri.toString() === ref.folder);
      const file = store?.file;
      if (!store || !file) {
        return undefined;
      }
      const rules = readSettings(store.folder).rules;
      const caution = workspaceCaution(service.index, store.folder.uri.fsPath, file, health.healthOf(store), localToday(), rules.lowRate.windowDays, ref.clientId);
      return caution && localize(cautionMessage(caution));
    },
    source(ref) {
      const folder = folderOf(ref);
      const entry = folder === undefined ? undefined : service.index.folders.find((f) => f.folder === folder);
      return entry && new FileDashboardSource(service, entry.folder, entry.file, ref.clientId, log);
    },
  };
}

/** The ref a Portfolio view's row gives the dashboard: the folder as a file URI, as the workspace's refs are. */
export function refOf(folder: string, clientId: string): ClientRef {
  return { kind: 'clientRef', folder: vscode.Uri.file(folder).toString(), clientId };
}

function folderOf(ref: ClientRef): string | undefined {
  try {
    const uri = vscode.Uri.parse(ref.folder, true);
    return uri.scheme === 'file' ? uri.fsPath : undefined;
  } catch {
    return undefined;
  }
}

class FileDashboardSource extends Disposable implements DashboardSource {
  read = false;
  readonly readOnly = vscode.l10n.t(
    'Read from the client file on disk: this folder is not open in this window. Recording and drafting are done in a window with the folder open (Open Folder in New Window in the Portfolio view).',
  );
  private current: DashboardModel | undefined;
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;
  /** Reads run one after the other: a burst of saves must not let an older read land last. */
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly service: PortfolioService,
    private readonly folder: string,
    private readonly file: string,
    private readonly clientId: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), file)));
    const again = () => this.load();
    this.register(watcher.onDidChange(again));
    this.register(watcher.onDidCreate(again));
    this.register(watcher.onDidDelete(again));
    // Other folders' rates (lowRate) and the share come from the index.
    this.register(service.onDidChange(again));
    this.load();
  }

  model(): DashboardModel | undefined {
    return this.current;
  }

  share(): string | undefined {
    const caution = indexedCaution(this.service.index, this.folder, this.clientId);
    return caution && localize(cautionMessage(caution));
  }

  async run(command: DashboardCommand): Promise<void> {
    if (command === Commands.openClientFile) {
      await openClientFileOf({ folder: this.folder, file: this.file });
    }
    // Every other button writes or drafts, and the page does not show them.
  }

  private load(): void {
    this.reading = this.reading.then(() => this.readOnce()).catch((error: unknown) => this.log.error(`A dashboard could not read a client file of the portfolio: ${describeError(error)}`));
  }

  private async readOnce(): Promise<void> {
    const options = refreshOptions();
    const read = await readPortfolioFile(this.folder, this.file, options.maxBytes);
    if (this.isDisposed) {
      return;
    }
    this.current = undefined;
    if (read.state === 'ok') {
      const peers = { rates: peerRates(this.service.index, this.folder, options.rules.lowRate.minHours), exchangeRates: options.exchangeRates };
      const health = evaluate(read.file, options.today, options.rules, { peers }).find((h) => h.id === this.clientId);
      const fmt = { money, message: localize, level: levelLabel, when: (at: string) => when(at), requestType: requestTypeLabel, journalKind: journalKindLabel };
      this.current = health && buildDashboardModel(read.file, health, options.today, fmt, options.rules.overdue.graceDays);
    }
    this.read = true;
    this.changeEmitter.fire();
  }
}
