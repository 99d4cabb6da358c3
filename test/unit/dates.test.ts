import * as assert from 'node:assert';
import {
  addDays,
  daysInMonth,
  formatDate,
  isLeapYear,
  localDateTime,
  localToday,
  parseDate,
  parseDateOrDateTime,
  parseTimeOfDay,
  weekday,
} from '../../src/core/dates';

/** Parses a date the test knows to be valid, failing loudly otherwise. */
function day(text: string): number {
  const n = parseDate(text);
  assert.notStrictEqual(n, undefined, `${text} should be a valid date`);
  return n!;
}

const MONDAY = 0;
const WEDNESDAY = 2;
const THURSDAY = 3;
const SUNDAY = 6;

describe('dates', () => {
  describe('leap years', () => {
    it('follows the Gregorian rule: every 4 years, except centuries not divisible by 400', () => {
      assert.strictEqual(isLeapYear(2024), true);
      assert.strictEqual(isLeapYear(2026), false);
      assert.strictEqual(isLeapYear(1900), false);
      assert.strictEqual(isLeapYear(2000), true);
      assert.strictEqual(isLeapYear(2100), false);
    });

    it('accepts February 29 only in a leap year', () => {
      assert.notStrictEqual(parseDate('2024-02-29'), undefined);
      assert.notStrictEqual(parseDate('2000-02-29'), undefined);
      assert.strictEqual(parseDate('2026-02-29'), undefined);
      assert.strictEqual(parseDate('1900-02-29'), undefined);
    });

    it('gives February 28 or 29 days', () => {
      assert.strictEqual(daysInMonth(2024, 2), 29);
      assert.strictEqual(daysInMonth(2026, 2), 28);
      assert.strictEqual(daysInMonth(1900, 2), 28);
      assert.strictEqual(daysInMonth(2000, 2), 29);
    });
  });

  describe('parseDate', () => {
    it('rejects days past the end of the month', () => {
      assert.strictEqual(parseDate('2026-04-31'), undefined);
      assert.strictEqual(parseDate('2026-02-30'), undefined);
      assert.strictEqual(parseDate('2026-06-31'), undefined);
      assert.notStrictEqual(parseDate('2026-04-30'), undefined);
      assert.notStrictEqual(parseDate('2026-12-31'), undefined);
    });

    it('rejects month 0 and 13, day 0, and other shapes than YYYY-MM-DD', () => {
      for (const text of ['2026-00-10', '2026-13-01', '2026-01-00', '2026-1-5', '26-01-05', '2026/01/05', ' 2026-01-05', '2026-01-05T10:00', '']) {
        assert.strictEqual(parseDate(text), undefined, text);
      }
    });

    it('rejects digits that are not ASCII 0-9, and any character around the date', () => {
      for (const text of ['２０２６-01-05', '2026-0١-05', '2026-01-05\n', '2026-01-05 ', '+2026-01-05', '2026-01-0a', '2026_01_05']) {
        assert.strictEqual(parseDate(text), undefined, JSON.stringify(text));
      }
    });

    it('agrees with Date.UTC on every day from 1900 to 2999, and rejects the days around that range', () => {
      const pad = (n: number, width: number) => String(n).padStart(width, '0');
      for (let year = 1900; year <= 2999; year++) {
        for (let month = 1; month <= 12; month++) {
          for (let dom = 1; dom <= daysInMonth(year, month); dom++) {
            const text = `${year}-${pad(month, 2)}-${pad(dom, 2)}`;
            assert.strictEqual(parseDate(text), Date.UTC(year, month - 1, dom) / 86_400_000, text);
          }
        }
      }
      assert.strictEqual(parseDate('1899-12-31'), undefined);
      assert.strictEqual(parseDate('3000-01-01'), undefined);
    });

    it('counts days from 1970-01-01', () => {
      assert.strictEqual(parseDate('1970-01-01'), 0);
      assert.strictEqual(parseDate('1970-01-02'), 1);
      assert.strictEqual(parseDate('1969-12-31'), -1);
    });
  });

  describe('formatDate', () => {
    it('round-trips with parseDate, including leap days and dates before 1970', () => {
      for (const text of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01', '1969-12-31', '2999-12-31']) {
        assert.strictEqual(formatDate(day(text)), text);
      }
    });

    it('gives back the same day number for every day of 2023 to 2025', () => {
      const first = day('2023-01-01');
      const last = day('2025-12-31');
      for (let n = first; n <= last; n++) {
        assert.strictEqual(parseDate(formatDate(n)), n, formatDate(n));
      }
      assert.strictEqual(last - first + 1, 365 + 366 + 365);
    });
  });

  describe('addDays', () => {
    it('adds days across a month end and a leap day', () => {
      assert.strictEqual(formatDate(addDays(day('2026-01-31'), 1)), '2026-02-01');
      assert.strictEqual(formatDate(addDays(day('2024-02-28'), 1)), '2024-02-29');
      assert.strictEqual(formatDate(addDays(day('2026-02-28'), 1)), '2026-03-01');
      assert.strictEqual(formatDate(addDays(day('2026-02-01'), 30)), '2026-03-03');
      assert.strictEqual(formatDate(addDays(day('2026-01-01'), -1)), '2025-12-31');
    });
  });

  // The rules count days late, gaps and windows by subtracting day numbers.
  describe('the difference of two day numbers', () => {
    const between = (from: string, to: string) => day(to) - day(from);

    it('counts the leap day', () => {
      assert.strictEqual(between('2024-02-28', '2024-03-01'), 2);
      assert.strictEqual(between('2026-02-28', '2026-03-01'), 1);
      assert.strictEqual(between('2024-01-01', '2025-01-01'), 366);
      assert.strictEqual(between('2026-01-01', '2027-01-01'), 365);
    });

    it('crosses month and year ends by one day', () => {
      assert.strictEqual(between('2026-01-31', '2026-02-01'), 1);
      assert.strictEqual(between('2026-04-30', '2026-05-01'), 1);
      assert.strictEqual(between('2025-12-31', '2026-01-01'), 1);
    });

    it('is negative when the second date is earlier', () => {
      assert.strictEqual(between('2026-03-03', '2026-02-01'), -30);
    });

    it('is not affected by daylight saving changes (whole days only)', () => {
      // Europe and the US change clocks in late March and late October.
      assert.strictEqual(between('2026-03-28', '2026-03-30'), 2);
      assert.strictEqual(between('2026-10-24', '2026-10-26'), 2);
    });
  });

  describe('weekday', () => {
    it('gives Monday = 0 ... Sunday = 6 for known dates', () => {
      assert.strictEqual(weekday(day('2026-11-22')), SUNDAY);
      assert.strictEqual(weekday(day('1970-01-01')), THURSDAY);
      assert.strictEqual(weekday(day('2024-02-29')), THURSDAY);
      assert.strictEqual(weekday(day('2026-01-05')), MONDAY);
    });

    it('works for dates before 1970 (negative day numbers)', () => {
      assert.strictEqual(weekday(day('1969-12-31')), WEDNESDAY);
      assert.strictEqual(weekday(day('1900-01-01')), MONDAY);
    });
  });

  describe('date-times', () => {
    it('parses YYYY-MM-DDTHH:MM into a day and minutes after midnight', () => {
      assert.deepStrictEqual(parseDateOrDateTime('2026-03-01T23:10'), { day: day('2026-03-01'), minutes: 23 * 60 + 10 });
      assert.deepStrictEqual(parseDateOrDateTime('2026-03-01T00:00'), { day: day('2026-03-01'), minutes: 0 });
    });

    it('accepts a plain date, with no minutes', () => {
      assert.deepStrictEqual(parseDateOrDateTime('2026-03-01'), { day: day('2026-03-01'), minutes: undefined });
    });

    it('accepts 23:59 and rejects 24:00 and minute 60', () => {
      assert.deepStrictEqual(parseDateOrDateTime('2026-03-01T23:59'), { day: day('2026-03-01'), minutes: 1439 });
      assert.strictEqual(parseDateOrDateTime('2026-03-01T24:00'), undefined);
      assert.strictEqual(parseDateOrDateTime('2026-03-01T12:60'), undefined);
    });

    it('rejects an impossible date even with a valid time', () => {
      assert.strictEqual(parseDateOrDateTime('2026-02-30T10:00'), undefined);
    });

    it('needs the T separator and exactly HH:MM', () => {
      for (const text of ['2026-03-01 23:10', '2026-03-01T9:10', '2026-03-01T23:10:00', '2026-03-01T', '2026-03-01T23:10Z']) {
        assert.strictEqual(parseDateOrDateTime(text), undefined, text);
      }
    });

    it('parses a time of day from 00:00 to 23:59', () => {
      assert.strictEqual(parseTimeOfDay('00:00'), 0);
      assert.strictEqual(parseTimeOfDay('09:00'), 540);
      assert.strictEqual(parseTimeOfDay('23:59'), 1439);
      assert.strictEqual(parseTimeOfDay('24:00'), undefined);
      assert.strictEqual(parseTimeOfDay('12:60'), undefined);
      assert.strictEqual(parseTimeOfDay('9:00'), undefined);
    });
  });

  describe('localToday and localDateTime', () => {
    it("takes the calendar date of the machine's local time, late in the evening", () => {
      // Built from local fields, so the expectation holds in every time zone.
      const now = new Date(2026, 10, 22, 23, 59);
      assert.strictEqual(formatDate(localToday(now)), '2026-11-22');
      assert.strictEqual(localDateTime(now), '2026-11-22T23:59');
    });

    it('and just after midnight', () => {
      const now = new Date(2026, 0, 1, 0, 5);
      assert.strictEqual(formatDate(localToday(now)), '2026-01-01');
      assert.strictEqual(localDateTime(now), '2026-01-01T00:05');
    });

    it('gives a date that parseDate agrees with', () => {
      const now = new Date(2024, 1, 29, 12, 0);
      assert.strictEqual(localToday(now), day('2024-02-29'));
    });
  });
});
