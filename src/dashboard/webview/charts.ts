/** The dashboard's bar charts and their legends. */
import type { Labels } from '../protocol';
import { el, svg } from './dom';

export interface Series {
  /** The class its bars carry, which gives them their colour (media/dashboard.css). */
  readonly cls: string;
  readonly name: string;
}

/** What each colour means, in words: a swatch drawn with the bars' own classes, then the series' name. */
export function legend(id: string, series: readonly Series[], labels: Labels): HTMLElement {
  return el(
    'ul',
    { class: 'legend', id: `${id}-legend`, 'aria-label': labels.legend ?? '' },
    ...series.map((s) => {
      const swatch = svg('svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true' });
      swatch.append(svg('rect', { class: `bar ${s.cls}`, x: 0, y: 0, width: 10, height: 10 }));
      return el('li', { 'data-series': s.cls }, swatch, s.name);
    }),
  );
}

/** A bar chart: one bar per item, height by ratio, a label under each bar, a legend and a title for screen readers. */
export function barChart(id: string, title: string, items: { label: string; ratio: number; text: string; cls: string }[], series: readonly Series[], empty: string, labels: Labels): HTMLElement {
  const section = el('section', { class: 'chart', 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title));
  if (items.length === 0 || items.every((i) => i.ratio === 0)) {
    section.append(el('p', { class: 'empty' }, empty));
  }
  if (items.length === 0) {
    return section;
  }
  section.append(legend(id, series, labels));
  const width = Math.max(300, items.length * 56);
  const height = 160;
  const plot = 120;
  const chart = svg('svg', { id, class: 'bars', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  chart.append(svg('line', { class: 'axis', x1: 0, y1: plot, x2: width, y2: plot }));
  const slot = width / items.length;
  items.forEach((item, i) => {
    const h = Math.max(item.ratio > 0 ? 2 : 0, Math.round(item.ratio * (plot - 16)));
    const g = svg('g', { class: 'bar-group' });
    const title = svg('title');
    title.textContent = item.text;
    const rect = svg('rect', { class: `bar ${item.cls}`, x: Math.round(i * slot + slot * 0.2), y: plot - h, width: Math.round(slot * 0.6), height: h });
    rect.append(title);
    const value = svg('text', { class: 'bar-value', x: Math.round(i * slot + slot / 2), y: plot - h - 4, 'text-anchor': 'middle' });
    value.textContent = item.text.split(': ').pop() ?? '';
    const label = svg('text', { class: 'bar-label', x: Math.round(i * slot + slot / 2), y: plot + 16, 'text-anchor': 'middle' });
    label.textContent = item.label;
    g.append(rect, value, label);
    chart.append(g);
  });
  section.append(chart);
  return section;
}

