/**
 * What activate() returns in ExtensionMode.Test, and only there: the
 * integration suite reaches the services, scripts the prompts and watches
 * the status bar item and the dashboards' pages through it. Outside Test
 * mode activate() returns nothing (see the README's "For other extensions"),
 * and none of these hooks is switched on.
 */
import * as vscode from 'vscode';
import type { LanguageModelTools } from '../chat/languageModelTools';
import type { EditorTime } from '../editorTime/editorTime';
import { DashboardPanels } from '../dashboard/dashboardPanels';
import { HealthModel } from '../store/healthModel';
import { WorkspaceStores } from '../store/workspaceStores';
import { ClientsTreeProvider } from '../tree/clientsTree';
import { PortfolioService } from '../portfolio/portfolioService';
import { PortfolioTreeProvider } from '../tree/portfolioTree';
import { Prompts } from '../ui/prompts';
import { ObservedDashboardPanel, observedDashboards } from './observedDashboard';

export interface ClientHealthTestApi {
  readonly stores: WorkspaceStores;
  readonly health: HealthModel;
  readonly tree: ClientsTreeProvider;
  /** The portfolio index (its file is `portfolio.store.path`, in this test run's global storage) and its view. */
  readonly portfolio: PortfolioService;
  readonly portfolioTree: PortfolioTreeProvider;
  /** The status bar item, and whether it is shown (StatusBarItem itself does not tell). */
  readonly statusBar: { readonly item: vscode.StatusBarItem; readonly visible: boolean };
  /** Resolves once every folder's client file has been read. */
  readonly ready: Promise<void>;
  /** Where the commands ask their questions; the integration suite scripts answers here. */
  readonly prompts: Prompts;
  /** The client dashboards (webview panels); `open_`: those open now. */
  readonly dashboard: {
    readonly open_: readonly ObservedDashboardPanel[];
    openFor(arg?: unknown): Promise<ObservedDashboardPanel | undefined>;
    deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  };
  /** The file the Client Health log channel writes to. */
  readonly logFile: vscode.Uri;
  /** The chat tools as registered with vscode.lm. */
  readonly chatTools: LanguageModelTools;
  /** Editor time: its clock (`now`) can be replaced by a fake one, and `flush` stores what was counted. */
  readonly editorTime: EditorTime;
}

/** The hooks switched on before the services are built: the status bar item watched, dashboards observed, prompts scriptable. */
export function testHooks(prompts: Prompts) {
  prompts.allowScripting();
  return { dashboards: observedDashboards(), watchStatusBarItem };
}

/** The item, with show and hide noted as they happen. */
function watchStatusBarItem(item: vscode.StatusBarItem): ClientHealthTestApi['statusBar'] {
  let visible = false;
  const show = item.show.bind(item);
  const hide = item.hide.bind(item);
  item.show = () => {
    visible = true;
    show();
  };
  item.hide = () => {
    visible = false;
    hide();
  };
  return {
    item,
    get visible() {
      return visible;
    },
  };
}

export function testApi(
  parts: Omit<ClientHealthTestApi, 'dashboard' | 'statusBar'> & { readonly dashboard: DashboardPanels; readonly statusBar: ClientHealthTestApi['statusBar'] },
  hooks: ReturnType<typeof testHooks>,
): ClientHealthTestApi {
  const { dashboard } = parts;
  return {
    ...parts,
    dashboard: {
      get open_() {
        return hooks.dashboards.open();
      },
      openFor: async (arg) => (await dashboard.openFor(arg)) as ObservedDashboardPanel | undefined,
      deserializeWebviewPanel: (panel, state) => dashboard.deserializeWebviewPanel(panel, state),
    },
  };
}
