/**
 * What activation holds of editor time (opt-in, docs/editor-time.md): the setting's switch, the stored days' reader, and
 * the door to dist/editor-time.js (chunk.ts): the counting, loaded only once `clientHealth.tracking.enabled` is on
 * (off, the default, no listener is registered and nothing is stored), and the stored days' reader.
 */
import * as vscode from 'vscode';
import { DayNumber } from '../core/dates';
import { EDITOR_TIME_KEY } from '../core/editorTime/totals';
import { readSettings } from '../config';
import { Disposable } from '../lifecycle';
import { Log } from '../log';
import type { ClientFileStore } from '../store/clientFileStore';
import type { WorkspaceStores } from '../store/workspaceStores';
import type * as Chunk from './chunk';

let loaded: typeof Chunk | undefined;

/** dist/editor-time.js, loaded on first use; under tsc the compiled module itself. */
export function editorTimeModule(): typeof Chunk {
  return (loaded ??= require('./chunk') as typeof Chunk);
}

function trackingEnabled(): boolean {
  return readSettings().tracking.enabled;
}

export class EditorTime extends Disposable {
  private tracker: Chunk.EditorTimeTracker | undefined;
  private readonly storedEmitter = this.register(new vscode.EventEmitter<string | undefined>());
  /** Stored days changed: a folder's (its URI) after a minute's write, or every folder's (undefined) once cleared. */
  readonly onDidStore = this.storedEmitter.event;

  constructor(
    private readonly stores: WorkspaceStores,
    private readonly memento: vscode.Memento,
    private readonly log: Log,
    /** The clock: the integration tests pass a fake one through the test API. */
    public now: () => number = Date.now,
  ) {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('clientHealth.tracking.enabled')) {
          this.sync();
        }
      }),
    );
    this.register({ dispose: () => this.stop() });
  }

  /** Whether the setting is on (counting may not have started yet: it starts once the first clients are shown). */
  get enabled(): boolean {
    return trackingEnabled();
  }

  /** Starts or stops counting per the setting. Called once the first clients are shown, and on each change of the setting. */
  sync(): void {
    if (this.isDisposed) {
      return;
    }
    if (trackingEnabled() && !this.tracker) {
      this.tracker = new (editorTimeModule().EditorTimeTracker)(this.stores, this.memento, () => this.now(), this.log, (folder) => this.storedEmitter.fire(folder));
      this.log.info('Editor time: counting (clientHealth.tracking.enabled)');
    } else if (!trackingEnabled() && this.tracker) {
      this.stop();
      this.log.info('Editor time: stopped');
    }
  }

  /** Stores what was counted so far (a test, a command reading the days). */
  async flush(): Promise<void> {
    await this.tracker?.flush();
  }

  /** The seconds per day counted in a store's folder, what was counted so far included. */
  async secondsFor(store: ClientFileStore): Promise<Map<DayNumber, number>> {
    await this.flush();
    return this.storedSecondsFor(store);
  }

  /** The seconds per day stored for a store's folder (up to the last minute's flush): for the dashboard, which cannot wait. */
  storedSecondsFor(store: ClientFileStore): Map<DayNumber, number> {
    return editorTimeModule().readEditorTime(this.memento.get<unknown>(EDITOR_TIME_KEY + store.folder.uri.toString()));
  }

  /** Forgets every folder's editor time in this workspace; counting goes on if the setting is on. */
  async clear(): Promise<number> {
    this.tracker?.discard();
    await this.flush();
    const keys = this.memento.keys().filter((k) => k.startsWith(EDITOR_TIME_KEY));
    await Promise.all(keys.map((k) => this.memento.update(k, undefined)));
    this.storedEmitter.fire(undefined);
    return keys.length;
  }

  private stop(): void {
    const tracker = this.tracker;
    this.tracker = undefined;
    tracker?.dispose();
  }
}
