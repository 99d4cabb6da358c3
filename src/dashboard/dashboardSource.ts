/**
 * What the portfolio gives the client dashboard (dashboardPanels.ts), as interfaces only: the code is in
 * dist/portfolio.js (src/portfolio/clientDashboards.ts), which the panels must not load at activation.
 */
import type * as vscode from 'vscode';
import type { ClientRef } from '../commands/resolveClient';
import type { DashboardCommand, DashboardModel } from './protocol';

/** A client read from its file on disk, outside the workspace's stores: a folder of the portfolio not open in this window. */
export interface DashboardSource extends vscode.Disposable {
  /** The first read is done: until then the page waits rather than say the client is gone. */
  readonly read: boolean;
  readonly onDidChange: vscode.Event<void>;
  model(): DashboardModel | undefined;
  /** The income share sentence when above half, from the index. */
  share(): string | undefined;
  /** Why the page has no button that writes or drafts, in a sentence the page shows. */
  readonly readOnly: string;
  /** What a button of the page does for this client (only those a read-only page shows). */
  run(command: DashboardCommand): Promise<void>;
}

export interface DashboardPortfolio {
  /** Fires when the index changes: the pages' shares follow. */
  readonly onDidChange: vscode.Event<void>;
  /** The income share sentence of a client of the open workspace, when above half. */
  share(ref: ClientRef): string | undefined;
  /** The source of a client of a folder not open in this window; undefined when the portfolio does not know the folder. */
  source(ref: ClientRef): DashboardSource | undefined;
}
