import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ClientHealthApi } from '../../../src/extension';
import type { ClientNode, TreeNode } from '../../../src/tree/nodes';
import { activateExtension, clientFileUri, folder, revertAndSettle, waitFor } from './helpers';

function label(api: ClientHealthApi, node: TreeNode): string {
  const item = api.tree.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

function clientsOf(api: ClientHealthApi, folderName: string): ClientNode[] {
  const folderNode = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === folderName);
  assert.ok(folderNode, `folder node ${folderName}`);
  return api.tree.getChildren(folderNode).filter((n): n is ClientNode => n.kind === 'client');
}

function client(api: ClientHealthApi, name: string): ClientNode {
  const node = clientsOf(api, 'health').find((c) => c.client.name === name);
  assert.ok(node, `client ${name}`);
  return node;
}

describe('Health in the tree and the status bar', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows each client with its level and score, and a healthy client says so', async () => {
    const api = await activateExtension();
    const late = api.tree.getTreeItem(client(api, 'Late Payer Ltd'));
    assert.strictEqual(label(api, client(api, 'Late Payer Ltd')), 'Time to part ways 57/100 · Late Payer Ltd');
    assert.strictEqual(late.contextValue, 'client.active.partWays');
    assert.strictEqual(late.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    // The tooltip breaks the score down: what each signal took off.
    const lateTooltip = (late.tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
    assert.match(lateTooltip, /−25: Invoice LP-001 is [\d,]+ days overdue/);
    assert.match(lateTooltip, /−18: /);
    const calm = api.tree.getTreeItem(client(api, 'Calm Co'));
    assert.strictEqual(label(api, client(api, 'Calm Co')), 'Healthy 100/100 · Calm Co');
    assert.strictEqual(calm.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.match((calm.tooltip as vscode.MarkdownString).value, /No warning signs/);
    assert.strictEqual(label(api, client(api, 'Hostile Inc')), 'Time to part ways 60/100 · Hostile Inc');
  });

  it('lists one node per signal, critical first, each with its evidence', async () => {
    const api = await activateExtension();
    const signals = api.tree.getChildren(client(api, 'Late Payer Ltd'));
    assert.deepStrictEqual(
      signals.map((s) => api.tree.getTreeItem(s).contextValue),
      // Nothing invoiced in the last 90 days and priced extras: scope creep is critical (signals v1, clarified).
      ['signal.overdue.critical', 'signal.scopeCreep.critical'],
    );
    // A short name and the key figures on the row; the full sentence and the remedy in its tooltip.
    const overdue = api.tree.getTreeItem(signals[0]);
    assert.strictEqual(label(api, signals[0]), 'Overdue');
    assert.match(String(overdue.description), /^1 invoice, €600\.00, [\d,]+ days$/);
    const overdueTooltip = (overdue.tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
    assert.match(overdueTooltip, /^\*\*Invoice LP-001 is [\d,]+ days overdue; €600\.00 is still owed\.\*\*/);
    assert.match(overdueTooltip, /statement of account/);
    assert.strictEqual(overdue.accessibilityInformation?.label.startsWith('Overdue: Invoice LP-001 is '), true);
    assert.strictEqual(label(api, signals[1]), 'Scope creep');
    assert.match(String(api.tree.getTreeItem(signals[1]).description), /^2 requests, [\d.]+ hours, €[\d,.]+$/);
    const overdueEvidence = api.tree.getChildren(signals[0]);
    assert.strictEqual(overdueEvidence.length, 1);
    assert.strictEqual(api.tree.getTreeItem(overdueEvidence[0]).contextValue, 'evidence.invoice.overdue');
    assert.match(label(api, overdueEvidence[0]), /LP-001/);
    assert.match(label(api, overdueEvidence[0]), /€600\.00/);
    const extras = api.tree.getChildren(signals[1]).map((e) => label(api, e));
    assert.strictEqual(extras.length, 2);
    assert.match(extras[0], /Second round of changes/);
    assert.match(extras[1], /Third round of changes/);
    for (const node of [...signals, ...overdueEvidence]) {
      assert.ok(api.tree.getParent(node), 'every node knows its parent');
    }
  });

  it('opens the client file with the evidence entry selected', async () => {
    const api = await activateExtension();
    const overdue = api.tree.getChildren(client(api, 'Late Payer Ltd'))[0];
    const evidence = api.tree.getChildren(overdue)[0];
    const item = api.tree.getTreeItem(evidence);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the client file in an editor', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === clientFileUri('health').toString() ? vscode.window.activeTextEditor : undefined,
    );
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.startsWith('{ "number": "LP-001"'), selected);
    assert.strictEqual(editor.selection.start.line + 1, 12, 'the line of LP-001 in the fixture');
  });

  it('shows the worst client in the status bar, with the warning background only for part ways', async () => {
    const api = await activateExtension();
    const item = api.statusBar.item;
    // Two clients part ways; the lower score is the worse: Late Payer Ltd (57) before Hostile Inc (60).
    // How many more clients, in words.
    assert.match(item.text, /^\$\(error\) Late Payer Ltd and \d+ more: Time to part ways/);
    assert.ok(item.backgroundColor instanceof vscode.ThemeColor);
    assert.strictEqual((item.backgroundColor as unknown as { id: string }).id, 'statusBarItem.warningBackground');
    // Markdown escapes punctuation; compare the text a person reads.
    const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/\\/g, '');
    assert.match(tooltip, /Hostile Inc/);
    assert.match(tooltip, /Late Payer Ltd/);
    assert.match(tooltip, /Owed €600\.00/);
    assert.strictEqual((item.command as vscode.Command).command, 'clientHealth.clients.focus');
  });

  it('hides the status bar item when no folder has a client file and the portfolio is not to be shown there', async () => {
    const api = await activateExtension();
    const config = () => vscode.workspace.getConfiguration('clientHealth');
    assert.strictEqual(api.statusBar.visible, true);
    // Without the portfolio's fallback, which would name the index's client most at risk instead (portfolioEditor.test.ts).
    await config().update('portfolio.statusBar', false, vscode.ConfigurationTarget.Workspace);
    // A workspace-wide path that no folder has; folder-level settings (none here) would win.
    await config().update('clientFile', 'nowhere/clients.json', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the status bar to hide', () => (api.statusBar.visible ? undefined : true));
    } finally {
      await config().update('clientFile', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('portfolio.statusBar', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the status bar to come back', () => (api.statusBar.visible ? true : undefined));
  });

  it('takes its thresholds from the clientHealth.rules settings', async () => {
    const api = await activateExtension();
    const setting = () => vscode.workspace.getConfiguration('clientHealth.rules.overdue', folder('health').uri);
    // The setting's maximum (a value past it is refused and the default kept): LP-001, due in January 2020,
    // is fewer than 3,650 days late until 2030.
    await setting().update('criticalDaysLate', 3650, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      // Critical signals come first, and scope creep is critical here: look for overdue by its id.
      await waitFor('overdue to become a warning', () =>
        api.tree.getChildren(client(api, 'Late Payer Ltd')).some((s) => api.tree.getTreeItem(s).contextValue === 'signal.overdue.warning') ? true : undefined,
      );
      assert.strictEqual(label(api, client(api, 'Late Payer Ltd')), 'Watch 70/100 · Late Payer Ltd');
    } finally {
      await setting().update('criticalDaysLate', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitFor('the default rules again', () => (label(api, client(api, 'Late Payer Ltd')) === 'Time to part ways 57/100 · Late Payer Ltd' ? true : undefined));
  });

  it('follows unsaved edits: the tree and the status bar change as the file is typed', async () => {
    const api = await activateExtension();
    const uri = clientFileUri('health');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    try {
      // Pay the rest of LP-001 and take back the abusive entry, without saving.
      const edit = new vscode.WorkspaceEdit();
      const text = document.getText();
      const payment = text.indexOf('"amount": 400');
      edit.replace(uri, new vscode.Range(document.positionAt(payment), document.positionAt(payment + '"amount": 400'.length)), '"amount": 1000');
      const kind = text.indexOf('"kind": "abusive"');
      edit.replace(uri, new vscode.Range(document.positionAt(kind), document.positionAt(kind + '"kind": "abusive"'.length)), '"kind": "note"');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the new health', () => {
        return label(api, client(api, 'Late Payer Ltd')) === 'Watch 82/100 · Late Payer Ltd' && !api.statusBar.item.text.includes('Hostile') ? true : undefined;
      });
      assert.deepStrictEqual(
        api.tree.getChildren(client(api, 'Late Payer Ltd')).map((s) => api.tree.getTreeItem(s).contextValue),
        ['signal.scopeCreep.critical'],
      );
      assert.strictEqual(label(api, client(api, 'Hostile Inc')), 'Healthy 100/100 · Hostile Inc');
      assert.strictEqual(api.statusBar.item.backgroundColor, undefined, 'the warning colour is for part ways only');
      assert.ok(document.isDirty, 'nothing was saved');
    } finally {
      await revertAndSettle('health');
    }
  });
});
