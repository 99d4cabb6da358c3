/** The page's statutory late fees section: per overdue invoice, the totals and the notes; nothing when the law says nothing. */
import type { DashboardModel, Labels } from '../protocol';
import { el } from './dom';

type Grid = (id: string, columns: string[], rows: (string | Node)[][]) => HTMLElement;

export function statutorySection(model: DashboardModel, labels: Labels, grid: Grid): HTMLElement | string {
  const s = model.statutory;
  if (!s) {
    return '';
  }
  const label = (key: string) => labels[key] ?? key;
  const totals = el('dl', { class: 'figures statutory-total' });
  if (s.total) {
    for (const [key, value] of [['statutoryInterest', s.total.interest], ['statutoryCompensation', s.total.compensation], ['statutorySum', s.total.sum]] as const) {
      totals.append(el('div', { class: 'figure' }, el('dt', {}, label(key)), el('dd', {}, value)));
    }
  }
  return el(
    'section',
    { id: 'statutory', 'aria-labelledby': 'statutory-title' },
    el('h2', { id: 'statutory-title' }, label('statutory')),
    // A function replacer: a basis is data, and `$&` in it must stay as written.
    s.basis ? el('p', { class: 'statutory-basis' }, label('statutoryBasis').replace('{0}', () => s.basis)) : '',
    s.rows.length === 0
      ? ''
      : grid(
          'statutory-grid',
          ['invoice', 'daysLate', 'statutoryInterest', 'statutoryRates', 'statutoryCompensation'].map(label),
          s.rows.map((r) => [r.invoice, String(r.daysLate), r.interest, r.rates, r.compensation]),
        ),
    s.total ? el('h3', {}, label('statutoryTotal')) : '',
    s.total ? totals : '',
    s.rows.length === 0 ? '' : el('p', { class: 'statutory-note' }, label('statutoryNote')),
    ...s.notes.map((n) => el('p', { class: 'statutory-note' }, n)),
  );
}
