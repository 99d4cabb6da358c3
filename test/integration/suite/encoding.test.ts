import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ClientHealthApi } from '../../../src/extension';
import type { ClientFileStore } from '../../../src/store/clientFileStore';
import type { TreeNode } from '../../../src/tree/nodes';
import { activateExtension, clientFileUri, folder, waitFor } from './helpers';
import { withAnswers } from './scriptedPrompts';

const uri = () => clientFileUri('faults');

function store(api: ClientHealthApi): ClientFileStore {
  return api.stores.forFolder(folder('faults'))!;
}

function folderNode(api: ClientHealthApi): TreeNode {
  return api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'faults')!;
}

/** Waits until the store holds exactly one problem of this code, and returns it. */
async function theOnlyProblem(api: ClientHealthApi, code: string) {
  return waitFor(`one "${code}" problem`, async () => {
    await store(api).refresh();
    const { state, problems } = store(api);
    return state.kind === 'invalid' && problems.length === 1 && problems[0].code === code ? problems[0] : undefined;
  });
}

/** The Problems panel's entries and the tree's invalid-file node both show the one problem. */
async function assertShownOnce(api: ClientHealthApi, message: RegExp, line: number, character: number): Promise<void> {
  const diagnostics = await waitFor('the diagnostic', () => {
    const found = vscode.languages.getDiagnostics(uri());
    return found.length > 0 ? found : undefined;
  });
  assert.strictEqual(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
  assert.match(diagnostics[0].message, message);
  assert.deepStrictEqual([diagnostics[0].range.start.line, diagnostics[0].range.start.character], [line, character]);
  const problemNodes = api.tree.getChildren(folderNode(api)).filter((n) => n.kind === 'problem');
  assert.strictEqual(problemNodes.length, 1, 'the tree shows the invalid-file node');
  assert.strictEqual(api.tree.getTreeItem(problemNodes[0]).description, '1 problem');
}

/** A recording command on the folder: refused before any prompt (none is scripted), the bytes on disk unchanged. */
async function assertRecordingRefused(api: ClientHealthApi, bytes: Buffer): Promise<void> {
  const { result, asked } = await withAnswers(api, [], () => vscode.commands.executeCommand<unknown>('clientHealth.addClient', folderNode(api)));
  assert.ok(!result, 'the command reported an edit');
  assert.deepStrictEqual(asked, [], 'the user was asked questions for an edit that cannot be made');
  await store(api).refresh();
  assert.ok(fs.readFileSync(uri().fsPath).equals(bytes), 'the bytes on disk changed');
}

describe('Encoding and size: a client file that is not read is never written', () => {
  let original: Buffer;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(uri().fsPath);
  });

  afterEach(async () => {
    // A test that failed midway may leave its edit unsaved: closing would then ask whether to save it.
    if (vscode.window.activeTextEditor?.document.isDirty) {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.writeFileSync(uri().fsPath, original);
    const api = await activateExtension();
    await waitFor('the original client file', async () => {
      await store(api).refresh();
      return store(api).state.kind === 'valid' ? true : undefined;
    });
  });

  it('a file above the size limit is one "too large" problem in Problems and the tree, and is not parsed', async () => {
    const api = await activateExtension();
    // Sparse: the original text followed by zeros to just past 20 MB, the default limit.
    fs.truncateSync(uri().fsPath, 20 * 1024 * 1024 + 1);
    await theOnlyProblem(api, 'tooLarge');
    await assertShownOnce(api, /larger than 20 MB, the limit set by clientHealth\.maxFileSizeMB/, 0, 0);
    await assertRecordingRefused(api, fs.readFileSync(uri().fsPath));
  });

  it('a Latin-1 file is "not UTF-8" at its first accented letter, and a recording command writes nothing', async () => {
    const api = await activateExtension();
    const text = original.toString('utf8').replace('Fault Line Ltd', 'Fault Liné Ltd');
    const latin1 = Buffer.from(text, 'latin1');
    fs.writeFileSync(uri().fsPath, latin1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('Fault Liné'));
    await theOnlyProblem(api, 'notUtf8');
    await assertShownOnce(api, /not UTF-8: the byte 0xE9/, line, lines[line].indexOf('é'));
    await assertRecordingRefused(api, latin1);
  });

  it('unsaved edits over a Latin-1 file do not make it valid: the editor shows U+FFFD where the bytes were', async () => {
    const api = await activateExtension();
    const latin1 = Buffer.from(original.toString('utf8').replace('Fault Line Ltd', 'Fault Liné Ltd'), 'latin1');
    fs.writeFileSync(uri().fsPath, latin1);
    await theOnlyProblem(api, 'notUtf8');
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(document.getText().includes('\uFFFD'), 'the editor decoded the file as UTF-8');
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\n'));
    assert.ok(document.isDirty);
    await theOnlyProblem(api, 'notUtf8');
    await assertRecordingRefused(api, latin1);
    assert.ok(document.isDirty, 'the unsaved edit is still there, unsaved');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a UTF-16 file is one problem that says to save it as UTF-8, even with unsaved edits', async () => {
    const api = await activateExtension();
    const utf16 = Buffer.from('\uFEFF' + original.toString('utf8'), 'utf16le');
    fs.writeFileSync(uri().fsPath, utf16);
    await theOnlyProblem(api, 'notUtf8');
    await assertShownOnce(api, /saved as UTF-16 LE: save it as UTF-8/, 0, 0);
    // The editor reads UTF-16 by its BOM: its text is valid JSON, and saving it would keep UTF-16.
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\n'));
    await theOnlyProblem(api, 'notUtf8');
    await assertRecordingRefused(api, utf16);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
