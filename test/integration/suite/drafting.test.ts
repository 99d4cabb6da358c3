import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientNode, SignalNode } from '../../../src/tree/nodes';
import { readClientFile } from '../../../src/core/clientFile';
import { formatDate, localToday } from '../../../src/core/dates';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, restoreClientFile, waitFor } from './helpers';
import { Answer, DEFAULT, ESCAPE, answerPrompts, withAnswers } from './scriptedPrompts';

const ref = (clientId: string) => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId });

async function draftText(command: string, target: unknown, answers: readonly Answer[]): Promise<string> {
  const api = await activateExtension();
  const { result } = await withAnswers(api, answers, () => vscode.commands.executeCommand<boolean>(command, target));
  assert.strictEqual(result, true);
  const editor = vscode.window.activeTextEditor!;
  assert.strictEqual(editor.document.languageId, 'markdown');
  assert.strictEqual(editor.document.isUntitled, true, 'a new editor; the client file is not touched');
  return editor.document.getText();
}

describe('Drafting commands, in the real editor', () => {
  afterEach(closeAllEditorsDiscarding);

  it('Draft Statement of Account opens every invoice, payment and the late fee in a new Markdown editor', async () => {
    const text = await draftText('clientHealth.draftStatement', ref('late-payer'), [DEFAULT]);
    assert.match(text, /^# Statement of account/m);
    assert.ok(text.includes('LP-001') && text.includes('€1,000.00') && text.includes('€400.00') && text.includes('€600.00'), text);
    assert.match(text, /1\.5%/, 'the contract late fee and its formula');
  });

  it('Save as CSV writes the statement where the user chooses', async () => {
    const api = await activateExtension();
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'client-health-csv-')), 'statement.csv');
    const script = answerPrompts(api, ['Save as CSV', target]);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('clientHealth.draftStatement', ref('late-payer')), true);
      // The file can exist before its bytes are in (seen once: read empty); wait for the whole last line.
      const csv = await waitFor('the CSV file, written out', () => {
        const text = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
        return text.endsWith('\r\n') ? text : undefined;
      });
      assert.ok(csv.endsWith('\r\n') && csv.includes('LP-001') && csv.includes('1000.00'), csv);
      assert.strictEqual(script.asked.find((a) => a.kind === 'save')?.value?.endsWith('.csv'), true, 'a suggested .csv name');
    } finally {
      script.done();
    }
  });

  // The save runs after the command has returned, from the notification's button: nothing awaits it but the user.
  it('a Save as CSV that fails tells the user why', async () => {
    const api = await activateExtension();
    // A file where the chosen folder should be: the real file system refuses the write.
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'client-health-csv-')), 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const target = path.join(blocker, 'statement.csv');
    // The extension's `vscode` is this suite's (one API object per extension folder): its error messages are seen here.
    const errors: string[] = [];
    const showErrorMessage = vscode.window.showErrorMessage;
    vscode.window.showErrorMessage = ((message: string) => {
      errors.push(message);
      return Promise.resolve(undefined);
    });
    const script = answerPrompts(api, ['Save as CSV', target]);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('clientHealth.draftStatement', ref('late-payer')), true);
      const error = await waitFor('an error message', () => errors[0]);
      assert.match(error, /^Save as CSV failed: ./, error);
      assert.ok(!fs.statSync(blocker).isDirectory(), 'nothing was written');
    } finally {
      vscode.window.showErrorMessage = showErrorMessage;
      script.done();
    }
  });

  it('Draft Payment Reminder suggests Firm first for an invoice long overdue, never Final before a reminder was sent; Mark as Sent records it and the next one moves up', async () => {
    const api = await activateExtension();
    const uri = clientFileUri('health');
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    try {
      const { asked } = await withAnswers(api, [DEFAULT, 'Mark as Sent'], () => vscode.commands.executeCommand('clientHealth.draftPaymentReminder', ref('late-payer')));
      assert.match(asked[0].labels![0], /^Firm/, 'years overdue, but no reminder sent yet');
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.ok(text.includes('LP-001') && text.includes('€600.00'), text);
      const recorded = await waitFor('the reminder recorded in the file', () => {
        const file = readClientFile(fs.readFileSync(uri.fsPath, 'utf8')).file;
        return file?.clients.find((c) => c.id === 'late-payer')?.invoices?.[0].reminders;
      });
      assert.deepStrictEqual(recorded, [{ date: formatDate(localToday()), step: 'firm' }]);
      const store = api.stores.forFolder(folder('health'))!;
      await waitFor('the store to read it', async () => {
        await store.refresh();
        return store.file?.clients[0].invoices?.[0].reminders ? true : undefined;
      });
      const next = await withAnswers(api, [ESCAPE], () => vscode.commands.executeCommand('clientHealth.draftPaymentReminder', ref('late-payer')));
      assert.match(next.asked[0].labels![0], /^Final/, 'after a firm reminder, the final one');
    } finally {
      await restoreClientFile('health', original);
    }
  });

  it('Draft Change Order bills the delivered revisions beyond those included as done work, and Copy puts a list, not a pipe table, on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    const text = await draftText('clientHealth.draftChangeOrder', ref('late-payer'), ['Copy']);
    assert.ok(text.includes('Second round of changes') && text.includes('Third round of changes'), text);
    assert.ok(text.includes('€400.00'), 'four extra hours at €100 an hour');
    const copied = await waitFor('the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.ok(copied.startsWith('Change order: extra work completed\n\n'), copied);
    // Logged in 2020 with their hours: delivered work, billed as done, nothing put up for approval.
    assert.ok(copied.includes('\nWork already completed\n') && copied.includes('was completed between 12 January 2020 and 14 January 2020:'), copied);
    assert.ok(copied.includes('- Third round of changes, requested on 14 January 2020 (revision round 3, beyond the one included): 2 hours, €200.00\n'), copied);
    assert.ok(copied.includes('Total for the work completed: €400.00 for 4 hours.'), copied);
    assert.ok(!copied.includes('approval') && !/^\|/m.test(copied) && !copied.includes('\\'), copied);
  });

  it('Draft Termination Email from the abuse signal preselects that reason, and Copy puts it on the clipboard', async () => {
    const api = await activateExtension();
    const folderNode = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health')!;
    const hostile = api.tree.getChildren(folderNode).find((n): n is ClientNode => n.kind === 'client' && n.client.id === 'hostile')!;
    const abuse = api.tree.getChildren(hostile).find((n): n is SignalNode => n.kind === 'signal' && n.signal.id === 'abuse')!;
    await vscode.env.clipboard.writeText('');
    const { asked } = await withAnswers(api, [DEFAULT, 'Copy'], () => vscode.commands.executeCommand('clientHealth.draftTerminationEmail', abuse));
    assert.strictEqual(asked[0].labels![0], 'Unethical or abusive conduct');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.ok(text.includes('Hostile Inc') || text.includes('Camille Martin'), text);
    const copied = await waitFor('the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.ok(copied.length > 100 && !copied.includes('\\'), 'the plain text of the email, with its subject');
  });

  it('lists termination reasons in the editor\'s language while the email is in the draft language', async () => {
    const config = vscode.workspace.getConfiguration('clientHealth', folder('health'));
    await config.update('draftLanguage', 'fr', vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      const api = await activateExtension();
      const { asked } = await withAnswers(api, [DEFAULT, ESCAPE], () => vscode.commands.executeCommand('clientHealth.draftTerminationEmail', ref('hostile')));
      assert.strictEqual(asked[0].labels![0], 'Unethical or abusive conduct', 'the reasons in English, as VS Code is');
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /Objet|Bonjour|collaboration/, 'the email in French');
    } finally {
      await config.update('draftLanguage', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('Draft Termination Agreement and Offboarding Checklist fill in the client', async () => {
    const agreement = await draftText('clientHealth.draftTerminationAgreement', ref('late-payer'), []);
    assert.ok(agreement.includes('Late Payer Ltd') && agreement.includes('€600.00'), agreement);
    const checklist = await draftText('clientHealth.draftOffboardingChecklist', ref('late-payer'), []);
    assert.match(checklist, /^- \[ \] /m, 'a Markdown task list');
  });

  it('Insert Contract Clause inserts at the cursor of a plain-text editor, as plain text', async () => {
    const api = await activateExtension();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Contract\n\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    const { asked } = await withAnswers(api, ['Notice'], () => vscode.commands.executeCommand('clientHealth.insertContractClause', ref('late-payer')));
    assert.ok(asked[0].labels!.length >= 11, 'at least eleven clauses');
    const text = document.getText();
    assert.ok(text.startsWith('Contract\n\n') && text.length > 60, text);
    assert.ok(!/^#/m.test(text), 'no Markdown heading in a plain-text document');
  });
});
