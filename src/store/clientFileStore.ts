/**
 * Owns one workspace folder's client file: reads it (the open editor's text
 * first, so unsaved edits count), watches it, validates it and publishes its
 * diagnostics. Views subscribe to `onDidChange`; nothing else reads the file.
 */
import * as vscode from 'vscode';
import { ClientFile } from '../core/schema';
import { Problem, ReadResult } from '../core/clientFile';
import { ClientFileChecker } from '../core/clientFileChecker';
import { DayNumber } from '../core/dates';
import { Decoded, NOT_A_FILE, decodeClientFile, tooLargeProblem, unparsed } from '../core/decode';
import { Rules } from '../core/health/rules';
import { PortfolioPeers } from '../core/signals/lowRate';
import { ClientHealth } from '../core/health/types';
import { readSettings } from '../config';
import { localize } from '../l10n';
import { reportFailure } from '../ui/failures';
import { ClientFileBytes, readClientFileBytes } from './readClientFileBytes';
import { Disposable } from '../lifecycle';
import { Log, describeError, withoutPaths } from '../log';
import { mark } from '../startupMarks';
import type { GitEvidenceForFile } from '../core/gitHistory/evidence';

export type StoreState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly lastGood: ClientFile | undefined }
  | { readonly kind: 'valid'; readonly file: ClientFile; readonly read: ReadResult; readonly text: string }
  | { readonly kind: 'invalid'; readonly read: ReadResult; readonly lastGood: ClientFile | undefined };

/**
 * The wait after a change before re-checking, from what the last check cost: a small file, or an edit
 * the checker re-reads client by client, answers well within 300 ms of the last keystroke; a large file
 * that needs the full check is not re-checked between the keystrokes of normal typing (checking takes at
 * most a third of the time while someone types).
 */
const recheckDelay = (lastCheckMs: number): number => Math.min(300, Math.max(50, 2 * lastCheckMs));
const SIZE_SETTING = 'clientHealth.maxFileSizeMB';

/** For a re-read nothing awaits: refresh already turns a failed read into the unreadable state, so a rejection is a bug, shown rather than lost. */
export const readFailed = (): ((error: unknown) => void) => reportFailure(vscode.l10n.t('Reading the client file'));

