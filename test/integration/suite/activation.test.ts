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

  it('registers its commands under the Client Health category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['clientHealth.createClientFile', 'clientHealth.openClientFile', 'clientHealth.refresh', 'clientHealth.keepClientFileOutOfGit']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });
});
