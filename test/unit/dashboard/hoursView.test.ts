import * as assert from 'node:assert/strict';
import { hoursView } from '../../../src/dashboard/hoursView';
import { messages } from '../../../src/dashboard/protocol';
import { client, day, makeFile } from '../support/build';
import { commit } from '../support/commits';

const TODAY = day('2026-03-10');
const fmt = { month: (m: string) => `M${m}`, hours: (h: number) => h.toFixed(2) };

describe('the dashboard’s hours per month', () => {
  const file = makeFile([client({ hours: [{ date: '2026-03-02', hours: 1.5 }] })]);
  const git = { commits: [commit('2026-03-03T10:00:00+01:00'), commit('2026-03-03T11:30:00+01:00')], useForHours: 'whenNoHoursLogged' as const };

  it('sets logged, git and editor hours side by side for 12 months, as text', () => {
    const view = hoursView(file, 0, git, new Map([[day('2026-03-04'), 2700]]), TODAY, fmt);
    assert.deepStrictEqual(view.sources, { git: true, editor: true });
    assert.equal(view.rows.length, 12);
    assert.deepStrictEqual(view.rows[0], { month: 'M2025-04', logged: '0.00', git: '0.00', editor: '0.00' });
    assert.deepStrictEqual(view.rows[11], { month: 'M2026-03', logged: '1.50', git: '2.00', editor: '0.75' });
  });

  it('leaves a source out when it has nothing for this client, and gives the folder’s hours to no one among several clients', () => {
    const loggedOnly = hoursView(file, 0, undefined, new Map(), TODAY, fmt);
    assert.deepStrictEqual(loggedOnly.sources, { git: false, editor: false });
    assert.ok(loggedOnly.rows.every((r) => r.git === '' && r.editor === ''));
    const two = makeFile([client({}, 'a'), client({}, 'b')]);
    assert.deepStrictEqual(hoursView(two, 1, git, new Map([[day('2026-03-04'), 2700]]), TODAY, fmt).sources, { git: false, editor: false });
  });

  it("counts git and editor hours from the client's contract start only: the folder's earlier work was another client's", () => {
    const started = makeFile([client({ status: 'ended' }, 'old'), client({ contract: { signed: '2026-03-01', start: '2026-03-04' } }, 'new')]);
    const editor = new Map([
      [day('2026-03-03'), 3600],
      [day('2026-03-04'), 2700],
    ]);
    const view = hoursView(started, 1, git, editor, TODAY, fmt);
    // The commits of 3 March and that day's editor hour are before the start: git shows none, and only 4 March's 0.75 h counts.
    assert.deepStrictEqual(view.rows[11], { month: 'M2026-03', logged: '0.00', git: '0.00', editor: '0.75' });
  });

  it('is part of the update the page accepts, and a page refuses more than 12 months', () => {
    const view = hoursView(file, 0, git, undefined, TODAY, fmt);
    const schema = messages().DashboardModelSchema.shape.hours;
    assert.ok(schema.safeParse(view).success);
    assert.ok(!schema.safeParse({ ...view, rows: [...view.rows, view.rows[0]] }).success);
    assert.ok(!schema.safeParse({ ...view, sources: { git: 'yes', editor: false } }).success);
  });
});
