import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, clientFileUri, fileProblems, revertAndSettle, waitFor } from './helpers';

function clientNames(api: Awaited<ReturnType<typeof activateExtension>>, folderName: string): string[] {
  const folderNode = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === folderName);
  return folderNode ? api.tree.getChildren(folderNode).map((n) => (n.kind === 'client' ? n.client.name : `<${n.kind}>`)) : [];
}

describe('Live updates from an unsaved editor', () => {
  const uri = () => clientFileUri('valid');
  let diskBefore: string;

  before(async () => {
    await activateExtension();
    diskBefore = fs.readFileSync(uri().fsPath, 'utf8');
  });

  after(async () => {
    await revertAndSettle('valid');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a renamed client before the file is saved, and writes nothing', async () => {
    const api = await activateExtension();
    const document = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('Bottega Rossi');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri(), new vscode.Range(document.positionAt(start), document.positionAt(start + 'Bottega Rossi'.length)), 'Bottega Bianchi');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.isDirty);
    await waitFor('the renamed client', () => (clientNames(api, 'valid').includes('Bottega Bianchi') ? true : undefined));
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), diskBefore);
  });

  it('keeps the last good clients and adds an invalid-file node while the text is broken', async () => {
    const api = await activateExtension();
    const document = await vscode.workspace.openTextDocument(uri());
    const start = document.getText().indexOf('"2026-02-01"');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri(), new vscode.Range(document.positionAt(start), document.positionAt(start + 12)), '"2026-13-01"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const names = await waitFor('the invalid-file node', () => {
      const current = clientNames(api, 'valid');
      return current[0] === '<problem>' ? current : undefined;
    });
    assert.deepStrictEqual(names, ['<problem>', 'Acme SARL', 'Bottega Bianchi']);
    const diagnostics = fileProblems(uri());
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(document.getText(diagnostics[0].range), '"2026-13-01"');
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), diskBefore);
  });

  it('goes back to the file on disk when the unsaved edits are reverted', async () => {
    const api = await activateExtension();
    await vscode.window.showTextDocument(uri());
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the original clients', () => {
      const current = clientNames(api, 'valid');
      return current.join() === 'Acme SARL,Bottega Rossi' ? true : undefined;
    });
    assert.deepStrictEqual(fileProblems(uri()), []);
  });
});
