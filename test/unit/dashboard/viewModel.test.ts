import * as assert from 'node:assert';
import { Commands } from '../../../src/commandIds';
import { formatMoney } from '../../../src/core/money';
import { formatWhen } from '../../../src/core/humanDates';
import { formatMessage } from '../../../src/core/messages';
import { evaluate } from '../../../src/core/health/evaluate';
import { WEIGHTS, pointsLost } from '../../../src/core/health/scoring';
import { buildDashboardModel } from '../../../src/dashboard/viewModel';
import { REMEDY_COMMANDS } from '../../../src/remedyCommands';
import { messages } from '../../../src/dashboard/protocol';
import { client, day, makeFile } from '../support/build';

const fmt = {
  money: (m: number, c: string) => formatMoney(m, c, 'en'),
  message: (m: Parameters<typeof formatMessage>[0]) => formatMessage(m),
  level: (l: string) => `L:${l}`,
  when: (at: string) => formatWhen(at, 'en'),
  requestType: (t: string) => `T:${t}`,
  journalKind: (k: string) => `K:${k}`,
};
const today = day('2026-06-30');

function dashboard(fields: Record<string, unknown>) {
  const file = makeFile([client({ contract: { signed: '2026-01-01', paymentTermsDays: 30 }, ...fields })]);
  const health = evaluate(file, today)[0];
  return { model: buildDashboardModel(file, health, today, fmt), health };
}

