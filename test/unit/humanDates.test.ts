/**
 * Dates as people read them in the four languages of the extension, and what a
 * prompt accepts when a person types a date and time: the space form people
 * write, the file's T form, a date alone; nothing else, whatever is pasted.
 */
import * as assert from 'node:assert/strict';
import { parseDate } from '../../src/core/dates';
import * as validate from '../../src/core/edits/validate';
import { workingHoursOf } from '../../src/core/health/facts';
import { dateLocale, dateTimeInputValue, formatDay, formatWhen, readDateTimeInput } from '../../src/core/humanDates';
import { ClientFile } from '../../src/core/schema';
import { whenSuggestions } from '../../src/core/workingTime';

describe('human dates', () => {
  describe('the locale of the display language', () => {
    it('reads English day first with a 24-hour clock and uses each language of the extension', () => {
      assert.equal(dateLocale('en'), 'en-GB');
      assert.equal(dateLocale('en-us'), 'en-GB');
      assert.equal(dateLocale('fr'), 'fr-FR');
      assert.equal(dateLocale('it'), 'it-IT');
      assert.equal(dateLocale('tr'), 'tr-TR');
      assert.equal(dateLocale('TR'), 'tr-TR');
    });

    it('uses another language Intl knows, and English for anything else', () => {
      assert.equal(dateLocale('de'), 'de');
      assert.equal(dateLocale('zh-cn'), 'zh-CN');
      for (const odd of [undefined, '', '--', 'x'.repeat(500), 'qq', '\u0000']) {
        assert.equal(dateLocale(odd), 'en-GB', JSON.stringify(odd));
      }
    });
  });

  describe('formatting', () => {
    const cases: [string, string, string, string][] = [
      // language, date-time, date alone, long date-time
      ['en', '2 Dec 2026, 03:31', '2 Dec 2026', 'Wednesday, 2 December 2026 at 03:31'],
      ['fr', '2 déc. 2026, 03:31', '2 déc. 2026', 'mercredi 2 décembre 2026 à 03:31'],
      ['it', '2 dic 2026, 03:31', '2 dic 2026', 'mercoledì 2 dicembre 2026 alle ore 03:31'],
      ['tr', '2 Ara 2026 03:31', '2 Ara 2026', '2 Aralık 2026 Çarşamba 03:31'],
    ];
    for (const [language, dateTime, date, long] of cases) {
      it(`in ${language}: ${dateTime}`, () => {
        assert.equal(formatWhen('2026-12-02T03:31', language), dateTime);
        assert.equal(formatWhen('2026-12-02', language), date);
        assert.equal(formatDay(parseDate('2026-12-02')!, language), date);
        assert.equal(formatWhen('2026-12-02T03:31', language, true), long);
      });
    }

    it('shows "Now" at 03:31 as 2 Dec 2026, 03:31 when the working day runs all day', () => {
      const allDay = workingHoursOf({
        version: 1,
        freelancer: { name: 'Me', workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '00:00' } },
        clients: [],
      } as unknown as ClientFile);
      assert.equal(formatWhen(whenSuggestions(new Date(2026, 11, 2, 3, 31), allDay).now!, 'en'), '2 Dec 2026, 03:31');
    });

    it('keeps the clock the file wrote, whatever the machine\'s time zone (midnight, a daylight-saving gap)', () => {
      const saved = process.env.TZ;
      try {
        for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Rome']) {
          process.env.TZ = zone;
          assert.equal(formatWhen('2026-03-29T02:30', 'en'), '29 Mar 2026, 02:30', zone);
          assert.equal(formatWhen('2026-12-31T23:59', 'en'), '31 Dec 2026, 23:59', zone);
          assert.equal(formatWhen('2027-01-01T00:00', 'en'), '1 Jan 2027, 00:00', zone);
          assert.equal(formatWhen('2026-01-01', 'en'), '1 Jan 2026', zone);
        }
        // The English formatters were built before the zone changed (they are cached): a language not used yet
        // builds its formatters under each zone, so this fails if they ever take the machine's zone.
        for (const [zone, language] of [['Pacific/Kiritimati', 'sv'], ['America/Los_Angeles', 'da'], ['Asia/Kolkata', 'nl']]) {
          process.env.TZ = zone;
          const newYear = formatWhen('2027-01-01T00:00', language);
          assert.ok(newYear.includes('2027') && /00[.:]00/.test(newYear), `${zone}, ${language}: ${newYear}`);
          const late = formatWhen('2026-12-31T23:59', language);
          assert.ok(late.includes('31') && late.includes('2026') && /23[.:]59/.test(late), `${zone}, ${language}: ${late}`);
        }
      } finally {
        if (saved === undefined) {
          delete process.env.TZ;
        } else {
          process.env.TZ = saved;
        }
      }
    });

    it('gives back text that is not a stored date as it is, rather than a wrong date', () => {
      for (const text of ['', '2026-02-30', '2026-12-02 03:31', 'soon', '2026-12-02T24:00', 'x'.repeat(10_000)]) {
        assert.equal(formatWhen(text, 'en'), text);
      }
    });
  });

  describe('reading what a person typed', () => {
    it('accepts a space or a T between the date and the time, and a date alone, answering in the file\'s notation', () => {
      const accepted: [string, string][] = [
        ['2026-10-14 10:30', '2026-10-14T10:30'],
        ['2026-10-14T10:30', '2026-10-14T10:30'],
        ['2026-10-14t10:30', '2026-10-14T10:30'],
        ['  2026-10-14   10:30 ', '2026-10-14T10:30'],
        ['2026-10-14', '2026-10-14'],
        [' 2026-10-14 ', '2026-10-14'],
        ['2024-02-29 00:00', '2024-02-29T00:00'],
        ['2026-12-31 23:59', '2026-12-31T23:59'],
      ];
      for (const [typed, stored] of accepted) {
        assert.deepEqual(readDateTimeInput(typed), { ok: true, value: stored }, typed);
        assert.equal(validate.dateOrDateTime(typed), undefined, typed);
      }
    });

    it('names the impossible part: a day not in the calendar, a time not on the clock', () => {
      const impossible: [string, string, string][] = [
        ['2026-13-01 10:00', '{0} is not a real calendar date', '2026-13-01'],
        ['2026-00-10', '{0} is not a real calendar date', '2026-00-10'],
        ['2026-10-00 10:00', '{0} is not a real calendar date', '2026-10-00'],
        ['2026-02-29 10:00', '{0} is not a real calendar date', '2026-02-29'],
        ['2026-04-31', '{0} is not a real calendar date', '2026-04-31'],
        ['2026-10-14 24:00', 'There is no time {0}', '24:00'],
        ['2026-10-14T10:60', 'There is no time {0}', '10:60'],
        ['2026-10-14 99:99', 'There is no time {0}', '99:99'],
      ];
      for (const [typed, start, arg] of impossible) {
        const reading = readDateTimeInput(typed);
        assert.ok(!reading.ok, typed);
        assert.ok(reading.problem.template.startsWith(start), `${typed}: ${reading.problem.template}`);
        assert.deepEqual(reading.problem.args, [arg], typed);
      }
    });

    it('refuses anything else with a message that lists the accepted forms, and never repeats the text', () => {
      const refused = [
        '',
        '   ',
        'now',
        '2026-10-14 10:30x',
        '2026-10-14 10:30:00',
        '2026-10-14 1030',
        '2026-10-14 9:30',
        '2026-10-14T',
        '2026-10-14T 10:30',
        '2026-10-1410:30',
        '2026-10-14\n10:30',
        '2026-10-14\u00a010:30',
        '2026-10-14 10:30\u0000',
        '14/10/2026 10:30',
        '+2026-10-14',
        '20261014',
        '２０２６-１０-１４',
        '٢٠٢٦-١٠-١٤',
        '2026-10-14 10:30'.repeat(3),
        'x'.repeat(5_000_000),
        `2026-10-14${' '.repeat(1_000_000)}10:30`,
      ];
      for (const typed of refused) {
        const reading = readDateTimeInput(typed);
        assert.ok(!reading.ok, JSON.stringify(typed.slice(0, 40)));
        assert.match(reading.problem.template, /2026-03-01 18:30 .*2026-03-01T18:30.*a date alone/, JSON.stringify(typed.slice(0, 40)));
        assert.deepEqual(reading.problem.args, []);
        assert.ok(validate.dateOrDateTime(typed));
      }
    });

    it('refuses years the file cannot hold', () => {
      for (const typed of ['1899-12-31 10:00', '3000-01-01', '0000-01-01']) {
        assert.ok(!readDateTimeInput(typed).ok, typed);
      }
    });

    it('reads a huge paste at once', () => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 100; i++) {
        readDateTimeInput(`${' '.repeat(100_000)}2026-10-14 10:30${' '.repeat(100_000)}`);
      }
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000);
    });
  });

  it('shows a stored date-time for editing in the space form people type', () => {
    assert.equal(dateTimeInputValue('2026-10-14T10:30'), '2026-10-14 10:30');
    assert.equal(dateTimeInputValue('2026-10-14'), '2026-10-14');
    assert.deepEqual(readDateTimeInput(dateTimeInputValue('2026-10-14T10:30')), { ok: true, value: '2026-10-14T10:30' });
  });
});
