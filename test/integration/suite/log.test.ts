import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, waitFor } from './helpers';
import { answerPrompts } from './scriptedPrompts';

/** What the log has said so far (the Client Health channel's own file). */
async function logText(): Promise<string> {
  const api = await activateExtension();
  return fs.existsSync(api.logFile.fsPath) ? fs.readFileSync(api.logFile.fsPath, 'utf8') : '';
}

const waitForLine = (what: string, pattern: RegExp) => waitFor(`the log to note ${what}`, async () => (await logText()).split('\n').find((l) => pattern.test(l)), 20_000);

/** Every name, note, email, invoice number and amount of every fixture's client file, as a user would find them in a log. */
function clientData(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      value.forEach((v) => walk(v, key));
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([k, v]) => walk(v, k));
    } else if (typeof value === 'string' && ['name', 'email', 'note', 'notes', 'summary', 'number', 'id'].includes(key ?? '') && value.length >= 4) {
      found.add(value);
    } else if (typeof value === 'number' && key === 'amount' && value >= 100) {
      found.add(value.toFixed(2));
    }
  };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const file = clientFileUri(folder.name).fsPath;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) {
      walk(parse(fs.readFileSync(file, 'utf8')));
    }
  }
  return [...found];
}

describe('The Client Health log', function () {
  this.timeout(60_000);
  afterEach(closeAllEditorsDiscarding);

  it('is a log channel with its version line, and Client Health: Show Log opens it', async () => {
    await waitForLine('the start', /\[info\] Client Health \S+ in VS Code \S+, Test mode$/);
    assert.ok((await vscode.commands.getCommands(true)).includes('clientHealth.showLog'));
    await vscode.commands.executeCommand('clientHealth.showLog');
  });

  it('notes each git command with its exit status, the paths left out', async () => {
    // At start-up every client file is checked: is it tracked by git?
    const line = await waitForLine('git ls-files', /\[info\] git --literal-pathspecs ls-files --error-unmatch -- <path>: exit \d+ in \d+ ms/);
    assert.doesNotMatch(line, /clients\.json|\//, line);
  });

  it('notes what failed and why, with its stack, when a Save as CSV fails; no path, name or figure of a client in it', async () => {
    const api = await activateExtension();
    // A file where the CSV's folder should be: the write fails. The folder's name names the client, as they often do.
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'Late Payer Ltd-'));
    fs.writeFileSync(path.join(base, 'not-a-folder'), '');
    const script = answerPrompts(api, ['Save as CSV', path.join(base, 'not-a-folder', 'statement.csv')]);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('clientHealth.draftStatement', { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' }), true);
      const line = await waitForLine('the failed save', /\[error\] Save as CSV failed: /);
      assert.match(await logText(), /Save as CSV failed: [^\n]*\n\s+at /, 'the stack follows the message');
      assert.match(line, /<path>/, 'the target is named, as <path>');
    } finally {
      script.done();
    }
    const text = await logText();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    assert.ok(folders.length > 0 && clientData().includes('Late Payer Ltd'), 'the check knows the fixtures');
    const leaks = [...clientData(), ...folders, os.tmpdir(), 'Late Payer'].filter((data) => text.includes(data));
    const lines = text.split('\n').filter((line) => leaks.some((data) => line.includes(data)));
    assert.deepStrictEqual(leaks, [], `the log holds client data (${leaks.join(', ')}) in:\n${lines.join('\n')}`);
  });
});
