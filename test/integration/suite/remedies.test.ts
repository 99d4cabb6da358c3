import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, folder } from './helpers';

/** The [label](command:id?args) links of a tooltip, with their arguments decoded as VS Code will. */
function links(markdown: vscode.MarkdownString): { label: string; command: string; args: unknown[] }[] {
  return [...markdown.value.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\?([^)]+)\)/g)].map((m) => ({
    label: m[1],
    command: m[2],
    args: JSON.parse(decodeURIComponent(m[3])),
  }));
}

describe('Remedies one click away', () => {
  it('the status bar tooltip links each signal to its draft, for that client, and trusts only those commands', async () => {
    const api = await activateExtension();
    const tooltip = api.statusBar.item.tooltip as vscode.MarkdownString;
    const found = links(tooltip);
    const latePayer = { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' };
    assert.ok(
      found.some((l) => l.command === 'clientHealth.draftPaymentReminder' && JSON.stringify(l.args) === JSON.stringify([{ ...latePayer, signal: 'overdue' }])),
      JSON.stringify(found, null, 1),
    );
    assert.ok(found.some((l) => l.command === 'clientHealth.draftChangeOrder'), 'scope creep links to a change order');
    assert.ok(found.some((l) => l.command === 'clientHealth.draftTerminationEmail'), 'abuse links to a termination email');
    const trusted = tooltip.isTrusted as { enabledCommands: readonly string[] };
    assert.deepStrictEqual([...trusted.enabledCommands].sort(), [...new Set(found.map((l) => l.command))].sort());
  });
});

describe('Open Client File at an entry named by a ClientRef', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('selects the entry, and only an entry of that client', async () => {
    await activateExtension();
    const ref = { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'late-payer' };
    await vscode.commands.executeCommand('clientHealth.openClientFile', { ...ref, path: ['clients', 0, 'invoices', 0] });
    let editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^\{ "number": "LP-001"/);
    await vscode.commands.executeCommand('clientHealth.openClientFile', { ...ref, path: ['clients', 2, 'journal', 0] });
    editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), '"Late Payer Ltd"', 'a path outside the client falls back to its name');
  });
});
