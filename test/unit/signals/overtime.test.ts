import * as assert from 'node:assert/strict';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { MAX_COMMIT_EVIDENCE, overtime } from '../../../src/core/signals/overtime';
import { evaluate } from '../../../src/core/health/evaluate';
import { GitCommit } from '../../../src/core/gitHistory/commit';
import { client, day, input, makeFile } from '../support/build';
import { commit, evidence } from '../support/commits';
import { ClientFileChecker } from '../../../src/core/clientFileChecker';

// A Monday; the 30-day window runs from 2026-05-17 to today.
const TODAY = '2026-06-15';
const ago = (n: number) => formatDate(day(TODAY) - n);
/** A commit on a weekday `daysAgo` before today (2026-06-10 is a Wednesday) at a local time, in an offset. */
const at = (date: string, time: string, offset = '+02:00', subject?: string) => commit(`${date}T${time}:00${offset}`, 'me@example.com', subject);
const inHours = (count: number) => Array.from({ length: count }, (_, i) => at('2026-06-10', `${String(9 + (i % 9)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`));
const late = (count: number) => Array.from({ length: count }, (_, i) => at('2026-06-10', `22:${String(i % 60).padStart(2, '0')}`));

function run(commits: GitCommit[], rules: Rules = DEFAULT_RULES, workingHours?: Record<string, unknown>) {
  const file = makeFile([client({})], workingHours ? { workingHours } : {});
  return overtime({ ...input(file, TODAY, rules), git: new Map([[0, evidence(commits)]]) });
}

describe('signal overtime', () => {
  it('needs git evidence: without it nothing is read', () => {
    assert.equal(overtime(input(makeFile([client({})]), TODAY)), undefined);
  });

  it('needs at least 5 commits outside working hours, and at least 20% of them', () => {
    assert.equal(run([...late(4)]), undefined, '4 of 4 is 100% but fewer than 5');
    assert.equal(run([...late(5), ...inHours(20)])?.severity, 'warning', '5 of 25 is exactly 20%');
    assert.equal(run([...late(5), ...inHours(21)]), undefined, '5 of 26 is below 20%');
  });

  it('is critical from 40%', () => {
    assert.equal(run([...late(6), ...inHours(9)])?.severity, 'critical', '6 of 15 is exactly 40%');
    assert.equal(run([...late(6), ...inHours(10)])?.severity, 'warning', '6 of 16 is below 40%');
  });

  it('reads each commit in its own local time, not the reader\'s', () => {
    // 17:30 in New York is 23:30 in Paris: inside the working day where it was made.
    const ny = Array.from({ length: 5 }, (_, i) => at('2026-06-10', `17:3${i}`, '-04:00'));
    assert.equal(run(ny), undefined);
    // 08:30 local on a working day is before 09:00; 18:00 is outside (the end is excluded); Saturday is outside all day.
    assert.equal(run([at('2026-06-10', '08:30'), at('2026-06-10', '18:00'), at('2026-06-13', '11:00'), at('2026-06-13', '12:00'), at('2026-06-14', '10:00')])?.severity, 'critical');
  });

  it('follows the freelancer working hours and the rule settings', () => {
    const nights = late(5);
    assert.equal(run(nights, DEFAULT_RULES, { start: '20:00', end: '04:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }), undefined);
    assert.equal(run(late(2), { ...DEFAULT_RULES, overtime: { windowDays: 30, minCommits: 2, warningPercent: 20, criticalPercent: 40 } })?.severity, 'critical');
  });

  it('counts commits of the last 30 days only, by their local date', () => {
    const old = Array.from({ length: 5 }, (_, i) => at(ago(30), `23:0${i}`));
    assert.equal(run(old), undefined);
    const edge = Array.from({ length: 5 }, (_, i) => at(ago(29), `23:0${i}`));
    assert.equal(run(edge)?.severity, 'critical');
  });

  it('says how many, with the commits as evidence, newest first', () => {
    const commits = [at('2026-06-10', '22:05', '+02:00', 'Fix the \u001b[2Jcheckout'), ...late(4), at('2026-06-12', '23:40', '+02:00', 'Hotfix'), ...inHours(6)];
    const signal = run(commits)!;
    assert.equal(formatMessage(signal.message), '6 of your 12 commits for this client in the last 30 days (50%) were made outside your working hours.');
    assert.equal(formatMessage(signal.figure), '6 of 12 commits after hours');
    assert.equal(signal.evidence.length, 6);
    assert.equal(signal.evidence[0].kind, 'commit');
    assert.equal(signal.evidence[0].commit, commits[5].hash);
    assert.deepEqual(signal.evidence[0].path, ['clients', 0]);
    assert.equal(formatMessage(signal.evidence[0].message), `Commit ${commits[5].short} on 2026-06-12 at 23:40: Hotfix`);
    assert.ok(signal.evidence.some((e) => formatMessage(e.message).endsWith('22:05: Fix the \u001b[2Jcheckout')), 'the subject as the parser left it');
  });

  it('lists at most 50 commits and counts the rest', () => {
    const signal = run(late(60))!;
    assert.equal(signal.evidence.length, MAX_COMMIT_EVIDENCE + 1);
    assert.equal(formatMessage(signal.evidence[MAX_COMMIT_EVIDENCE].message), 'And 10 more commits outside your working hours.');
  });

  it('counts a commit read twice once', () => {
    const [c] = late(1);
    assert.equal(run([c, c, c, c, c]), undefined);
  });

  it('runs in evaluate only when git evidence is given, and never for an ended client', () => {
    const file = makeFile([client({})]);
    const commits = late(6);
    assert.deepEqual(
      evaluate(file, day(TODAY)).map((h) => h.signals.map((s) => s.id)),
      [[]],
    );
    const [health] = evaluate(file, day(TODAY), DEFAULT_RULES, { gitEvidence: evidence(commits) });
    assert.deepEqual(
      health.signals.map((s) => [s.id, s.severity]),
      [['overtime', 'critical']],
    );
    assert.deepEqual(health.breakdown, [{ id: 'overtime', severity: 'critical', points: 14 }]);
    const ended = makeFile([client({ status: 'ended' })]);
    assert.deepEqual(evaluate(ended, day(TODAY), DEFAULT_RULES, { gitEvidence: { ...evidence(commits), clientIds: ['acme'] } })[0].signals, []);
  });
});

describe('ClientFileChecker with git evidence', () => {
  it('evaluates as evaluate does, and again when a new read of the evidence arrives', () => {
    const checker = new ClientFileChecker();
    const file = makeFile([client({})]);
    const first = { commits: late(6), useForHours: 'whenNoHoursLogged' as const };
    const second = { commits: [...late(6), ...inHours(30)], useForHours: 'whenNoHoursLogged' as const };
    for (const git of [undefined, first, second, first, undefined]) {
      const health = checker.evaluate(file, day(TODAY), DEFAULT_RULES, undefined, git);
      assert.deepStrictEqual(health, evaluate(file, day(TODAY), DEFAULT_RULES, { gitEvidence: git }));
      assert.equal(health[0].signals.some((s) => s.id === 'overtime'), git === first);
    }
  });
});