export class ClientFileStore extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<ClientFileStore>());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Extension-host time the last check took: reading the text, and everything the views did with the result. */
  private lastCheckMs = 0;
  private readMs = 0;
  private current: StoreState = { kind: 'loading' };
  private lastGood: ClientFile | undefined;
  /** Keeps each client's check between edits: a keystroke re-checks the client it changed. */
  private readonly checker = new ClientFileChecker();
  /** The disk's bytes as last decoded: under unsaved edits they are read after every keystroke, unchanged. */
  private decoded: { readonly bytes: Uint8Array; readonly result: Decoded } | undefined;

  readonly onDidChange = this.changeEmitter.event;
  readonly uri: vscode.Uri;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly relativePath: string,
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly log: Log,
  ) {
    super();
    this.uri = vscode.Uri.joinPath(folder.uri, ...relativePath.split(/[\\/]/));
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relativePath)));
    const isMine = (doc: vscode.TextDocument) => doc.uri.toString() === this.uri.toString();
    for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) {
      this.register(event(() => this.schedule()));
    }
    this.register(vscode.workspace.onDidChangeTextDocument((e) => isMine(e.document) && e.contentChanges.length > 0 && (mark('typed'), this.schedule())));
    this.register(vscode.workspace.onDidOpenTextDocument((doc) => isMine(doc) && this.schedule()));
    // Closing a dirty editor discards its text: the file on disk is the truth again.
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => isMine(doc) && this.schedule()));
    // Before the emitter and watchers go: no read may publish after.
    this.register({
      dispose: () => {
        clearTimeout(this.timer);
        this.generation++;
        this.diagnostics.delete(this.uri);
      },
    });
  }

  get state(): StoreState {
    return this.current;
  }

  /** The clients to show: the current model, or the last good one while the file is broken. */
  get file(): ClientFile | undefined {
    switch (this.current.kind) {
      case 'valid':
        return this.current.file;
      case 'invalid':
      case 'unreadable':
        return this.current.lastGood;
      default:
        return undefined;
    }
  }

  get problems(): readonly Problem[] {
    return this.current.kind === 'valid' || this.current.kind === 'invalid' ? this.current.read.problems : [];
  }

  /** The health of `file`'s clients (the current file or the last good one), each re-evaluated only when its inputs changed. */
  clientHealth(today: DayNumber, rules: Rules, portfolio?: PortfolioPeers, git?: GitEvidenceForFile): ClientHealth[] {
    const file = this.file;
    return file ? this.checker.evaluate(file, today, rules, portfolio, git) : [];
  }

  /** Reads now; resolves once the new state is published. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    mark('check');
    this.readMs = 0;
    let next: StoreState;
    try {
      next = await this.load();
    } catch (error) {
      this.log.error(`${this.name}: reading failed unexpectedly: ${describeError(error)}`);
      // A bug must not leave the views on a stale state: show it as an unreadable file.
      next = { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error), lastGood: this.lastGood };
    }
    if (generation !== this.generation) {
      return; // a newer read started meanwhile; it wins
    }
    const published = performance.now();
    this.publish(next);
    this.lastCheckMs = this.readMs + (performance.now() - published);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.refresh().catch(readFailed());
    }, recheckDelay(this.lastCheckMs));
  }

  private async load(): Promise<StoreState> {
    const maxBytes = readSettings(this.folder).maxFileBytes;
    // Unsaved edits win over the disk. A clean editor holds what the disk held when it was read, which is
    // stale once the file is deleted, renamed or replaced behind it: then the disk tells the truth.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    const unsaved = open && !open.isClosed && open.isDirty ? open.getText() : undefined;
    let read: ClientFileBytes;
    try {
      read = await readClientFileBytes(this.uri, maxBytes);
    } catch (error) {
      if (unsaved !== undefined) {
        return this.evaluateUnsaved(unsaved, maxBytes);
      }
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'unreadable', reason: vscode.l10n.t('The client file cannot be read: {0}', reason), lastGood: this.lastGood };
    }
    // The disk is read even under unsaved edits: the editor decodes a Latin-1 file with U+FFFD and a
    // UTF-16 one by its BOM, and its text would pass as valid; a recording command would then save it
    // over the original bytes. Such a file stays refused until it is saved as UTF-8.
    if (read.kind === 'tooLarge') {
      return this.refuse(tooLargeProblem(maxBytes, SIZE_SETTING));
    }
    if (read.kind === 'file') {
      const decoded = this.decode(read.bytes);
      if (decoded.problem) {
        return this.refuse(decoded.problem);
      }
      return unsaved !== undefined ? this.evaluateUnsaved(unsaved, maxBytes) : this.evaluate(decoded.text);
    }
    if (unsaved !== undefined) {
      return this.evaluateUnsaved(unsaved, maxBytes);
    }
    return read.kind === 'missing' ? { kind: 'missing' } : { kind: 'unreadable', reason: localize(NOT_A_FILE[read.kind]), lastGood: this.lastGood };
  }

  private decode(bytes: Uint8Array): Decoded {
    if (!this.decoded || !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(this.decoded.bytes)) {
      this.decoded = { bytes, result: decodeClientFile(bytes) };
    }
    return this.decoded.result;
  }

  /** The editor's text, held to the same size limit as the file on disk. */
  private evaluateUnsaved(text: string, maxBytes: number): StoreState {
    return Buffer.byteLength(text) > maxBytes ? this.refuse(tooLargeProblem(maxBytes, SIZE_SETTING)) : this.evaluate(text);
  }

  /** Not parsed: one problem, and a state the recording commands refuse to edit. */
  private refuse(problem: Problem): StoreState {
    return { kind: 'invalid', read: unparsed(problem), lastGood: this.lastGood };
  }

  private evaluate(text: string): StoreState {
    const started = performance.now();
    const read = this.checker.read(text);
    this.readMs = performance.now() - started;
    if (read.file) {
      return { kind: 'valid', file: read.file, read, text };
    }
    return { kind: 'invalid', read, lastGood: this.lastGood };
  }

  private publish(next: StoreState): void {
    this.logChange(this.current, next);
    this.current = next;
    if (next.kind === 'valid') {
      this.lastGood = next.file;
    } else if (next.kind === 'missing') {
      this.lastGood = undefined;
    }
    const shownByJson = jsonServiceValidates(this.uri);
    this.diagnostics.set(this.uri, this.problems.filter((p) => !(shownByJson && JSON_SERVICE_REPORTS.has(p.code))).map(toDiagnostic));
    this.changeEmitter.fire(this);
    mark('published');
  }

  /**
   * How the log names this file: by the folder's position only. The folder's name often is the
   * client's, and so may be the path the clientFile setting gives (clients/acme.json).
   */
  private get name(): string {
    return `the client file of workspace folder ${this.folder.index + 1}`;
  }

  /** A line when the file's state changes, not on every read (a read follows each keystroke): no content, only its kind. */
  private logChange(previous: StoreState, next: StoreState): void {
    if (next.kind === 'unreadable') {
      if (previous.kind !== 'unreadable' || previous.reason !== next.reason) {
        this.log.warn(`${this.name} cannot be read: ${withoutPaths(next.reason)}`);
      }
    } else if (next.kind === 'invalid') {
      const codes = [...new Set(next.read.problems.map((p) => p.code))].join(', ');
      if (previous.kind !== 'invalid' || codes !== [...new Set(previous.read.problems.map((p) => p.code))].join(', ')) {
        this.log.warn(`${this.name} has problems (${codes}); the views keep its last valid state`);
      }
    } else if (next.kind !== previous.kind) {
      this.log.info(`${this.name}: ${next.kind === 'valid' ? 'read and valid' : 'not found'}`);
    }
  }
}

/**
 * Problems that VS Code's JSON language service reports on its own in an open
 * client file, whatever the schema says: a syntax error, and a key written
 * twice (at both keys). Reporting them too would show each twice in Problems.
 */
const JSON_SERVICE_REPORTS = new Set(['syntax', 'duplicateKey']);

function jsonServiceValidates(uri: vscode.Uri): boolean {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return (
    open !== undefined &&
    !open.isClosed &&
    (open.languageId === 'jsonc' || open.languageId === 'json') &&
    vscode.extensions.getExtension('vscode.json-language-features') !== undefined &&
    vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true)
  );
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.start.line, problem.start.character, problem.end.line, problem.end.character);
  const severity =
    problem.severity === 'error'
      ? vscode.DiagnosticSeverity.Error
      : problem.severity === 'warning'
        ? vscode.DiagnosticSeverity.Warning
        : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(range, localize(problem.message), severity);
  diagnostic.source = 'Client Health';
  diagnostic.code = problem.code;
  return diagnostic;
}
