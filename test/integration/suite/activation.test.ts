import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, waitFor } from './helpers';

describe('Activation', () => {
  it('activates by itself because the workspace contains a client file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    // No test has called activate() yet: only the workspaceContains activation event can have started it.
    await waitFor('activation by workspaceContains', () => (extension.isActive ? true : undefined), 20_000);
    await activateExtension();
  });

  it('registers every command its manifest declares (menus and remedy buttons run them)', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const declared: { command: string }[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    assert.ok(declared.length > 20, `${declared.length} declared commands`);
    for (const { command } of declared) {
      assert.ok(commands.has(command), `${command} is registered`);
    }
  });
});
