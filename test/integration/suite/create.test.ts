import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { activateExtension, clientFileUri, driveUntilSettled, folder } from './helpers';
import { DEFAULT, withAnswers } from './scriptedPrompts';

describe('Create Client File', () => {
  before(activateExtension);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('writes a valid v1 file when every step is accepted or skipped, and keeps it out of git', async () => {
    const target = folder('fresh');
    const uri = await driveUntilSettled(
      vscode.commands.executeCommand<vscode.Uri | undefined>('clientHealth.createClientFile', target),
      'workbench.action.acceptSelectedQuickOpenItem',
    );
    assert.ok(uri, 'the command returns the new file');
    assert.strictEqual(uri.fsPath, clientFileUri('fresh').fsPath);

    const text = fs.readFileSync(uri.fsPath, 'utf8');
    const read = readClientFile(text);
    assert.deepStrictEqual(read.problems, []);
    assert.ok(read.file);
    assert.strictEqual(read.file.version, 1);
    assert.strictEqual(read.file.freelancer.currency, 'EUR');
    assert.strictEqual(read.file.clients[0].name, 'fresh');
    assert.strictEqual(read.file.clients[0].contract?.paymentTermsDays, 30);

    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, uri.fsPath, 'the new file is open');

    const root = target.uri.fsPath;
    const exclude = fs.readFileSync(path.join(root, '.git', 'info', 'exclude'), 'utf8');
    assert.match(exclude, /^\/\.freelance\/clients\.json$/m);
    assert.strictEqual(fs.existsSync(path.join(root, '.gitignore')), false, 'the shared .gitignore is not touched');
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
    assert.ok(!status.includes('clients.json'), `git ignores the file: ${status}`);
  });

  it('adds the exclude entry only once when run again, and opens the existing file', async () => {
    const target = folder('fresh');
    const before = fs.readFileSync(clientFileUri('fresh').fsPath, 'utf8');
    await vscode.commands.executeCommand('clientHealth.createClientFile', target);
    assert.strictEqual(fs.readFileSync(clientFileUri('fresh').fsPath, 'utf8'), before, 'nothing is overwritten');
    const exclude = fs.readFileSync(path.join(target.uri.fsPath, '.git', 'info', 'exclude'), 'utf8');
    assert.strictEqual(exclude.match(/clients\.json/g)?.length, 1);
  });

  it('writes nothing when the user presses Escape', async () => {
    const target = folder('cancel');
    const created = await driveUntilSettled(
      vscode.commands.executeCommand<vscode.Uri | undefined>('clientHealth.createClientFile', target),
      'workbench.action.closeQuickOpen',
    );
    assert.strictEqual(created, undefined);
    assert.strictEqual(fs.existsSync(clientFileUri('cancel').fsPath), false);
    assert.strictEqual(fs.existsSync(path.join(target.uri.fsPath, '.freelance')), false);
    const exclude = fs.readFileSync(path.join(target.uri.fsPath, '.git', 'info', 'exclude'), 'utf8');
    assert.ok(!exclude.includes('clients.json'));
  });

  it('refuses to write through a .freelance link that leads outside the folder', async () => {
    const target = folder('cancel');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-outside-'));
    const link = path.join(target.uri.fsPath, '.freelance');
    fs.symlinkSync(outside, link);
    try {
      const created = await driveUntilSettled(
        vscode.commands.executeCommand<vscode.Uri | undefined>('clientHealth.createClientFile', target),
        'workbench.action.acceptSelectedQuickOpenItem',
      );
      assert.strictEqual(created, undefined);
      assert.deepStrictEqual(fs.readdirSync(outside), [], 'nothing is written outside the folder');
    } finally {
      fs.unlinkSync(link);
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('lists the new client in the tree', async () => {
    const api = await activateExtension();
    const node = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'fresh');
    assert.ok(node, 'the fresh folder now has a node');
    const clients = api.tree.getChildren(node);
    assert.deepStrictEqual(clients.map((c) => (c.kind === 'client' ? c.client.name : c.kind)), ['fresh']);
  });

  it('asks for the contact and whether the contract is signed, each step counted, and writes the answers', async () => {
    const api = await activateExtension();
    const target = folder('cancel');
    const exclude = path.join(target.uri.fsPath, '.git', 'info', 'exclude');
    const excludeBefore = fs.readFileSync(exclude, 'utf8');
    try {
      const { result, asked } = await withAnswers(
        api,
        [
          'Camille Martin',
          DEFAULT,
          'Acme SARL',
          'Jean Dupont',
          { rejected: 'jean@acme', then: 'jean@acme.example' },
          'Signed on another date…',
          { rejected: '2026-02-30', then: '2026-01-15' },
          { rejected: '3651', then: '45' },
          DEFAULT,
          // The rate as the display language (English here) writes numbers: "1,200" is twelve hundred, not 1.2.
          { rejected: '82,50', then: '1,200' },
        ],
        () => vscode.commands.executeCommand<vscode.Uri | undefined>('clientHealth.createClientFile', target),
      );
      assert.strictEqual(result?.fsPath, clientFileUri('cancel').fsPath);
      assert.deepStrictEqual(
        asked.map((a) => a.title),
        [1, 2, 3, 4, 5, 6, 6, 7, 8, 9].map((n) => `Create Client File (${n}/9)`),
      );
      assert.strictEqual(asked[5].text, 'Has Acme SARL signed the contract?', 'the question names the client typed before');
      const read = readClientFile(fs.readFileSync(clientFileUri('cancel').fsPath, 'utf8'));
      assert.deepStrictEqual(read.problems, []);
      const client = read.file!.clients[0];
      assert.deepStrictEqual(client.contact, { name: 'Jean Dupont', email: 'jean@acme.example' });
      assert.deepStrictEqual(client.contract, { signed: '2026-01-15', paymentTermsDays: 45, hourlyRate: 1200 });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(path.join(target.uri.fsPath, '.freelance'), { recursive: true, force: true });
      fs.writeFileSync(exclude, excludeBefore);
      await api.stores.refreshAll();
    }
  });
});
