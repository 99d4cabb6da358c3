/**
 * The editor's git evidence (docs/git-evidence.md): per workspace folder with a client file, the freelancer's own commits
 * in the folder's repository, for the `overtime` signal and for hours from git in lowRate and lowVolume.
 *
 * Git runs only in a trusted workspace (a repository's configuration can make git run programs), never during
 * activation (start() is called once the first clients are shown), and streams from a child process. Each
 * folder's commits are kept in the workspace state with the branch tips they were read up to, so that a later
 * read asks git only for the commits since; a rewritten history is read again from the start. Part of
 * dist/git.js, loaded by GitEvidence (gitEvidence.ts) once the first clients are shown.
 */
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { GitEvidenceForFile } from '../core/gitHistory/evidence';
import { Disposable } from '../lifecycle';
import { Log, describeError } from '../log';
import { ClientFileStore } from '../store/clientFileStore';
import { WorkspaceStores } from '../store/workspaceStores';
import { readFolderCommits } from './folderCommits';

/** A checkout or a commit touches HEAD and the refs several times in a row: one read after the burst. */
const DEBOUNCE_MS = 1500;

interface FolderState {
  evidence: GitEvidenceForFile | undefined;
  /** The read in progress, and whether another was asked for while it ran. */
  running?: Promise<void>;
  again?: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** The watcher of the folder's `.git` and its listeners: disposed when the folder goes. */
  watching?: vscode.Disposable;
}

