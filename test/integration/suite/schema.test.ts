import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, clientFileUri, revertAndSettle, waitFor } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('JSON Schema for hand editing', () => {
  before(activateExtension);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens the client file as JSON with comments', async () => {
    const document = await vscode.workspace.openTextDocument(clientFileUri('valid'));
    assert.strictEqual(document.languageId, 'jsonc');
  });

  it('describes a field on hover, from the schema generated out of the zod schema', async () => {
    const document = await vscode.workspace.openTextDocument(clientFileUri('valid'));
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('"paymentTermsDays"') + 3);
    // The JSON language server starts lazily: ask until it answers.
    const text = await waitFor(
      'a hover from the JSON language server',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        const found = hoverText(hovers ?? []);
        return found.includes('net 30') ? found : undefined;
      },
      20_000,
    );
    assert.match(text, /Days the client has to pay an invoice/);
  });

  it('offers the journal kinds as completions', async () => {
    const document = await vscode.workspace.openTextDocument(clientFileUri('valid'));
    const offset = document.getText().indexOf('"customField"');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(offset), '"journal": [{ "kind": "" }],\n      ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const position = document.positionAt(document.getText().indexOf('"kind": ""') + '"kind": "'.length);
      const labels = await waitFor(
        'completions for "kind"',
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
          const found = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
          return found.some((l) => l.includes('afterHoursContact')) ? found : undefined;
        },
        20_000,
      );
      assert.ok(labels.some((l) => l.includes('discountRequest')));
    } finally {
      await revertAndSettle('valid');
    }
  });
});
