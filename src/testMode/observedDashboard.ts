/** The integration tests' dashboard panel: it records what its page reports, where a test can wait for it. */
import * as vscode from 'vscode';
import { ClientRef } from '../commands/resolveClient';
import { DashboardPanel, DashboardPanels, DashboardTestMode, PageReport } from '../dashboard/dashboardPanels';
import type { DashboardSource } from '../dashboard/dashboardSource';
import { ToWebview } from '../dashboard/protocol';

export class ObservedDashboardPanel extends DashboardPanel {
  /** The last data posted to the page. */
  lastPosted: ToWebview | undefined;
  /** What the page last said it rendered. */
  lastRendered: { rows: number; bars: number } | undefined;
  /** Each Content-Security-Policy violation the page saw: `directive blocked`. */
  readonly cspViolations: string[] = [];
  private readonly readyEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly renderedEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidBecomeReady = this.readyEmitter.event;
  readonly onDidRender = this.renderedEmitter.event;

  protected override observe(report: PageReport): void {
    switch (report.kind) {
      case 'ready':
        this.readyEmitter.fire();
        return;
      case 'posted':
        this.lastPosted = report.message;
        return;
      case 'rendered':
        this.lastRendered = { rows: report.rows, bars: report.bars };
        this.renderedEmitter.fire();
        return;
      case 'cspViolation':
        this.cspViolations.push(`${report.directive} ${report.blocked}`);
        return;
    }
  }
}

/** The dashboards' test mode, and the panels it made that are still open. */
export function observedDashboards(): DashboardTestMode & { readonly open: () => ObservedDashboardPanel[] } {
  let made: ObservedDashboardPanel[] = [];
  return {
    createPanel(panel: vscode.WebviewPanel, ref: ClientRef, manager: DashboardPanels, source?: DashboardSource) {
      const observed = new ObservedDashboardPanel(panel, ref, manager, source);
      made.push(observed);
      return observed;
    },
    open: () => (made = made.filter((p) => !p.isDisposed)),
  };
}
