import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isTracked } from '../../../src/git/gitPrivacy';
import { activateExtension, clientFileUri, folder } from './helpers';

describe('Git privacy', () => {
  it('detects a client file that git tracks', async () => {
    await activateExtension();
    assert.strictEqual(await isTracked(folder('tracked').uri.fsPath, clientFileUri('tracked').fsPath), true);
    assert.strictEqual(await isTracked(folder('fresh').uri.fsPath, clientFileUri('fresh').fsPath), false);
  });

  it('stops tracking it on request: out of the index, kept on disk, excluded', async () => {
    const api = await activateExtension();
    const root = folder('tracked').uri.fsPath;
    await vscode.commands.executeCommand('clientHealth.keepClientFileOutOfGit', api.stores.forFolder(folder('tracked')));
    const listed = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' });
    assert.ok(!listed.includes('clients.json'), listed);
    assert.ok(fs.existsSync(clientFileUri('tracked').fsPath), 'the file stays on disk');
    assert.match(fs.readFileSync(path.join(root, '.git', 'info', 'exclude'), 'utf8'), /^\/\.freelance\/clients\.json$/m);
  });
});
