/** The portfolio page's stacked bars: one bar per month, one segment per client, the legend naming each colour. */
import type { InvoicingView } from '../portfolioProtocol';
import type { Labels } from '../protocol';
import { legend } from './charts';
import { el, svg } from './dom';

/** The class of a series' segments and swatch (media/portfolio.css gives the colours). */
export function seriesClass(index: number, other: boolean): string {
  return other ? 'stack stack-other' : `stack stack-${index}`;
}

export function stackedChart(view: InvoicingView, title: string, labels: Labels): HTMLElement {
  const id = `invoicing-${view.currency}`;
  const section = el('section', { class: 'chart stacked', 'aria-labelledby': `${id}-title`, 'data-currency': view.currency }, el('h3', { id: `${id}-title` }, title));
  section.append(
    legend(
      id,
      view.series.map((s, i) => ({ cls: seriesClass(i, s.other), name: s.folder ? `${s.name} (${s.folder})` : s.name })),
      labels,
    ),
  );
  const width = Math.max(480, view.months.length * 56);
  const height = 190;
  const plot = 150;
  const top = 18;
  const chart = svg('svg', { id, class: 'bars', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  chart.append(svg('line', { class: 'axis', x1: 0, y1: plot, x2: width, y2: plot }));
  const slot = width / view.months.length;
  view.months.forEach((month, i) => {
    const g = svg('g', { class: 'bar-group', 'data-month': month.month });
    const x = Math.round(i * slot + slot * 0.2);
    const w = Math.round(slot * 0.6);
    let y = plot;
    for (const segment of month.segments) {
      const h = Math.max(segment.ratio > 0 ? 1 : 0, Math.round(segment.ratio * (plot - top)));
      y -= h;
      const series = view.series[segment.series];
      const rect = svg('rect', { class: `bar ${seriesClass(segment.series, series?.other ?? false)}`, x, y, width: w, height: h });
      const tip = svg('title');
      tip.textContent = `${series?.name ?? ''}, ${month.month}: ${segment.amount}`;
      rect.append(tip);
      g.append(rect);
    }
    if (month.ratio > 0) {
      const value = svg('text', { class: 'bar-value', x: Math.round(i * slot + slot / 2), y: y - 4, 'text-anchor': 'middle' });
      value.textContent = month.total;
      g.append(value);
    }
    const label = svg('text', { class: 'bar-label', x: Math.round(i * slot + slot / 2), y: plot + 16, 'text-anchor': 'middle' });
    label.textContent = month.month;
    g.append(label);
    chart.append(g);
  });
  section.append(chart);
  return section;
}
