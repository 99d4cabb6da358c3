/**
 * The dashboard's Hours section: logged, git and editor hours side by side per month over the last 12 months
 * (src/core/editorTime/months.ts), as text the page shows in a table. Pure (no vscode import): unit tested.
 */
import { DayNumber } from '../core/dates';
import { editorDaysOf, editorTimeClient } from '../core/editorTime/daysToLog';
import { hoursByMonth } from '../core/editorTime/months';
import { GitEvidenceForFile, evidenceSessions, gitEvidenceByClient } from '../core/gitHistory/evidence';
import { ClientFile } from '../core/schema';
import type { HoursView } from './hoursProtocol';

export interface HoursFormatters {
  /** `YYYY-MM` as the display language names a month ("Mar 2026"). */
  month(month: string): string;
  hours(hours: number): string;
}

/**
 * The client's months. Git's and the editor's hours are the folder's, given to the file's only client that has
 * not ended (the rule of git evidence); another client of the file shows its logged hours only.
 */
export function hoursView(
  file: ClientFile,
  index: number,
  git: GitEvidenceForFile | undefined,
  editorSeconds: ReadonlyMap<DayNumber, number> | undefined,
  today: DayNumber,
  fmt: HoursFormatters,
): HoursView {
  const evidence = gitEvidenceByClient(file, git).get(index);
  const editor = editorTimeClient(file) === index && editorSeconds ? editorDaysOf(file.clients[index], editorSeconds) : undefined;
  const months = hoursByMonth(file.clients[index], evidence && evidenceSessions(evidence), editor, today);
  const sources = { git: months.some((m) => m.git !== undefined), editor: months.some((m) => m.editor !== undefined) };
  return {
    rows: months.map((m) => ({
      month: fmt.month(m.month),
      logged: fmt.hours(m.logged),
      git: m.git === undefined ? '' : fmt.hours(m.git),
      editor: m.editor === undefined ? '' : fmt.hours(m.editor),
    })),
    sources,
  };
}
