import * as assert from 'node:assert/strict';
import { parseDate } from '../../../src/core/dates';
import { invoiceLateFees, LateFeeTerms, lateFeeRule, lateFeeRules, mergeRates, RateEntry, SHIPPED_RATES } from '../../../src/core/law';
import { toMinor } from '../../../src/core/money';

const day = (text: string) => parseDate(text)!;

interface Case {
  country: string;
  currency: string;
  amount: number;
  due: string;
  today: string;
  payments?: [string, number][];
  statutoryLateFees?: boolean;
  contractPercentPerMonth?: number;
  rates?: readonly RateEntry[];
}

function fees(c: Case) {
  const terms: LateFeeTerms = {
    rule: lateFeeRule(c.country)!,
    rates: c.rates ?? SHIPPED_RATES,
    currency: c.currency,
    statutoryLateFees: c.statutoryLateFees ?? true,
    contractPercentPerMonth: c.contractPercentPerMonth,
    today: day(c.today),
  };
  const invoice = {
    number: 'INV-1',
    due: day(c.due),
    amount: toMinor(c.amount, c.currency),
    payments: (c.payments ?? []).map(([date, amount]) => ({ day: day(date), amount: toMinor(amount, c.currency) })),
  };
  return invoiceLateFees(invoice, terms);
}

