/** Client Health: Log Request, Mark Request Billed and Mark Request Delivered. Every request as it came, so scope creep is priced, not argued. */
import * as vscode from 'vscode';
import { requestOccurrence } from '../../core/edits/plan';
import * as validate from '../../core/edits/validate';
import { RequestFacts, clientFacts, workingHoursOf } from '../../core/health/facts';
import { delivery } from '../../core/health/extras';
import { localToday } from '../../core/dates';
import { REQUEST_TYPES } from '../../core/schema';
import type { RequestType } from '../../core/vocabulary';
import { applyOperation } from '../../store/clientFileEditor';
import { requestTypeLabel, when } from '../../presentation';
import { WorkspaceStores } from '../../store/workspaceStores';
import { EvidenceNode } from '../../tree/nodes';
import { prompts } from '../../ui/prompts';
import { resolveClient } from '../resolveClient';
import { askDate, askText, askWhen, askYesNo } from './inputs';

function typeItem(type: RequestType): vscode.QuickPickItem & { type: RequestType } {
  switch (type) {
    case 'revision':
      return { type, label: requestTypeLabel(type), detail: vscode.l10n.t('Another round on work that was agreed') };
    case 'change':
      return { type, label: requestTypeLabel(type), detail: vscode.l10n.t('Something different from what was agreed') };
    case 'feature':
      return { type, label: requestTypeLabel(type), detail: vscode.l10n.t('Something new') };
  }
}

export async function logRequestCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Log Request');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const summary = await askText({ title, prompt: vscode.l10n.t('What did {0} ask for, in a few words?', target.client.name), validate: validate.requestSummary });
  if (summary === undefined) {
    return false;
  }
  const type = (await prompts.pick(REQUEST_TYPES.map(typeItem), { title, placeHolder: vscode.l10n.t('What kind of request is it?') }))?.type;
  if (!type) {
    return false;
  }
  // The file's own default: a revision is in scope, a change or a feature is not.
  const inScope = await askYesNo(title, vscode.l10n.t('Does the contract cover it?'), type === 'revision');
  if (inScope === undefined) {
    return false;
  }
  const billed = await askYesNo(title, vscode.l10n.t('Has it been billed already?'), false);
  if (billed === undefined) {
    return false;
  }
  // Recorded, not guessed: the change order bills delivered work as done and asks approval for the rest,
  // and hours alone cannot tell an estimate from work done.
  const delivered = await askYesNo(title, vscode.l10n.t('Is the work done already?'), false);
  if (delivered === undefined) {
    return false;
  }
  const hours = await askText({ title, prompt: vscode.l10n.t('Hours it took or will take (Enter to skip)'), validate: validate.optional(validate.requestHours) });
  if (hours === undefined) {
    return false;
  }
  const at = await askWhen(title, vscode.l10n.t('When did the request come in?'), workingHoursOf(target.file));
  if (!at) {
    return false;
  }
  const request = { at, summary, type, inScope, billed, delivered, ...(hours ? { hours: validate.parseDecimal(hours)! } : {}) };
  return applyOperation(target.store, { kind: 'logRequest', clientId: target.clientId, request }, vscode.l10n.t('Logged the request "{0}" of {1}.', summary, target.client.name));
}

export async function markRequestBilledCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Mark Request Billed');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const unbilled = clientFacts(target.file, target.position).requests.filter((r) => !r.billed);
  const evidence = (node as EvidenceNode | undefined)?.kind === 'evidence' ? (node as EvidenceNode).evidence : undefined;
  let request: RequestFacts | undefined = evidence?.kind === 'request' ? unbilled.find((r) => r.index === evidence.path[3]) : undefined;
  if (!request) {
    if (unbilled.length === 0) {
      vscode.window.showInformationMessage(vscode.l10n.t('Every request of {0} is billed.', target.client.name));
      return false;
    }
    // Extra work first: that is what goes unbilled at a cost.
    const ordered = [...unbilled.filter((r) => !r.inScope), ...unbilled.filter((r) => r.inScope)];
    request = (
      await prompts.pick(
        ordered.map((r) => ({
          label: r.request.summary,
          description: `${when(r.request.at)} · ${r.inScope ? vscode.l10n.t('in scope') : vscode.l10n.t('out of scope')}`,
          request: r,
        })),
        { title, placeHolder: vscode.l10n.t('Which request has been billed?') },
      )
    )?.request;
  }
  if (!request) {
    return false;
  }
  const ref = { value: target.client.requests![request.index], occurrence: requestOccurrence(target.client, request.index) };
  return applyOperation(target.store, { kind: 'markRequestBilled', clientId: target.clientId, request: ref }, vscode.l10n.t('Marked the request "{0}" of {1} as billed.', request.request.summary, target.client.name));
}

/**
 * Records the day a request's work was delivered: the change order bills delivered work as done, and without
 * a date it can only guess from the hours. Lists the requests whose file gives no delivery date, those not
 * delivered yet first.
 */
export async function markRequestDeliveredCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Mark Request Delivered');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const today = localToday();
  const undated = clientFacts(target.file, target.position).requests.filter((r) => typeof r.request.delivered !== 'string');
  const evidence = (node as EvidenceNode | undefined)?.kind === 'evidence' ? (node as EvidenceNode).evidence : undefined;
  let request: RequestFacts | undefined = evidence?.kind === 'request' ? undated.find((r) => r.index === evidence.path[3]) : undefined;
  if (!request) {
    if (undated.length === 0) {
      vscode.window.showInformationMessage(vscode.l10n.t('Every request of {0} has its delivery date.', target.client.name));
      return false;
    }
    const open = undated.filter((r) => !delivery(r, today).delivered);
    const ordered = [...open, ...undated.filter((r) => !open.includes(r))];
    request = (
      await prompts.pick(
        ordered.map((r) => ({
          label: r.request.summary,
          description: `${when(r.request.at)} · ${open.includes(r) ? vscode.l10n.t('not delivered') : vscode.l10n.t('delivered, date not recorded')}`,
          request: r,
        })),
        { title, placeHolder: vscode.l10n.t('Which request has been delivered?') },
      )
    )?.request;
  }
  if (!request) {
    return false;
  }
  const on = await askDate(title, vscode.l10n.t('Delivered on'));
  if (on === undefined) {
    return false;
  }
  const ref = { value: target.client.requests![request.index], occurrence: requestOccurrence(target.client, request.index) };
  return applyOperation(
    target.store,
    { kind: 'markRequestDelivered', clientId: target.clientId, request: ref, on },
    vscode.l10n.t('Marked the request "{0}" of {1} as delivered on {2}.', request.request.summary, target.client.name, when(on)),
  );
}
