import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../../src/commandIds';
import { MAX_TEXT_LENGTH } from '../../../src/core/limits';
// The test mode's panel: it records what its page reports.
import type { ObservedDashboardPanel as DashboardPanel } from '../../../src/testMode/observedDashboard';
import { activateExtension, clientFileUri, driveUntilSettled, folder, revertAndSettle, waitFor } from './helpers';

describe('Dashboard', function () {
  this.timeout(90_000);
  let panel: DashboardPanel | undefined;

  const ref = () => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' }) as const;

  afterEach(async () => {
    panel?.dispose();
    panel = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // A webview (an iframe) took the page's focus: give it back to the editor area, so later tests' editor commands (undo) reach their editor.
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  });

  it('opens on a client, completes the ready handshake and renders its invoices and bars', async () => {
    const api = await activateExtension();
    panel = (await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, ref()))!;
    assert.ok(panel, 'the command returns the panel');
    assert.strictEqual(panel.panel.viewType, 'clientHealth.dashboard');
    assert.match(panel.panel.title, /Late Payer Ltd/);
    const rendered = await waitFor('the page to render', () => panel!.lastRendered, 60_000);
    assert.strictEqual(rendered.rows, 1, 'one invoice row');
    assert.strictEqual(rendered.bars, 6, 'five aging bars and one delay bar');
    const posted = panel.lastPosted;
    assert.ok(posted && posted.type === 'update');
    assert.strictEqual(posted.model.invoices[0].number, 'LP-001');
    assert.strictEqual(posted.model.invoices[0].state, 'overdue');
    assert.ok(posted.model.breakdown.some((r) => r.id === 'overdue' && r.remedy === Commands.draftPaymentReminder));
    // The breakdown's points are the ones the client's tooltip in the tree lists ("−25: Invoice LP-001 is ...").
    const healthFolder = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health');
    const clientNode = api.tree.getChildren(healthFolder).find((n) => n.kind === 'client' && n.client.id === 'late-payer');
    assert.ok(clientNode, 'the Late Payer node');
    const tooltip = (api.tree.getTreeItem(clientNode).tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
    const tooltipPoints = [...tooltip.matchAll(/^- −(\d+): /gm)].map((m) => Number(m[1]));
    const shown = posted.model.breakdown.map((r) => r.points).sort((a, b) => b - a);
    assert.deepStrictEqual(shown, [25, 18]);
    assert.deepStrictEqual(tooltipPoints.sort((a, b) => b - a), shown);
    assert.deepStrictEqual(panel.cspViolations, [], 'the page runs under its CSP without violations');
    // The same client again reveals the same panel.
    const again = await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, ref());
    assert.strictEqual(again, panel);
    assert.strictEqual(api.dashboard.open_.length, 1);
  });

  it("opens from a client's tree node (its context menu) and from a signal under it", async () => {
    const api = await activateExtension();
    const healthFolder = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health');
    assert.ok(healthFolder, 'the health folder node');
    const clientNode = api.tree.getChildren(healthFolder).find((n) => n.kind === 'client' && n.client.id === 'calm');
    assert.ok(clientNode, 'the Calm Co node');
    panel = (await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, clientNode))!;
    assert.deepStrictEqual(panel.ref, { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'calm' });
    await waitFor('the page to render', () => panel!.lastRendered, 60_000);
    assert.ok(panel.lastPosted?.type === 'update' && panel.lastPosted.model.header.name === 'Calm Co');
  });

  it('follows unsaved edits of the client file', async () => {
    panel = (await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, ref()))!;
    await waitFor('the page to render', () => panel!.lastRendered, 60_000);
    const doc = await vscode.workspace.openTextDocument(clientFileUri('health'));
    const text = doc.getText();
    const at = text.indexOf('Late Payer Ltd');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'Late Payer Ltd'.length)), 'Late Payer Renamed');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitFor('the new name', () => (panel!.lastPosted?.type === 'update' && panel!.lastPosted.model.header.name === 'Late Payer Renamed' ? true : undefined), 20_000);
      assert.match(panel.panel.title, /Late Payer Renamed/);
    } finally {
      await revertAndSettle('health');
    }
  });

  it('shows a client whose name, notes and invoice number are as long as the file allows', async () => {
    panel = (await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, ref()))!;
    await waitFor('the page to render', () => panel!.lastRendered, 60_000);
    const name = 'N'.repeat(MAX_TEXT_LENGTH);
    const number = 'I'.repeat(MAX_TEXT_LENGTH);
    const shown = () => panel!.lastPosted?.type === 'update' && panel!.lastPosted.model.header.name === name;
    // A render that follows the long update: the page got it, rather than dropping it and keeping the old figures.
    let rendered = false;
    const subscription = panel.onDidRender(() => (rendered ||= shown()));
    const doc = await vscode.workspace.openTextDocument(clientFileUri('health'));
    const text = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    for (const [from, to] of [
      ['"name": "Late Payer Ltd",', `"name": "${name}", "notes": "${'O'.repeat(MAX_TEXT_LENGTH)}", "contact": { "name": "${'C'.repeat(MAX_TEXT_LENGTH)}", "email": "ap@late.example" },`],
      ['"LP-001"', `"${number}"`],
    ]) {
      const at = text.indexOf(from);
      assert.ok(at >= 0, from);
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
    }
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitFor('the page to render the long texts', () => (rendered ? true : undefined), 30_000);
      const posted = panel.lastPosted;
      assert.ok(posted?.type === 'update');
      assert.strictEqual(posted.model.invoices[0].number, number);
      assert.strictEqual(panel.lastRendered?.rows, 1);
    } finally {
      subscription.dispose();
      await revertAndSettle('health');
    }
  });

  it('drops malformed messages and runs a button command for its client', async () => {
    panel = (await vscode.commands.executeCommand<DashboardPanel>(Commands.openDashboard, ref()))!;
    await waitFor('the page to render', () => panel!.lastRendered, 60_000);
    for (const bad of [undefined, 'x', { type: 'command', command: 'workbench.action.closeWindow' }, { type: 'rendered', rows: 'many' }]) {
      await panel.receive(bad);
    }
    assert.ok(panel.panel.visible !== undefined, 'still open after malformed messages');
    // Open Client File: with several folders it asks which one; accept the first pick.
    await driveUntilSettled(panel.receive({ type: 'command', command: Commands.openClientFile }), 'workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor('an editor on a client file', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/.freelance/clients.json') ? true : undefined));
    assert.ok(editor);
  });

  it('restores a panel from its saved state, and refuses a state without a client', async () => {
    const api = await activateExtension();
    const broken = vscode.window.createWebviewPanel('clientHealth.dashboard', 'x', vscode.ViewColumn.Active, {});
    let disposed = false;
    broken.onDidDispose(() => (disposed = true));
    await api.dashboard.deserializeWebviewPanel(broken, { tab: 'tab-journal' });
    assert.ok(disposed, 'a state without a client is refused');
    const restored = vscode.window.createWebviewPanel('clientHealth.dashboard', 'x', vscode.ViewColumn.Active, {});
    await api.dashboard.deserializeWebviewPanel(restored, { ref: ref(), tab: 'tab-journal' });
    panel = api.dashboard.open_.find((p) => p.panel === restored);
    assert.ok(panel, 'the restored panel is managed');
    await waitFor('the restored page to render', () => panel!.lastRendered, 60_000);
  });
});
