/**
 * What "when did it happen" offers: the moment of typing is not the moment a
 * request came in, so "now" is offered only inside working hours, and today at
 * the start of the working day comes first.
 */
import * as assert from 'node:assert/strict';
import { workingHoursOf } from '../../src/core/health/facts';
import { ClientFile } from '../../src/core/schema';
import { whenSuggestions } from '../../src/core/workingTime';

const file = (workingHours?: object) => ({ version: 1, freelancer: { name: 'Me', ...(workingHours ? { workingHours } : {}) }, clients: [] }) as unknown as ClientFile;
const standard = workingHoursOf(file());

describe('whenSuggestions', () => {
  it('at 03:40 on a Wednesday offers today at 09:00 and no "now"', () => {
    assert.deepEqual(whenSuggestions(new Date(2026, 11, 2, 3, 40), standard), { today: '2026-12-02', startOfWork: '2026-12-02T09:00', now: undefined });
  });

  it('offers "now" inside working hours, up to the minute before the end', () => {
    assert.equal(whenSuggestions(new Date(2026, 11, 2, 10, 15), standard).now, '2026-12-02T10:15');
    assert.equal(whenSuggestions(new Date(2026, 11, 2, 17, 59), standard).now, '2026-12-02T17:59');
    assert.equal(whenSuggestions(new Date(2026, 11, 2, 18, 0), standard).now, undefined);
  });

  it('on a day off offers neither the start of work nor "now", only today without a time', () => {
    assert.deepEqual(whenSuggestions(new Date(2026, 11, 5, 11, 0), standard), { today: '2026-12-05', startOfWork: undefined, now: undefined });
  });

  it('follows the freelancer\'s own hours, a night shift included', () => {
    const night = workingHoursOf(file({ days: ['mon', 'tue'], start: '22:00', end: '06:00' }));
    assert.equal(whenSuggestions(new Date(2026, 11, 1, 3, 0), night).now, '2026-12-01T03:00', 'Tuesday 03:00 belongs to Monday night');
    assert.equal(whenSuggestions(new Date(2026, 11, 1, 3, 0), night).startOfWork, '2026-12-01T22:00');
    assert.equal(whenSuggestions(new Date(2026, 11, 3, 3, 0), night).now, undefined, 'Thursday 03:00: Wednesday is off');
  });
});