export class GitEvidenceService extends Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  private started = false;

  /** Fires when a folder's evidence changed: re-evaluate. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly stores: WorkspaceStores,
    private readonly memento: vscode.Memento,
    private readonly log: Log,
    private readonly isTrusted: () => boolean = () => vscode.workspace.isTrusted,
  ) {
    super();
  }

  /** Starts reading, now if the workspace is trusted, else once it is. Called after the first clients are shown. */
  start(): void {
    if (this.started || this.isDisposed) {
      return;
    }
    this.started = true;
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.readAll()));
    this.register(this.stores.onDidChange(() => this.syncFolders()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('clientHealth.git')) {
          this.readAll();
        }
      }),
    );
    this.syncFolders();
  }

  /** The evidence of a store's folder, the same object until it changes (the checker keys on it). */
  evidenceFor(store: ClientFileStore): GitEvidenceForFile | undefined {
    return this.folders.get(store.folder.uri.toString())?.evidence;
  }

  /**
   * The evidence of a store's folder once its read is done: a command asked for it, so a read that has not
   * started yet (the views are still loading) starts now. Undefined when untrusted or nothing could be read.
   */
  async evidenceNow(store: ClientFileStore): Promise<GitEvidenceForFile | undefined> {
    if (!this.isTrusted()) {
      return undefined;
    }
    this.start();
    const state = this.folders.get(store.folder.uri.toString());
    if (state?.running) {
      await state.running;
    } else if (state && !state.evidence) {
      await this.read(store);
    }
    return this.evidenceFor(store);
  }

  /** Reads every folder again (the Refresh command); resolves once done. */
  async refreshAll(): Promise<void> {
    if (!this.started || !this.isTrusted()) {
      return;
    }
    await Promise.all(this.stores.present().map((store) => this.read(store)));
  }

  private readAll(): void {
    if (this.isTrusted()) {
      for (const store of this.stores.present()) {
        this.readInBackground(store);
      }
    }
  }

  /** New folders with a client file are read and watched; folders gone are forgotten. */
  private syncFolders(): void {
    const present = new Map(this.stores.present().filter((s) => s.folder.uri.scheme === 'file').map((s) => [s.folder.uri.toString(), s]));
    for (const [key, state] of this.folders) {
      if (!present.has(key)) {
        clearTimeout(state.timer);
        state.watching?.dispose();
        this.folders.delete(key);
        if (state.evidence) {
          this.changeEmitter.fire();
        }
      }
    }
    for (const [key, store] of present) {
      if (!this.folders.has(key)) {
        this.folders.set(key, { evidence: undefined, watching: this.watch(store) });
        if (this.isTrusted()) {
          this.readInBackground(store);
        }
      }
    }
  }

  private watch(store: ClientFileStore): vscode.Disposable {
    // HEAD moves on a checkout or a commit, a branch's ref on a commit, packed-refs after a gc: each may change what is read.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.folder, '.git/{HEAD,packed-refs,refs/**}'));
    // An edited .mailmap changes whose old commits are, with no commit made: the read's cache key has its digest.
    const mailmap = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.folder, '.mailmap'));
    const changed = () => this.schedule(store);
    return vscode.Disposable.from(
      ...[watcher, mailmap].flatMap((w) => [w, w.onDidChange(changed), w.onDidCreate(changed), w.onDidDelete(changed)]),
    );
  }

  private schedule(store: ClientFileStore): void {
    const state = this.folders.get(store.folder.uri.toString());
    if (!state || !this.isTrusted()) {
      return;
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(() => this.readInBackground(store), DEBOUNCE_MS);
  }

  private readInBackground(store: ClientFileStore): void {
    this.read(store).catch((error: unknown) => this.log.error(`Git evidence: ${describeError(error)}`));
  }

  /** One read at a time per folder; a read asked for meanwhile runs once after it. */
  private read(store: ClientFileStore): Promise<void> {
    const key = store.folder.uri.toString();
    const state = this.folders.get(key);
    if (!state || this.isDisposed || !this.isTrusted()) {
      return Promise.resolve();
    }
    if (state.running) {
      state.again = true;
      return state.running;
    }
    state.running = (async () => {
      do {
        state.again = false;
        try {
          await this.readFolder(store, key, state);
        } catch (error) {
          this.log.error(`Reading the git history of workspace folder ${store.folder.index + 1} failed: ${describeError(error)}`);
        }
      } while (state.again && !this.isDisposed);
      state.running = undefined;
    })();
    return state.running;
  }

  private async readFolder(store: ClientFileStore, key: string, state: FolderState): Promise<void> {
    const where = `workspace folder ${store.folder.index + 1}`;
    const settings = readSettings(store.folder).git;
    const cacheKey = `clientHealth.gitEvidence:${key}`;
    const read = await readFolderCommits(store.folder.uri.fsPath, settings.authorEmails, this.memento.get<unknown>(cacheKey), this.log);
    if (this.isDisposed || this.folders.get(key) !== state) {
      return;
    }
    if (read.rewritten) {
      this.log.info(`Git evidence for ${where}: the history was rewritten, so it was read again`);
    }
    if (read.skipped > 0) {
      this.log.info(`Git evidence for ${where}: ${read.skipped} records of git's output did not read as commits`);
    }
    if (read.cache !== undefined) {
      await this.memento.update(cacheKey, read.cache);
    }
    const evidence = { commits: read.commits, useForHours: settings.useForHours };
    switch (read.status) {
      case 'ok':
      case 'empty':
        this.publish(state, evidence);
        break;
      case 'truncated':
      case 'timeout':
        // What was read is evidence still; nothing was cached, so the next read starts over.
        this.log.warn(`Git evidence for ${where}: the read was ${read.status === 'truncated' ? 'cut at the commit limit' : 'stopped after its time limit'}`);
        this.publish(state, evidence);
        break;
      case 'noEmail':
        this.log.info(`Git evidence for ${where}: no author email (git config user.email, or the setting clientHealth.git.authorEmails)`);
        this.publish(state, undefined);
        break;
      case 'notRepository':
        this.publish(state, undefined);
        break;
      default:
        this.log.warn(`Git evidence for ${where}: ${read.status === 'gitMissing' ? 'git could not start' : 'git log failed'}`);
        this.publish(state, undefined);
    }
  }

  private publish(state: FolderState, evidence: GitEvidenceForFile | undefined): void {
    if (sameEvidence(state.evidence, evidence)) {
      return; // the same object stays, and nothing is re-evaluated
    }
    state.evidence = evidence;
    this.changeEmitter.fire();
  }

  override dispose(): void {
    for (const state of this.folders.values()) {
      clearTimeout(state.timer);
      state.watching?.dispose();
    }
    super.dispose();
  }
}

function sameEvidence(a: GitEvidenceForFile | undefined, b: GitEvidenceForFile | undefined): boolean {
  if (!a || !b) {
    return a === b;
  }
  return a.useForHours === b.useForHours && a.commits.length === b.commits.length && a.commits.every((c, i) => c.hash === b.commits[i].hash);
}
