import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from './helpers';

describe('Activation', () => {
  it('activates because the workspace contains a client file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    await activateExtension();
    assert.strictEqual(extension.isActive, true);
  });

  it('registers its commands under the Client Health category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['clientHealth.createClientFile', 'clientHealth.openClientFile', 'clientHealth.refresh', 'clientHealth.stopTrackingClientFile']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });
});
