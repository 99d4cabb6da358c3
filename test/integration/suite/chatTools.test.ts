/**
 * The chat tools in the real workbench: registered from package.json with their
 * input schemas, answering from the workspace's client files through
 * vscode.lm.invokeTool as a chat agent calls them, and the record tool writing
 * through the safe edit path.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { activateExtension, clientFileUri, restoreClientFile, waitFor } from './helpers';

const text = (result: vscode.LanguageModelToolResult) =>
  result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');

const invoke = async (name: string, input: object) => text(await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }));

describe('Chat tools in the workbench', function () {
  this.timeout(60_000);
  let original: string;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
  });

  after(async () => {
    await restoreClientFile('health', original);
  });

  it('registers the four tools with the input schemas of package.json', () => {
    const ours = vscode.lm.tools.filter((t) => t.name.startsWith('clientHealth_'));
    assert.deepStrictEqual(ours.map((t) => t.name).sort(), ['clientHealth_client', 'clientHealth_clients', 'clientHealth_draft', 'clientHealth_record']);
    assert.ok(ours.every((t) => (t.inputSchema as { type?: string } | undefined)?.type === 'object'));
  });

  it('answers from the client files of the workspace, evidence lines included, and a bad input in plain words', async () => {
    const clients = await invoke('clientHealth_clients', { minLevel: 'atRisk' });
    assert.match(clients, /Late Payer Ltd \(id late-payer, folder health\)/);
    assert.doesNotMatch(clients, /Calm Co \(id calm/);
    const one = await invoke('clientHealth_client', { clientId: 'late-payer', folder: 'health' });
    assert.match(one, /LP-001: issued 2020-01-01, .*balance €600\.00, .*days late \(health\/\.freelance\/clients\.json:\d+\)/);
    const hostile = await invoke('clientHealth_client', { clientId: 'hostile', folder: 'health' });
    assert.doesNotMatch(hostile, /Insulting voice message/, 'a journal note leaves only when asked for');
    assert.match(await invoke('clientHealth_client', { clientId: 'nobody', folder: 'health' }), /^Error: No client with id "nobody"/);
    // An input the schema does not allow reaches the tool, which says what is wrong in words.
    assert.strictEqual(
      await invoke('clientHealth_record', { kind: 'hours', clientId: 'calm', folder: 'health', date: '2020-03-02', hours: 30, extra: 1 }),
      'Error: Invalid input: "hours" must be at most 24; found 30. "extra" is not a key this tool takes for kind hours; it takes kind, clientId, folder, date, hours, note.',
    );
    assert.strictEqual(
      await invoke('clientHealth_draft', { clientId: 42, folder: 'health', kind: 'poem' }),
      'Error: Invalid input: "clientId" must be text in double quotes; found 42. "kind" must be one of statement, reminder, changeOrder, terminationEmail, terminationAgreement, offboardingChecklist, clause; found "poem".',
    );
    // Each signal with its evidence rows, each pointing at the line of the entry.
    assert.match(one, /^- critical overdue: Invoice LP-001 is [\d,]+ days overdue; €600\.00 is still owed\. [^\n]+\n {2}- Invoice LP-001 was due on 2020-01-31 and is [\d,]+ days late; €600\.00 of €1,000\.00 is still owed\. \(health\/\.freelance\/clients\.json:12\)$/m);
    assert.match(one, /^- 2020-01-14 10:00 revision "Third round of changes": extra \(round 3, beyond the 1 included\), not billed, 2 h \(health\/\.freelance\/clients\.json:17\)$/m);
    assert.match(one, /^ {2}- Revision "Third round of changes" on 2020-01-14 is round 3, beyond the 1 included in the contract; 2 hours worth €200\.00, not billed\. \(health\/\.freelance\/clients\.json:17\)$/m);
    const draft = await invoke('clientHealth_draft', { clientId: 'late-payer', folder: 'health', kind: 'statement', language: 'it' });
    assert.match(draft, /LP-001/);
    const statement = await invoke('clientHealth_draft', { clientId: 'late-payer', folder: 'health', kind: 'statement', language: 'en' });
    assert.match(statement, /^\| LP-001 \| 1 Jan 2020 \| 31 Jan 2020 \| €1,000\.00 \| €400\.00 \| €600\.00 \| [\d,]+ \|$/m);
    assert.match(statement, /^\| Balance outstanding \| €600\.00 \|$/m);
  });

  /** What the user reads of a confirmation: Markdown never trusted, its text escaped so none of it is markup. */
  const shown = (message: string | vscode.MarkdownString | undefined): string => {
    assert.ok(message instanceof vscode.MarkdownString, 'the confirmation is Markdown with its text escaped');
    assert.ok(!message.isTrusted, 'no command link can run from the confirmation');
    assert.doesNotMatch(message.value.replace(/\\./g, ''), /[[\]()*_`]/, message.value);
    return message.value.replace(/\\(.)/g, '$1');
  };

  it('asks to confirm the exact change, records it through the safe edit path keeping comments, and Undo takes it back', async () => {
    const api = await activateExtension();
    const input = { kind: 'payment', clientId: 'late-payer', folder: 'health', invoice: 'LP-001', date: '2020-03-01', amount: 100 };
    const prepared = await api.chatTools.registered.get('clientHealth_record')!.prepareInvocation!({ input }, new vscode.CancellationTokenSource().token);
    assert.strictEqual(shown(prepared?.confirmationMessages?.message), 'Record €100.00 paid on 2020-03-01 against invoice LP-001 of Late Payer Ltd (health)?');
    const request = { kind: 'request', clientId: 'late-payer', folder: 'health', at: '2020-03-01', summary: 'New page', type: 'feature', hours: 2 };
    const asked = await api.chatTools.registered.get('clientHealth_record')!.prepareInvocation!({ input: request }, new vscode.CancellationTokenSource().token);
    assert.strictEqual(
      shown(asked?.confirmationMessages?.message),
      'Log a request of Late Payer Ltd (health) on 2020-03-01: "New page"? Type: feature. Extra work (out of scope), not billed yet. 2 hours of work.',
    );
    // An input the file refuses now is still confirmed: the file may allow it by the time the tool runs.
    const refusedNow = await api.chatTools.registered.get('clientHealth_record')!.prepareInvocation!(
      { input: { ...input, invoice: 'LP-404' } },
      new vscode.CancellationTokenSource().token,
    );
    assert.match(shown(refusedNow?.confirmationMessages?.message), /^As the client file is now, this cannot be recorded: Late Payer Ltd has no invoice "LP-404"\./);
    const done = await invoke('clientHealth_record', input);
    assert.match(done, /Recorded €100\.00 paid on 2020-03-01 against invoice LP-001 of Late Payer Ltd \(health\)\./);
    const disk = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
    assert.ok(disk.includes('// Signals that do not depend on today'));
    const payments = readClientFile(disk).file!.clients.find((c) => c.id === 'late-payer')!.invoices![0].payments;
    assert.deepStrictEqual(payments?.at(-1), { date: '2020-03-01', amount: 100 });
    await vscode.window.showTextDocument(clientFileUri('health'));
    await vscode.commands.executeCommand('undo');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === clientFileUri('health').toString())!;
    await waitFor('Undo to take the recorded payment back', () => (document.getText() === original ? true : undefined));
  });

  it("tells the model why a write was refused, and turns a failure into an error result, never an exception", async () => {
    const api = await activateExtension();
    const input = { kind: 'hours', clientId: 'calm', folder: 'health', date: '2020-03-02', hours: 2 };
    const token = new vscode.CancellationTokenSource().token;
    const refusing = api.chatTools.recordTool(
      () => true,
      async () => 'Invoice LP-001 is no longer in the client file of "late-payer"; nothing was written.',
    );
    assert.strictEqual(text((await refusing.invoke({ input, toolInvocationToken: undefined }, token))!), 'Error: Invoice LP-001 is no longer in the client file of "late-payer"; nothing was written.');
    const failing = api.chatTools.recordTool(
      () => true,
      async () => {
        throw new Error('EACCES: permission denied, open \'/home/someone/health/.freelance/clients.json\'');
      },
    );
    const failed = text((await failing.invoke({ input, toolInvocationToken: undefined }, token))!);
    assert.strictEqual(failed, "Error: the tool failed (EACCES: permission denied, open '<path>'); nothing was written. The Client Health log (Client Health: Show Log) has the details.");
  });

  it('refuses to write in Restricted Mode, and writes nothing', async () => {
    const api = await activateExtension();
    const restricted = api.chatTools.recordTool(() => false);
    const input = { kind: 'hours', clientId: 'calm', folder: 'health', date: '2020-03-02', hours: 2 };
    const before = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
    const prepared = await restricted.prepareInvocation!({ input }, new vscode.CancellationTokenSource().token);
    assert.strictEqual(prepared?.confirmationMessages, undefined, 'nothing to confirm: the write will be refused');
    assert.match(String(prepared?.invocationMessage), /does not write in Restricted Mode/);
    const answer = await restricted.invoke({ input, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token);
    assert.match(text(answer!), /^Error: this workspace is in Restricted Mode/);
    assert.strictEqual(fs.readFileSync(clientFileUri('health').fsPath, 'utf8'), before);
  });
});
