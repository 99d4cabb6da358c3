import * as assert from 'node:assert/strict';
import { daysToLog, hoursEntries } from '../../../src/core/gitHistory/daysToLog';
import { client, day } from '../support/build';
import { Client } from '../../../src/core/schema';
import { commit, evidence } from '../support/commits';

const TODAY = day('2026-06-15');

describe('daysToLog (Log Hours from Git)', () => {
  it('lists the days with sessions and no hours logged, newest first, with the estimate', () => {
    const commits = [
      commit('2026-06-10T22:00:00+02:00'),
      commit('2026-06-10T23:30:00+02:00'), // the same session: 22:00 to 23:30 plus 30 minutes before
      commit('2026-06-11T10:00:00+02:00'),
      commit('2026-06-12T09:00:00+02:00'), // logged already
      commit('2026-06-20T09:00:00+02:00'), // ahead of today: a wrong clock
    ];
    const c = client({ hours: [{ date: '2026-06-12', hours: 3 }] });
    assert.deepStrictEqual(daysToLog(c as Client, evidence(commits), TODAY), [
      { date: '2026-06-11', hours: 0.5, sessions: 1, commits: 1 },
      { date: '2026-06-10', hours: 2, sessions: 1, commits: 2 },
    ]);
  });

  it('counts a night past midnight on the evening it began, and caps a day at 24 hours', () => {
    const night = [commit('2026-06-10T23:00:00+02:00'), commit('2026-06-11T00:30:00+02:00')];
    assert.deepStrictEqual(daysToLog(client({}) as Client, evidence(night), TODAY), [{ date: '2026-06-10', hours: 2, sessions: 1, commits: 2 }]);
    const marathon = Array.from({ length: 30 }, (_, i) => commit(`2026-06-1${Math.floor(i / 24)}T${String(i % 24).padStart(2, '0')}:00:00+00:00`));
    assert.equal(daysToLog(client({}) as Client, evidence(marathon), TODAY)[0].hours, 24);
  });

  it('writes the days chosen oldest first, each with the note', () => {
    const days = [
      { date: '2026-06-11', hours: 0.5, sessions: 1, commits: 1 },
      { date: '2026-06-10', hours: 2, sessions: 1, commits: 2 },
    ];
    assert.deepStrictEqual(hoursEntries(days, 'Estimated from git'), [
      { date: '2026-06-10', hours: 2, note: 'Estimated from git' },
      { date: '2026-06-11', hours: 0.5, note: 'Estimated from git' },
    ]);
  });
});
