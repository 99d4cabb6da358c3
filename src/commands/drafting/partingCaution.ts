/**
 * Before a termination is drafted: when the client brings more than half of its currency's invoicing over the
 * last 12 months (signals-v1, income share), a modal says what it weighs and the user goes on or stops. A reason
 * for caution, never a reason to part or to stay: Continue drafts as before.
 */
import * as vscode from 'vscode';
import type { ClientFile } from '../../core/schema';
import type { ClientFileStore } from '../../store/clientFileStore';
import { prompts } from '../../ui/prompts';
import type { DraftContext } from './context';

export interface DraftHooks {
  /**
   * The sentence on the client's income share when above half (the portfolio's service, which builds it in
   * dist/portfolio.js: core/portfolio/caution.ts); undefined otherwise.
   */
  readonly incomeCaution?: (store: ClientFileStore, file: ClientFile, clientId: string) => Promise<string | undefined>;
}

/** Whether to draft: true without a caution to give, or when the user chose Continue. */
export async function goOnParting(hooks: DraftHooks, context: DraftContext): Promise<boolean> {
  const sentence = await hooks.incomeCaution?.(context.target.store, context.target.file, context.target.clientId);
  if (!sentence) {
    return true;
  }
  const go = vscode.l10n.t('Continue');
  const answer = await prompts.confirm(
    sentence,
    vscode.l10n.t('Ending the work may still be right; the figure is here so that the decision is made knowing it.'),
    go,
  );
  return answer === go;
}
