import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, folder, waitFor } from './helpers';

describe('Setting clientHealth.clientFile', () => {
  const setPath = (value: string | undefined) =>
    vscode.workspace.getConfiguration('clientHealth', folder('valid').uri).update('clientFile', value, vscode.ConfigurationTarget.WorkspaceFolder);

  after(() => setPath(undefined));

  it('reads the client file from the configured path, per folder', async () => {
    const api = await activateExtension();
    const other = path.join(folder('valid').uri.fsPath, 'private', 'book.jsonc');
    fs.mkdirSync(path.dirname(other), { recursive: true });
    fs.writeFileSync(other, '{ "version": 1, "freelancer": { "currency": "JPY" }, "clients": [{ "id": "k", "name": "Kyoto Works" }] }\n');
    await setPath('private/book.jsonc');
    const names = await waitFor('the clients of the configured file', () => {
      const store = api.stores.forFolder(folder('valid'));
      return store?.relativePath === 'private/book.jsonc' && store.file ? store.file.clients.map((c) => c.name) : undefined;
    });
    assert.deepStrictEqual(names, ['Kyoto Works']);
  });

  it('refuses a path with a line break and reads .freelance/clients.json instead', async () => {
    const api = await activateExtension();
    await setPath('private/book.jsonc');
    await waitFor('the configured file', () => (api.stores.forFolder(folder('valid'))?.relativePath === 'private/book.jsonc' ? true : undefined));
    await setPath('private/book.jsonc\nsrc');
    const names = await waitFor('the default file', () => {
      const store = api.stores.forFolder(folder('valid'));
      return store?.relativePath === '.freelance/clients.json' && store.file ? store.file.clients.map((c) => c.name) : undefined;
    });
    assert.deepStrictEqual(names, ['Acme SARL', 'Bottega Rossi']);
  });

  it('goes back to .freelance/clients.json when the setting is removed', async () => {
    const api = await activateExtension();
    await setPath(undefined);
    const names = await waitFor('the default file again', () => {
      const store = api.stores.forFolder(folder('valid'));
      return store?.relativePath === '.freelance/clients.json' && store.file ? store.file.clients.map((c) => c.name) : undefined;
    });
    assert.deepStrictEqual(names, ['Acme SARL', 'Bottega Rossi']);
  });
});
