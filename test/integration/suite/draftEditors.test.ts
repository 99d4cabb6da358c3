/**
 * Where drafts go and what is sent from them: each draft in its own editor,
 * titled by the draft; Copy takes the email as the user edited it; a clause
 * goes in at the cursor of the user's own document, and into a draft only
 * when asked.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ClientHealthApi } from '../../../src/extension';
import { activateExtension, closeAllEditorsDiscarding, folder, waitFor } from './helpers';
import { DEFAULT, withAnswers } from './scriptedPrompts';

const ref = (clientId: string) => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId });

async function draft(api: ClientHealthApi, command: string, answers: Parameters<typeof withAnswers>[1]): Promise<vscode.TextDocument> {
  const { result } = await withAnswers(api, answers, () => vscode.commands.executeCommand<boolean>(command, ref('late-payer')));
  assert.strictEqual(result, true);
  return vscode.window.activeTextEditor!.document;
}

describe('Draft editors', () => {
  afterEach(closeAllEditorsDiscarding);

  it('opens a second draft in its own editor, not in the draft that has the focus, each titled by its draft', async () => {
    const api = await activateExtension();
    const statement = await draft(api, 'clientHealth.draftStatement', [DEFAULT]);
    const statementText = statement.getText();
    assert.strictEqual(vscode.window.activeTextEditor?.document, statement, 'the statement has the focus');
    const reminder = await draft(api, 'clientHealth.draftPaymentReminder', [DEFAULT, DEFAULT]);
    assert.notStrictEqual(reminder, statement);
    assert.strictEqual(statement.getText(), statementText, 'the statement is untouched');
    for (const [document, kind] of [[statement, 'Statement'], [reminder, 'reminder']] as const) {
      assert.strictEqual(document.uri.scheme, 'untitled');
      assert.strictEqual(document.languageId, 'markdown');
      const name = decodeURIComponent(document.uri.path);
      assert.ok(name.includes(kind) && name.includes('Late Payer Ltd') && name.endsWith('.md'), name);
    }
  });

  it('Copy takes the email as edited in its editor, subject line included', async () => {
    const api = await activateExtension();
    let answerNotice: (choice: string) => void = () => undefined;
    const noticed = new Promise<void>((shown) => {
      const registration = api.prompts.script({
        pick: async (items) => items[0],
        input: async (options) => options.value ?? '',
        notify: (_message, ...actions) => {
          assert.ok(actions.includes('Copy'), JSON.stringify(actions));
          shown();
          return new Promise<string | undefined>((resolve) => (answerNotice = resolve)).finally(() => registration.dispose());
        },
        saveAs: async () => undefined,
        open: async () => undefined,
      });
    });
    await vscode.env.clipboard.writeText('');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('clientHealth.draftTerminationEmail', ref('late-payer')), true);
    await noticed;
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    const subjectLine = text.split('\n').findIndex((l) => l.startsWith('<!-- subject:'));
    const greetingLine = text.split('\n').findIndex((l) => l.startsWith('Dear '));
    assert.ok(subjectLine >= 0 && greetingLine > subjectLine, text);
    await editor.edit((b) => {
      b.replace(editor.document.lineAt(subjectLine).range, '<!-- subject: Our work together -->');
      b.replace(editor.document.lineAt(greetingLine).range, 'Dear Paolo,');
    });
    answerNotice('Copy');
    const copied = await waitFor('the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.ok(copied.startsWith('Our work together\n\nDear Paolo,\n'), copied);
    assert.ok(!copied.includes('<!--') && !copied.includes('Dear Sir'), copied);
  });

  it('Insert Contract Clause: two clauses in the user\'s document are separated by a blank line; into a draft only when asked', async () => {
    const api = await activateExtension();
    const mine = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# My contract\n' });
    const editor = await vscode.window.showTextDocument(mine);
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await withAnswers(api, ['Notice period'], () => vscode.commands.executeCommand('clientHealth.insertContractClause', ref('late-payer')));
    await withAnswers(api, ['Revisions'], () => vscode.commands.executeCommand('clientHealth.insertContractClause', ref('late-payer')));
    const text = mine.getText();
    const second = text.indexOf('Revisions');
    assert.ok(text.startsWith('# My contract\n') && text.includes('Notice period') && second > 0, text);
    assert.ok(text.slice(0, text.lastIndexOf('\n', second) + 1).endsWith('\n\n'), `a blank line before the second clause:\n${text}`);

    const statement = await draft(api, 'clientHealth.draftStatement', [DEFAULT]);
    const statementText = statement.getText();
    const { asked } = await withAnswers(api, ['Revisions', 'Open in a new editor'], () =>
      vscode.commands.executeCommand('clientHealth.insertContractClause', ref('late-payer')),
    );
    assert.strictEqual(asked[1].kind, 'pick', 'asked where the clause goes');
    assert.strictEqual(statement.getText(), statementText, 'the draft is untouched');
    assert.notStrictEqual(vscode.window.activeTextEditor?.document, statement);
    assert.ok(vscode.window.activeTextEditor?.document.getText().includes('Revisions'));
  });

  it("Insert Contract Clause from a signal's remedy offers that signal's clause first", async () => {
    const api = await activateExtension();
    // In a document of the user's, the clause goes in at the cursor without a question about where.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' }));
    for (const [signal, clause] of [['afterHours', 'Working hours and urgent work'], ['noContract', 'Signature and deposit']] as const) {
      const { asked } = await withAnswers(api, [clause], () =>
        vscode.commands.executeCommand('clientHealth.insertContractClause', { ...ref('late-payer'), signal }),
      );
      assert.strictEqual(asked[0].labels![0], clause, signal);
    }
  });
});

