import * as assert from 'node:assert';
import { evaluate } from '../../../src/core/health/evaluate';
import { formatMessage } from '../../../src/core/messages';
import { ClientSummary, invoicedOverYear, monthsOfWindow, paidOverYear, summarizeFile } from '../../../src/core/portfolio/summary';
import { formatDate, parseDate } from '../../../src/core/dates';
import { day, makeFile } from '../support/build';

const TODAY = '2026-11-22';

/** Every piece of text a person writes about a client, each marked so that a search finds it wherever it lands. */
const SECRETS = {
  clientNotes: 'SECRET-client-notes',
  contactName: 'SECRET-contact-name',
  contactEmail: 'secret-contact@leak.example',
  salutation: 'SECRET-salutation',
  taxId: 'SECRET-TAXID',
  scope: 'SECRET-scope-item',
  deliverable: 'SECRET-deliverable',
  invoiceNote: 'SECRET-invoice-note',
  paymentNote: 'SECRET-payment-note',
  requestSummary: 'SECRET-request-summary',
  journalAbusive: 'SECRET-journal-abusive',
  journalRefused: 'SECRET-journal-refused',
  journalNegative: 'SECRET-journal-negative',
  journalDiscount: 'SECRET-journal-discount',
  journalUrgent: 'SECRET-journal-urgent',
  hoursNote: 'SECRET-hours-note',
  referralName: 'SECRET-referral-name',
  referralContact: 'SECRET-referral-contact',
  referralNote: 'SECRET-referral-note',
  freelancerName: 'SECRET-freelancer-name',
  freelancerEmail: 'secret-freelancer@leak.example',
  freelancerTaxId: 'SECRET-FREELANCER-TAXID',
  unknownField: 'SECRET-unknown-field',
};

/** A client that trips as many signals as possible, so that every signal's message is in its summary. */
function leakyFile() {
  const s = SECRETS;
  const journal = [
    { at: '2026-11-01T23:00', kind: 'abusive', note: s.journalAbusive },
    { at: '2026-10-01T10:00', kind: 'refusedContract', note: s.journalRefused },
    ...[1, 2, 3, 4, 5].map((d) => ({ at: `2026-11-0${d}T22:00`, kind: 'negative', note: s.journalNegative })),
    ...[6, 7, 8, 9].map((d) => ({ at: `2026-11-0${d}T10:00`, kind: 'discountRequest', note: s.journalDiscount })),
    ...[10, 11, 12, 13, 14].map((d) => ({ at: `2026-11-${d}T23:30`, kind: 'urgentDemand', note: s.journalUrgent })),
  ];
  return makeFile(
    [
      {
        id: 'leaky',
        name: 'Leaky Ltd',
        notes: s.clientNotes,
        contact: { name: s.contactName, email: s.contactEmail, salutation: s.salutation },
        taxId: s.taxId,
        status: 'active',
        contract: { start: '2026-01-05', hourlyRate: 20, revisionsIncluded: 0, extraHourlyRate: 20, scope: [s.scope] },
        deliverables: [{ name: s.deliverable }],
        invoices: [
          { number: 'INV-1', issued: '2026-02-01', amount: 100, note: s.invoiceNote, payments: [{ date: '2026-04-01', amount: 20, note: s.paymentNote }] },
          { number: 'INV-2', issued: '2026-03-01', amount: 100 },
          { number: 'INV-3', issued: '2026-04-01', amount: 100 },
        ],
        requests: [1, 2, 3].map((d) => ({ at: `2026-11-1${d}T23:00`, summary: s.requestSummary, type: 'feature', hours: 5 })),
        journal,
        hours: [{ date: '2026-11-01', hours: 20, note: s.hoursNote }],
        fit: { enjoyment: 1, styleMatch: 1 },
        referrals: [{ name: s.referralName, contact: s.referralContact, note: s.referralNote }],
        extra: s.unknownField,
      },
    ],
    { name: s.freelancerName, email: s.freelancerEmail, taxId: s.freelancerTaxId, standardHourlyRate: 100 },
  );
}

function summaries(file = leakyFile(), today = TODAY): ClientSummary[] {
  return summarizeFile(file, evaluate(file, day(today)), day(today));
}

