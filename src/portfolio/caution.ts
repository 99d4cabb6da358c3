/**
 * The income share of a client of the open workspace, for the caution before a termination is drafted and for its
 * dashboard (in dist/portfolio.js). Its own file's clients are summarised as they are now (the index may hold the
 * file as it was before the last edit); every other folder's come from the index, read as they are now.
 */
import { DayNumber } from '../core/dates';
import { ClientHealth } from '../core/health/types';
import { IncomeCaution, PortfolioClient, cautionMessage, incomeCaution } from '../core/portfolio/caution';
import { indexedClients } from '../core/portfolio/figures';
import { PortfolioIndex } from '../core/portfolio/indexFile';
import { summarizeFile } from '../core/portfolio/summary';
import { ClientFile } from '../core/schema';
import { localize } from '../l10n';

export function workspaceCaution(
  index: PortfolioIndex,
  folder: string,
  file: ClientFile,
  healths: readonly ClientHealth[],
  today: DayNumber,
  rateWindowDays: number,
  clientId: string,
): IncomeCaution | undefined {
  const own: PortfolioClient[] = summarizeFile(file, healths, today, rateWindowDays).map((summary) => ({ folder, summary }));
  const others: PortfolioClient[] = indexedClients(index).filter((c) => c.folder !== folder);
  return incomeCaution([...own, ...others], folder, clientId);
}

/** The caution's sentence in the display language, for the modal before a termination is drafted. */
export function workspaceCautionSentence(...args: Parameters<typeof workspaceCaution>): string | undefined {
  const caution = workspaceCaution(...args);
  return caution && localize(cautionMessage(caution));
}

/** The caution for a client of another folder, from the index alone (its dashboard read from disk). */
export function indexedCaution(index: PortfolioIndex, folder: string, clientId: string): IncomeCaution | undefined {
  return incomeCaution(indexedClients(index), folder, clientId);
}
