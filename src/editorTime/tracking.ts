/**
 * Editor time's counting in the editor, in dist/editor-time.js (scripts/build.mjs), loaded by EditorTime once the
 * setting is on. Typing in the active editor, changing editor or selection, and the window gaining focus are
 * heartbeats for ActiveTime (src/core/editorTime); losing focus ends the run. A heartbeat only stamps the time:
 * a timer folds the counted time into the day's total in the workspace state once a minute.
 *
 * The time counts for one folder with a client file: the active editor's, else the window's only one. In a
 * window whose folders have no client file, or with the active editor outside them and several of them open,
 * nothing counts.
 */
import * as vscode from 'vscode';
import { localToday } from '../core/dates';
import { ActiveTime } from '../core/editorTime/activeTime';
import { EDITOR_TIME_KEY, addEditorTime } from '../core/editorTime/totals';
import { Disposable } from '../lifecycle';
import { Log, describeError } from '../log';
import type { WorkspaceStores } from '../store/workspaceStores';

const FLUSH_MS = 60_000;

export class EditorTimeTracker extends Disposable {
  private readonly counter = new ActiveTime();
  private focused = vscode.window.state.focused;
  /** The key of the folder the time counts for, or undefined when it counts for none. */
  private target: string | undefined;
  private activeDocument: vscode.TextDocument | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly stores: WorkspaceStores,
    private readonly memento: vscode.Memento,
    private readonly now: () => number,
    private readonly log: Log,
    /** After a write: the folder (its URI) whose stored days changed, for the pages that show them. */
    private readonly stored: (folder: string) => void = () => undefined,
  ) {
    super();
    this.retarget();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.retarget()));
    this.register(this.stores.onDidChange(() => this.retarget()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.retarget()));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Only the user's typing: other documents change too (output channels, files written by tools).
        if (e.document === this.activeDocument) {
          this.beat();
        }
      }),
    );
    this.register(vscode.window.onDidChangeTextEditorSelection(() => this.beat()));
    this.register(
      vscode.window.onDidChangeWindowState((state) => {
        this.focused = state.focused;
        if (state.focused) {
          this.beat();
        } else {
          this.counter.blur();
        }
      }),
    );
    const timer = setInterval(() => this.flushInBackground(), FLUSH_MS);
    this.register({ dispose: () => clearInterval(timer) });
  }

  private beat(): void {
    if (this.focused && this.target !== undefined) {
      this.counter.activity(this.now());
    }
  }

  /** The active editor moved: what was counted goes to the folder it was counted in, and counting goes on for the new one. */
  private retarget(): void {
    this.activeDocument = vscode.window.activeTextEditor?.document;
    const withFile = this.stores.present().map((s) => s.folder.uri.toString());
    const own = this.activeDocument && vscode.workspace.getWorkspaceFolder(this.activeDocument.uri)?.uri.toString();
    const target = own !== undefined && withFile.includes(own) ? own : withFile.length === 1 ? withFile[0] : undefined;
    if (target !== this.target) {
      this.flushInBackground();
      this.counter.blur();
      this.target = target;
    }
    this.beat();
  }

  /** Folds the time counted so far into the target folder's days; writes one after the other. */
  flush(): Promise<void> {
    const taken = this.counter.take(this.now());
    const target = this.target;
    if (taken.size === 0 || target === undefined) {
      return this.writing;
    }
    const key = EDITOR_TIME_KEY + target;
    // A failed write was reported by whoever awaited it; the next one still runs.
    this.writing = this.writing.catch(() => undefined).then(() => this.memento.update(key, addEditorTime(this.memento.get<unknown>(key), taken, localToday(new Date(this.now())))));
    // Told after the write, outside its chain: a page that fails to redraw is not a failed write (its failure is
    // the write's reporter's to tell), and must not fail Clear Editor Time, which awaits the write.
    this.writing.then(
      () => {
        try {
          this.stored(target);
        } catch (error) {
          this.log.error(`Showing the new editor time failed: ${describeError(error)}`);
        }
      },
      () => undefined,
    );
    return this.writing;
  }

  /** Clear Editor Time: what was counted and not yet stored is forgotten too. */
  discard(): void {
    this.counter.take(this.now());
  }

  private flushInBackground(): void {
    this.flush().catch((error: unknown) => this.log.error(`Editor time could not be stored: ${describeError(error)}`));
  }

  override dispose(): void {
    this.flushInBackground();
    super.dispose();
  }
}
