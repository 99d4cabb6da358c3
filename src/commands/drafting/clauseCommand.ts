/**
 * Client Health: Insert Contract Clause. A quick pick of the clauses with a
 * preview of each, filled from the client's contract when there is one, else
 * from the stated defaults (a freelancer writing a new contract).
 */
import * as vscode from 'vscode';
import { readSettings } from '../../config';
import type { ClauseInput } from '../../core/templates/clauses';
import { HealthModel } from '../../store/healthModel';
import { WorkspaceStores } from '../../store/workspaceStores';
import { reportFailure } from '../../ui/failures';
import { prompts } from '../../ui/prompts';
import { remedyClause } from '../../remedyCommands';
import { signalOf } from '../resolveClient';
import { draftContext } from './context';
import { insertOrShow } from './present';
import { templates } from './templates';

export async function insertContractClauseCommand(stores: WorkspaceStores, health: HealthModel, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Insert Contract Clause');
  const { CLAUSE_IDS, clause, clauseHelp, clauseName, clausePreview, resolveDraftLanguage } = templates();
  const hasClients = stores.present().some((s) => s.state.kind === 'valid' && (s.file?.clients.length ?? 0) > 0);
  let input: ClauseInput;
  // Run for a signal (its row, or its remedy link), the clause that answers it comes first.
  const suggested = remedyClause(signalOf(node));
  if (hasClients) {
    const context = await draftContext(stores, health, node, title);
    if (!context) {
      return false;
    }
    input = context.input;
  } else {
    input = { language: resolveDraftLanguage(undefined, readSettings().draftLanguage, vscode.env.language) };
  }
  const picked = await prompts.pick(
    // Names in the editor's language (English when it is not one of the four); the preview in the draft's.
    [...CLAUSE_IDS.filter((id) => id === suggested), ...CLAUSE_IDS.filter((id) => id !== suggested)].map((id) => ({
      label: clauseName(id, resolveDraftLanguage(undefined, undefined, vscode.env.language)),
      description: id === suggested ? vscode.l10n.t('suggested') : undefined,
      detail: clausePreview(id, input),
      id,
    })),
    { title, placeHolder: vscode.l10n.t('Which clause?'), matchOnDetail: true },
  );
  if (!picked) {
    return false;
  }
  const inserted = await insertOrShow(clause(picked.id, input), title);
  // What the law says of the clause's figures (the Italian statutory late-payment rate), in the clause's language;
  // not awaited, so the command ends with the clause in place.
  const help = inserted ? clauseHelp(picked.id, input) : undefined;
  if (help) {
    prompts.notify(help).then(undefined, reportFailure(title, 'The clause note'));
  }
  return inserted;
}
