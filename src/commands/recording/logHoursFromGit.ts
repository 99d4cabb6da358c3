/**
 * Client Health: Log Hours from Git. The days git shows work for the client and the file has no hours for,
 * each with the estimate from its work sessions; the days ticked are written as hours entries in one edit.
 * An estimate is a proposal: nothing is written unless the freelancer ticks the day.
 */
import * as vscode from 'vscode';
import { localToday } from '../../core/dates';
import { daysToLog, hoursEntries } from '../../core/gitHistory/daysToLog';
import { gitEvidenceByClient } from '../../core/gitHistory/evidence';
import type { GitEvidence } from '../../git/gitEvidence';
import { when } from '../../presentation';
import { applyOperation } from '../../store/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { prompts } from '../../ui/prompts';
import { resolveClient } from '../resolveClient';

export async function logHoursFromGitCommand(stores: WorkspaceStores, git: GitEvidence, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Hours from Git');
  if (!vscode.workspace.isTrusted) {
    prompts.notify(vscode.l10n.t('Client Health runs git only in a trusted workspace: a repository can make git run programs. Trust this workspace to log hours from git.'));
    return false;
  }
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const evidence = await git.evidenceNow(target.store);
  if (!evidence) {
    prompts.notify(
      vscode.l10n.t('No commits of yours were found in this folder. It must be in a git repository, and git config user.email or the setting clientHealth.git.authorEmails must give your email.'),
    );
    return false;
  }
  const mine = gitEvidenceByClient(target.file, evidence).get(target.position);
  if (!mine) {
    prompts.notify(
      vscode.l10n.t('The commits of this folder cannot be counted for {0}: the client file has several clients who have not ended, and a commit does not say which one it was for.', target.client.name),
    );
    return false;
  }
  const days = daysToLog(target.client, mine, localToday());
  if (days.length === 0) {
    prompts.notify(vscode.l10n.t('Every day your commits show already has hours logged for {0}.', target.client.name));
    return false;
  }
  const number = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 2 });
  const items = days.map((d) => ({
    label: when(d.date),
    description: vscode.l10n.t('about {0} h', number.format(d.hours)),
    detail: d.commits === 1 ? vscode.l10n.t('One commit') : d.sessions === 1 ? vscode.l10n.t('{0} commits in one work session', d.commits) : vscode.l10n.t('{0} commits in {1} work sessions', d.commits, d.sessions),
    day: d,
  }));
  const picked = await prompts.pickMany(items, {
    title,
    placeHolder: vscode.l10n.t('Tick the days to log for {0}; the hours are estimated from your commits', target.client.name),
    matchOnDescription: true,
  });
  if (!picked || picked.length === 0) {
    return false;
  }
  const entries = hoursEntries(
    picked.map((p) => p.day),
    vscode.l10n.t('Estimated from git'),
  );
  const total = number.format(entries.reduce((sum, e) => sum + e.hours, 0));
  const done =
    entries.length === 1
      ? vscode.l10n.t('Logged hours for {0} on {1}: {2}.', target.client.name, when(entries[0].date), number.format(entries[0].hours))
      : vscode.l10n.t('Logged hours for {0} on {1} days: {2} in all.', target.client.name, entries.length, total);
  return applyOperation(target.store, { kind: 'logHoursEntries', clientId: target.clientId, entries }, done);
}
