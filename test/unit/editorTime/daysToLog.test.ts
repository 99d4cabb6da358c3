import * as assert from 'node:assert/strict';
import { editorTimeClient, evidenceDaysToLog, evidenceHoursEntries } from '../../../src/core/editorTime/daysToLog';
import { DayToLog } from '../../../src/core/gitHistory/daysToLog';
import { Client } from '../../../src/core/schema';
import { client, day, makeFile } from '../support/build';

const TODAY = day('2026-06-15');
const gitDay = (date: string, hours: number): DayToLog => ({ date, hours, sessions: 1, commits: 2 });

describe('evidenceDaysToLog (Log Hours from Git and Editor Time)', () => {
  it('offers git days, editor days and days both show, newest first, each with its source', () => {
    const c = client({ hours: [{ date: '2026-06-12', hours: 3 }] }) as Client;
    const editor = new Map([
      [day('2026-06-11'), 5400], // both: git says 2 h, the editor 1.5 h
      [day('2026-06-12'), 3600], // logged already
      [day('2026-06-13'), 2700], // editor only
      [day('2026-06-16'), 3600], // after today
      [day('2026-06-14'), 17], // under a hundredth of an hour
    ]);
    const days = evidenceDaysToLog(c, [gitDay('2026-06-11', 2), gitDay('2026-06-10', 0.5)], editor, TODAY);
    assert.deepStrictEqual(days, [
      { date: '2026-06-13', source: 'editor', hours: 0.75, editorHours: 0.75 },
      { date: '2026-06-11', source: 'both', hours: 2, git: gitDay('2026-06-11', 2), editorHours: 1.5 },
      { date: '2026-06-10', source: 'git', hours: 0.5, git: gitDay('2026-06-10', 0.5) },
    ]);
  });

  it('logs the larger estimate of a day both show', () => {
    const days = evidenceDaysToLog(client({}) as Client, [gitDay('2026-06-11', 0.5)], new Map([[day('2026-06-11'), 7200]]), TODAY);
    assert.equal(days[0].hours, 2);
  });

  it('writes the ticked days oldest first, each with its source’s note', () => {
    const days = evidenceDaysToLog(client({}) as Client, [gitDay('2026-06-11', 2)], new Map([[day('2026-06-13'), 2700], [day('2026-06-11'), 60]]), TODAY);
    assert.deepStrictEqual(evidenceHoursEntries(days, { git: 'G', editor: 'E', both: 'B' }), [
      { date: '2026-06-11', hours: 2, note: 'B' },
      { date: '2026-06-13', hours: 0.75, note: 'E' },
    ]);
  });

  it("offers no editor day before the client's contract started: the folder's earlier time was for another client", () => {
    const c = client({ contract: { signed: '2026-06-01', start: '2026-06-11' } }) as Client;
    const editor = new Map([
      [day('2026-06-10'), 3600],
      [day('2026-06-11'), 3600],
    ]);
    assert.deepStrictEqual(evidenceDaysToLog(c, [], editor, TODAY).map((d) => d.date), ['2026-06-11']);
  });

  it('gives a folder’s time to its only client that has not ended, else to none', () => {
    assert.equal(editorTimeClient(makeFile([client({ status: 'ended' }, 'old'), client({}, 'new')])), 1);
    assert.equal(editorTimeClient(makeFile([client({}, 'a'), client({}, 'b')])), undefined);
  });
});
