import * as assert from 'node:assert/strict';
import { hoursByMonth } from '../../../src/core/editorTime/months';
import { evidenceSessions } from '../../../src/core/gitHistory/evidence';
import { Client } from '../../../src/core/schema';
import { client, day } from '../support/build';
import { commit, evidence } from '../support/commits';

const TODAY = day('2026-02-10');

describe('hoursByMonth (the dashboard’s hours per month)', () => {
  it('sets logged, git and editor hours side by side for the last 12 months, across the new year', () => {
    const c = client({ hours: [{ date: '2026-02-01', hours: 2 }, { date: '2026-01-15', hours: 1.5 }, { date: '2025-02-28', hours: 9 }] }) as Client;
    const sessions = evidenceSessions(evidence([commit('2026-01-20T10:00:00+01:00'), commit('2026-01-20T11:00:00+01:00'), commit('2025-12-31T23:00:00+01:00')]));
    const editor = new Map([[day('2026-01-20'), 4500], [day('2026-02-11'), 3600]]);
    const months = hoursByMonth(c, sessions, editor, TODAY);
    assert.equal(months.length, 12);
    assert.equal(months[0].month, '2025-03', 'February 2025 is 12 months back: left out');
    assert.deepStrictEqual(months.slice(-3), [
      { month: '2025-12', logged: 0, git: 0.5, editor: 0 },
      { month: '2026-01', logged: 1.5, git: 1.5, editor: 1.25 },
      { month: '2026-02', logged: 2, git: 0, editor: 0 },
    ]);
  });

  it('says when a source has nothing to say rather than showing zeros', () => {
    const months = hoursByMonth(client({}) as Client, undefined, new Map(), TODAY);
    assert.ok(months.every((m) => m.git === undefined && m.editor === undefined && m.logged === 0));
  });
});
