/**
 * Every money figure (statement rows and totals, CSV, balances, owed, overdue, the signals' bases, the
 * dashboard) comes from the same minor-unit sums, so no two places disagree by a cent or by an invoice.
 */
import * as assert from 'node:assert/strict';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { formatMoney } from '../../../src/core/money';
import { ClientFile } from '../../../src/core/schema';
import { chronicLate } from '../../../src/core/signals/chronicLate';
import { lowRate } from '../../../src/core/signals/lowRate';
import { lowVolume } from '../../../src/core/signals/lowVolume';
import { overdue } from '../../../src/core/signals/overdue';
import { scopeCreep } from '../../../src/core/signals/scopeCreep';
import { draftToMarkdown } from '../../../src/core/templates/markdown';
import { draftStatement } from '../../../src/core/templates/statement';
import { statementCsv } from '../../../src/core/templates/statementCsv';
import { changeOrderFigures } from '../../../src/core/templates/changeOrder';
import { buildDashboardModel } from '../../../src/dashboard/viewModel';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';
const draft = (file: ClientFile, today = TODAY) => ({ file, clientIndex: 0, today: day(today), rules: DEFAULT_RULES, language: 'en' as const });
const markdown = (file: ClientFile, today = TODAY) => draftToMarkdown(draftStatement(draft(file, today)));
const cents = (text: string) => Math.round(Number(text) * 100);

/** The CSV's records, for files whose text has no comma, quote or line break. */
const csvRows = (file: ClientFile, today = TODAY) =>
  statementCsv(draft(file, today))
    .split('\r\n')
    .filter((line) => line !== '')
    .slice(1)
    .map((line) => line.split(','));

const thirds = () =>
  makeFile([
    client({
      contract: { signed: '2026-01-01' },
      invoices: [
        {
          number: 'T-1',
          issued: '2026-01-01',
          amount: 100,
          payments: [
            { date: '2026-01-05', amount: 33.333 },
            { date: '2026-01-06', amount: 33.333 },
            { date: '2026-01-07', amount: 33.333 },
          ],
        },
      ],
    }),
  ]);

