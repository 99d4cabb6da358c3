/**
 * The portfolio's editor parts in the real workbench (docs/portfolio.md): the income share caution before a termination is
 * drafted, a client of another folder's dashboard read from disk, the portfolio page, the status bar's fallback,
 * Forget Entire Portfolio, and a folder deleted behind the index. Folders outside the workspace are made in a
 * temporary folder and added through the command, as a user adds them; every test leaves the index as it found it.
 */
import * as assert from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands, Views } from '../../../src/commandIds';
import { formatDate, localToday } from '../../../src/core/dates';
import type { PortfolioPage } from '../../../src/portfolio/portfolioPage';
import type { ObservedDashboardPanel } from '../../../src/testMode/observedDashboard';
import type { PortfolioNode } from '../../../src/tree/portfolioTree';
import type { ClientHealthApi } from '../../../src/extension';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, restoreClientFile, waitFor } from './helpers';
import { DEFAULT, ESCAPE, execute, withAnswers } from './scriptedPrompts';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
const daysAgo = (days: number) => formatDate(localToday() - days);

async function rows(api: ClientHealthApi, parent?: PortfolioNode) {
  const nodes = await api.portfolioTree.getChildren(parent);
  return Promise.all(nodes.map(async (node) => ({ node, item: await api.portfolioTree.getTreeItem(node) })));
}

async function indexOnDisk(api: ClientHealthApi): Promise<{ folders: { folder: string; state: string; clients: { id: string }[] }[] }> {
  return JSON.parse(await fs.readFile(api.portfolio.store.path, 'utf8'));
}

/** A repository on disk, outside the workspace, with one client in EUR that invoiced `amount` two months ago. */
async function repository(parent: string, name: string, client: { id: string; name: string; amount: number }): Promise<string> {
  const dir = path.join(parent, name);
  await fs.mkdir(path.join(dir, '.freelance'), { recursive: true });
  const file = {
    version: 1,
    freelancer: { name: 'Camille Martin', currency: 'EUR' },
    clients: [
      {
        id: client.id,
        name: client.name,
        status: 'active',
        contract: { signed: daysAgo(200), hourlyRate: 60, paymentTermsDays: 30 },
        invoices: [{ number: `${client.id}-1`, issued: daysAgo(60), amount: client.amount, payments: [{ date: daysAgo(40), amount: client.amount / 2 }] }],
        hours: [{ date: daysAgo(50), hours: 10 }],
      },
    ],
  };
  await fs.writeFile(path.join(dir, '.freelance', 'clients.json'), JSON.stringify(file, null, 2));
  return dir;
}

