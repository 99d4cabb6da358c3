/**
 * Before a termination is drafted: when the client brings more than half of its currency's invoicing over the
 * last 12 months (signals-v1, income share), a modal says what it weighs and the user goes on or stops. A reason
 * for caution, never a reason to part or to stay: Continue drafts as before.
 */
import * as vscode from 'vscode';
import { IncomeCaution, cautionMessage } from '../../core/portfolio/caution';
import type { ClientFile } from '../../core/schema';
import { localize } from '../../l10n';
import type { ClientFileStore } from '../../store/clientFileStore';
import { prompts } from '../../ui/prompts';
import type { DraftContext } from './context';

export interface DraftHooks {
  /** The client's income share when above half (the portfolio's service); undefined otherwise. */
  readonly incomeCaution?: (store: ClientFileStore, file: ClientFile, clientId: string) => Promise<IncomeCaution | undefined>;
}

/** Whether to draft: true without a caution to give, or when the user chose Continue. */
export async function goOnParting(hooks: DraftHooks, context: DraftContext): Promise<boolean> {
  const caution = await hooks.incomeCaution?.(context.target.store, context.target.file, context.target.clientId);
  if (!caution) {
    return true;
  }
  const go = vscode.l10n.t('Continue');
  const answer = await prompts.confirm(
    localize(cautionMessage(caution)),
    vscode.l10n.t('Ending the work may still be right; the figure is here so that the decision is made knowing it.'),
    go,
  );
  return answer === go;
}
