import * as assert from 'node:assert/strict';
import { ActiveTime, IDLE_CUT_MS } from '../../../src/core/editorTime/activeTime';
import { localToday } from '../../../src/core/dates';

const MIN = 60_000;

/** A local instant: the counter splits days at the machine's local midnight, whatever its time zone. */
function at(year: number, month: number, day: number, hour: number, minute = 0, second = 0): number {
  return new Date(year, month - 1, day, hour, minute, second).getTime();
}

function dayOf(t: number): number {
  return localToday(new Date(t));
}

/** A fake clock driving the counter as the editor would: heartbeats at chosen instants. */
function run(counter: ActiveTime, start: number, minutesApart: readonly number[]): number {
  let t = start;
  counter.activity(t);
  for (const m of minutesApart) {
    t += m * MIN;
    counter.activity(t);
  }
  return t;
}

describe('ActiveTime (editor time)', () => {
  it('counts the time between heartbeats less than 5 minutes apart', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    const end = run(counter, start, [1, 2, 4.9, 1]);
    assert.deepStrictEqual(counter.take(end), new Map([[dayOf(start), 8.9 * MIN]]));
  });

  it('cuts at 5 minutes: a pause of 5 minutes or more counts nothing, not even its first 5 minutes', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    const end = run(counter, start, [2, 5, 3, 30, 1]);
    // 2 minutes, then a pause of exactly 5 (cut), 3, a pause of 30 (cut), 1.
    assert.deepStrictEqual(counter.take(end), new Map([[dayOf(start), 6 * MIN]]));
    assert.equal(IDLE_CUT_MS, 5 * MIN);
  });

  it('counts nothing after the last heartbeat: a lone event is no time at all', () => {
    const counter = new ActiveTime();
    counter.activity(at(2026, 3, 5, 9));
    assert.deepStrictEqual(counter.take(at(2026, 3, 5, 9, 4)), new Map());
    assert.deepStrictEqual(counter.take(at(2026, 3, 5, 12)), new Map());
  });

  it('splits a run across local midnight into the two days', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 23, 56);
    const end = run(counter, start, [2, 2, 2, 2]); // 23:56 to 00:04
    assert.deepStrictEqual(
      counter.take(end),
      new Map([
        [dayOf(start), 4 * MIN],
        [dayOf(end), 4 * MIN],
      ]),
    );
    assert.equal(dayOf(end), dayOf(start) + 1);
  });

  it('stops on blur: the gap until the next focus counts nothing, even when short', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    run(counter, start, [1, 1]);
    counter.blur();
    const back = at(2026, 3, 5, 9, 3); // one minute after the last heartbeat, but the window was elsewhere
    run(counter, back, [1]);
    assert.deepStrictEqual(counter.take(back + MIN), new Map([[dayOf(start), 3 * MIN]]));
  });

  it('takes what was counted so far and goes on counting the same run', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    const mid = run(counter, start, [1, 1]);
    assert.deepStrictEqual(counter.take(mid + 30_000), new Map([[dayOf(start), 2 * MIN]]));
    counter.activity(mid + MIN);
    assert.deepStrictEqual(counter.take(mid + MIN), new Map([[dayOf(start), MIN]]));
    assert.deepStrictEqual(counter.take(mid + MIN), new Map(), 'taken once');
  });

  it('ends a run a take finds idle: a heartbeat after it starts afresh', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    run(counter, start, [1]);
    assert.deepStrictEqual(counter.take(start + 7 * MIN), new Map([[dayOf(start), MIN]]));
    counter.activity(start + 8 * MIN);
    assert.deepStrictEqual(counter.take(start + 8 * MIN), new Map(), 'the 7 minutes since the last heartbeat are not work');
  });

  it('treats a clock set back as a new run rather than negative time', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    run(counter, start, [2]);
    counter.activity(start - 60 * MIN);
    counter.activity(start - 59 * MIN);
    assert.deepStrictEqual(counter.take(start - 59 * MIN), new Map([[dayOf(start), 3 * MIN]]));
  });

  it('costs nothing per event in a burst: 200,000 heartbeats fold nothing until taken, then count their span', () => {
    const counter = new ActiveTime();
    const start = at(2026, 3, 5, 9);
    const began = process.hrtime.bigint();
    for (let i = 0; i < 200_000; i++) {
      counter.activity(start + i); // a keystroke each millisecond
    }
    const ns = Number(process.hrtime.bigint() - began);
    assert.ok(ns / 200_000 < 2_000, `${ns / 200_000} ns per event`);
    assert.deepStrictEqual(counter.take(start + 199_999), new Map([[dayOf(start), 199_999]]));
  });
});
