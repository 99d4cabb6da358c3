/** The Hours section on the host's side: where git's and the editor's hours come from, and how months and hours read. */
import * as vscode from 'vscode';
import { DayNumber, localToday } from '../core/dates';
import { GitEvidenceForFile } from '../core/gitHistory/evidence';
import { ClientFile } from '../core/schema';
import { ClientFileStore } from '../store/clientFileStore';
import type { HoursView } from './hoursProtocol';
import { editorTimeModule } from '../editorTime/editorTime';

/** Given by the composition root: the folder's git evidence and its stored editor time. */
export interface HoursSources {
  git(store: ClientFileStore): GitEvidenceForFile | undefined;
  editor(store: ClientFileStore): ReadonlyMap<DayNumber, number> | undefined;
}

export function hoursSection(file: ClientFile, index: number, store: ClientFileStore, sources: HoursSources | undefined): HoursView {
  const months = new Intl.DateTimeFormat(vscode.env.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const hours = new Intl.NumberFormat(vscode.env.language, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return editorTimeModule().hoursView(file, index, sources?.git(store), sources?.editor(store), localToday(), {
    month: (m) => months.format(new Date(`${m}-01T00:00:00Z`)),
    hours: (h) => hours.format(h),
  });
}
