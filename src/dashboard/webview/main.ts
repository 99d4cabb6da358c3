/**
 * The dashboard page. Built as a browser IIFE into dist/dashboard/webview.js.
 * Every value from the client file arrives as posted data and is set with
 * textContent or attributes, never parsed as HTML; no inline handlers.
 * Toolkit elements (vscode-*) come from toolkit.min.js, loaded by the page.
 */
import './jitless';
import { AGING_SERIES, DashboardModel, FromWebview, Labels, PortfolioNotes, ToWebview, WebviewState, messages } from '../protocol';
import { barChart } from './charts';
import { el, svg } from './dom';
import { statutorySection } from './statutory';
import { hoursTable } from './hours';
import { vscode } from './host';
import { checkedUpdate } from './updates';

const restored = messages().WebviewStateSchema.safeParse(vscode.getState());
let state: Partial<WebviewState> = restored.success ? restored.data : {};
let firstRender = true;
let current: { model: DashboardModel; labels: Labels; notes: PortfolioNotes } | undefined;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function save(patch: Partial<WebviewState>): void {
  state = { ...state, ...patch };
  if (state.ref) {
    vscode.setState(state);
  }
}

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}

function button(label: string, command: FromWebview & { type: 'command' }, appearance = 'secondary'): HTMLElement {
  const b = el('vscode-button', { appearance, 'data-command': command.command }, label);
  b.addEventListener('click', () => post(command));
  return b;
}

function header(model: DashboardModel, labels: Labels): HTMLElement {
  const h = model.header;
  const figures = el('dl', { class: 'figures' });
  const figure = (label: string, value: string, cls = '') => {
    figures.append(el('div', { class: `figure ${cls}` }, el('dt', {}, label), el('dd', {}, value)));
  };
  figure(labels.score ?? 'Score', `${h.score}/100`, 'score');
  figure(labels.owed ?? 'Owed', h.owed);
  figure(labels.overdue ?? 'Overdue', h.overdue, h.overdue !== model.header.owed || h.score < 100 ? 'overdue' : '');
  figure(labels.unbilled ?? 'Unbilled', h.unbilled);
  return el(
    'header',
    { class: 'header' },
    el('h1', { id: 'client-name' }, h.name),
    h.contact ? el('p', { class: 'contact' }, `${labels.contact ?? 'Contact'}: ${h.contact}`) : '',
    el('p', { class: `level level-${h.level}`, 'data-level': h.level }, el('span', { class: 'level-dot', 'aria-hidden': 'true' }), h.levelLabel),
    figures,
  );
}

/** The portfolio's words on this client: its weight in the income (above half), and why nothing here writes or drafts. */
function portfolioNotes(notes: PortfolioNotes, labels: Labels): HTMLElement | string {
  if (!notes.share && !notes.readOnly) {
    return '';
  }
  return el(
    'section',
    { class: 'portfolio-notes', 'aria-label': labels.portfolioNotes ?? '' },
    notes.share ? el('p', { id: 'income-share', class: 'income-share' }, notes.share) : '',
    notes.readOnly ? el('p', { id: 'read-only', class: 'read-only' }, notes.readOnly) : '',
    // Opening the file is reading it: the one button a page of another folder keeps.
    notes.readOnly ? button(labels['clientHealth.openClientFile'] ?? '', { type: 'command', command: 'clientHealth.openClientFile' }) : '',
  );
}

