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
import { ClientHealth, EntryPath, Signal } from '../core/health/types';
import { LineIndex } from '../core/lineIndex';
import { Message } from '../core/messages';
import { localize } from '../l10n';
import { HealthModel } from '../store/healthModel';
import { Disposable } from '../lifecycle';

export class SignalDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('clientHealth.signals'));

  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly health: HealthModel) {
    super();
    // After the task that changed the health: the tree and the status bar reach the window first (their messages
    // leave when the task ends), and the first signal messages, which format money, wait for Intl's first load.
    this.register(health.onDidChange(() => this.schedule()));
    this.register({ dispose: () => clearTimeout(this.pending) });
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('clientHealth.problems') && this.update()));
    this.update();
  }

  private schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.update();
    }, 0);
  }

  private update(): void {
    this.collection.clear();
    for (const store of this.health.stores.present()) {
      const state = store.state;
      if (state.kind !== 'valid' || !readSettings(store.folder).showSignalsInProblems) {
        continue;
      }
      // Every place first, then their ranges in one pass over the text (no syntax tree: see plainRanges.ts).
      const places: { client: ClientHealth; signal: Signal; path: EntryPath; message: Message | undefined }[] = [];
      for (const client of this.health.healthOf(store)) {
        for (const signal of client.signals) {
          // A signal without evidence in the file (a rate, a rating, commits) sits once on the client's name.
          const inFile = signal.id === 'overtime' ? [] : signal.evidence;
          const evidence = inFile.length > 0 ? inFile : [{ path: ['clients', client.index, 'name'], message: undefined }];
          evidence.forEach(({ path, message }) => places.push({ client, signal, path, message }));
        }
      }
      const ranges = state.read.locate(places.map((p) => p.path));
      const lines = new LineIndex(state.text);
      const diagnostics = places.map(({ client, signal, message }, i) => {
        const { offset, length } = ranges[i];
        const start = lines.positionAt(offset);
        const end = lines.positionAt(offset + length);
        const text = message ? `${client.name}: ${shown(signal.message)} ${shown(message)}` : `${client.name}: ${shown(signal.message)}`;
        const severity = signal.severity === 'critical' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
        const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), text, severity);
        diagnostic.source = 'Client Health';
        diagnostic.code = signal.id;
        return diagnostic;
      });
      this.collection.set(store.uri, diagnostics);
    }
  }

}

/**
 * Messages as shown, kept per message: the health of the clients an edit left alone is the same objects, and
 * formatting every figure and date of a large file again took a sixth of its re-check. The display language is
 * fixed for the extension host's life.
 */
const texts = new WeakMap<Message, string>();
function shown(message: Message): string {
  let text = texts.get(message);
  if (text === undefined) {
    texts.set(message, (text = localize(message)));
  }
  return text;
}