describe('statutory late fees: worked examples, computed by hand', () => {
  // Each: amount x (rate of each day's period) x days / 365, summed, rounded once to the cent.
  const examples: { name: string; c: Case; interest: number; compensation?: [number, string]; daysLate: number }[] = [
    {
      // 10 days (21-30 June) at 3.15 + 10 = 13.15 % (ECB on 1 January 2025), 10 days (1-10 July) at 2.15 + 10 = 12.15 % (ECB on 1 July):
      // 1000 x (0.1315 x 10 + 0.1215 x 10) / 365 = 1000 x 2.53 / 365 = 6.9315 -> 6.93; EUR 40.
      name: 'FR across the mid-2025 half-year boundary',
      c: { country: 'FR', currency: 'EUR', amount: 1000, due: '2025-06-20', today: '2025-07-10' },
      interest: 6.93,
      compensation: [40, 'EUR'],
      daysLate: 20,
    },
    {
      // 30 days of January 2025 at 3.15 + 8 = 11.15 %: 1000 x 0.1115 x 30 / 365 = 9.1644 -> 9.16; EUR 40.
      name: 'IT in the first half of 2025',
      c: { country: 'IT', currency: 'EUR', amount: 1000, due: '2024-12-31', today: '2025-01-30' },
      interest: 9.16,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // 15 days at 2.27 + 9 = 11.27 % (base rate from 1 January 2025), 15 days at 1.27 + 9 = 10.27 % (from 1 July):
      // 5000 x (0.1127 x 15 + 0.1027 x 15) / 365 = 5000 x 3.231 / 365 = 44.2603 -> 44.26; EUR 40.
      name: 'DE across the mid-2025 base-rate change',
      c: { country: 'DE', currency: 'EUR', amount: 5000, due: '2025-06-15', today: '2025-07-15' },
      interest: 44.26,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // 60 days (1 January - 1 March 2026) at 2.15 + 8 = 10.15 %: 2000 x 0.1015 x 60 / 365 = 33.3699 -> 33.37; EUR 40.
      name: 'ES in the first half of 2026',
      c: { country: 'ES', currency: 'EUR', amount: 2000, due: '2025-12-31', today: '2026-03-01' },
      interest: 33.37,
      compensation: [40, 'EUR'],
      daysLate: 60,
    },
    {
      // 30 days at 3.15 + 8 = 11.15 %, rounded up to the half point: 11.5 %: 1000 x 0.115 x 30 / 365 = 9.4521 -> 9.45; EUR 40.
      name: 'BE, rounded up to the next half point',
      c: { country: 'BE', currency: 'EUR', amount: 1000, due: '2025-03-31', today: '2025-04-30' },
      interest: 9.45,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // Both half-years of 2025 rounded up (loi du 2 août 2002 art. 5): 10 days (21-30 June) at 3.15 + 8 = 11.15 -> 11.5 %,
      // 10 days (1-10 July) at 2.15 + 8 = 10.15 -> 10.5 %: 1000 x (0.115 x 10 + 0.105 x 10) / 365 = 1000 x 2.2 / 365 = 6.0274 -> 6.03;
      // EUR 40 (art. 6).
      name: 'BE across the mid-2025 half-year boundary, each rate rounded up to the half point',
      c: { country: 'BE', currency: 'EUR', amount: 1000, due: '2025-06-20', today: '2025-07-10' },
      interest: 6.03,
      compensation: [40, 'EUR'],
      daysLate: 20,
    },
    {
      // A sum already on a half point stays: 30 days of January 2023 at 2.5 + 8 = 10.5 %: 1000 x 0.105 x 30 / 365 = 8.6301 -> 8.63.
      name: 'BE on a half point: no rounding',
      c: { country: 'BE', currency: 'EUR', amount: 1000, due: '2022-12-31', today: '2023-01-30' },
      interest: 8.63,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // 30 days at 4.25 + 8 = 12.25 % (ECB on 1 July 2024, the figure the Dutch publish): 1000 x 0.1225 x 30 / 365 = 10.0685 -> 10.07;
      // at least EUR 40 (BW 6:96 lid 4).
      name: 'NL in the second half of 2024',
      c: { country: 'NL', currency: 'EUR', amount: 1000, due: '2024-06-30', today: '2024-07-30' },
      interest: 10.07,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // BW 6:120 lid 2, no rounding: 15 days (16-30 June) at 3.15 + 8 = 11.15 %, 15 days (1-15 July) at 2.15 + 8 = 10.15 %:
      // 1000 x (0.1115 x 15 + 0.1015 x 15) / 365 = 1000 x 3.195 / 365 = 8.7534 -> 8.75; EUR 40 (BW 6:96 lid 4).
      name: 'NL across the mid-2025 half-year boundary, not rounded',
      c: { country: 'NL', currency: 'EUR', amount: 1000, due: '2025-06-15', today: '2025-07-15' },
      interest: 8.75,
      compensation: [40, 'EUR'],
      daysLate: 30,
    },
    {
      // Interest starts 21 June 2025: Bank Rate on 31 December 2024 (4.75) + 8 = 12.75 % for the whole debt, July included:
      // 5000 x 0.1275 x 30 / 365 = 52.3973 -> 52.40; GBP 70 (1,000 or more, less than 10,000).
      name: 'GB: one rate from the half-year before interest starts',
      c: { country: 'GB', currency: 'GBP', amount: 5000, due: '2025-06-20', today: '2025-07-20' },
      interest: 52.4,
      compensation: [70, 'GBP'],
      daysLate: 30,
    },
    {
      // 30 days of December 2025 at 53.25 %, 10 days of January 2026 at 43 % (TCMB, TTK 1530/7):
      // 100000 x (0.5325 x 30 + 0.43 x 10) / 365 = 100000 x 20.275 / 365 = 5554.7945 -> 5554.79; TRY 1,475 (2025's amount).
      name: 'TR across the new year',
      c: { country: 'TR', currency: 'TRY', amount: 100000, due: '2025-12-01', today: '2026-01-10' },
      interest: 5554.79,
      compensation: [1475, 'TRY'],
      daysLate: 40,
    },
    {
      // 10 days (1-10 August) on 1000, the day of the payment included, then 10 days on 600, at 12.15 %:
      // (1000 x 10 + 600 x 10) x 0.1215 / 365 = 5.3260 -> 5.33.
      name: 'FR with a partial payment',
      c: { country: 'FR', currency: 'EUR', amount: 1000, due: '2025-07-31', today: '2025-08-20', payments: [['2025-08-10', 400]] },
      interest: 5.33,
      compensation: [40, 'EUR'],
      daysLate: 20,
    },
    {
      // Paid in full on 5 August: 5 days at 12.15 %: 1000 x 0.1215 x 5 / 365 = 1.6644 -> 1.66.
      name: 'FR paid late in full',
      c: { country: 'FR', currency: 'EUR', amount: 1000, due: '2025-07-31', today: '2025-08-20', payments: [['2025-08-05', 1000]] },
      interest: 1.66,
      compensation: [40, 'EUR'],
      daysLate: 5,
    },
  ];

  for (const e of examples) {
    it(e.name, () => {
      const result = fees(e.c);
      assert.equal(result.interest, toMinor(e.interest, e.c.currency));
      assert.deepEqual(result.compensation, e.compensation && { amount: toMinor(e.compensation[0], e.compensation[1]), currency: e.compensation[1] });
      assert.equal(result.daysLate, e.daysLate);
      assert.equal(result.olderRate, false);
      assert.equal(result.rateMissing, false);
    });
  }
});

