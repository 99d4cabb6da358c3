import * as assert from 'node:assert/strict';
import { GitCommit } from '../../../src/core/gitHistory/commit';
import { commit } from '../support/commits';
import { gitSessions, hoursByDay } from '../../../src/core/gitHistory/sessions';
import { evidenceSessions, gitEvidenceByClient, gitHoursInWindow, hoursSource } from '../../../src/core/gitHistory/evidence';
import { formatDate } from '../../../src/core/dates';
import { client, day, makeFile } from '../support/build';


const hours = (commits: GitCommit[]) => gitSessions(commits).map((s) => s.hours);

describe('hours from git', () => {
  it('counts one commit as half an hour', () => {
    assert.deepEqual(hours([commit('2026-03-02T10:00:00+01:00')]), [0.5]);
  });

  it('joins commits less than 2 hours apart; exactly 2 hours starts a new session', () => {
    assert.deepEqual(hours([commit('2026-03-02T10:00:00Z'), commit('2026-03-02T11:59:59Z')]), [Math.round((2.5 - 1 / 3600) * 1e6) / 1e6], 'one second short of 2 hours');
    assert.deepEqual(hours([commit('2026-03-02T10:00:00Z'), commit('2026-03-02T12:00:00Z')]), [0.5, 0.5]);
    // A chain of short gaps is one session however long it runs.
    assert.deepEqual(hours([commit('2026-03-02T09:00:00Z'), commit('2026-03-02T10:30:00Z'), commit('2026-03-02T12:00:00Z')]), [3.5]);
  });

  it('gives the same sessions for commits listed out of order', () => {
    const a = commit('2026-03-02T09:00:00Z');
    const b = commit('2026-03-02T10:00:00Z');
    const c = commit('2026-03-02T15:00:00Z');
    assert.deepEqual(gitSessions([c, a, b]), gitSessions([a, b, c]));
    assert.deepEqual(hours([c, a, b]), [1.5, 0.5]);
  });

  it('measures by the instant when the offset changes mid-session, and counts the session on its first local day', () => {
    // 23:30 in Paris (22:30Z), then 01:00 in London the next day (01:00Z): 2.5 hours apart, two sessions.
    assert.deepEqual(hours([commit('2026-03-02T23:30:00+01:00'), commit('2026-03-03T01:00:00+00:00')]), [0.5, 0.5]);
    // 23:30 in Paris (22:30Z), then 23:45 in London (23:45Z): 75 minutes apart, one session on the 2nd.
    const [s] = gitSessions([commit('2026-03-02T23:30:00+01:00'), commit('2026-03-02T23:45:00+00:00')]);
    assert.equal(s.hours, 1.75);
    assert.equal(formatDate(s.day), '2026-03-02');
    // Daylight saving: 01:30+01:00 then 03:00+02:00 is 30 minutes of real time, not 90.
    assert.deepEqual(hours([commit('2026-03-29T01:30:00+01:00'), commit('2026-03-29T03:00:00+02:00')]), [1]);
  });

  it('counts a session that runs past midnight on the day it started', () => {
    const sessions = gitSessions([commit('2026-03-02T23:00:00Z'), commit('2026-03-03T00:30:00Z'), commit('2026-03-03T10:00:00Z')]);
    assert.deepEqual(
      hoursByDay(sessions).map((d) => [formatDate(d.day), d.hours, d.sessions, d.commits]),
      [
        ['2026-03-02', 2, 1, 2],
        ['2026-03-03', 0.5, 1, 1],
      ],
    );
  });

  it('keeps authors apart, whatever the letter case of their email, and counts a hash once', () => {
    const a = commit('2026-03-02T10:00:00Z', 'me@example.com');
    const sessions = gitSessions([a, a, commit('2026-03-02T10:30:00Z', 'ME@example.com'), commit('2026-03-02T10:15:00Z', 'you@example.com')]);
    assert.deepEqual(
      sessions.map((s) => [s.author, s.hours, s.commits.length]),
      [
        ['me@example.com', 1, 2],
        ['you@example.com', 0.5, 1],
      ],
    );
  });

  it('treats the evidence as one person: two emails of the freelancer never count the same hour twice', () => {
    const commits = [commit('2026-03-02T10:00:00Z', 'me@work.io'), commit('2026-03-02T10:30:00Z', 'me@home.io')];
    assert.deepEqual(
      evidenceSessions({ commits, useForHours: 'whenNoHoursLogged' }).map((s) => s.hours),
      [1],
    );
  });

  it('sums the sessions that start in a window ending today', () => {
    const evidence = { commits: [commit('2026-03-01T10:00:00Z'), commit('2026-03-31T10:00:00Z'), commit('2026-04-01T10:00:00Z')], useForHours: 'always' as const };
    assert.deepEqual(gitHoursInWindow(evidence, day('2026-03-31'), 30), { hours: 0.5, sessions: 1, commits: 1 });
    assert.deepEqual(gitHoursInWindow(evidence, day('2026-03-31'), 31), { hours: 1, sessions: 2, commits: 2 });
  });

  it('chooses the hours per clientHealth.git.useForHours', () => {
    const e = (useForHours: 'whenNoHoursLogged' | 'never' | 'always') => ({ commits: [], useForHours });
    assert.equal(hoursSource(false, undefined), 'logged');
    assert.equal(hoursSource(false, e('whenNoHoursLogged')), 'git');
    assert.equal(hoursSource(true, e('whenNoHoursLogged')), 'logged');
    assert.equal(hoursSource(false, e('never')), 'logged');
    assert.equal(hoursSource(true, e('always')), 'git');
  });

  it('gives a repository to the file only client not ended, to the named clients, or to none when it cannot tell', () => {
    const evidence = { commits: [], useForHours: 'whenNoHoursLogged' as const };
    const one = makeFile([client({ status: 'ended' }, 'old'), client({}, 'acme')]);
    assert.deepEqual([...gitEvidenceByClient(one, evidence).keys()], [1]);
    const two = makeFile([client({}, 'a'), client({}, 'b')]);
    assert.deepEqual([...gitEvidenceByClient(two, evidence).keys()], []);
    assert.deepEqual([...gitEvidenceByClient(two, { ...evidence, clientIds: ['b'] }).keys()], [1]);
    assert.equal(gitEvidenceByClient(two, undefined).size, 0);
  });

  it("gives the client only the commits from its contract's start on: the repository served an earlier, ended client", () => {
    const commits = [commit('2026-03-31T17:00:00+02:00'), commit('2026-04-01T09:00:00+02:00'), commit('2026-04-02T09:00:00+02:00')];
    const evidence = { commits, useForHours: 'whenNoHoursLogged' as const };
    const file = makeFile([client({ status: 'ended' }, 'old'), client({ contract: { signed: '2026-03-20', start: '2026-04-01' } }, 'new')]);
    const mine = gitEvidenceByClient(file, evidence).get(1)!;
    assert.deepEqual(mine.commits.map((c) => formatDate(c.day)), ['2026-04-01', '2026-04-02']);
    assert.equal(gitEvidenceByClient(file, evidence).get(1), mine, 'the same evidence object each time, so its sessions are computed once');
    // Named clients too; a client without a start date keeps every commit.
    assert.equal(gitEvidenceByClient(file, { ...evidence, clientIds: ['new'] }).get(1)!.commits.length, 2);
    const noStart = makeFile([client({ status: 'ended' }, 'old'), client({}, 'new')]);
    assert.equal(gitEvidenceByClient(noStart, evidence).get(1)!.commits.length, 3);
  });
});
