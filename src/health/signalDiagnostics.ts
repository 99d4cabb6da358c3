/**
 * Health in the Problems panel: each signal of each client as a diagnostic on
 * its evidence in the client file (critical as a warning, warning as
 * information, source "Client Health", code the signal's id), so the panel
 * lists what needs attention. Only while the file is valid: the evidence of the
 * last valid version has no place in a broken text. The file's own problems
 * are the store's, always shown.
 */
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { rangeForPath } from '../core/clientFile';
import { LineIndex } from '../core/lineIndex';
import { localize } from '../l10n';
import { HealthModel } from './healthModel';
import { Disposable } from '../lifecycle';

export class SignalDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('clientHealth.signals'));

  constructor(private readonly health: HealthModel) {
    super();
    this.register(health.onDidChange(() => this.update()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('clientHealth.problems') && this.update()));
    this.update();
  }

  private update(): void {
    this.collection.clear();
    for (const store of this.health.stores.present()) {
      const state = store.state;
      const root = state.kind === 'valid' ? state.read.root : undefined;
      if (state.kind !== 'valid' || !root || !readSettings(store.folder).showSignalsInProblems) {
        continue;
      }
      const lines = new LineIndex(state.text);
      const diagnostics: vscode.Diagnostic[] = [];
      for (const client of this.health.healthOf(store)) {
        for (const signal of client.signals) {
          const severity = signal.severity === 'critical' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
          // A signal without evidence (a rate, a rating) sits on the client's name.
          const places = signal.evidence.length > 0 ? signal.evidence : [{ path: ['clients', client.index, 'name'], message: undefined }];
          for (const place of places) {
            const { offset, length } = rangeForPath(root, place.path);
            const start = lines.positionAt(offset);
            const end = lines.positionAt(offset + length);
            const text = place.message ? `${client.name}: ${localize(signal.message)} ${localize(place.message)}` : `${client.name}: ${localize(signal.message)}`;
            const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), text, severity);
            diagnostic.source = 'Client Health';
            diagnostic.code = signal.id;
            diagnostics.push(diagnostic);
          }
        }
      }
      this.collection.set(store.uri, diagnostics);
    }
  }

}