describe('statutory late fees: edges', () => {
  it('gives each side of 1 July its own half-year rate', () => {
    // One day, 30 June 2025, at 13.15 %: 1000 x 0.1315 / 365 = 0.3603 -> 0.36. One day, 1 July, at 12.15 %: 0.3329 -> 0.33.
    assert.equal(fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2025-06-29', today: '2025-06-30' }).interest, 36);
    assert.equal(fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2025-06-30', today: '2025-07-01' }).interest, 33);
    const periods = fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2025-06-20', today: '2025-07-10' }).periods;
    assert.deepEqual(
      periods.map((p) => [p.from, p.to, p.days, p.percent, p.referenceDay]),
      [
        ['2025-06-21', '2025-06-30', 10, 13.15, '2025-01-01'],
        ['2025-07-01', '2025-07-10', 10, 12.15, '2025-07-01'],
      ],
    );
  });

  it('places a UK debt in the fixed-sum bands at 999.99, 1,000, 9,999.99 and 10,000', () => {
    const band = (amount: number) => fees({ country: 'GB', currency: 'GBP', amount, due: '2025-06-20', today: '2025-07-20' }).compensation?.amount;
    assert.deepEqual([999.99, 1000, 9999.99, 10000].map(band), [4000, 7000, 7000, 10000]);
  });

  it('bands the UK debt by what was overdue when interest started, after payments made by then', () => {
    const result = fees({ country: 'GB', currency: 'GBP', amount: 1200, due: '2025-06-20', today: '2025-07-20', payments: [['2025-06-10', 300]] });
    assert.equal(result.compensation?.amount, 4000);
  });

  it('gives no interest figure when no rate is known for the period, and still the compensation', () => {
    const result = fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2022-06-30', today: '2022-07-10' });
    assert.equal(result.interest, undefined);
    assert.equal(result.rateMissing, true);
    assert.deepEqual(result.compensation, { amount: 4000, currency: 'EUR' });
  });

  it('says when a half-year is past the known rates, and a newer rate in the settings takes over', () => {
    // Ten days of July 2026: the ECB rate for 1 July 2026 is not shipped; 2.15 + 10 = 12.15 % is the latest known:
    // 1000 x 0.1215 x 10 / 365 = 3.3288 -> 3.33. With 2.40 added from 1 July: 12.40 %: 3.3973 -> 3.40.
    const stale = fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2026-06-30', today: '2026-07-10' });
    assert.equal(stale.interest, 333);
    assert.equal(stale.olderRate, true);
    const rates = mergeRates([{ source: 'ECB', from: '2026-07-01', percent: 2.4 }]);
    const fresh = fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2026-06-30', today: '2026-07-10', rates });
    assert.equal(fresh.interest, 340);
    assert.equal(fresh.olderRate, false);
  });

  it('is not late on the due date, nor when paid by then', () => {
    assert.equal(fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2025-07-10', today: '2025-07-10' }).compensation, undefined);
    const onTime = fees({ country: 'FR', currency: 'EUR', amount: 1000, due: '2025-07-10', today: '2025-08-10', payments: [['2025-07-10', 1000]] });
    assert.deepEqual([onTime.interest, onTime.compensation, onTime.daysLate], [0, undefined, 0]);
  });
});

describe('statutory late fees on a hostile file', () => {
  it('stays linear in the payments, and does not walk the century before the first known rate', () => {
    const terms: LateFeeTerms = { rule: lateFeeRule('FR')!, rates: SHIPPED_RATES, currency: 'EUR', statutoryLateFees: true, today: day('2026-12-01') };
    const due = day('2023-01-01');
    const payments = Array.from({ length: 50_000 }, (_, i) => ({ day: due + 1 + (i % 1400), amount: 1 }));
    const started = Date.now();
    const many = invoiceLateFees({ number: 'X', due, amount: 100_000_000, payments }, terms);
    const ancient = invoiceLateFees({ number: 'Y', due: day('1900-01-01'), amount: 100, payments: [] }, terms);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.ok(many.interest !== undefined && many.interest > 0);
    // A row per payment day (the balance changes every day), and one from the last payment to today.
    assert.equal(many.periods.length, 1401);
    assert.deepEqual([ancient.rateMissing, ancient.interest, ancient.periods.length], [true, undefined, 0]);
  });
});

describe('statutory late fees: NL adds each full year’s interest to the sum (BW 6:119a lid 3)', () => {
  // EUR 1,000 due 30 June 2023, unpaid; interest from 1 July 2023. NL rates (ECB rate before the half-year + 8):
  // H2 2023 4.00 + 8 = 12 %, H1 2024 4.50 + 8 = 12.5 %, H2 2024 4.25 + 8 = 12.25 %, H1 2025 3.15 + 8 = 11.15 %,
  // H2 2025 2.15 + 8 = 10.15 %.
  const unpaid: Case = { country: 'NL', currency: 'EUR', amount: 1000, due: '2023-06-30', today: '2025-08-15' };
  const rows = (c: Case) => fees(c).periods.map((p) => [p.from, p.to, p.days, p.balance, p.percent, p.capitalised]);

  it('two full years and 46 days: each year on the sum with the years before it, rounded per year', () => {
    // Year 1, 1 July 2023 - 30 June 2024: 1000 x (0.12 x 184 + 0.125 x 182) / 365 = 1000 x 44.83 / 365 = 122.8219 -> 122.82,
    //   added on 1 July 2024: 1,122.82.
    // Year 2, 1 July 2024 - 30 June 2025: 1122.82 x (0.1225 x 184 + 0.1115 x 181) / 365 = 1122.82 x 42.7215 / 365
    //   = 131.4207 -> 131.42, added on 1 July 2025: 1,254.24.
    // Then 1 July - 15 August 2025: 1254.24 x 0.1015 x 46 / 365 = 16.0440 -> 16.04.
    // 122.82 + 131.42 + 16.04 = 270.28 (simple interest, as before: 1000 x 92.2205 / 365 = 252.66).
    const result = fees(unpaid);
    assert.equal(result.interest, 27028);
    assert.deepEqual(rows(unpaid), [
      ['2023-07-01', '2023-12-31', 184, 100000, 12, undefined],
      ['2024-01-01', '2024-06-30', 182, 100000, 12.5, undefined],
      ['2024-07-01', '2024-12-31', 184, 112282, 12.25, 12282],
      ['2025-01-01', '2025-06-30', 181, 112282, 11.15, 12282],
      ['2025-07-01', '2025-08-15', 46, 125424, 10.15, 25424],
    ]);
    assert.deepEqual([result.daysLate, result.olderRate, result.rateMissing], [777, false, false]);
  });

  it('nothing is added before a full year: the last day of the first year still gives the simple figure', () => {
    // 1 July 2023 - 30 June 2024: the 122.82 of year 1, on 1,000 throughout; the next day starts on 1,122.82.
    assert.equal(fees({ ...unpaid, today: '2024-06-30' }).interest, 12282);
    assert.ok(fees({ ...unpaid, today: '2024-06-30' }).periods.every((p) => p.capitalised === undefined));
    // 1 July 2024, one day at 12.25 % on 1,122.82: 0.3768 -> 0.38; 122.82 + 0.38 = 123.20.
    assert.equal(fees({ ...unpaid, today: '2024-07-01' }).interest, 12320);
  });

  it('a payment in the second year comes off the sum with the capitalised interest in it', () => {
    // 500 paid on 15 October 2024 (a day late for it, as everywhere). Year 1 as above: 122.82.
    // Year 2: 1 July - 15 October 2024, 107 days on 1,122.82 at 12.25 %: 14,717.3632 / 365;
    //   16 October - 31 December, 77 days on 500 + 122.82 = 622.82 at 12.25 %: 5,874.7497 / 365;
    //   1 January - 30 June 2025, 181 days on 622.82 at 11.15 %: 12,569.4418 / 365;
    //   (14717.3632 + 5874.7497 + 12569.4418) / 365 = 90.8536 -> 90.85, added on 1 July 2025: 713.67.
    // Then 46 days at 10.15 %: 713.67 x 0.1015 x 46 / 365 = 9.1291 -> 9.13. 122.82 + 90.85 + 9.13 = 222.80.
    const paid: Case = { ...unpaid, payments: [['2024-10-15', 500]] };
    assert.equal(fees(paid).interest, 22280);
    assert.deepEqual(rows(paid), [
      ['2023-07-01', '2023-12-31', 184, 100000, 12, undefined],
      ['2024-01-01', '2024-06-30', 182, 100000, 12.5, undefined],
      ['2024-07-01', '2024-10-15', 107, 112282, 12.25, 12282],
      ['2024-10-16', '2024-12-31', 77, 62282, 12.25, 12282],
      ['2025-01-01', '2025-06-30', 181, 62282, 11.15, 12282],
      ['2025-07-01', '2025-08-15', 46, 71367, 10.15, 21367],
    ]);
  });

  it('a lateness starting on 29 February: its years end on 28 February and restart on 1 March in common years, on 29 February in leap years', () => {
    // Due 28 February 2024, interest from 29 February. Year 1, 29 February 2024 - 28 February 2025 (366 days):
    //   1000 x (0.125 x 123 + 0.1225 x 184 + 0.1115 x 59) / 365 = 1000 x 44.4935 / 365 = 121.90, added on 1 March 2025.
    // Year 2, 1 March 2025 - 28 February 2026 (365 days): 1121.90 x (0.1115 x 122 + 0.1015 x 184 + 0.1015 x 59) / 365
    //   = 1121.90 x 38.2675 / 365 = 117.6228 -> 117.62, added on 1 March 2026: 1,239.52.
    // 1-10 March 2026: 1239.52 x 0.1015 x 10 / 365 = 3.4469 -> 3.45. 121.90 + 117.62 + 3.45 = 242.97.
    const leap: Case = { country: 'NL', currency: 'EUR', amount: 1000, due: '2024-02-28', today: '2026-03-10' };
    assert.equal(fees(leap).interest, 24297);
    assert.deepEqual(rows(leap), [
      ['2024-02-29', '2024-06-30', 123, 100000, 12.5, undefined],
      ['2024-07-01', '2024-12-31', 184, 100000, 12.25, undefined],
      ['2025-01-01', '2025-02-28', 59, 100000, 11.15, undefined],
      ['2025-03-01', '2025-06-30', 122, 112190, 11.15, 12190],
      ['2025-07-01', '2026-02-28', 243, 112190, 10.15, 12190],
      ['2026-03-01', '2026-03-10', 10, 123952, 10.15, 23952],
    ]);
    // Each anniversary counts from the start, not from the one before: back on 29 February in 2028.
    const starts = fees({ ...leap, today: '2028-03-05' })
      .periods.filter((p, i, all) => p.capitalised !== undefined && p.capitalised !== all[i - 1].capitalised)
      .map((p) => p.from);
    assert.deepEqual(starts, ['2025-03-01', '2026-03-01', '2027-03-01', '2028-02-29']);
  });

  it('FR, IT, DE and BE keep simple interest on the same invoice', () => {
    // The same five stretches (184, 182, 184, 181 and 46 days) on 1,000 throughout, rounded once:
    // FR, ECB + 10: 14 x 184 + 14.5 x 182 + 14.25 x 184 + 13.15 x 181 + 12.15 x 46 = 10,776.05 %-days: 295.2342 -> 295.23.
    // IT, ECB + 8: 12, 12.5, 12.25, 11.15, 10.15: 9,222.05: 252.6589 -> 252.66.
    // DE, base rate + 9: 12.12, 12.62, 12.37, 11.27, 10.27: 9,315.29: 255.2134 -> 255.21.
    // BE, ECB + 8 rounded up to the half point: 12, 12.5, 12.5, 11.5, 10.5: 9,347.5: 256.0959 -> 256.10.
    const expected: Record<string, number> = { FR: 29523, IT: 25266, DE: 25521, BE: 25610 };
    for (const [country, interest] of Object.entries(expected)) {
      const result = fees({ ...unpaid, country });
      assert.equal(result.interest, interest, country);
      assert.ok(result.periods.every((p) => p.capitalised === undefined && p.balance === 100000), country);
    }
  });

  it('only the Dutch rule capitalises', () => {
    assert.deepEqual(
      lateFeeRules().filter((r) => r.rate?.capitaliseYearly).map((r) => r.country),
      ['NL'],
    );
  });
});

describe('statutory late fees: a contract that waives them', () => {
  const late = { currency: 'EUR', amount: 1000, due: '2025-06-20', today: '2025-07-10', statutoryLateFees: false };

  it('FR: neither the interest nor the EUR 40 can be waived; they apply anyway', () => {
    const result = fees({ ...late, country: 'FR' });
    assert.deepEqual([result.interestOutcome, result.compensationOutcome, result.interest, result.compensation?.amount], ['appliesAnyway', 'appliesAnyway', 693, 4000]);
  });

  it('IT and DE: the interest cannot be waived, and a waived compensation is presumed unfair', () => {
    for (const country of ['IT', 'DE']) {
      const result = fees({ ...late, country });
      assert.deepEqual([result.interestOutcome, result.compensationOutcome], ['appliesAnyway', 'appliesAnyway'], country);
    }
  });

  it('ES: a clause excluding the interest or the EUR 40 is void in all cases (Ley 3/2004 art. 9.1, Ley 11/2013): both apply anyway', () => {
    const result = fees({ ...late, country: 'ES' });
    assert.deepEqual([result.interestOutcome, result.compensationOutcome, result.waiverChecked], ['appliesAnyway', 'appliesAnyway', true]);
    // On 1,000: 21–30 June at 3.15 + 8 = 11.15 %, 1–10 July at 2.15 + 8 = 10.15 %: 1000 × (0.1115 + 0.1015) × 10 / 365 = 5.84; and the EUR 40.
    assert.deepEqual([result.interest, result.compensation], [584, { amount: 4000, currency: 'EUR' }]);
  });

  it('TR: a clause that no late interest is paid is invalid (TTK 1530/6), so the interest applies anyway; the compensation waiver was not read', () => {
    const result = fees({ ...late, country: 'TR', currency: 'TRY' });
    assert.deepEqual([result.interestOutcome, result.compensationOutcome, result.waiverChecked], ['appliesAnyway', 'waived', false]);
    assert.ok(result.interest !== undefined && result.interest > 0);
    assert.equal(result.compensation, undefined);
  });

  it('GB: the waiver holds only with a contractual remedy instead', () => {
    const gb = { ...late, country: 'GB', currency: 'GBP' };
    assert.equal(fees(gb).interestOutcome, 'appliesAnyway');
    assert.equal(fees({ ...gb, contractPercentPerMonth: 2 }).interestOutcome, 'waived');
  });

  it('BE: excluding the interest is manifestly unfair, excluding the EUR 40 presumed so (art. 7): both apply anyway', () => {
    const result = fees({ ...late, country: 'BE' });
    assert.deepEqual([result.interestOutcome, result.compensationOutcome, result.waiverChecked], ['appliesAnyway', 'appliesAnyway', true]);
    // The first BE worked example: 6.03 and EUR 40.
    assert.deepEqual([result.interest, result.compensation], [603, { amount: 4000, currency: 'EUR' }]);
  });

  it('NL: the EUR 40 cannot be waived (6:96 lid 4); the interest waiver was not read, so it is followed and the result says so', () => {
    const result = fees({ ...late, country: 'NL' });
    assert.deepEqual([result.interestOutcome, result.compensationOutcome, result.waiverChecked], ['waived', 'appliesAnyway', false]);
    assert.deepEqual([result.interest, result.compensation], [undefined, { amount: 4000, currency: 'EUR' }]);
  });
});

describe('statutory late fees: the contract’s own late fee', () => {
  const late = { currency: 'EUR', amount: 1000, due: '2025-07-31', today: '2025-08-20' };

  it('FR: applies when at least three times the legal rate (2.76 % in late 2025: 8.28 %)', () => {
    assert.deepEqual(fees({ ...late, country: 'FR', contractPercentPerMonth: 1.5 }).contractFee, {
      contractAnnualPercent: 18,
      statutoryAnnualPercent: 12.15,
      applies: 'contract',
      reason: 'atLeastThreeTimesLegalRate',
    });
    assert.equal(fees({ ...late, country: 'FR', contractPercentPerMonth: 0.5 }).contractFee?.reason, 'belowThreeTimesLegalRate');
  });

  it('FR: cannot tell before the legal rates shipped', () => {
    assert.equal(fees({ ...late, due: '2024-07-31', today: '2024-08-20', country: 'FR', contractPercentPerMonth: 1 }).contractFee?.applies, 'unknown');
  });

  it('DE: the higher of the two (base rate + 9 = 10.27 %)', () => {
    assert.equal(fees({ ...late, country: 'DE', contractPercentPerMonth: 1 }).contractFee?.applies, 'contract');
    assert.equal(fees({ ...late, country: 'DE', contractPercentPerMonth: 0.5 }).contractFee?.applies, 'statutory');
  });

  it('IT: the agreed rate', () => {
    assert.equal(fees({ ...late, country: 'IT', contractPercentPerMonth: 0.5 }).contractFee?.reason, 'agreedRate');
  });

  it('BE and NL: the agreed rate (loi du 2 août 2002 art. 5, BW 6:119a)', () => {
    for (const country of ['BE', 'NL']) {
      assert.deepEqual(fees({ ...late, country, contractPercentPerMonth: 0.5 }).contractFee?.reason, 'agreedRate', country);
    }
  });

  it('none without a contract fee', () => {
    assert.equal(fees({ ...late, country: 'FR' }).contractFee, undefined);
  });
});

describe('reference rates', () => {
  it('the later entry for a source and day wins, and entries stay in date order', () => {
    const merged = mergeRates(
      [
        { source: 'ECB', from: '2025-06-11', percent: 9 },
        { source: 'ECB', from: '2025-06-11', percent: 2.15 },
      ],
      [
        { source: 'ECB', from: '2025-06-11', percent: 2 },
        { source: 'ECB', from: '2025-01-01', percent: 3 },
      ],
    );
    assert.deepEqual(
      merged.map((r) => [r.from, r.percent]),
      [
        ['2025-01-01', 3],
        ['2025-06-11', 2.15],
      ],
    );
  });

  it('ships the ECB rate at 4.50 % from 20 September 2023 and 2.15 % from 11 June 2025', () => {
    const ecb = (from: string) => SHIPPED_RATES.find((r) => r.source === 'ECB' && r.from === from)?.percent;
    assert.deepEqual([ecb('2023-09-20'), ecb('2025-06-11')], [4.5, 2.15]);
  });
});
