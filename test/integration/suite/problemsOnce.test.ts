import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { SIGNAL_IDS } from '../../../src/core/health/types';
import { activateExtension, clientFileUri, revertAndSettle, sleep, waitFor } from './helpers';

const uri = () => clientFileUri('valid');

/** Replaces the open client file's text, unsaved, with `edit` applied to it; returns the new text. */
async function edited(edit: (text: string) => string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri());
  await vscode.window.showTextDocument(document);
  const text = document.getText();
  const change = new vscode.WorkspaceEdit();
  change.replace(uri(), new vscode.Range(document.positionAt(0), document.positionAt(text.length)), edit(text));
  assert.ok(await vscode.workspace.applyEdit(change));
  return document;
}

/** Problems with the file, not the health signals the extension also lists on their evidence. */
const problems = () =>
  vscode.languages.getDiagnostics(uri()).filter((d) => !(d.source === 'Client Health' && SIGNAL_IDS.includes(d.code as (typeof SIGNAL_IDS)[number])));

const describeAll = (list: readonly vscode.Diagnostic[]) =>
  JSON.stringify(list.map((d) => `${d.source} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`));

/**
 * The diagnostics of the file once both the extension and the JSON language service have
 * looked at the current text: `ready` says when the expected sources have reported, then
 * the list must stay the same for a while (the language service validates after a pause).
 */
async function settled(ready: (list: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  await waitFor('the expected diagnostics', () => (ready(problems()) ? true : undefined), 30_000);
  let last = describeAll(problems());
  for (let stable = 0; stable < 2500; stable += 250) {
    await sleep(250);
    const now = describeAll(problems());
    if (now !== last) {
      last = now;
      stable = 0;
    }
  }
  return problems();
}

/** The diagnostics whose range contains the text at `offset` (of length `length`). */
function covering(document: vscode.TextDocument, list: readonly vscode.Diagnostic[], offset: number, length: number): vscode.Diagnostic[] {
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + length));
  return list.filter((d) => d.range.intersection(range) !== undefined);
}

/** Asks the JSON language service for a hover until it answers about the current text. */
async function jsonServiceAnswered(document: vscode.TextDocument): Promise<void> {
  const position = document.positionAt(document.getText().indexOf('"paymentTermsDays"') + 3);
  await waitFor(
    'a hover from the JSON language service',
    async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return (hovers ?? []).length > 0 ? true : undefined;
    },
    30_000,
  );
}

const fromUs = (d: vscode.Diagnostic) => d.source === 'Client Health';
// The JSON language service leaves the source of its parser's diagnostics unset.
const fromJson = (d: vscode.Diagnostic) => !fromUs(d);

describe('Problems: each problem of the client file once, with completion and hovers kept', function () {
  // The JSON language service starts lazily and validates after a pause.
  this.timeout(90_000);
  before(activateExtension);
  afterEach(() => revertAndSettle('valid'));

  it('a value of the wrong type: only the extension reports it, in its own words', async () => {
    const document = await edited((t) => t.replace('"paymentTermsDays": 30', '"paymentTermsDays": "thirty"'));
    await jsonServiceAnswered(document);
    const list = await settled((l) => l.some(fromUs));
    const at = document.getText().indexOf('"thirty"');
    assert.strictEqual(covering(document, list, at, 8).length, 1, describeAll(list));
    assert.strictEqual(list.length, 1, describeAll(list));
    assert.match(list[0].message, /paymentTermsDays.*number.*"thirty"/);
  });

  it('a syntax error: reported once, by the JSON language service of the open editor', async () => {
    const document = await edited((t) => t.replace('"status": "active",', '"status": "active"'));
    const list = await settled((l) => l.some(fromJson));
    const line = document.positionAt(document.getText().indexOf('"contract"')).line;
    assert.strictEqual(list.length, 1, describeAll(list));
    assert.ok([line - 1, line].includes(list[0].range.start.line), describeAll(list));
    assert.strictEqual(list[0].severity, vscode.DiagnosticSeverity.Error);
  });

  it('a key written twice: each of the two keys marked once, by the JSON language service', async () => {
    const document = await edited((t) => t.replace('"status": "active",', '"status": "active", "status": "ending",'));
    const list = await settled((l) => l.some(fromJson));
    const first = document.getText().indexOf('"status"');
    const second = document.getText().indexOf('"status"', first + 1);
    assert.strictEqual(covering(document, list, first, 8).length, 1, describeAll(list));
    assert.strictEqual(covering(document, list, second, 8).length, 1, describeAll(list));
    assert.strictEqual(list.length, 2, describeAll(list));
  });

  it('an unknown key, a comment and a trailing comma are no problem for either', async () => {
    const document = await edited((t) => t.replace('"status": "active",', '"statuss": "active", // a note\n "status": "active",').replace('"status": "ending"', '"status": "ending",'));
    await jsonServiceAnswered(document);
    const list = await settled(() => true);
    assert.deepStrictEqual(describeAll(list), '[]');
  });

  it('completion still offers the keys of the schema, and hovers still describe them', async () => {
    const document = await edited((t) => t.replace('"contact": { "name": "Jean Dupont", "email": "jean@acme.example" }', '"contact": {  }'));
    const position = document.positionAt(document.getText().indexOf('"contact": {  }') + '"contact": { '.length);
    const labels = await waitFor(
      'completions of the contact keys',
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const found = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        return found.some((l) => l.includes('email')) ? found : undefined;
      },
      30_000,
    );
    assert.ok(labels.some((l) => l.includes('name')), JSON.stringify(labels));
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      document.positionAt(document.getText().indexOf('"hourlyRate"') + 3),
    );
    const text = (hover ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /agreed hourly rate/);
  });
});
