/**
 * The statutory late fees of a dashboard's client, when its file names the freelancer's country and something is
 * overdue: only then are the law tables loaded (with the drafts, templates()) and the reference-rate setting read.
 */
import * as vscode from 'vscode';
import { templates } from '../commands/drafting/templates';
import { referenceRates } from '../commands/drafting/referenceRates';
import { DayNumber } from '../core/dates';
import { clientFacts } from '../core/health/facts';
import { ClientFile } from '../core/schema';
import { localize } from '../l10n';
import { money } from '../presentation';
import type { StatutoryView } from './statutoryProtocol';

export function statutoryFor(file: ClientFile, index: number, today: DayNumber, scope: vscode.ConfigurationScope): StatutoryView | undefined {
  if (file.freelancer.country === undefined) {
    return undefined;
  }
  const facts = clientFacts(file, index, today);
  if (!facts.invoices.some((i) => i.balance > 0 && i.due < today)) {
    return undefined;
  }
  const law = templates();
  const fees = law.clientLateFees(facts, today, referenceRates(scope));
  // Typed as the page's schema: the core's view and the protocol must keep one shape.
  const view: StatutoryView | undefined = law.statutoryView(fees, facts.currency, { money, message: localize, percent });
  return view;
}

let percentFormat: Intl.NumberFormat | undefined;

/** An annual rate as the display language writes it: 12.15%, 12,15 %. */
function percent(value: number): string {
  if (!percentFormat) {
    const options: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 4 };
    try {
      percentFormat = new Intl.NumberFormat(vscode.env.language, options);
    } catch {
      percentFormat = new Intl.NumberFormat('en', options);
    }
  }
  return percentFormat.format(value / 100);
}

/** The page's words for the section, translated here like the rest of dashboardLabels. */
export function statutoryLabels(): Record<string, string> {
  return {
    statutory: vscode.l10n.t('Statutory late fees'),
    statutoryBasis: vscode.l10n.t('Legal basis: {0}'),
    statutoryInterest: vscode.l10n.t('Interest to date'),
    statutoryRates: vscode.l10n.t('Annual rate'),
    statutoryCompensation: vscode.l10n.t('Fixed compensation'),
    statutoryTotal: vscode.l10n.t('Totals'),
    statutorySum: vscode.l10n.t('Interest and compensation'),
    statutoryNote: vscode.l10n.t('Not part of the balance: what the law lets you claim on top of it.'),
  };
}