describe('money figures agree everywhere', () => {
  describe('three payments of 33.333 on an invoice of 100.00', () => {
    it('settle it, and the statement payment rows add up to the total paid it shows', () => {
      const text = markdown(thirds());
      const rows = [...text.matchAll(/^\| [567] Jan 2026 \| T-1 \| €([\d.]+) \|$/gm)].map((m) => cents(m[1]));
      assert.equal(rows.length, 3, text);
      const totalPaid = /^\| Total paid \| €([\d.,]+) \|$/m.exec(text);
      assert.ok(totalPaid, text);
      assert.equal(rows.reduce((a, b) => a + b, 0), cents(totalPaid[1].replace(/,/g, '')));
      assert.equal(cents(totalPaid[1]), 10000);
      assert.match(text, /^\| Balance outstanding \| €0\.00 \|$/m);
      assert.equal(evaluate(thirds(), day(TODAY))[0].money.outstanding, 0);
    });

    it('give CSV payment rows that add up to the invoice row’s paid column, and paid minus balance is the amount', () => {
      const rows = csvRows(thirds());
      const [invoiceRow, ...paymentRows] = rows;
      assert.equal(paymentRows.length, 3);
      assert.equal(
        paymentRows.reduce((sum, r) => sum + cents(r[4]), 0),
        cents(invoiceRow[5]),
      );
      assert.equal(cents(invoiceRow[4]) - cents(invoiceRow[5]), cents(invoiceRow[6]));
      assert.equal(cents(invoiceRow[6]), 0);
    });

    it('are each worth a whole number of cents in the facts, in date order, summing to the invoice’s paid', () => {
      const [invoice] = input(thirds(), TODAY).facts.invoices;
      assert.equal(invoice.payments.length, 3);
      assert.ok(invoice.payments.every((p) => Number.isInteger(p.amount)));
      assert.equal(invoice.payments.reduce((sum, p) => sum + p.amount, 0), invoice.paid);
      assert.equal(invoice.amount - invoice.paid, invoice.balance);
    });
  });

  describe('an invoice issued after today', () => {
    // Due before today (a due date before the issue date is an error of the file, yet evaluation goes on), so only
    // its issue date can keep it from being overdue or late.
    const future = { number: 'F-1', issued: '2026-07-01', due: '2026-05-01', amount: 5000, payments: [{ date: '2026-06-01', amount: 10 }] };
    const base = {
      contract: { signed: '2025-01-01', start: '2025-01-01', extraHourlyRate: 100 },
      requests: [{ at: '2026-06-01', summary: 'Extra page', type: 'feature', hours: 2 }],
    };
    const withFuture = () => makeFile([client({ ...base, invoices: [future] })], { standardHourlyRate: 100 });

    it('is not owed, not overdue and not in the aging', () => {
      const [health] = evaluate(withFuture(), day(TODAY));
      assert.equal(health.money.outstanding, 0);
      assert.equal(health.money.overdue, 0);
      assert.deepEqual(Object.values(health.money.aging), [0, 0, 0, 0, 0, 0]);
      assert.equal(overdue(input(withFuture(), TODAY)), undefined);
    });

    it('is not late for chronicLate', () => {
      const file = makeFile([client({ ...base, invoices: [future, { ...future, number: 'F-2' }, { ...future, number: 'F-3' }] })]);
      assert.equal(chronicLate(input(file, TODAY)), undefined);
    });

    it('is not part of what scopeCreep and lowVolume count as invoiced', () => {
      // 2 h at 100 against 500 invoiced is 40%, above the 20% that makes scope creep critical; 5500 would make it 3.6%.
      const recent = { number: 'R-1', issued: '2026-06-01', amount: 500 };
      const creep = scopeCreep(input(makeFile([client({ ...base, invoices: [recent, future] })]), TODAY));
      assert.equal(creep?.severity, 'critical');
      assert.match(formatMessage(creep.message), /more than 20% of the €500\.00 invoiced/);
      const volume = lowVolume(input(withFuture(), TODAY));
      assert.ok(volume);
      assert.match(formatMessage(volume.message), /You invoiced €0\.00/);
    });

    it('is left out of the statement, the CSV and the dashboard, with its payment', () => {
      const text = markdown(withFuture());
      assert.doesNotMatch(text, /F-1/);
      assert.match(text, /^\| Total invoiced \| €0\.00 \|$/m);
      assert.match(text, /^\| Total paid \| €0\.00 \|$/m);
      assert.deepEqual(csvRows(withFuture()), []);
      const file = withFuture();
      const health = evaluate(file, day(TODAY))[0];
      const model = buildDashboardModel(file, health, day(TODAY), { money: (m, c) => formatMoney(m, c, 'en'), message: formatMessage, level: String, when: String, requestType: String, journalKind: String });
      assert.deepEqual(model.invoices, []);
      assert.equal(model.header.owed, '€0.00');
    });

    it('counts once its issue date has come', () => {
      const [health] = evaluate(withFuture(), day('2026-07-02'));
      assert.equal(health.money.outstanding, 499000);
    });

    it('and its payments are not money received for lowRate', () => {
      const file = makeFile(
        [client({ ...base, hours: [{ date: '2026-06-01', hours: 20 }], invoices: [{ ...future, payments: [{ date: '2026-06-01', amount: 5000 }] }] })],
        { standardHourlyRate: 100 },
      );
      const signal = lowRate(input(file, TODAY));
      assert.ok(signal, 'nothing was received for 20 hours');
      assert.equal(signal.severity, 'critical');
    });
  });

  describe('payments dated after today', () => {
    const file = () =>
      makeFile([
        client({
          contract: { signed: '2026-01-01' },
          invoices: [{ number: 'P-1', issued: '2026-05-01', due: '2026-05-31', amount: 300, payments: [{ date: '2026-06-10', amount: 100 }, { date: '2026-06-20', amount: 200 }] }],
        }),
      ]);

    it('do not count yet, in the balance, the statement or the CSV', () => {
      const [health] = evaluate(file(), day(TODAY));
      assert.equal(health.money.outstanding, 20000);
      assert.equal(health.money.overdue, 20000);
      const text = markdown(file());
      assert.doesNotMatch(text, /2026-06-20/);
      assert.match(text, /^\| Total paid \| €100\.00 \|$/m);
      const rows = csvRows(file());
      assert.equal(rows.length, 2);
      assert.deepEqual(rows[0].slice(4, 7), ['300.00', '100.00', '200.00']);
    });

    it('count from their own date on', () => {
      assert.equal(evaluate(file(), day('2026-06-20'))[0].money.outstanding, 0);
    });
  });

  describe('unbilled extras priced line by line', () => {
    // 0.125 h at 1.00 is 0.125, 0.13 a line: three lines make 0.39, while 0.375 h priced in one go would make 0.38.
    const file = () =>
      makeFile([
        client({
          contract: { signed: '2026-01-01', extraHourlyRate: 1 },
          invoices: [{ number: 'I-1', issued: '2026-06-01', amount: 1000 }],
          requests: ['A', 'B', 'C'].map((summary, i) => ({ at: `2026-06-0${i + 2}`, summary, type: 'feature', hours: 0.125 })),
        }),
      ]);

    it('give the same total in the money figure, the change order and the scopeCreep signal', () => {
      const [health] = evaluate(file(), day(TODAY));
      const order = changeOrderFigures(draft(file()));
      assert.deepEqual(order.items.map((i) => i.price), [13, 13, 13]);
      assert.equal(order.total, 39);
      assert.equal(health.money.unbilledExtra, order.total);
      const signal = scopeCreep(input(file(), TODAY))!;
      assert.match(formatMessage(signal.message), /worth €0\.39 at €1\.00 an hour/);
    });
  });
});
