/**
 * What activation holds of the git evidence: the provider HealthModel reads, and the door to the service in
 * dist/git.js (gitEvidenceService.ts), which start() loads once the first clients are shown. Until then, and
 * in an untrusted workspace, no folder has evidence and git never runs.
 */
import * as vscode from 'vscode';
import type { GitEvidenceForFile } from '../core/gitHistory/evidence';
import { Disposable } from '../lifecycle';
import { Log } from '../log';
import type { ClientFileStore } from '../store/clientFileStore';
import type { GitEvidenceProvider } from '../store/healthModel';
import type { WorkspaceStores } from '../store/workspaceStores';
import type { GitEvidenceService } from './gitEvidenceService';
import { gitReading } from './gitReadingModule';

export class GitEvidence extends Disposable implements GitEvidenceProvider {
  private service: GitEvidenceService | undefined;
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());

  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly stores: WorkspaceStores,
    private readonly memento: vscode.Memento,
    private readonly log: Log,
  ) {
    super();
  }

  /** Loads the service and starts it: it reads now if the workspace is trusted, else once it is. */
  start(): GitEvidenceService | undefined {
    if (!this.service && !this.isDisposed) {
      const service = this.register(new (gitReading().GitEvidenceService)(this.stores, this.memento, this.log));
      this.register(service.onDidChange(() => this.changeEmitter.fire()));
      this.service = service;
      service.start();
    }
    return this.service;
  }

  evidenceFor(store: ClientFileStore): GitEvidenceForFile | undefined {
    return this.service?.evidenceFor(store);
  }

  /** The folder's evidence once read (a command asks for it): starts the service if the views have not yet. */
  async evidenceNow(store: ClientFileStore): Promise<GitEvidenceForFile | undefined> {
    return this.start()?.evidenceNow(store);
  }

  async refreshAll(): Promise<void> {
    await this.service?.refreshAll();
  }
}