function breakdown(model: DashboardModel, labels: Labels, readOnly: boolean): HTMLElement {
  const section = el('section', { class: 'breakdown', 'aria-labelledby': 'breakdown-title' }, el('h2', { id: 'breakdown-title' }, labels.breakdown ?? ''));
  if (model.breakdown.length === 0) {
    section.append(el('p', { class: 'empty' }, labels.noSignals ?? ''));
    return section;
  }
  section.append(el('p', { class: 'breakdown-note' }, labels.breakdownNote ?? ''));
  const list = el('ul', { class: 'signals' });
  for (const row of model.breakdown) {
    // The bar is the score's 100 points, filled by what this signal took off; the text beside it says the same in words.
    const bar = svg('svg', { class: 'share', viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
    bar.append(svg('rect', { class: 'share-track', x: 0, y: 0, width: 100, height: 6 }), svg('rect', { class: `share-fill ${row.severity}`, x: 0, y: 0, width: Math.min(100, row.points), height: 6 }));
    list.append(
      el(
        'li',
        { class: `signal ${row.severity}`, 'data-signal': row.id },
        el('div', { class: 'signal-text' }, el('span', { class: 'signal-message' }, row.message), el('span', { class: 'signal-points' }, format(labels.pointsLost ?? '−{0}', row.points))),
        bar,
        readOnly ? '' : button(labels[row.remedy] ?? row.remedy, { type: 'command', command: row.remedy }),
      ),
    );
  }
  section.append(list);
  return section;
}

function grid(id: string, columns: string[], rows: (string | Node)[][], rowAttrs: Record<string, string>[] = []): HTMLElement {
  const g = el('vscode-data-grid', { id, 'generate-header': 'none', 'aria-label': id });
  g.append(el('vscode-data-grid-row', { 'row-type': 'header' }, ...columns.map((c, i) => el('vscode-data-grid-cell', { 'cell-type': 'columnheader', 'grid-column': String(i + 1) }, c))));
  rows.forEach((cells, r) => {
    g.append(el('vscode-data-grid-row', { class: 'data-row', ...(rowAttrs[r] ?? {}) }, ...cells.map((c, i) => el('vscode-data-grid-cell', { 'grid-column': String(i + 1) }, c))));
  });
  return g;
}

function invoices(model: DashboardModel, labels: Labels): HTMLElement {
  const columns = ['number', 'issued', 'due', 'amount', 'paid', 'balance', 'daysLate', 'state'].map((k) => labels[k] ?? k);
  const rows = model.invoices.map((i) => [i.number, i.issued, i.due, i.amount, i.paid, i.balance, String(i.daysLate), el('span', { class: `badge badge-${i.state}`, 'data-state': i.state }, labels[`state.${i.state}`] ?? i.state)]);
  return el('section', { class: 'invoices', 'aria-labelledby': 'invoices-title' }, el('h2', { id: 'invoices-title' }, labels.invoices ?? ''), grid('invoice-grid', columns, rows, model.invoices.map((i) => ({ 'data-state': i.state }))));
}

function forecastView(model: DashboardModel, labels: Labels): HTMLElement {
  const f = model.forecast;
  const cash = el('dl', { class: 'figures cash' });
  for (const c of f.cash) {
    cash.append(el('div', { class: 'figure' }, el('dt', {}, labels[`cash.${c.horizon}`] ?? c.horizon), el('dd', {}, c.amount)));
  }
  return el(
    'section',
    { id: 'forecast', 'aria-labelledby': 'forecast-title' },
    el('h2', { id: 'forecast-title' }, labels.forecast ?? ''),
    el('p', { class: 'forecast-summary' }, f.summary),
    f.expected.length === 0
      ? el('p', { class: 'empty' }, labels.forecastEmpty ?? '')
      : grid('forecast-grid', ['invoice', 'balance', 'expectedDate', 'band'].map((k) => labels[k] ?? k), f.expected.map((e) => [e.invoice, e.balance, e.date, e.band])),
    f.cash.length === 0 ? '' : el('h3', {}, labels.cash ?? ''),
    f.cash.length === 0 ? '' : cash,
  );
}

function dropdown(id: string, options: [string, string][], selected: string, label: string, onChange: (value: string) => void): HTMLElement {
  const d = el('vscode-dropdown', { id, 'aria-label': label }, ...options.map(([value, text]) => el('vscode-option', value === selected ? { value, selected: '' } : { value }, text)));
  d.addEventListener('change', () => onChange((d as HTMLElement & { value: string }).value));
  return el('div', { class: 'filter' }, el('label', { for: id }, label), d);
}

const INCIDENTS = new Set(['abusive', 'unethical', 'afterHoursContact', 'urgentDemand', 'discountRequest', 'refusedContract', 'missedMeeting', 'negative']);

function requestsView(model: DashboardModel, labels: Labels): HTMLElement {
  const filter = state.requestFilter ?? 'all';
  const shown = model.requests.filter((r) => filter === 'all' || (!r.inScope && (filter === 'outOfScope' || !r.billed)));
  const view = el('div', { class: 'tab-content' });
  view.append(
    dropdown('request-filter', [['all', labels['filter.all'] ?? 'All'], ['outOfScope', labels['filter.outOfScope'] ?? ''], ['unbilled', labels['filter.unbilled'] ?? '']], filter, labels.filter ?? 'Filter', (value) => {
      save({ requestFilter: value });
      render();
    }),
    grid(
      'request-grid',
      ['when', 'summary', 'type', 'scope', 'billed', 'hours'].map((k) => labels[k] ?? k),
      shown.map((r) => [r.when, r.summary, r.typeLabel, r.inScope ? (labels.inScope ?? '') : (labels.outOfScope ?? ''), r.billed ? (labels.yes ?? '') : (labels.no ?? ''), String(r.hours)]),
    ),
  );
  return view;
}

function journalView(model: DashboardModel, labels: Labels): HTMLElement {
  const filter = state.journalFilter ?? 'all';
  const shown = model.journal.filter((j) => filter === 'all' || INCIDENTS.has(j.kind));
  const view = el('div', { class: 'tab-content' });
  view.append(
    dropdown('journal-filter', [['all', labels['filter.all'] ?? 'All'], ['incidents', labels['filter.incidents'] ?? '']], filter, labels.filter ?? 'Filter', (value) => {
      save({ journalFilter: value });
      render();
    }),
    grid('journal-grid', ['when', 'kind', 'note'].map((k) => labels[k] ?? k), shown.map((j) => [j.when, j.kindLabel, j.note])),
  );
  return view;
}

function tabs(model: DashboardModel, labels: Labels): HTMLElement {
  const panels = el('vscode-panels', { id: 'tabs', 'aria-label': `${labels.requests} / ${labels.journal}` });
  if (state.tab) {
    panels.setAttribute('activeid', state.tab);
  }
  panels.append(
    el('vscode-panel-tab', { id: 'tab-requests' }, labels.requests ?? '', el('span', { class: 'count' }, String(model.requests.length))),
    el('vscode-panel-tab', { id: 'tab-journal' }, labels.journal ?? '', el('span', { class: 'count' }, String(model.journal.length))),
    el('vscode-panel-view', { id: 'view-requests' }, requestsView(model, labels)),
    el('vscode-panel-view', { id: 'view-journal' }, journalView(model, labels)),
  );
  panels.addEventListener('change', (event) => {
    if (event.target !== panels) {
      return; // a filter's change, bubbling up
    }
    const tab = (event as CustomEvent<HTMLElement | undefined>).detail?.id;
    if (tab && tab !== state.tab) {
      save({ tab });
    }
  });
  return panels;
}

function actions(labels: Labels): HTMLElement {
  return el(
    'section',
    { class: 'actions', 'aria-label': labels.actions ?? '' },
    button(labels['clientHealth.recordPayment'] ?? '', { type: 'command', command: 'clientHealth.recordPayment' }, 'primary'),
    button(labels['clientHealth.draftPaymentReminder'] ?? '', { type: 'command', command: 'clientHealth.draftPaymentReminder' }),
    button(labels['clientHealth.draftChangeOrder'] ?? '', { type: 'command', command: 'clientHealth.draftChangeOrder' }),
    button(labels['clientHealth.draftTerminationEmail'] ?? '', { type: 'command', command: 'clientHealth.draftTerminationEmail' }),
    button(labels['clientHealth.openClientFile'] ?? '', { type: 'command', command: 'clientHealth.openClientFile' }),
  );
}

function render(): void {
  const app = document.getElementById('app');
  if (!app || !current) {
    return;
  }
  const { model, labels, notes } = current;
  const readOnly = notes.readOnly !== undefined;
  // After a reload the page starts at the top: the saved position wins once; later updates keep where the user is.
  const scrollY = firstRender ? (state.scrollY ?? 0) : window.scrollY;
  firstRender = false;
  app.replaceChildren(
    header(model, labels),
    portfolioNotes(notes, labels),
    readOnly ? '' : actions(labels),
    breakdown(model, labels, readOnly),
    el(
      'div',
      { class: 'charts' },
      barChart(
        'aging-chart',
        labels.aging ?? '',
        model.aging.map((a) => ({ label: a.bucket, ratio: a.ratio, text: `${a.bucket}: ${a.amount}`, cls: `aging ${a.series}` })),
        AGING_SERIES.map((s) => ({ cls: `aging ${s}`, name: labels[`legend.${s}`] ?? s })),
        labels.agingEmpty ?? '',
        labels,
      ),
      barChart(
        'delay-chart',
        labels.delays ?? '',
        model.delays.map((d) => ({ label: d.number, ratio: d.ratio, text: format(labels.daysLateBar ?? '{0}: {1}', `${d.number} (${d.issued})`, d.daysLate), cls: d.open ? 'delay open' : 'delay paid' })),
        (['paid', 'open'] as const).map((s) => ({ cls: `delay ${s}`, name: labels[`legend.${s}`] ?? s })),
        labels.delaysEmpty ?? '',
        labels,
      ),
    ),
    invoices(model, labels),
    forecastView(model, labels),
    statutorySection(model, labels, grid),
    hoursTable(model, labels),
    tabs(model, labels),
  );
  window.scrollTo(0, scrollY);
  // Only for the integration tests (the host marks the page in ExtensionMode.Test): a user's page has no one to tell.
  if (document.body.hasAttribute('data-report-renders')) {
    post({ type: 'rendered', rows: model.invoices.length, bars: document.querySelectorAll('svg.bars rect.bar').length });
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message: ToWebview | undefined = checkedUpdate(messages().ToWebviewSchema.safeParse(event.data), 'dashboard', (reason) => post({ type: 'dropped', reason }));
  if (!message) {
    return;
  }
  save({ ref: message.ref });
  document.documentElement.lang = document.documentElement.lang || 'en';
  if (message.type === 'missing') {
    current = undefined;
    document.getElementById('app')?.replaceChildren(el('p', { class: 'empty' }, message.labels.missing ?? ''));
    return;
  }
  current = { model: message.model, labels: message.labels, notes: message.portfolio ?? {} };
  render();
});

window.addEventListener('scroll', () => save({ scrollY: window.scrollY }), { passive: true });
document.addEventListener('securitypolicyviolation', (e) => post({ type: 'cspViolation', directive: e.violatedDirective, blocked: `${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`.slice(0, 500) }));
post({ type: 'ready' });
