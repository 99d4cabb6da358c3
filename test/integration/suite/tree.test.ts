import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, fileProblems, waitFor } from './helpers';
import type { TreeNode } from '../../../src/tree/nodes';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Clients view', () => {
  it('lists one folder node per workspace folder that has a client file (multi-root)', async () => {
    const api = await activateExtension();
    const roots = api.tree.getChildren();
    const names = roots.map((n) => label(api.tree.getTreeItem(n)));
    // "fresh" gets a client file once the create test has run; "cancel" never does.
    assert.deepStrictEqual(names.filter((n) => n !== 'fresh'), ['valid', 'broken', 'syntax', 'tracked', 'health', 'faults']);
    for (const node of roots) {
      assert.strictEqual(api.tree.getTreeItem(node).contextValue, 'folder');
    }
  });

  it('lists the clients of a folder with stable ids, context values and parents', async () => {
    const api = await activateExtension();
    const validNode = api.tree.getChildren().find((n) => label(api.tree.getTreeItem(n)) === 'valid')!;
    const clients = api.tree.getChildren(validNode);
    const items = clients.map((n) => api.tree.getTreeItem(n));
    // Level and score come first, so a long name is what the sidebar cuts; an ending client says so after its name.
    // (Acme's score moves with today's date: its invoice grows older.)
    assert.match(label(items[0]), /^At risk \d+\/100 · Acme SARL$/);
    assert.strictEqual(label(items[1]), 'Healthy 100/100 · Bottega Rossi');
    assert.deepStrictEqual(items.map((i) => i.description), [undefined, 'notice given']);
    assert.deepStrictEqual(items.map((i) => i.contextValue), ['client.active.atRisk', 'client.ending.healthy']);
    assert.ok(items[0].id?.endsWith('#acme'));
    assert.notStrictEqual(items[0].id, items[1].id);
    for (const node of clients) {
      assert.strictEqual(api.tree.getParent(node), validNode);
    }
  });

  it('shows an invalid-file node for a broken file, pointing at its first problem', async () => {
    const api = await activateExtension();
    const brokenNode = api.tree.getChildren().find((n) => label(api.tree.getTreeItem(n)) === 'broken')!;
    const children: TreeNode[] = api.tree.getChildren(brokenNode);
    assert.strictEqual(children[0].kind, 'problem');
    const item = api.tree.getTreeItem(children[0]);
    assert.strictEqual(item.contextValue, 'invalidFile');
    assert.match(String(item.description), /5 problems/);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the client file open at its first problem', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith('broken/.freelance/clients.json') ? vscode.window.activeTextEditor : undefined,
    );
    const first = fileProblems(editor.document.uri).sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    assert.ok(editor.selection.isEqual(first.range), `selection ${JSON.stringify(editor.selection)} is the first problem ${JSON.stringify(first.range)}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reveals a client node in the real tree view', async () => {
    const api = await activateExtension();
    const validNode = api.tree.getChildren().find((n) => label(api.tree.getTreeItem(n)) === 'valid')!;
    const acme = api.tree.getChildren(validNode)[0];
    await api.tree.view.reveal(acme, { select: true, focus: true });
    // The selection reaches the extension host through an event, a moment after reveal resolves.
    await waitFor('the revealed node to be selected', () => (api.tree.view.selection[0]?.id === acme.id ? true : undefined));
    assert.strictEqual(api.tree.view.visible, true);
  });
});