describe('portfolio summary', () => {
  it('holds no text a person wrote about the client, whatever signals fire', () => {
    const [summary] = summaries();
    // The control: the fixture does trip the signals that quote entries in their evidence, so a summary that
    // copied evidence (or the client) would carry the secrets.
    const ids = summary.signals.map((s) => s.id);
    for (const id of ['abuse', 'noContract', 'scopeCreep', 'afterHours', 'haggling', 'negativity', 'overdue'] as const) {
      assert.ok(ids.includes(id), `the fixture does not trip ${id}: ${ids.join(', ')}`);
    }
    const evidence = JSON.stringify(evaluate(leakyFile(), day(TODAY))[0].signals.map((s) => s.evidence));
    assert.ok(evidence.includes(SECRETS.journalAbusive), 'the evidence quotes journal notes, so the check below can fail');

    const text = JSON.stringify(summary);
    for (const [where, secret] of Object.entries(SECRETS)) {
      assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `${where} leaked into the summary: ${text}`);
    }
    assert.ok(!/SECRET/i.test(text), text);
    // Nor do the formatted messages, which is what a view shows.
    for (const signal of summary.signals) {
      assert.ok(!/SECRET/i.test(formatMessage(signal.message)));
    }
  });

  it('has exactly the fields the issue lists', () => {
    const [summary] = summaries();
    assert.deepStrictEqual(Object.keys(summary).sort(), [
      // The overdue balance by age, for the portfolio page's aging (amounts only).
      'aging',
      'currency',
      'effectiveRate',
      'evaluated',
      // The forecast's cash by horizon, for the Portfolio view's totals (amounts only).
      'expected',
      // The same balances one by one with their expected days (amounts and dates only), counted from the day looked at.
      'expectedOpen',
      'hours',
      'id',
      'lastActivity',
      'level',
      'months',
      'name',
      'overdue',
      'owed',
      'paidForHours',
      'score',
      'signals',
      'status',
      'unbilled',
    ]);
    for (const signal of summary.signals) {
      assert.deepStrictEqual(Object.keys(signal).sort(), ['id', 'message', 'severity']);
    }
    // A serialised summary reads back the same: no class, no undefined, no function.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(summary)), summary);
  });

  it('sums invoicing and payments by month over 365 days, hours and the rate over 180 days', () => {
    const file = makeFile(
      [
        {
          id: 'a',
          name: 'A',
          currency: 'USD',
          contract: { signed: '2025-01-01' },
          invoices: [
            // 365 days before 2026-11-22 is 2025-11-22: outside; the window starts on 2025-11-23.
            { number: '1', issued: '2025-11-22', amount: 1000, payments: [{ date: '2025-11-22', amount: 1000 }] },
            { number: '2', issued: '2025-11-23', amount: 200, payments: [{ date: '2026-06-01', amount: 50 }, { date: '2026-07-01', amount: 150 }] },
            { number: '3', issued: '2026-11-20', amount: 300.5, payments: [{ date: '2026-11-21', amount: 100.25 }] },
            // After today: counts nowhere, nor does its payment.
            { number: '4', issued: '2026-11-30', amount: 999, payments: [{ date: '2026-12-01', amount: 999 }] },
          ],
          hours: [
            { date: '2026-05-26', hours: 4 }, // 180 days before today: outside
            { date: '2026-05-27', hours: 0.1 },
            { date: '2026-11-01', hours: 0.2 },
            { date: '2026-11-02', hours: 9.7 },
          ],
          requests: [{ at: '2026-11-23T10:00', summary: 'later', type: 'feature' }],
        },
      ],
      { currency: 'EUR' },
    );
    const [s] = summaries(file);
    assert.strictEqual(s.currency, 'USD');
    assert.strictEqual(s.status, 'active');
    assert.strictEqual(s.months.length, 13);
    assert.strictEqual(s.months[0].month, '2025-11');
    assert.strictEqual(s.months[12].month, '2026-11');
    assert.deepStrictEqual(s.months[0], { month: '2025-11', invoiced: 20000, paid: 0 });
    assert.deepStrictEqual(s.months[12], { month: '2026-11', invoiced: 30050, paid: 10025 });
    assert.strictEqual(invoicedOverYear(s), 50050);
    assert.strictEqual(paidOverYear(s), 5000 + 15000 + 10025);
    assert.strictEqual(s.hours, 10);
    assert.strictEqual(s.paidForHours, 5000 + 15000 + 10025);
    assert.strictEqual(s.effectiveRate, Math.round(30025 / 10));
    assert.strictEqual(s.owed, 20025);
    assert.strictEqual(s.lastActivity, '2026-11-21', 'the request and invoice dated after today are not activity yet');
    assert.strictEqual(s.evaluated, TODAY);
  });

  it('keeps the overdue balance by days past due, the client dashboard\'s buckets, which add up to the overdue', () => {
    const file = makeFile([
      {
        id: 'late',
        name: 'Late',
        contract: { signed: '2026-01-01' },
        invoices: [
          { number: '1', issued: '2026-10-01', due: '2026-10-31', amount: 100 }, // 22 days past due on 2026-11-22
          { number: '2', issued: '2026-06-01', due: '2026-07-01', amount: 250, payments: [{ date: '2026-07-01', amount: 50 }] }, // 144 days
          { number: '3', issued: '2026-11-20', due: '2026-12-20', amount: 999 }, // not yet due
        ],
      },
    ]);
    const [s] = summaries(file);
    assert.deepStrictEqual(Object.keys(s.aging!), ['1-30', '31-60', '61-90', '91-120', '120+']);
    assert.strictEqual(s.aging!['1-30'], 10000);
    assert.strictEqual(s.aging!['120+'], 20000);
    assert.strictEqual(Object.values(s.aging!).reduce((a, b) => a + b, 0), s.overdue);
  });

  it('keeps the cash expected within 30, 60 and 90 days, from the client\'s own habit, as the dashboard shows it', () => {
    // Three invoices each paid 10 days late: the open one, due on 2026-12-10, is expected on 2026-12-20, 28 days on.
    const paid = (n: number, issued: string, due: string, date: string) => ({ number: String(n), issued, due, amount: 100, payments: [{ date, amount: 100 }] });
    const file = makeFile([
      {
        id: 'steady',
        name: 'Steady',
        contract: { signed: '2026-01-01' },
        invoices: [
          paid(1, '2026-05-01', '2026-05-31', '2026-06-10'),
          paid(2, '2026-06-01', '2026-07-01', '2026-07-11'),
          paid(3, '2026-07-01', '2026-07-31', '2026-08-10'),
          { number: '4', issued: '2026-11-10', due: '2026-12-10', amount: 300 },
          { number: '5', issued: '2026-11-20', due: '2027-02-10', amount: 50 },
        ],
      },
    ]);
    const [s] = summaries(file);
    assert.deepStrictEqual(s.expected, { in30: 30000, in60: 30000, in90: 35000, unknown: 0 });
  });

  it('has no rate without hours, and no last activity without entries', () => {
    const [s] = summaries(makeFile([{ id: 'empty', name: 'Empty', status: 'ended' }]));
    assert.strictEqual(s.effectiveRate, null);
    assert.strictEqual(s.lastActivity, null);
    assert.strictEqual(s.status, 'ended');
    assert.ok(s.months.every((m) => m.invoiced === 0 && m.paid === 0));
  });
});

describe('portfolio summary: the months of the window', () => {
  /** Every day of the window formatted, its months kept once each: what the summary counts by, written the slow way. */
  const reference = (today: number, days: number) => [...new Set(Array.from({ length: days }, (_, i) => formatDate(today - days + 1 + i).slice(0, 7)))];

  it('are the calendar months the window\'s days fall in, oldest first, across month ends, year ends and leap days', () => {
    const start = parseDate('2023-12-01')!;
    for (let today = start; today < start + 800; today++) {
      for (const days of [1, 28, 31, 365, 366]) {
        assert.deepStrictEqual(monthsOfWindow(today, days), reference(today, days), `${formatDate(today)}, ${days} days`);
      }
    }
  });

  it('are 13 when the window starts mid-month, 12 when it starts on the first', () => {
    assert.deepStrictEqual(monthsOfWindow(parseDate('2026-11-22')!, 365), reference(parseDate('2026-11-22')!, 365));
    assert.strictEqual(monthsOfWindow(parseDate('2026-11-22')!, 365).length, 13);
    assert.deepStrictEqual(monthsOfWindow(parseDate('2026-12-31')!, 365), ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });
});
