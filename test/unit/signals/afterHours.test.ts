import * as assert from 'node:assert';
import { formatDate, weekday } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { afterHours } from '../../../src/core/signals/afterHours';
import { client, day, input, makeFile } from '../support/build';

// A Monday. The 30-day window runs from 2026-05-17 (today - 29) to today; 2026-05-16 (today - 30) is outside.
const TODAY = '2026-06-15';
const ago = (n: number) => formatDate(day(TODAY) - n);

const req = (at: string, summary = `Request at ${at}`) => ({ at, summary, type: 'change' });
const entry = (at: string, kind: string, note?: string) => ({ at, kind, ...(note ? { note } : {}) });

function run(fields: { requests?: unknown[]; journal?: unknown[]; status?: string }, workingHours?: Record<string, unknown>, rules: Rules = DEFAULT_RULES) {
  return afterHours(input(makeFile([client(fields)], workingHours ? { workingHours } : {}), TODAY, rules));
}

/** How many of the given requests count, read from a signal with a warning threshold of 1. */
function counted(requests: unknown[], workingHours?: Record<string, unknown>): number {
  const rules: Rules = { ...DEFAULT_RULES, afterHours: { windowDays: 30, warning: 1, critical: 1000 } };
  return run({ requests }, workingHours, rules)?.evidence.length ?? 0;
}