describe('Portfolio in the editor', function () {
  this.timeout(120_000);
  let temp: string | undefined;
  let panel: { dispose(): void } | undefined;

  beforeEach(async () => {
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'ch-portfolio-editor-'));
  });

  afterEach(async () => {
    panel?.dispose();
    panel = undefined;
    const api = await activateExtension();
    // Forget what the test added (the workspace's own folders stay), then the temporary folders themselves.
    for (const entry of api.portfolio.index.folders.filter((f) => temp && f.folder.startsWith(temp))) {
      await execute(Commands.forgetPortfolioFolder, { folder: entry.folder, file: entry.file });
    }
    await fs.rm(temp!, { recursive: true, force: true });
    await closeAllEditorsDiscarding();
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  });

  /** Acme (folder "valid") invoiced 3,720 two weeks ago, South Bakery (another repository) 2,280: Acme is 62% of the EUR invoicing. */
  async function acmeAtSixtyTwoPercent(api: ClientHealthApi): Promise<string> {
    const uri = clientFileUri('valid');
    const original = await fs.readFile(uri.fsPath, 'utf8');
    const changed = original
      .replace('"issued": "2026-02-01", "amount": 2400', `"issued": "${daysAgo(14)}", "amount": 3720`)
      .replace('"date": "2026-03-10"', `"date": "${daysAgo(7)}"`);
    assert.notStrictEqual(changed, original, 'the fixture still has the invoice this test moves');
    await fs.writeFile(uri.fsPath, changed);
    const store = api.stores.forFolder(folder('valid'))!;
    await waitFor('the valid folder to read the new invoice', async () => {
      await store.refresh();
      return store.file?.clients[0].invoices?.[0].amount === 3720 ? true : undefined;
    });
    const south = await repository(temp!, 'south-bakery', { id: 'south', name: 'South Bakery', amount: 2280 });
    await withAnswers(api, [south, DEFAULT], () => execute(Commands.addFoldersToPortfolio));
    return original;
  }

  it('Portfolio: before a termination email or agreement for a client above half of the invoicing, a modal says what it weighs; Cancel drafts nothing, Continue drafts', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const original = await acmeAtSixtyTwoPercent(api);
    const ref = { kind: 'clientRef', folder: folder('valid').uri.toString(), clientId: 'acme' };
    const sentence = 'Acme SARL is 62% of your invoicing over the last 12 months, about €310.00 a month.';
    try {
      // Cancel: no reason asked, no draft.
      const editors = vscode.window.visibleTextEditors.length;
      const cancelled = await withAnswers(api, [ESCAPE], () => execute<boolean>(Commands.draftTerminationEmail, ref));
      assert.strictEqual(cancelled.result, false);
      assert.deepStrictEqual(cancelled.asked.map((a) => a.kind), ['confirm']);
      assert.strictEqual(cancelled.asked[0].text, sentence);
      assert.deepStrictEqual(cancelled.asked[0].labels, ['Continue']);
      assert.ok(cancelled.asked[0].detail, 'a detail under the sentence');
      assert.strictEqual(vscode.window.visibleTextEditors.length, editors, 'nothing drafted');

      // Continue: the reasons, then the draft (its notification dismissed).
      const drafted = await withAnswers(api, [DEFAULT, DEFAULT, ESCAPE], () => execute<boolean>(Commands.draftTerminationEmail, ref));
      assert.strictEqual(drafted.result, true);
      assert.deepStrictEqual(drafted.asked.map((a) => a.kind), ['confirm', 'pick', 'notify']);
      assert.strictEqual(vscode.window.activeTextEditor?.document.isUntitled, true);

      // The agreement asks the same.
      const agreementCancelled = await withAnswers(api, [ESCAPE], () => execute<boolean>(Commands.draftTerminationAgreement, ref));
      assert.strictEqual(agreementCancelled.result, false);
      assert.strictEqual(agreementCancelled.asked[0].text, sentence);
      const agreement = await withAnswers(api, ['Continue'], () => execute<boolean>(Commands.draftTerminationAgreement, ref));
      assert.strictEqual(agreement.result, true);
      assert.match(vscode.window.activeTextEditor.document.getText(), /Acme SARL/);

      // The client's dashboard says it too.
      const dashboard = (await execute<ObservedDashboardPanel>(Commands.openDashboard, ref));
      panel = dashboard;
      const posted = await waitFor('the dashboard to show the share', () => (dashboard.lastPosted?.type === 'update' && dashboard.lastPosted.portfolio?.share ? dashboard.lastPosted : undefined), 60_000);
      assert.strictEqual(posted.type === 'update' && posted.portfolio?.share, sentence);
      assert.strictEqual(posted.type === 'update' && posted.portfolio?.readOnly, undefined, 'a client of the workspace keeps every button');

      // A client at half or below drafts without a word: South Bakery is 38%, and Late Payer invoiced nothing this year.
      const calm = await withAnswers(api, [], () => execute<boolean>(Commands.draftTerminationAgreement, { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' }));
      assert.deepStrictEqual(calm.asked, []);
      assert.strictEqual(calm.result, true);
    } finally {
      panel?.dispose();
      panel = undefined;
      await closeAllEditorsDiscarding();
      await restoreClientFile('valid', original);
    }
  });

  it('Portfolio: a client of another folder opens its dashboard read from its file, without a button that writes or drafts, and follows the file', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const north = await repository(temp!, 'north-site', { id: 'north', name: 'Northwind Logistics', amount: 1500 });
    await withAnswers(api, [north, DEFAULT], () => execute(Commands.addFoldersToPortfolio));
    const row = (await rows(api)).find((r) => /· Northwind Logistics$/.test(label(r.item)));
    assert.ok(row, 'Northwind is listed');
    assert.strictEqual(row.item.contextValue, 'portfolioClient.other.ok', 'the menu that offers Open Dashboard');

    const dashboard = (await execute<ObservedDashboardPanel>(Commands.openPortfolioClientDashboard, row.node));
    panel = dashboard;
    assert.ok(dashboard, 'the command returns the panel');
    assert.strictEqual(dashboard.panel.viewType, 'clientHealth.dashboard');
    assert.strictEqual(dashboard.ref.folder, vscode.Uri.file(north).toString());
    const rendered = await waitFor('the page to render', () => dashboard.lastRendered, 60_000);
    assert.strictEqual(rendered.rows, 1, 'its one invoice');
    const posted = dashboard.lastPosted;
    assert.ok(posted?.type === 'update');
    assert.strictEqual(posted.model.header.name, 'Northwind Logistics');
    assert.match(posted.portfolio?.readOnly ?? '', /not open in this window/);
    assert.match(dashboard.panel.title, /Northwind Logistics/);
    assert.deepStrictEqual(dashboard.cspViolations, [], 'the same CSP, without violations');

    // A write posted by the page anyway is not run: nothing is asked, the file is unchanged.
    const file = path.join(north, '.freelance', 'clients.json');
    const before = await fs.readFile(file, 'utf8');
    const { asked } = await withAnswers(api, [], () => dashboard.receive({ type: 'command', command: Commands.recordPayment }));
    assert.deepStrictEqual(asked, []);
    assert.strictEqual(await fs.readFile(file, 'utf8'), before);
    // Malformed messages are dropped as on any dashboard.
    await dashboard.receive({ type: 'command', command: 'workbench.action.terminal.new' });

    // The page follows the file on disk.
    await fs.writeFile(file, before.replace('"Northwind Logistics"', '"Northwind Logistics Group"'));
    await waitFor('the page to show the new name', () => (dashboard.lastPosted?.type === 'update' && dashboard.lastPosted.model.header.name === 'Northwind Logistics Group' ? true : undefined), 30_000);

    // After a reload, the page comes back from its saved state read from the file again, still read-only.
    dashboard.dispose();
    const restoredPanel = vscode.window.createWebviewPanel('clientHealth.dashboard', 'x', vscode.ViewColumn.Active, {});
    await api.dashboard.deserializeWebviewPanel(restoredPanel, { ref: dashboard.ref });
    const restored = api.dashboard.open_.find((p) => p.panel === restoredPanel);
    assert.ok(restored, 'the restored panel is managed');
    panel = restored;
    await waitFor('the restored page to render', () => restored.lastRendered, 60_000);
    assert.ok(restored.lastPosted?.type === 'update' && restored.lastPosted.model.header.name === 'Northwind Logistics Group');
    assert.match(restored.lastPosted.portfolio?.readOnly ?? '', /not open in this window/);
  });

  it('Portfolio: the portfolio page stacks the year of invoicing per client, sums aging per currency and ranks clients by effective rate', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    await repository(temp!, 'north-site', { id: 'north', name: 'Northwind Logistics', amount: 1500 });
    await repository(temp!, 'south-bakery', { id: 'south', name: 'South Bakery', amount: 900 });
    await withAnswers(api, [temp!, DEFAULT], () => execute(Commands.addFoldersToPortfolio));

    const page = (await execute<PortfolioPage>(Commands.openPortfolioDashboard));
    panel = page;
    assert.strictEqual(page.panel.viewType, 'clientHealth.portfolioDashboard');
    const rendered = await waitFor('the portfolio page to render', () => page.lastRendered, 60_000);
    const posted = page.lastPosted!;
    const eur = posted.model.invoicing.find((v) => v.currency === 'EUR');
    assert.ok(eur, `invoicing in EUR: ${JSON.stringify(posted.model.invoicing.map((v) => v.currency))}`);
    const names = eur.series.map((s) => s.name);
    assert.ok(names.indexOf('Northwind Logistics') >= 0 && names.indexOf('Northwind Logistics') < names.indexOf('South Bakery'), `largest first: ${names.join(', ')}`);
    assert.strictEqual(eur.months.length, 12);
    const segments = posted.model.invoicing.reduce((n, v) => n + v.months.reduce((m, month) => m + month.segments.length, 0), 0);
    assert.strictEqual(rendered.segments, segments, 'one rect per segment, drawn');
    const eurRates = posted.model.rates.find((r) => r.currency === 'EUR')!;
    const rated = eurRates.rows.map((r) => r.name);
    // Paid 750 for 10 hours against 450 for 10: Northwind ranks above South Bakery.
    assert.ok(rated.indexOf('Northwind Logistics') < rated.indexOf('South Bakery'), rated.join(', '));
    assert.strictEqual(rendered.rateRows, posted.model.rates.reduce((n, r) => n + r.rows.length, 0));
    assert.ok(posted.model.aging.every((a) => /^[A-Z]{3}$/.test(a.currency)));
    assert.deepStrictEqual(page.cspViolations, []);
    // The same command reveals the same page.
    assert.strictEqual(await execute(Commands.openPortfolioDashboard), page);
  });

  it('Portfolio: with no client file in the workspace, the status bar names the portfolio\'s client most at risk; the setting turns it off', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    await waitFor('the workspace in the index', () => (api.portfolio.index.folders.some((f) => f.folder === folder('health').uri.fsPath) ? true : undefined));
    const config = () => vscode.workspace.getConfiguration('clientHealth');
    // A workspace-wide path that no folder has: the workspace has no client file; the index keeps what it read.
    await config().update('clientFile', 'nowhere/clients.json', vscode.ConfigurationTarget.Workspace);
    try {
      const text = await waitFor('the status bar to name a client of the portfolio', () =>
        api.statusBar.visible && (api.statusBar.item.command as vscode.Command | undefined)?.command === `${Views.portfolio}.focus` ? api.statusBar.item.text : undefined,
      );
      // Late Payer Ltd, Time to part ways 57/100, is the worst of the workspace's folders as the index holds them.
      assert.match(text, /^\$\([a-z-]+\) Late Payer Ltd: Time to part ways$/);
      const tooltip = (api.statusBar.item.tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
      assert.ok(tooltip.includes(`The client most at risk in the portfolio, in ${folder('health').uri.fsPath}`), tooltip);

      await config().update('portfolio.statusBar', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('the status bar to hide', () => (api.statusBar.visible ? undefined : true));
    } finally {
      await config().update('portfolio.statusBar', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('clientFile', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the workspace\'s own clients in the status bar again', () => ((api.statusBar.item.command as vscode.Command | undefined)?.command === `${Views.clients}.focus` && api.statusBar.visible ? true : undefined));
  });

  it('Portfolio: a folder deleted behind the index stays listed as missing, with its last clients, until forgotten', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const gone = await repository(temp!, 'gone-app', { id: 'gone', name: 'Gone Gmbh', amount: 500 });
    await withAnswers(api, [gone, DEFAULT], () => execute(Commands.addFoldersToPortfolio));
    assert.ok((await rows(api)).some((r) => /· Gone Gmbh$/.test(label(r.item))));

    await fs.rm(gone, { recursive: true, force: true });
    await execute(Commands.refreshPortfolio);
    const row = (await rows(api)).find((r) => label(r.item) === 'gone-app');
    assert.ok(row, `the folder is listed: ${(await rows(api)).map((r) => label(r.item)).join(' | ')}`);
    assert.strictEqual(row.item.contextValue, 'portfolioFolder.other.missing');
    assert.match(String(row.item.description), /^missing · This folder is not there any more/);
    const under = await rows(api, row.node);
    assert.deepStrictEqual(under.map((r) => /Gone Gmbh$/.test(label(r.item))), [true], 'its last valid client below it');
    assert.ok(!(await rows(api)).some((r) => r.item.contextValue === 'portfolioClient.other.ok' && /Gone Gmbh$/.test(label(r.item))), 'not among the current clients');
    const entry = (await indexOnDisk(api)).folders.find((f) => f.folder === gone);
    assert.strictEqual(entry?.state, 'missing');
    assert.deepStrictEqual(entry.clients.map((c) => c.id), ['gone']);
    // A second refresh keeps it: never dropped silently.
    await execute(Commands.refreshPortfolio);
    assert.strictEqual((await indexOnDisk(api)).folders.find((f) => f.folder === gone)?.state, 'missing');
  });

  it('Portfolio: Forget Entire Portfolio asks first, then empties the index and deletes the copies set aside', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const north = await repository(temp!, 'north-site', { id: 'north', name: 'Northwind Logistics', amount: 1500 });
    await withAnswers(api, [north, DEFAULT], () => execute(Commands.addFoldersToPortfolio));
    const aside = `${api.portfolio.store.path}.corrupt-2026-01-01T00-00-00Z`;
    await fs.writeFile(aside, '{ "version": 1, "folders": [ torn');
    try {
      // Cancel keeps everything.
      const kept = await withAnswers(api, [ESCAPE], () => execute(Commands.forgetPortfolio));
      assert.deepStrictEqual(kept.asked.map((a) => [a.kind, a.labels]), [['confirm', ['Forget Entire Portfolio']]]);
      assert.match(kept.asked[0].text ?? '', /^Forget every folder of the portfolio\?/);
      assert.ok((await indexOnDisk(api)).folders.some((f) => f.folder === north));

      await withAnswers(api, ['Forget Entire Portfolio'], () => execute(Commands.forgetPortfolio));
      assert.deepStrictEqual((await indexOnDisk(api)).folders, []);
      assert.deepStrictEqual(await rows(api), [], 'the view is empty (its welcome shows)');
      const siblings = await fs.readdir(path.dirname(api.portfolio.store.path));
      assert.ok(!siblings.some((name) => name.startsWith('portfolio.json.corrupt-')), `the copies set aside are deleted: ${siblings.join(', ')}`);
    } finally {
      await fs.rm(aside, { force: true });
      // The workspace's own files back in, as their next save would put them.
      await api.portfolio.indexWorkspace();
    }
    assert.ok((await indexOnDisk(api)).folders.some((f) => f.folder === folder('valid').uri.fsPath));
  });
});
