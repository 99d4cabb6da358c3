/** Health in the Problems panel: each signal on its evidence in the client file, and a setting to turn it off. */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { SIGNAL_IDS } from '../../../src/core/health/types';
import { activateExtension, clientFileUri, folder, waitFor } from './helpers';

const signalsOf = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Client Health' && SIGNAL_IDS.includes(d.code as (typeof SIGNAL_IDS)[number]));

describe('Signals in the Problems panel', () => {
  it('lists each signal on its evidence line, critical as a warning, and goes when the setting turns it off', async () => {
    await activateExtension();
    const uri = clientFileUri('health');
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    const invoiceLine = text.split('\n').findIndex((l) => l.includes('"number": "LP-001"'));
    const overdue = await waitFor('the overdue signal in Problems', () => signalsOf(uri).find((d) => d.code === 'overdue'));
    assert.strictEqual(overdue.range.start.line, invoiceLine, 'on the overdue invoice');
    assert.strictEqual(overdue.severity, vscode.DiagnosticSeverity.Warning, 'years late: critical');
    assert.match(overdue.message, /^Late Payer Ltd: /);
    assert.ok(signalsOf(uri).some((d) => d.code === 'abuse'), 'the abusive journal entry too');

    const config = vscode.workspace.getConfiguration('clientHealth', folder('health'));
    await config.update('problems.showSignals', false, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor('the signals to leave Problems', () => (signalsOf(uri).length === 0 ? true : undefined));
    } finally {
      await config.update('problems.showSignals', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitFor('the signals back in Problems', () => (signalsOf(uri).length > 0 ? true : undefined));
  });
});
