import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import type { ClientHealthApi } from '../../../src/extension';
import type { ClientNode, TreeNode } from '../../../src/tree/nodes';
import { activateExtension, clientFileUri, driveUntilSettled, restoreClientFile, revertAndSettle, waitFor } from './helpers';

const ACCEPT = 'workbench.action.acceptSelectedQuickOpenItem';

function latePayer(api: ClientHealthApi): ClientNode {
  const folderNode = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health')!;
  return api.tree.getChildren(folderNode).find((n): n is ClientNode => n.kind === 'client' && n.client.name === 'Late Payer Ltd')!;
}

function overdueInvoiceNode(api: ClientHealthApi): TreeNode {
  const overdue = api.tree.getChildren(latePayer(api)).find((s) => s.kind === 'signal' && s.signal.id === 'overdue')!;
  return api.tree.getChildren(overdue)[0];
}

function payments(text: string): unknown {
  return readClientFile(text).file?.clients[0].invoices?.[0].payments;
}

describe('Recording: Record Payment', () => {
  const uri = () => clientFileUri('health');
  let original: string;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(uri().fsPath, 'utf8');
  });

  afterEach(async () => {
    await restoreClientFile('health', original);
    const api = await activateExtension();
    await waitFor('the overdue signal of the original file', () => (api.health.healthOf(latePayer(api).store)[0]?.signals.some((s) => s.id === 'overdue') ? true : undefined));
  });

  it('pays an overdue invoice from its tree node: saves a clean file, keeps comments, and the signal goes', async () => {
    const api = await activateExtension();
    const done = await driveUntilSettled(vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', overdueInvoiceNode(api)), ACCEPT);
    assert.strictEqual(done, true);
    const disk = fs.readFileSync(uri().fsPath, 'utf8');
    assert.ok(disk.includes('// Signals that do not depend on today'), 'the comment is kept');
    const recorded = payments(disk) as { date: string; amount: number }[];
    assert.strictEqual(recorded.length, 2);
    assert.strictEqual(recorded[1].amount, 600, 'the amount defaults to the balance');
    assert.match(recorded[1].date, /^\d{4}-\d{2}-\d{2}$/);
    await waitFor('the overdue signal to go', () => (api.health.healthOf(latePayer(api).store)[0].signals.some((s) => s.id === 'overdue') ? undefined : true));
    const document = await vscode.workspace.openTextDocument(uri());
    assert.strictEqual(document.isDirty, false, 'saved because it was clean before');
  });

  it('edits an unsaved editor without saving it, and Undo takes the payment back', async () => {
    await activateExtension();
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), '  // an unsaved note of mine\n'));
    assert.ok(document.isDirty);
    const api = await activateExtension();
    await waitFor('the store to read the unsaved text', () => (api.stores.forFolder(latePayer(api).store.folder)?.state.kind === 'valid' ? true : undefined));
    const done = await driveUntilSettled(vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', overdueInvoiceNode(api)), ACCEPT);
    assert.strictEqual(done, true);
    assert.ok(document.isDirty, 'still unsaved');
    assert.ok(document.getText().includes('// an unsaved note of mine'), "the user's unsaved edit survives");
    assert.strictEqual((payments(document.getText()) as unknown[]).length, 2);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original, 'nothing written to disk');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual((payments(document.getText()) as unknown[]).length, 1, 'Undo removes the payment');
    assert.ok(document.getText().includes('// an unsaved note of mine'));
  });

  it('writes nothing when the user presses Escape', async () => {
    const api = await activateExtension();
    const done = await driveUntilSettled(vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', overdueInvoiceNode(api)), 'workbench.action.closeQuickOpen');
    assert.strictEqual(done, false);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original);
  });
});

describe('Recording: Log Journal Entry', () => {
  after(async () => {
    await revertAndSettle('health');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('refuses to write into a file that has problems, and says so', async () => {
    const api = await activateExtension();
    const broken = api.stores.all().find((s) => s.folder.name === 'broken')!;
    const before = fs.readFileSync(broken.uri.fsPath, 'utf8');
    const done = await driveUntilSettled(
      vscode.commands.executeCommand<boolean>('clientHealth.logJournalEntry', { kind: 'client', store: broken, index: 0, client: { id: 'acme', name: 'Acme SARL' } }),
      'workbench.action.closeQuickOpen',
    );
    assert.strictEqual(done, false);
    assert.strictEqual(fs.readFileSync(broken.uri.fsPath, 'utf8'), before);
  });
});