describe('dashboard view model', () => {
  const { model, health } = dashboard({
    name: '<img src=x onerror=alert(1)>',
    contact: { name: 'Ann', email: 'ann@example.com' },
    invoices: [
      { number: 'A-1', issued: '2026-01-01', amount: 1000, payments: [{ date: '2026-02-10', amount: 1000 }] },
      { number: 'A-2', issued: '2026-06-20', amount: 500 },
      { number: 'A-3', issued: '2026-03-01', amount: 800, payments: [{ date: '2026-04-01', amount: 300 }] },
      { number: 'A-4', issued: '2026-05-01', amount: 200 },
    ],
    requests: [
      { at: '2026-02-01T10:00', summary: 'Extra page', type: 'feature', hours: 3 },
      { at: '2026-01-15', summary: 'Round 1', type: 'revision' },
    ],
    journal: [{ at: '2026-03-01T10:00', kind: 'negative', note: 'Shouted' }],
  });

  it('is valid against the message schema and keeps the name as data', () => {
    assert.ok(messages().DashboardModelSchema.safeParse(model).success);
    assert.strictEqual(model.header.name, '<img src=x onerror=alert(1)>');
    assert.strictEqual(model.header.contact, 'Ann · ann@example.com');
    assert.strictEqual(model.header.levelLabel, `L:${health.level}`);
  });

  it('has one invoice row per invoice, with balance, days late and a state badge', () => {
    assert.deepStrictEqual(
      model.invoices.map((r) => [r.number, r.balance, r.daysLate, r.state]),
      [
        ['A-1', '€0.00', 10, 'paid'],
        ['A-2', '€500.00', 0, 'open'],
        ['A-3', '€500.00', 91, 'overdue'],
        ['A-4', '€200.00', 30, 'overdue'],
      ],
    );
    assert.strictEqual(model.invoices[2].paid, '€300.00');
    // Dates as the display language writes them, not as the file stores them.
    assert.deepStrictEqual([model.invoices[0].issued, model.invoices[0].due], ['1 Jan 2026', '31 Jan 2026']);
  });

  it('puts overdue balances in aging buckets, the biggest bar full height', () => {
    assert.deepStrictEqual(model.aging.map((b) => b.bucket), ['1-30', '31-60', '61-90', '91-120', '120+']);
    const byBucket = Object.fromEntries(model.aging.map((b) => [b.bucket, [b.amount, b.ratio]]));
    assert.deepStrictEqual(byBucket['1-30'], ['€200.00', 0.4]);
    assert.deepStrictEqual(byBucket['91-120'], ['€500.00', 1]);
    assert.deepStrictEqual(byBucket['31-60'], ['€0.00', 0]);
  });

  it('has one delay bar per invoice in issue order, scaled to the latest', () => {
    assert.deepStrictEqual(model.delays.map((d) => [d.number, d.daysLate, d.open]), [
      ['A-1', 10, false],
      ['A-3', 91, true],
      ['A-4', 30, true],
      ['A-2', 0, true],
    ]);
    assert.strictEqual(model.delays[1].ratio, 1);
    assert.strictEqual(model.delays[0].issued, '1 Jan 2026', 'the bar names the invoice by its issue date in words');
    assert.strictEqual(model.delays[3].ratio, 0);
  });

  it('gives each signal the points it took off the score, the figure the tree tooltip shows, and its remedy', () => {
    assert.ok(model.breakdown.length > 1);
    for (const row of model.breakdown) {
      const signal = health.signals.find((s) => s.id === row.id)!;
      // pointsLost is what the client row's tooltip ("−25: ...") and the CLI report print.
      assert.strictEqual(row.points, pointsLost(health.breakdown, signal.id), row.id);
      assert.strictEqual(row.points, WEIGHTS[signal.id][signal.severity], row.id);
      assert.strictEqual(row.remedy, REMEDY_COMMANDS[signal.id], row.id);
      assert.ok(row.message.length > 0);
    }
    assert.strictEqual(model.breakdown.reduce((s, r) => s + r.points, 0), 100 - health.score, 'the points add up to what the score lost');
    assert.deepStrictEqual(
      model.breakdown.filter((r) => r.id === 'overdue').map((r) => [r.points, r.remedy]),
      [[25, Commands.draftPaymentReminder]],
    );
  });

  it('puts each aging bar in a series its legend names: more than 90 days past due apart', () => {
    assert.deepStrictEqual(model.aging.map((b) => [b.bucket, b.series]), [
      ['1-30', 'recent'],
      ['31-60', 'recent'],
      ['61-90', 'recent'],
      ['91-120', 'old'],
      ['120+', 'old'],
    ]);
  });

  it('lists requests in date order and the journal', () => {
    assert.deepStrictEqual(model.requests.map((r) => [r.summary, r.inScope, r.billed]), [
      ['Round 1', true, false],
      ['Extra page', false, false],
    ]);
    assert.deepStrictEqual(model.journal, [{ at: '2026-03-01T10:00', when: '1 Mar 2026, 10:00', kind: 'negative', kindLabel: 'K:negative', note: 'Shouted' }]);
  });

  it('shows when a request came in as people read it, and its type in words, keeping the stored values for filtering', () => {
    assert.deepStrictEqual(
      model.requests.map((r) => [r.at, r.when, r.type, r.typeLabel]),
      [
        ['2026-01-15', '15 Jan 2026', 'revision', 'T:revision'],
        ['2026-02-01T10:00', '1 Feb 2026, 10:00', 'feature', 'T:feature'],
      ],
    );
  });

  it('says when the client will pay: its habit, each open invoice\'s expected date and band, and the cash by horizon', () => {
    // Three invoices paid 10, 20 and 30 days late (median 20, 80th percentile 26): the open one, due 2026-06-20,
    // is expected 20 days after its due date, 2026-07-10, within the 10th-90th percentile band of 12 to 28 days.
    const paid = (n: string, issued: string, late: number) => {
      const due = new Date(Date.parse(issued) + 30 * 86_400_000);
      const on = new Date(due.getTime() + late * 86_400_000).toISOString().slice(0, 10);
      return { number: n, issued, amount: 100, payments: [{ date: on, amount: 100 }] };
    };
    const { model: habit } = dashboard({
      invoices: [paid('P-1', '2026-01-01', 10), paid('P-2', '2026-02-01', 20), paid('P-3', '2026-03-01', 30), { number: 'O-1', issued: '2026-05-21', amount: 450 }],
    });
    assert.strictEqual(habit.forecast.summary, 'This client pays a median of 20 days after the due date; 8 in 10 of its payments came within 26 days.');
    assert.deepStrictEqual(habit.forecast.expected, [{ invoice: 'O-1', balance: '€450.00', date: formatWhen('2026-07-10', 'en'), band: `${formatWhen('2026-07-02', 'en')} – ${formatWhen('2026-07-18', 'en')}` }]);
    assert.deepStrictEqual(habit.forecast.cash, [
      { horizon: '30', amount: '€450.00' },
      { horizon: '60', amount: '€450.00' },
      { horizon: '90', amount: '€450.00' },
    ]);
    assert.ok(messages().DashboardModelSchema.safeParse(habit).success);
    // Too little history: said, and the published figures for freelancers stand in.
    assert.match(model.forecast.summary, /^Only 1 invoice paid so far, not enough history/);
  });

  it('shows empty charts for a client without invoices', () => {
    const { model: empty } = dashboard({});
    assert.deepStrictEqual(empty.invoices, []);
    assert.deepStrictEqual(empty.delays, []);
    assert.ok(empty.aging.every((b) => b.ratio === 0));
  });
});
