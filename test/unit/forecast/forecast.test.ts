import * as assert from 'node:assert/strict';
import { formatDate, parseDate } from '../../../src/core/dates';
import { cashExpected, FREELANCER_BASE_RATE, paymentForecast, PaidRecord } from '../../../src/core/forecast';

const day = (text: string) => parseDate(text)!;
const today = day('2026-12-03');

/** Paid invoices due 1 January 2026 onward, one a month, paid `late` days after their due date, in that order. */
function paid(...late: number[]): PaidRecord[] {
  return late.map((d, i) => {
    const due = day(`2026-${String(i + 1).padStart(2, '0')}-01`);
    return { number: `P-${i + 1}`, due, paidOn: due + d };
  });
}

const open = (number: string, due: string, balance = 100_00) => ({ number, due: day(due), balance });
const dates = (f: ReturnType<typeof paymentForecast>) => f.expected.map((e) => [e.invoice, formatDate(e.date), formatDate(e.earliest), formatDate(e.latest), e.beyondHistory]);

describe('payment forecast', () => {
  it('one paid invoice is not enough history: no median, and the published base rate dates the open invoices', () => {
    const f = paymentForecast(paid(5), [open('O-1', '2026-12-20')], today);
    assert.deepEqual([f.paidInvoices, f.notEnoughHistory, f.medianDaysLate, f.p80DaysLate, f.trend], [1, true, undefined, undefined, undefined]);
    // Base rate: paid by the due date, and by 14 days after it at the latest in nine cases out of ten.
    assert.equal(FREELANCER_BASE_RATE.highDaysLate, 14);
    assert.deepEqual(dates(f), [['O-1', '2026-12-20', '2026-12-20', '2027-01-03', false]]);
  });

  it('a client that always pays early: negative days, and the expected date before the due date', () => {
    // Sorted -10, -5, -3: median -5; 80th percentile -5 + 0.6 x 2 = -3.8 -> -4; 10th -10 + 0.2 x 5 = -9; 90th -5 + 0.8 x 2 = -3.4 -> -3.
    const f = paymentForecast(paid(-5, -3, -10), [open('O-1', '2026-12-20')], today);
    assert.deepEqual([f.notEnoughHistory, f.medianDaysLate, f.p80DaysLate], [false, -5, -4]);
    assert.deepEqual(dates(f), [['O-1', '2026-12-15', '2026-12-11', '2026-12-17', false]]);
  });

  it('one outlier moves the 80th percentile, not the median', () => {
    // Sorted 0, 1, 2, 3, 120: median 2; 80th percentile 3 + 0.2 x 117 = 26.4 -> 26.
    const f = paymentForecast(paid(0, 1, 120, 2, 3), [], today);
    assert.deepEqual([f.medianDaysLate, f.p80DaysLate], [2, 26]);
  });

  it('compares the last three payments with the ones before', () => {
    assert.deepEqual(paymentForecast(paid(0, 0, 1, 10, 12, 15), [], today).trend, { recentMedian: 12, earlierMedian: 0, direction: 'later' });
    assert.equal(paymentForecast(paid(20, 25, 30, 2, 3, 1), [], today).trend?.direction, 'earlier');
    assert.equal(paymentForecast(paid(5, 6, 5, 6), [], today).trend?.direction, 'steady');
    assert.equal(paymentForecast(paid(5, 6, 5), [], today).trend, undefined);
  });

  it('never expects a payment before today, and says when an invoice is later than nine in ten past payments', () => {
    // Sorted 5, 10, 10, 15, 20: median 10, 10th percentile 5 + 0.4 x 5 = 7, 90th 15 + 0.6 x 5 = 18. LATE is 32 days late already.
    const f = paymentForecast(paid(10, 5, 20, 10, 15), [open('LATE', '2026-11-01'), open('SOON', '2026-11-25')], today);
    assert.deepEqual(dates(f), [
      ['LATE', '2026-12-03', '2026-12-03', '2026-12-03', true],
      ['SOON', '2026-12-05', '2026-12-03', '2026-12-13', false],
    ]);
  });
});

describe('cash expected', () => {
  it('adds the open balances by currency over the next 30, 60 and 90 days, and keeps apart those no history dates', () => {
    const eur = paymentForecast(paid(0, 0, 0), [open('E-1', '2026-12-20', 1000_00), open('E-2', '2027-01-20', 500_00), open('E-3', '2027-03-15', 200_00)], today);
    const try_ = paymentForecast(paid(), [open('T-1', '2026-12-10', 3000_00)], today);
    const late = paymentForecast(paid(0, 1, 2), [open('E-4', '2026-06-01', 50_00)], today);
    assert.deepEqual(
      cashExpected(
        [
          { currency: 'TRY', forecast: try_ },
          { currency: 'EUR', forecast: eur },
          { currency: 'EUR', forecast: late },
        ],
        today,
      ),
      [
        { currency: 'EUR', in30: 1000_00, in60: 1500_00, in90: 1500_00, unknown: 50_00 },
        { currency: 'TRY', in30: 3000_00, in60: 3000_00, in90: 3000_00, unknown: 0 },
      ],
    );
  });
});
