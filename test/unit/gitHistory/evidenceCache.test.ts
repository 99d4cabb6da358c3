import * as assert from 'node:assert/strict';
import { MAX_CACHED_COMMITS, fromCache, toCache } from '../../../src/git/gitEvidenceCache';
import { commit } from '../support/commits';

const TIP = 'a'.repeat(40);

describe('the git evidence cache (workspace state)', () => {
  it('gives back the commits it kept, local day and minutes included, in every offset', () => {
    const commits = [commit('2026-06-10T23:30:00+09:00', 'me@example.com', 'Late in Tokyo'), commit('2026-06-10T00:15:07-04:30'), commit('2026-01-01T00:00:00+00:00')];
    const back = fromCache(JSON.parse(JSON.stringify(toCache({ emailsKey: 'me@example.com', mailmap: 'm', tips: [TIP], commits }))));
    assert.deepStrictEqual(back, { emailsKey: 'me@example.com', mailmap: 'm', tips: [TIP], commits });
  });

  it('reads nothing from a state it did not write, or that was damaged (then git is read again)', () => {
    const good = toCache({ emailsKey: 'me@example.com', mailmap: 'm', tips: [TIP], commits: [commit('2026-06-10T10:00:00+02:00')] }) as { commits: unknown[][] };
    assert.equal(fromCache(undefined), undefined);
    assert.equal(fromCache({ ...good, v: 1 }), undefined);
    assert.equal(fromCache({ ...good, mailmap: undefined }), undefined, 'no mailmap digest: read under an unknown mapping');
    assert.equal(fromCache({ ...good, tips: ['HEAD'] }), undefined, 'a tip that is not a hash');
    assert.equal(fromCache({ ...good, commits: [[...good.commits[0].slice(0, 5)]] }), undefined, 'a row too short');
    assert.equal(fromCache({ ...good, commits: [['--output=x', 'x', 'e', 0, 0, 's']] }), undefined, 'a hash that is not one');
    assert.equal(fromCache({ ...good, commits: [[...good.commits[0].slice(0, 4), 24 * 60, 's']] }), undefined, 'an offset of a day');
  });

  it('makes a subject written into the state inert, and keeps at most its bound', () => {
    const row = toCache({ emailsKey: '', mailmap: '', tips: [], commits: [commit('2026-06-10T10:00:00+02:00')] }) as { commits: unknown[][] };
    row.commits[0][5] = 'Fix\u001b[2J';
    assert.equal(fromCache(row)?.commits[0].subject, 'Fix\\u001b[2J');
    const many = Array.from({ length: MAX_CACHED_COMMITS + 5 }, () => commit('2026-06-10T10:00:00+02:00'));
    assert.equal((toCache({ emailsKey: '', mailmap: '', tips: [], commits: many }) as { commits: unknown[] }).commits.length, MAX_CACHED_COMMITS);
  });
});
