/**
 * `clientHealth.lateFees.referenceRates` for the drafts, the chat tools and the dashboard: read here, parsed and
 * merged with the shipped rates by the law module, which loads with the drafts (templates()), so activation
 * carries neither the law tables nor the setting's parser.
 */
import * as vscode from 'vscode';
import type { RateEntry } from '../../core/law';
import { templates } from './templates';

/** The value last warned about: a setting typed once is not reported on every draft. */
let warnedFor: string | undefined;

/** The shipped reference rates with the setting's usable entries added; a warning, once per value, when some are left out. */
export function referenceRates(scope?: vscode.ConfigurationScope): readonly RateEntry[] {
  // A settings file can come with a repository: the value is anything JSON holds, checked entry by entry.
  const value = vscode.workspace.getConfiguration('clientHealth', scope).get<unknown>('lateFees.referenceRates');
  const read = templates().ratesFromSetting(value);
  if (read.refused > 0) {
    const key = safeKey(value);
    if (key !== warnedFor) {
      warnedFor = key;
      vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Some entries of the setting clientHealth.lateFees.referenceRates were left out: each needs a known source (ECB, BoE, Bundesbank, TCMB or FR-legal), a real date as YYYY-MM-DD and a percent from -10 to 100, and nothing else. The statutory figures use the other rates.',
        ),
      );
    }
  }
  return read.rates;
}

/** A short fingerprint of the value: its JSON, cut (a huge list is not kept whole to be compared). */
function safeKey(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 2000);
  } catch {
    return 'unserialisable';
  }
}
