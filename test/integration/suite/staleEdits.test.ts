/**
 * A recording command's prompts stay open while the user looks elsewhere, and
 * the file can change on disk meanwhile (a hand edit in another tool, a
 * `git pull`, a sync tool). The edit must land on the client and invoice the
 * user chose, or nothing may be written.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { ClientFile } from '../../../src/core/schema';
import type { ClientHealthApi } from '../../../src/extension';
import { activateExtension, clientFileUri, folder, restoreClientFile, waitFor } from './helpers';

const ref = (clientId: string) => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId });

function model(text: string): ClientFile {
  const read = readClientFile(text);
  assert.ok(read.file, `valid: ${JSON.stringify(read.problems.map((p) => p.code))}`);
  return read.file;
}

/**
 * Record Payment on Late Payer's LP-001, answering every prompt with its proposal;
 * `meanwhile` changes the file on disk while the amount prompt is open.
 */
async function recordPaymentWhile(api: ClientHealthApi, meanwhile: () => Promise<void>): Promise<boolean | undefined> {
  let inputs = 0;
  const registration = api.prompts.script({
    pick: async (items) => items.find((i) => i.label === 'LP-001'),
    input: async (options) => {
      if (inputs++ === 0) {
        await meanwhile();
      }
      return options.value ?? '';
    },
    notify: async () => undefined,
    saveAs: async () => undefined,
    open: async () => undefined,
  });
  try {
    return await vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', ref('late-payer'));
  } finally {
    registration.dispose();
  }
}

describe('Edits that find the file changed while the prompts were open', () => {
  const uri = () => clientFileUri('health');
  let original: string;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(uri().fsPath, 'utf8');
  });

  afterEach(() => restoreClientFile('health', original));

  /** Writes `text` to disk and waits until the store has read it. */
  async function changeOnDisk(api: ClientHealthApi, text: string, seen: (file: ClientFile | undefined) => boolean): Promise<void> {
    fs.writeFileSync(uri().fsPath, text);
    const store = api.stores.forFolder(folder('health'))!;
    await waitFor('the store to read the changed file', async () => {
      await store.refresh();
      return seen(store.state.kind === 'valid' ? store.state.file : undefined) ? true : undefined;
    });
    // And VS Code's own copy, so that the save after the edit is not refused as a conflict with the disk.
    await waitFor('the open document to show the changed file', () => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri().toString());
      return !open || open.getText() === text ? true : undefined;
    });
  }

  it('Record Payment: a client inserted at the top meanwhile; the payment still goes on the invoice chosen', async () => {
    const api = await activateExtension();
    // Open and clean, as a user would have it: VS Code reloads it from disk a moment after the change.
    await vscode.window.showTextDocument(uri());
    const inserted = original.replace(
      '"clients": [\n',
      '"clients": [\n    { "id": "newcomer", "name": "Newcomer", "invoices": [{ "number": "N-001", "issued": "2020-01-01", "amount": 700 }] },\n',
    );
    assert.notStrictEqual(inserted, original, 'the fixture has the layout this test edits');
    const result = await recordPaymentWhile(api, () => changeOnDisk(api, inserted, (f) => f?.clients[0].id === 'newcomer'));
    assert.strictEqual(result, true);
    const disk = fs.readFileSync(uri().fsPath, 'utf8');
    const after = model(disk);
    assert.ok(disk.includes('"newcomer"'), `the inserted client is still on disk:\n${disk}`);
    const byId = (id: string) => after.clients.find((c) => c.id === id)!;
    assert.deepStrictEqual(byId('late-payer').invoices![0].payments!.at(-1)?.amount, 600, 'the balance of LP-001 paid on LP-001');
    assert.deepStrictEqual(byId('newcomer'), model(inserted).clients[0], 'the inserted client is untouched');
    assert.deepStrictEqual(after.clients.map((c) => c.id), ['newcomer', 'late-payer', 'calm', 'hostile']);
  });

  it('Record Payment: the client removed meanwhile; nothing is written', async () => {
    const api = await activateExtension();
    const start = original.indexOf('    {\n      "id": "late-payer"');
    const end = original.indexOf('    {\n      "id": "calm"');
    assert.ok(start > 0 && end > start, 'the fixture has the layout this test edits');
    const removed = original.slice(0, start) + original.slice(end);
    const result = await recordPaymentWhile(api, () => changeOnDisk(api, removed, (f) => f !== undefined && !f.clients.some((c) => c.id === 'late-payer')));
    assert.strictEqual(result, false);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), removed, 'the file is as the other tool left it');
  });

  it('Record Payment: a problem elsewhere in the file meanwhile; nothing is written', async () => {
    const api = await activateExtension();
    const broken = original.replace('"amount": 500, "payments"', '"amount": "500", "payments"');
    assert.notStrictEqual(broken, original, 'the fixture has the layout this test edits');
    const store = api.stores.forFolder(folder('health'))!;
    const result = await recordPaymentWhile(api, async () => {
      fs.writeFileSync(uri().fsPath, broken);
      await waitFor('the store to see the problem', async () => {
        await store.refresh();
        return store.state.kind === 'invalid' ? true : undefined;
      });
    });
    assert.strictEqual(result, false);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), broken);
    // Back to a valid file before afterEach, which reverts the editor and expects what it reads to be valid.
    await changeOnDisk(api, original, (f) => f !== undefined);
  });

  it('Draft Statement of Account drafts from the last valid version of a file with a typo elsewhere, and writes nothing', async () => {
    const api = await activateExtension();
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    const typo = document.getText().indexOf('"amount": 500, "payments"') + '"amount": '.length;
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(typo), document.positionAt(typo + 3)), '"500"'));
    const store = api.stores.forFolder(folder('health'))!;
    await waitFor('the store to see the typo', async () => {
      await store.refresh();
      return store.state.kind === 'invalid' ? true : undefined;
    });
    const broken = document.getText();
    let picks = 0;
    const notices: string[] = [];
    const registration = api.prompts.script({
      pick: async (items) => (picks++ === 0 ? items[0] : undefined),
      input: async (options) => options.value ?? '',
      notify: async (message) => void notices.push(message),
      saveAs: async () => undefined,
      open: async () => undefined,
    });
    try {
      assert.strictEqual(await vscode.commands.executeCommand<boolean>('clientHealth.draftStatement', ref('late-payer')), true);
    } finally {
      registration.dispose();
    }
    assert.ok(notices.some((n) => n.includes('last valid version')), `says so: ${JSON.stringify(notices)}`);
    const draft = vscode.window.activeTextEditor!.document;
    assert.ok(draft.isUntitled && draft.getText().includes('LP-001'), draft.getText());
    assert.strictEqual(document.getText(), broken, 'the client file is not touched');
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original, 'nothing written to disk');
  });
});
