/**
 * The portfolio page. Bundled into dist/dashboard/webview.js with the client dashboard (index.ts), under the client dashboard's CSP
 * (pageHtml.ts): every value arrives as posted data, checked with portfolioProtocol.ts, and is set as text.
 */
import './jitless';
import { FromPortfolioPage, PortfolioPageModel, ToPortfolioPage, portfolioMessages } from '../portfolioProtocol';
import { AGING_SERIES, Labels } from '../protocol';
import { barChart } from './charts';
import { el } from './dom';
import { stackedChart } from './stackedChart';
import { vscode } from './host';
import { checkedUpdate } from './updates';


function post(message: FromPortfolioPage): void {
  vscode.postMessage(message);
}

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}

function section(id: string, title: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);
}

function invoicing(model: PortfolioPageModel, labels: Labels): HTMLElement {
  if (model.invoicing.length === 0) {
    return section('invoicing', labels.invoicing ?? '', el('p', { class: 'empty' }, labels.invoicingEmpty ?? ''));
  }
  return section(
    'invoicing',
    labels.invoicing ?? '',
    el('p', { class: 'note' }, labels.invoicingNote ?? ''),
    ...model.invoicing.map((view) => stackedChart(view, format(labels.invoicingIn ?? '{0}', view.currency, view.total), labels)),
  );
}

function aging(model: PortfolioPageModel, labels: Labels): HTMLElement {
  if (model.aging.length === 0) {
    return section('aging', labels.aging ?? '', el('p', { class: 'empty' }, labels.agingEmpty ?? ''));
  }
  return section(
    'aging',
    labels.aging ?? '',
    el(
      'div',
      { class: 'charts' },
      ...model.aging.map((view) => {
        const chart = barChart(
          `aging-${view.currency}`,
          format(labels.agingIn ?? '{0}', view.currency, view.total),
          view.buckets.map((b) => ({ label: b.bucket, ratio: b.ratio, text: `${b.bucket}: ${b.amount}`, cls: `aging ${b.series}` })),
          AGING_SERIES.map((s) => ({ cls: `aging ${s}`, name: labels[`legend.${s}`] ?? s })),
          labels.agingEmpty ?? '',
          labels,
        );
        if (view.unaged) {
          chart.append(el('p', { class: 'note unaged' }, format(labels.unaged ?? '{0}', view.unaged)));
        }
        return chart;
      }),
    ),
  );
}

function rates(model: PortfolioPageModel, labels: Labels): HTMLElement {
  const body = model.rates.map((view) => {
    const table = el('table', { class: 'rates', 'data-currency': view.currency });
    table.append(
      el('caption', {}, format(labels.ratesIn ?? '{0}', view.currency)),
      el('thead', {}, el('tr', {}, ...['rank', 'client', 'folder', 'rate', 'hours'].map((k) => el('th', { scope: 'col', ...(k === 'rate' || k === 'hours' ? { class: 'amount' } : {}) }, labels[k] ?? k)))),
      el(
        'tbody',
        {},
        ...view.rows.map((r) =>
          el('tr', { class: 'rate-row' }, el('td', {}, String(r.rank)), el('th', { scope: 'row' }, r.name), el('td', {}, r.folder), el('td', { class: 'amount' }, r.rate), el('td', { class: 'amount' }, r.hours)),
        ),
      ),
    );
    return el('div', { class: 'rate-group' }, view.rows.length > 0 ? table : '', view.withoutHours ? el('p', { class: 'note' }, view.withoutHours) : '');
  });
  return section('rates', labels.rates ?? '', el('p', { class: 'note' }, model.rateNote), ...(body.length > 0 ? body : [el('p', { class: 'empty' }, labels.ratesEmpty ?? '')]));
}

function render(model: PortfolioPageModel, labels: Labels): void {
  const app = document.getElementById('app');
  if (!app) {
    return;
  }
  const scrollY = window.scrollY;
  app.replaceChildren(
    el('header', { class: 'header' }, el('h1', {}, labels.title ?? ''), el('p', { class: 'contact' }, labels.clients ?? '')),
    model.clients === 0 ? el('p', { class: 'empty' }, labels.empty ?? '') : '',
    invoicing(model, labels),
    aging(model, labels),
    rates(model, labels),
  );
  window.scrollTo(0, scrollY);
  if (document.body.hasAttribute('data-report-renders')) {
    post({
      type: 'rendered',
      charts: document.querySelectorAll('svg.bars').length,
      segments: document.querySelectorAll('section.stacked svg.bars rect.bar').length,
      rateRows: document.querySelectorAll('tr.rate-row').length,
    });
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message: ToPortfolioPage | undefined = checkedUpdate(portfolioMessages().ToPortfolioPageSchema.safeParse(event.data), 'portfolio', (reason) => post({ type: 'dropped', reason }));
  if (!message) {
    return;
  }
  render(message.model, message.labels);
});

document.addEventListener('securitypolicyviolation', (e) => post({ type: 'cspViolation', directive: e.violatedDirective, blocked: `${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`.slice(0, 500) }));
post({ type: 'ready' });
