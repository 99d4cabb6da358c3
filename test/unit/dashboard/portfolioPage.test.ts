import * as assert from 'node:assert';
import { parseDate } from '../../../src/core/dates';
import { formatMessage } from '../../../src/core/messages';
import { formatMoney } from '../../../src/core/money';
import { PortfolioIndex } from '../../../src/core/portfolio/indexFile';
import { portfolioMessages } from '../../../src/dashboard/portfolioProtocol';
import { PortfolioFormatters, buildPortfolioPage, lastTwelveMonths } from '../../../src/dashboard/portfolioViewModel';
import { entryOf, summaryOf } from '../portfolio/support/indexes';

const TODAY = parseDate('2026-12-03')!;
const fmt: PortfolioFormatters = {
  money: (minor, currency) => formatMoney(minor, currency),
  message: (m) => formatMessage(m),
  month: (month) => `m${month}`,
  hours: (hours) => `${hours} h`,
  folder: (path) => path.split('/').pop() ?? path,
};
const aging = (fields: Partial<Record<'1-30' | '31-60' | '61-90' | '91-120' | '120+', number>>) => ({ '1-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0, ...fields });

function index(): PortfolioIndex {
  return {
    version: 1,
    folders: [
      entryOf('/work/north', [
        summaryOf('north', {
          name: 'Northwind',
          months: [
            { month: '2025-12', invoiced: 100_000, paid: 0 },
            { month: '2026-11', invoiced: 300_000, paid: 0 },
          ],
          overdue: 50_000,
          aging: aging({ '1-30': 20_000, '120+': 30_000 }),
          effectiveRate: 6_000,
          hours: 40,
        }),
      ]),
      entryOf('/work/south', [
        summaryOf('south', { name: 'South', months: [{ month: '2026-11', invoiced: 100_000, paid: 0 }], overdue: 10_000, aging: aging({ '1-30': 10_000 }), effectiveRate: 9_000, hours: 12 }),
        // Written before the index kept the age of the overdue balance: shown, not dropped.
        summaryOf('old', { name: 'Old Summary', months: [], overdue: 7_000, effectiveRate: null, hours: 0 }),
        summaryOf('usd', { name: 'Dollar Co', currency: 'USD', months: [{ month: '2026-12', invoiced: 80_000, paid: 0 }], overdue: 0, aging: aging({}), effectiveRate: 10_000, hours: 3 }),
      ]),
      // A folder that could not be read as it is now: its clients are not added in, as in the Portfolio view's totals.
      entryOf('/work/gone', [summaryOf('gone', { name: 'Gone', months: [{ month: '2026-11', invoiced: 999_999, paid: 0 }] })], { state: 'missing' }),
    ],
  };
}

describe('portfolio page view model', () => {
  it('takes the 12 calendar months ending with this one', () => {
    const months = lastTwelveMonths(TODAY);
    assert.strictEqual(months.length, 12);
    assert.strictEqual(months[0], '2026-01');
    assert.strictEqual(months[11], '2026-12');
    assert.deepStrictEqual(lastTwelveMonths(parseDate('2026-03-31')!).slice(0, 3), ['2025-04', '2025-05', '2025-06']);
  });

  it('stacks each month by client, one chart per currency, never adding currencies', () => {
    const page = buildPortfolioPage(index(), TODAY, fmt, 180);
    assert.deepStrictEqual(page.invoicing.map((v) => v.currency), ['EUR', 'USD']);
    const eur = page.invoicing[0];
    // The largest first: Northwind's 3,000 in the 12 months (December 2025 is outside them) before South's 1,000.
    assert.deepStrictEqual(eur.series, [
      { name: 'Northwind', folder: 'north', other: false },
      { name: 'South', folder: 'south', other: false },
    ]);
    assert.strictEqual(eur.total, '€4,000.00');
    assert.strictEqual(eur.months.length, 12);
    const november = eur.months[10];
    assert.strictEqual(november.month, 'm2026-11');
    assert.strictEqual(november.total, '€4,000.00');
    assert.strictEqual(november.ratio, 1);
    assert.deepStrictEqual(november.segments, [
      { series: 0, amount: '€3,000.00', ratio: 0.75 },
      { series: 1, amount: '€1,000.00', ratio: 0.25 },
    ]);
    assert.deepStrictEqual(eur.months[0].segments, [], 'a month without invoices has no segment');
    assert.ok(!JSON.stringify(page).includes('Gone'), 'a missing folder’s last valid clients are not added in');
    assert.strictEqual(page.invoicing[1].months[11].total, '$800.00');
    assert.strictEqual(page.clients, 4);
  });

  it('puts the clients past five colours together, named by their count', () => {
    const many: PortfolioIndex = {
      version: 1,
      folders: [entryOf('/w', Array.from({ length: 8 }, (_, i) => summaryOf(`c${i}`, { name: `C${i}`, months: [{ month: '2026-10', invoiced: (i + 1) * 1000, paid: 0 }] })))],
    };
    const [view] = buildPortfolioPage(many, TODAY, fmt, 180).invoicing;
    assert.deepStrictEqual(view.series.map((s) => s.name), ['C7', 'C6', 'C5', 'C4', 'C3', '3 other clients']);
    assert.strictEqual(view.series[5].other, true);
    assert.deepStrictEqual(view.months[9].segments.at(-1), { series: 5, amount: '€60.00', ratio: 6_000 / 36_000 });
  });

  it('sums the overdue balance by days past due per currency, and shows what is not yet sorted by age', () => {
    const page = buildPortfolioPage(index(), TODAY, fmt, 180);
    assert.deepStrictEqual(page.aging.map((a) => a.currency), ['EUR'], 'nothing is overdue in USD');
    const [eur] = page.aging;
    assert.strictEqual(eur.total, '€670.00');
    assert.deepStrictEqual(
      eur.buckets.map((b) => [b.bucket, b.amount, b.ratio, b.series]),
      [
        ['1-30', '€300.00', 1, 'recent'],
        ['31-60', '€0.00', 0, 'recent'],
        ['61-90', '€0.00', 0, 'recent'],
        ['91-120', '€0.00', 0, 'old'],
        ['120+', '€300.00', 1, 'old'],
      ],
    );
    assert.strictEqual(eur.unaged, '€70.00');
  });

  it('ranks the clients by effective rate within each currency, and counts those without hours', () => {
    const page = buildPortfolioPage(index(), TODAY, fmt, 180);
    const [eur, usd] = page.rates;
    assert.deepStrictEqual(
      eur.rows.map((r) => [r.rank, r.name, r.folder, r.rate, r.hours, r.ratio]),
      [
        [1, 'South', 'south', '€90.00', '12 h', 1],
        [2, 'Northwind', 'north', '€60.00', '40 h', 60 / 90],
      ],
    );
    assert.strictEqual(eur.withoutHours, '1 client has no hours logged in these days, so no effective rate.');
    assert.deepStrictEqual(usd.rows.map((r) => r.name), ['Dollar Co']);
    assert.strictEqual(usd.withoutHours, undefined);
    assert.strictEqual(page.rateNote, 'Payments received over the last 180 days, divided by the hours logged in them.');
  });

  it('gives an empty page for an empty portfolio', () => {
    assert.deepStrictEqual(buildPortfolioPage({ version: 1, folders: [] }, TODAY, fmt, 180), {
      clients: 0,
      invoicing: [],
      aging: [],
      rates: [],
      rateNote: 'Payments received over the last 180 days, divided by the hours logged in them.',
    });
  });
});

describe('portfolio page messages', () => {
  const { ToPortfolioPageSchema, FromPortfolioPageSchema } = portfolioMessages();

  it('accepts what the view model builds, and rejects a model mixing in an unknown currency code or too many series', () => {
    const model = buildPortfolioPage(index(), TODAY, fmt, 180);
    assert.ok(ToPortfolioPageSchema.safeParse({ type: 'update', model, labels: { title: 'Portfolio' } }).success);
    const badCurrency = { ...model, invoicing: [{ ...model.invoicing[0], currency: 'euro' }] };
    assert.ok(!ToPortfolioPageSchema.safeParse({ type: 'update', model: badCurrency, labels: {} }).success);
    const tooMany = { ...model, invoicing: [{ ...model.invoicing[0], series: Array.from({ length: 7 }, () => ({ name: 'x', folder: '', other: false })) }] };
    assert.ok(!ToPortfolioPageSchema.safeParse({ type: 'update', model: tooMany, labels: {} }).success);
    const overfull = { ...model, aging: [{ ...model.aging[0], buckets: [{ bucket: '1-30', amount: 'x', ratio: 1.5, series: 'recent' }] }] };
    assert.ok(!ToPortfolioPageSchema.safeParse({ type: 'update', model: overfull, labels: {} }).success);
  });

  it('accepts the messages the page sends and nothing else', () => {
    for (const message of [{ type: 'ready' }, { type: 'rendered', charts: 3, segments: 4, rateRows: 2 }, { type: 'cspViolation', directive: 'style-src', blocked: 'x' }, { type: 'dropped', reason: 'r' }]) {
      assert.ok(FromPortfolioPageSchema.safeParse(message).success, JSON.stringify(message));
    }
    for (const message of [undefined, {}, { type: 'command', command: 'clientHealth.recordPayment' }, { type: 'rendered', charts: -1, segments: 0, rateRows: 0 }, { type: 'exec' }]) {
      assert.ok(!FromPortfolioPageSchema.safeParse(message).success, JSON.stringify(message));
    }
  });
});
