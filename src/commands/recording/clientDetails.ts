/** Client Health: Log Hours, Mark Contract Signed, Rate the Fit and Set Client Status: the small facts about one client. */
import * as vscode from 'vscode';
import { formatDate, localToday } from '../../core/dates';
import * as validate from '../../core/edits/validate';
import { CLIENT_STATUSES } from '../../core/schema';
import { applyOperation } from '../../store/clientFileEditor';
import { when } from '../../presentation';
import { WorkspaceStores } from '../../store/workspaceStores';
import { prompts } from '../../ui/prompts';
import { resolveClient } from '../resolveClient';
import { askDate, askText } from './inputs';

type ClientStatus = (typeof CLIENT_STATUSES)[number];

export async function logHoursCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Hours');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const date = await askDate(title, vscode.l10n.t('Day the work was done'));
  if (date === undefined) {
    return false;
  }
  const hours = await askText({ title, prompt: vscode.l10n.t('Hours worked for {0} that day', target.client.name), validate: validate.workedHours });
  if (hours === undefined) {
    return false;
  }
  const note = await askText({ title, prompt: vscode.l10n.t('What the hours were spent on (Enter to skip)') });
  if (note === undefined) {
    return false;
  }
  const entry = { date, hours: validate.parseDecimal(hours)!, ...(note ? { note } : {}) };
  return applyOperation(target.store, { kind: 'logHours', clientId: target.clientId, entry }, vscode.l10n.t('Logged hours for {0} on {1}: {2}.', target.client.name, when(date), new Intl.NumberFormat(vscode.env.language).format(entry.hours)));
}

export async function markContractSignedCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Mark Contract Signed');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const signed = target.client.contract?.signed;
  const date = await askDate(
    title,
    signed ? vscode.l10n.t('Date {0} signed the contract (recorded now: {1})', target.client.name, when(signed)) : vscode.l10n.t('Date {0} signed the contract', target.client.name),
    signed ?? formatDate(localToday()),
  );
  if (date === undefined) {
    return false;
  }
  return applyOperation(target.store, { kind: 'markContractSigned', clientId: target.clientId, signed: date }, vscode.l10n.t('Recorded the contract of {0} as signed on {1}.', target.client.name, when(date)));
}

function ratingItems(labels: readonly string[], current: number | undefined) {
  return labels.map((label, i) => ({
    label: `${i + 1} · ${label}`,
    description: current === i + 1 ? vscode.l10n.t('current') : undefined,
    rating: i + 1,
  }));
}

export async function rateFitCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Rate the Fit');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const enjoyment = await prompts.pick(
    ratingItems(
      [vscode.l10n.t('I dread this work'), vscode.l10n.t('I would rather not'), vscode.l10n.t('It is fine'), vscode.l10n.t('I like it'), vscode.l10n.t('I love this work')],
      target.client.fit?.enjoyment,
    ),
    { title, placeHolder: vscode.l10n.t('How much do you enjoy working for {0}?', target.client.name) },
  );
  if (!enjoyment) {
    return false;
  }
  const styleMatch = await prompts.pick(
    ratingItems(
      [vscode.l10n.t('Not at all'), vscode.l10n.t('Poorly'), vscode.l10n.t('Somewhat'), vscode.l10n.t('Well'), vscode.l10n.t('Perfectly')],
      target.client.fit?.styleMatch,
    ),
    { title, placeHolder: vscode.l10n.t('How well do your style and philosophy match theirs?') },
  );
  if (!styleMatch) {
    return false;
  }
  const done = vscode.l10n.t('Recorded the fit with {0}: enjoyment {1} of 5, style {2} of 5.', target.client.name, enjoyment.rating, styleMatch.rating);
  return applyOperation(target.store, { kind: 'rateFit', clientId: target.clientId, fit: { enjoyment: enjoyment.rating, styleMatch: styleMatch.rating } }, done);
}

function statusItem(status: ClientStatus, current: ClientStatus): vscode.QuickPickItem & { status: ClientStatus } {
  const description = status === current ? vscode.l10n.t('current') : undefined;
  switch (status) {
    case 'active':
      return { status, description, label: vscode.l10n.t('Active'), detail: vscode.l10n.t('Working together') };
    case 'ending':
      return { status, description, label: vscode.l10n.t('Ending'), detail: vscode.l10n.t('Notice given; the last deliverables are under way') };
    case 'ended':
      return { status, description, label: vscode.l10n.t('Ended'), detail: vscode.l10n.t('Archived: no more signals for this client') };
  }
}

export async function setClientStatusCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Set Client Status');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const current = target.client.status ?? 'active';
  const picked = await prompts.pick(
    CLIENT_STATUSES.map((s) => statusItem(s, current)),
    { title, placeHolder: vscode.l10n.t('Where do things stand with {0}?', target.client.name) },
  );
  if (!picked) {
    return false;
  }
  return applyOperation(target.store, { kind: 'setStatus', clientId: target.clientId, status: picked.status }, vscode.l10n.t('Set the status of {0} to {1}.', target.client.name, picked.label));
}
