/** What a draft command needs: the client (from the node, a ClientRef, or a pick), its health, the draft's language. */
import * as vscode from 'vscode';
import { readSettings } from '../../config';
import { localToday } from '../../core/dates';
import { ClientHealth } from '../../core/health/types';
import type { DraftInput } from '../../core/templates/input';
import { HealthModel } from '../../store/healthModel';
import { WorkspaceStores } from '../../store/workspaceStores';
import { ClientTarget, resolveClient, signalOf } from '../resolveClient';
import { referenceRates } from './referenceRates';
import { templates } from './templates';
import { ClientFile } from '../../core/schema';
import { GitEvidenceForFile, gitEvidenceByClient } from '../../core/gitHistory/evidence';
import type { DeliveredCommit } from '../../core/templates/workDelivered';
import { whileReadingGit } from '../../ui/gitReadProgress';

/**
 * The client's commits for the statement's and the change order's work-delivered appendix
 * (`clientHealth.drafts.workDelivered`), by the rule of git evidence: the folder's commits are its only client's
 * that has not ended. None without git evidence (an untrusted workspace, no email, no repository).
 */
function deliveredCommits(file: ClientFile, index: number, evidence: GitEvidenceForFile | undefined): DeliveredCommit[] {
  return (gitEvidenceByClient(file, evidence).get(index)?.commits ?? []).map((c) => ({ short: c.short, day: c.day, at: c.at, subject: c.subject }));
}

export interface DraftContext {
  readonly target: ClientTarget;
  readonly input: DraftInput;
  readonly health: ClientHealth | undefined;
  /** The signal the command was run for, when it came from a signal or evidence node or a remedy link. */
  readonly signalId: string | undefined;
}

export async function draftContext(stores: WorkspaceStores, health: HealthModel, node: unknown, title: string): Promise<DraftContext | undefined> {
  // Drafts only read: a file with a problem elsewhere still drafts from its last valid version, and says so.
  const target = await resolveClient(stores, node, 'read', title);
  if (!target) {
    return undefined;
  }
  const file = target.file;
  const settings = readSettings(target.store.folder);
  const input: DraftInput = {
    file,
    clientIndex: target.position,
    today: localToday(),
    rules: settings.rules,
    language: templates().resolveDraftLanguage(file.freelancer.language, settings.draftLanguage, vscode.env.language),
    // Only a file that names its country has statutory figures: for the others the setting is not read, nor warned about.
    ...(file.freelancer.country === undefined ? {} : { rates: referenceRates(target.store.folder) }),
    // The evidence once read, as Log Hours from Git waits for it: a draft asked for while the first read of a large
    // history runs would otherwise go without its appendix, silently.
    ...(settings.drafts.workDelivered ? { commits: deliveredCommits(file, target.position, await whileReadingGit(() => health.gitEvidenceNow(target.store))) } : {}),
  };
  return { target, input, health: health.healthOf(target.store).find((h) => h.id === target.clientId), signalId: signalOf(node) };
}
