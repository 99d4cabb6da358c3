/**
 * Client Health: Log Hours from Git and Editor Time (command id logHoursFromGit). The days git or editor time
 * shows work for the client and the file has no hours for, each with its source and estimate; the days ticked
 * are written as hours entries in one edit. An estimate is a proposal: nothing is written unless the freelancer
 * ticks the day. Git runs only in a trusted workspace; editor time needs no git and is offered in any.
 */
import * as vscode from 'vscode';
import { localToday } from '../../core/dates';
import type { EvidenceDayToLog } from '../../core/editorTime/daysToLog';
import { DayToLog, daysToLog } from '../../core/gitHistory/daysToLog';
import { gitEvidenceByClient } from '../../core/gitHistory/evidence';
import { EditorTime, editorTimeModule } from '../../editorTime/editorTime';
import type { GitEvidence } from '../../git/gitEvidence';
import { when } from '../../presentation';
import { applyOperation } from '../../store/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { prompts } from '../../ui/prompts';
import { resolveClient } from '../resolveClient';
import { whileReadingGit } from '../../ui/gitReadProgress';

export async function logHoursFromGitCommand(stores: WorkspaceStores, git: GitEvidence, editorTime: EditorTime, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Hours from Git and Editor Time');
  const trusted = vscode.workspace.isTrusted;
  const tracking = editorTime.enabled;
  if (!trusted && !tracking) {
    prompts.notify(vscode.l10n.t('Client Health runs git only in a trusted workspace: a repository can make git run programs. Trust this workspace to log hours from git.'));
    return false;
  }
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const today = localToday();
  const { editorDaysOf, editorTimeClient, evidenceDaysToLog, evidenceHoursEntries } = editorTimeModule();
  const editorSeconds = await editorTime.secondsFor(target.store);
  const evidence = trusted ? await whileReadingGit(() => git.evidenceNow(target.store)) : undefined;
  const mine = evidence && gitEvidenceByClient(target.file, evidence).get(target.position);
  const editorIsTheirs = editorTimeClient(target.file) === target.position;
  if (!editorIsTheirs && (!evidence || !mine)) {
    prompts.notify(
      evidence || editorSeconds.size > 0
        ? vscode.l10n.t('The work in this folder cannot be counted for {0}: the client file has several clients who have not ended, and neither a commit nor editor time says which one it was for.', target.client.name)
        : vscode.l10n.t(
            'No commits of yours were found in this folder. It must be in a git repository, and git config user.email or the setting clientHealth.git.authorEmails must give your email.',
          ),
    );
    return false;
  }
  const gitDays: DayToLog[] = mine ? daysToLog(target.client, mine, today) : [];
  const days = evidenceDaysToLog(target.client, gitDays, editorIsTheirs ? editorSeconds : new Map(), today);
  if (days.length === 0) {
    // Work found, all of it from before the client's contract started: counted for no one (docs/git-evidence.md).
    const start = target.client.contract?.start;
    const found = (evidence?.commits.length ?? 0) > 0 || (editorIsTheirs && editorSeconds.size > 0);
    const fromStart = (mine?.commits.length ?? 0) > 0 || (editorIsTheirs && editorDaysOf(target.client, editorSeconds).size > 0);
    if (start !== undefined && found && !fromStart) {
      prompts.notify(vscode.l10n.t('Your commits and editor time in this folder all date from before the contract with {0} started on {1}: they are not counted for this client.', target.client.name, when(start)));
      return false;
    }
    prompts.notify(
      !evidence && editorSeconds.size === 0
        ? vscode.l10n.t('Neither your commits nor editor time show work for {0} yet: git needs a trusted workspace, and editor time counts once the setting clientHealth.tracking.enabled is on.', target.client.name)
        : vscode.l10n.t('Every day your commits or editor time show already has hours logged for {0}.', target.client.name),
    );
    return false;
  }
  const number = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 2 });
  const items = days.map((d) => ({ label: when(d.date), description: describeEstimate(d, number), detail: describeSource(d), day: d }));
  const picked = await prompts.pickMany(items, {
    title,
    placeHolder: vscode.l10n.t('Tick the days to log for {0}; the hours are estimated from your commits and editor time', target.client.name),
    matchOnDescription: true,
  });
  if (!picked || picked.length === 0) {
    return false;
  }
  const entries = evidenceHoursEntries(
    picked.map((p) => p.day),
    { git: vscode.l10n.t('Estimated from git'), editor: vscode.l10n.t('Counted from editor time'), both: vscode.l10n.t('Estimated from git and editor time') },
  );
  const total = number.format(entries.reduce((sum, e) => sum + e.hours, 0));
  const done =
    entries.length === 1
      ? vscode.l10n.t('Logged hours for {0} on {1}: {2}.', target.client.name, when(entries[0].date), number.format(entries[0].hours))
      : vscode.l10n.t('Logged hours for {0} on {1} days: {2} in all.', target.client.name, entries.length, total);
  return applyOperation(target.store, { kind: 'logHoursEntries', clientId: target.clientId, entries }, done);
}

/** What is written, and from which source: a day both show says both estimates and that the larger is logged. */
function describeEstimate(d: EvidenceDayToLog, number: Intl.NumberFormat): string {
  switch (d.source) {
    case 'git':
      return vscode.l10n.t('about {0} h from git', number.format(d.hours));
    case 'editor':
      return vscode.l10n.t('{0} h of editor time', number.format(d.hours));
    default:
      return vscode.l10n.t('git about {0} h, editor {1} h: logs {2} h', number.format(d.git!.hours), number.format(d.editorHours!), number.format(d.hours));
  }
}

function describeSource(d: EvidenceDayToLog): string {
  const editor = vscode.l10n.t('Active minutes in the editor');
  if (!d.git) {
    return editor;
  }
  const commits = d.git.commits === 1 ? vscode.l10n.t('One commit') : d.git.sessions === 1 ? vscode.l10n.t('{0} commits in one work session', d.git.commits) : vscode.l10n.t('{0} commits in {1} work sessions', d.git.commits, d.git.sessions);
  return d.source === 'both' ? vscode.l10n.t('{0}, and active minutes in the editor', commits) : commits;
}
