/**
 * The health of every client of every workspace folder, re-evaluated when a
 * client file changes (unsaved edits included), when the rules change, and at
 * local midnight, since "overdue" depends on the date.
 */
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { localToday } from '../core/dates';
import { ClientHealth } from '../core/health/types';
import { ClientFileStore } from './clientFileStore';
import { WorkspaceStores } from './workspaceStores';
import { Disposable } from '../lifecycle';
import type { GitEvidenceForFile } from '../core/gitHistory/evidence';

/** Git evidence per folder (src/git/gitEvidenceService.ts): the same object until it changes, then onDidChange. */
export interface GitEvidenceProvider {
  evidenceFor(store: ClientFileStore): GitEvidenceForFile | undefined;
  /** Once the folder's read in progress (or a first one) is done: for a command, which must not miss it. */
  evidenceNow(store: ClientFileStore): Promise<GitEvidenceForFile | undefined>;
  readonly onDidChange: vscode.Event<void>;
}
import { Rules } from '../core/health/rules';
import { PortfolioPeers } from '../core/signals/lowRate';

/** The other repositories' clients a store's lowRate compares with (the portfolio's), if any. */
export type PeersProvider = (store: ClientFileStore, rules: Rules) => PortfolioPeers | undefined;

export class HealthModel extends Disposable {
  private readonly cache = new Map<ClientFileStore, readonly ClientHealth[]>();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  private midnight: ReturnType<typeof setTimeout> | undefined;
  private git: GitEvidenceProvider | undefined;
  private peers: PeersProvider | undefined;

  readonly onDidChange = this.changeEmitter.event;

  constructor(
    readonly stores: WorkspaceStores,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this.register(stores.onDidChange(() => this.invalidate()));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('clientHealth.rules') && this.invalidate()));
    this.scheduleMidnight();
  }

  /** The health of a store's clients: of the current file, or of the last good one while it is broken. */
  healthOf(store: ClientFileStore): readonly ClientHealth[] {
    let health = this.cache.get(store);
    if (!health) {
      // The store keeps each client's health for the same date and rules: after an edit only the edited client's is new.
      const rules = readSettings(store.folder).rules;
      health = store.clientHealth(localToday(this.now()), rules, this.peers?.(store, rules), this.git?.evidenceFor(store));
      this.cache.set(store, health);
    }
    return health;
  }

  /** From now on the evaluation reads the provider's git evidence, and re-evaluates when it changes. */
  useGitEvidence(provider: GitEvidenceProvider): void {
    this.git = provider;
    this.register(provider.onDidChange(() => this.invalidate()));
    this.invalidate();
  }

  /** The git evidence evaluation reads for a store's folder (the drafts' work-delivered appendix reads it too). */
  gitEvidenceFor(store: ClientFileStore): GitEvidenceForFile | undefined {
    return this.git?.evidenceFor(store);
  }

  /** The folder's evidence after any read under way: what a command uses, since it runs once, not again on the next read. */
  async gitEvidenceNow(store: ClientFileStore): Promise<GitEvidenceForFile | undefined> {
    return this.git?.evidenceNow(store);
  }

  /** Every client with its store, in folder order. */
  all(): { store: ClientFileStore; health: ClientHealth }[] {
    return this.stores.present().flatMap((store) => this.healthOf(store).map((health) => ({ store, health })));
  }

  /** Sets where lowRate's peers come from, and re-evaluates: called again when the portfolio changes. */
  setPeers(provider: PeersProvider | undefined): void {
    this.peers = provider;
    this.invalidate();
  }

  private invalidate(): void {
    this.cache.clear();
    this.changeEmitter.fire();
  }

  private scheduleMidnight(): void {
    const now = this.now();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnight = setTimeout(() => {
      this.invalidate();
      this.scheduleMidnight();
    }, next.getTime() - now.getTime());
  }

  override dispose(): void {
    clearTimeout(this.midnight);
    super.dispose();
  }
}