describe('signal afterHours', () => {
  it('uses a Monday as today in these tests', () => {
    assert.strictEqual(weekday(day(TODAY)), 0);
    assert.strictEqual(weekday(day('2026-06-13')), 5);
  });

  it('counts requests outside the default working hours, mon-fri 09:00-18:00 (start included, end excluded)', () => {
    assert.strictEqual(counted([req('2026-06-10T10:00'), req('2026-06-10T09:00'), req('2026-06-10T17:59')]), 0);
    assert.strictEqual(counted([req('2026-06-10T08:59')]), 1);
    assert.strictEqual(counted([req('2026-06-10T18:00')]), 1);
    assert.strictEqual(counted([req('2026-06-10T23:30')]), 1);
    assert.strictEqual(counted([req('2026-06-10T00:00')]), 1);
  });

  it('counts any time on a day that is not a working day', () => {
    assert.strictEqual(counted([req('2026-06-13T10:00'), req('2026-06-14T15:00')]), 2);
    assert.strictEqual(counted([req('2026-06-13T10:00')], { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }), 0);
    assert.strictEqual(counted([req('2026-06-10T10:00')], { days: ['mon', 'tue'] }), 1, 'a Wednesday off');
  });

  it('counts a date-only request only on a day that is not a working day', () => {
    assert.strictEqual(counted([req('2026-06-13'), req('2026-06-14'), req('2026-06-10')]), 2, 'Saturday and Sunday count, Wednesday does not');
  });

  describe('a working day that runs past midnight (mon-fri 20:00-04:00)', () => {
    const night = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '20:00', end: '04:00' };

    it('is inside from the start to midnight on a working day', () => {
      assert.strictEqual(counted([req('2026-06-10T20:00'), req('2026-06-10T23:59')], night), 0);
      assert.strictEqual(counted([req('2026-06-10T19:59')], night), 1);
      assert.strictEqual(counted([req('2026-06-10T12:00')], night), 1, 'noon is outside a night shift');
    });

    it('is inside after midnight until the end when the previous day is a working day', () => {
      assert.strictEqual(counted([req('2026-06-10T00:00'), req('2026-06-10T03:59')], night), 0, 'Wednesday night belongs to the Tuesday shift');
      assert.strictEqual(counted([req('2026-06-10T04:00')], night), 1, 'the end is excluded');
      assert.strictEqual(counted([req('2026-06-13T02:00')], night), 0, 'Saturday 02:00 ends the Friday shift');
      assert.strictEqual(counted([req('2026-06-13T21:00')], night), 1, 'Saturday evening is a day off');
      assert.strictEqual(counted([req('2026-06-08T02:00')], night), 1, 'Monday 02:00 follows a Sunday off');
      assert.strictEqual(counted([req('2026-06-14T02:00')], night), 1, 'Sunday 02:00 follows a Saturday off');
    });
  });

  it('counts timed afterHoursContact entries only outside working hours, date-only ones always, and urgent demands always', () => {
    const rules: Rules = { ...DEFAULT_RULES, afterHours: { windowDays: 30, warning: 1, critical: 1000 } };
    const signal = run(
      {
        journal: [
          entry('2026-06-10T10:00', 'afterHoursContact'), // inside hours: no
          entry('2026-06-10T22:15', 'afterHoursContact', 'Called about a typo'), // yes
          entry('2026-06-11', 'afterHoursContact'), // date only: the kind is the freelancer's word, yes
          entry('2026-06-11T11:00', 'urgentDemand'), // urgent, in hours: yes
          entry('2026-06-12', 'urgentDemand'), // urgent, date only: yes
          entry('2026-06-12T23:00', 'note'), // other kinds: no
          entry('2026-06-12T23:30', 'negative'), // no
        ],
      },
      undefined,
      rules,
    );
    assert.deepStrictEqual(
      signal?.evidence.map((e) => [e.kind, e.path]),
      [
        ['journal', ['clients', 0, 'journal', 4]],
        ['journal', ['clients', 0, 'journal', 3]],
        ['journal', ['clients', 0, 'journal', 2]],
        ['journal', ['clients', 0, 'journal', 1]],
      ],
    );
    assert.deepStrictEqual(
      signal?.evidence.map((e) => formatMessage(e.message)),
      [
        'The client made an urgent demand on 2026-06-12.',
        'The client made an urgent demand on 2026-06-11 at 11:00.',
        'The client contacted you outside your working hours on 2026-06-11.',
        'The client contacted you on 2026-06-10 at 22:15, outside your working hours.',
      ],
    );
  });

  it('warns from 2 to 4 and is critical at 5', () => {
    const late = (n: number) => Array.from({ length: n }, (_, i) => req(`2026-06-0${i + 1}T21:00`, `R${i + 1}`));
    assert.strictEqual(run({ requests: late(1) }), undefined);
    assert.strictEqual(run({ requests: late(2) })?.severity, 'warning');
    assert.strictEqual(run({ requests: late(4) })?.severity, 'warning');
    const signal = run({ requests: late(5) });
    assert.strictEqual(signal?.severity, 'critical');
    assert.strictEqual(formatMessage(signal.message), 'The client reached you outside your working hours or made an urgent demand 5 times in the last 30 days.');
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Request "R5" came in on 2026-06-05 at 21:00, outside your working hours.');
  });

  it('counts the window edge: today - 29 is in, today - 30 is out, and so is tomorrow', () => {
    assert.strictEqual(ago(30), '2026-05-16');
    const requests = [req(`${ago(30)}T22:00`, 'edge-out'), req(`${ago(29)}T22:00`, 'edge-in'), req(`${TODAY}T22:00`, 'today'), req('2026-06-16T22:00', 'tomorrow')];
    const signal = run({ requests });
    assert.strictEqual(signal?.severity, 'warning');
    assert.deepStrictEqual(
      signal?.evidence.map((e) => e.path),
      [
        ['clients', 0, 'requests', 2],
        ['clients', 0, 'requests', 1],
      ],
    );
  });

  it('takes the window and thresholds from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, afterHours: { windowDays: 7, warning: 1, critical: 2 } };
    const journal = [entry(`${ago(7)}T23:00`, 'afterHoursContact'), entry(`${ago(6)}T23:00`, 'afterHoursContact')];
    assert.strictEqual(run({ journal }, undefined, rules)?.severity, 'warning');
    assert.strictEqual(run({ journal: [...journal, entry(ago(1), 'urgentDemand')] }, undefined, rules)?.severity, 'critical');
    assert.strictEqual(run({ journal }, undefined, DEFAULT_RULES)?.evidence.length, 2, 'both are in the default 30 days');
  });

  it('mixes requests and journal entries, newest first', () => {
    const signal = run({ requests: [req('2026-06-01T07:00', 'Early')], journal: [entry('2026-06-05T23:00', 'afterHoursContact')] });
    assert.deepStrictEqual(
      signal?.evidence.map((e) => [e.kind, e.path]),
      [
        ['journal', ['clients', 0, 'journal', 0]],
        ['request', ['clients', 0, 'requests', 0]],
      ],
    );
    assert.match(formatMessage(signal.remedy), /working hours and on what counts as urgent/);
  });
});
