import * as assert from 'node:assert/strict';
import { KEEP_DAYS, addEditorTime, readEditorTime, secondsToHours } from '../../../src/core/editorTime/totals';
import { day } from '../support/build';

const TODAY = day('2026-03-05');

describe('editor time storage', () => {
  it('adds what was taken to the stored days, in seconds', () => {
    const first = addEditorTime(undefined, new Map([[TODAY, 90_000]]), TODAY);
    assert.deepStrictEqual(first, { v: 1, seconds: { '2026-03-05': 90 } });
    const second = addEditorTime(first, new Map([[TODAY, 30_500], [TODAY - 1, 60_000]]), TODAY);
    assert.deepStrictEqual(second, { v: 1, seconds: { '2026-03-04': 60, '2026-03-05': 120.5 } });
  });

  it('keeps only the last 400 days', () => {
    const old = addEditorTime(undefined, new Map([[TODAY - KEEP_DAYS, 60_000], [TODAY - KEEP_DAYS + 1, 60_000]]), TODAY);
    assert.deepStrictEqual(Object.keys(old.seconds), ['2025-01-30']);
  });

  it('reads back only dates with a plausible number of seconds', () => {
    assert.equal(readEditorTime(undefined).size, 0);
    assert.equal(readEditorTime({ v: 2, seconds: { '2026-03-05': 60 } }).size, 0);
    assert.equal(readEditorTime({ v: 1, seconds: ['x'] }).size, 0);
    const read = readEditorTime({ v: 1, seconds: { '2026-03-05': 60, '2026-02-30': 60, nope: 1, '2026-03-04': -1, '2026-03-03': 90_000, '2026-03-02': '60' } });
    assert.deepStrictEqual(read, new Map([[TODAY, 60]]));
  });

  it('never keeps more than a day in a day', () => {
    const full = addEditorTime({ v: 1, seconds: { '2026-03-05': 86_000 } }, new Map([[TODAY, 3_600_000]]), TODAY);
    assert.equal(full.seconds['2026-03-05'], 86_400);
  });

  it('gives hours to the hundredth', () => {
    assert.equal(secondsToHours(5400), 1.5);
    assert.equal(secondsToHours(60), 0.02);
    assert.equal(secondsToHours(17), 0);
  });
});
