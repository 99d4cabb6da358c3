/** The Hours section: logged, git and editor hours per month in a table, one column per source that has something to say. */
import type { DashboardModel, Labels } from '../protocol';
import { el } from './dom';

export function hoursTable(model: DashboardModel, labels: Labels): HTMLElement | string {
  const hours = model.hours;
  if (!hours) {
    return '';
  }
  const columns: { key: 'logged' | 'git' | 'editor'; label: string }[] = [
    { key: 'logged', label: labels['hours.logged'] ?? '' },
    ...(hours.sources.git ? [{ key: 'git' as const, label: labels['hours.git'] ?? '' }] : []),
    ...(hours.sources.editor ? [{ key: 'editor' as const, label: labels['hours.editor'] ?? '' }] : []),
  ];
  const head = el('tr', {}, el('th', { scope: 'col' }, labels['hours.month'] ?? ''), ...columns.map((c) => el('th', { scope: 'col', class: `hours-${c.key}` }, c.label)));
  const body = hours.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.month), ...columns.map((c) => el('td', { class: `hours-${c.key}` }, r[c.key]))));
  return el(
    'section',
    { id: 'hours', 'aria-labelledby': 'hours-title' },
    el('h2', { id: 'hours-title' }, labels['hours.title'] ?? ''),
    el('p', { class: 'hours-note' }, labels[hours.sources.git || hours.sources.editor ? 'hours.note' : 'hours.noteLoggedOnly'] ?? ''),
    el('table', { class: 'hours-table' }, el('thead', {}, head), el('tbody', {}, ...body)),
  );
}
