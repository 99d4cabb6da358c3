import * as assert from 'node:assert/strict';
import { GitLogParser, MAX_SUBJECT_CHARS, parseAuthorDate, parseGitLog } from '../../../src/core/gitHistory/parse';
import { GIT_LOG_FORMAT } from '../../../src/core/gitHistory/format';
import { authorFilter, distinctEmails } from '../../../src/core/gitHistory/authors';
import { formatDate } from '../../../src/core/dates';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
/** One record as `git log --format=GIT_LOG_FORMAT` prints it: fields, the record separator, then tformat's line break. */
const rec = (hash: string, iso: string, email: string, subject: string, short = hash.slice(0, 7)) => `${hash}\0${short}\0${iso}\0${email}\0${subject}\u001e\n`;

describe('git log parser', () => {
  it('reads the fields of the fixed format, in the order git prints them', () => {
    assert.equal(GIT_LOG_FORMAT, '%H%x00%h%x00%aI%x00%aE%x00%s%x1e');
    const { commits, skipped } = parseGitLog(rec(H1, '2026-03-01T22:15:03+01:00', 'me@example.com', 'Fix login') + rec(H2, '2026-03-02T08:00:00-05:30', 'Me@Example.com', 'Add tests'));
    assert.equal(skipped, 0);
    assert.deepEqual(
      commits.map((c) => [c.short, formatDate(c.day), c.minutes, c.offsetMinutes, new Date(c.at).toISOString(), c.authorEmail, c.subject]),
      [
        ['aaaaaaa', '2026-03-01', 22 * 60 + 15, 60, '2026-03-01T21:15:03.000Z', 'me@example.com', 'Fix login'],
        ['bbbbbbb', '2026-03-02', 8 * 60, -330, '2026-03-02T13:30:00.000Z', 'Me@Example.com', 'Add tests'],
      ],
    );
  });

  it('gives the same commits whatever the chunks, even cut inside a field or a character', () => {
    const text = rec(H1, '2026-03-01T22:15:03Z', 'me@example.com', 'Café ☕ 𝄞 déploiement') + rec(H2, '2026-03-02T08:00:00+00:00', 'me@example.com', 'Second');
    const whole = parseGitLog(text).commits;
    for (const size of [1, 2, 3, 7, 50]) {
      const parser = new GitLogParser();
      const commits = [];
      for (let i = 0; i < text.length; i += size) {
        commits.push(...parser.push(text.slice(i, i + size)));
      }
      commits.push(...parser.end());
      assert.deepEqual(commits, whole, `chunks of ${size}`);
      assert.equal(parser.skipped, 0);
    }
  });

  it('skips and counts malformed records, never throws', () => {
    const text = [
      'garbage\u001e',
      rec('xyz', '2026-03-01T10:00:00Z', 'me@example.com', 'not a hash'),
      rec(H1, '2026-02-30T10:00:00Z', 'me@example.com', 'no such day'),
      rec(H1, '2026-03-01T10:00:00+25:00', 'me@example.com', 'no such offset'),
      rec(H1, '2026-03-01 10:00:00 +0100', 'me@example.com', 'not strict ISO'),
      rec(H1, '2026-03-01T10:00:00Z', '', 'no email'),
      rec(H1, '2026-03-01T10:00:00Z', 'me@example.com', 'short is not a prefix', 'bbbbbbb'),
      `${H1}\0aaaaaaa\0extra\0field\0too\0many\u001e\n`,
      rec(H2, '2026-03-01T10:00:00Z', 'me@example.com', 'kept'),
      `${H1}\0aaaaaaa\u00002026-03-01T10:00:00Z\0me@example.com\0cut off`,
    ].join('');
    const { commits, skipped } = parseGitLog(text);
    assert.deepEqual(
      commits.map((c) => c.subject),
      ['kept'],
    );
    assert.equal(skipped, 9);
  });

  it('makes control characters of a subject and an email inert, and cuts a long subject', () => {
    const [c] = parseGitLog(rec(H1, '2026-03-01T10:00:00Z', 'me\u001b]0;x@example.com', 'Title\u001b[2J\u202eevil')).commits;
    assert.equal(c.subject, 'Title\\u001b[2J\\u202eevil');
    assert.equal(c.authorEmail, 'me\\u001b]0;x@example.com');
    const [long] = parseGitLog(rec(H1, '2026-03-01T10:00:00Z', 'me@example.com', 'x'.repeat(MAX_SUBJECT_CHARS - 1) + '𝄞' + 'y'.repeat(10_000))).commits;
    assert.equal(long.subject, 'x'.repeat(MAX_SUBJECT_CHARS - 1) + '…', 'no half surrogate pair');
  });

  it('keeps bounded memory for a record without end, and reads the records after it', () => {
    const parser = new GitLogParser();
    parser.push(`${H1}\0aaaaaaa\u00002026-03-01T10:00:00Z\0me@example.com\0`);
    for (let i = 0; i < 1000; i++) {
      parser.push('z'.repeat(10_000));
    }
    assert.ok((parser as unknown as { pending: string }).pending.length <= 4096);
    const after = parser.push('\u001e\n' + rec(H2, '2026-03-01T11:00:00Z', 'me@example.com', 'next'));
    assert.deepEqual(
      after.map((c) => [c.hash, c.subject.length]),
      [
        [H1, MAX_SUBJECT_CHARS + 1],
        [H2, 4],
      ],
    );
  });

  it('reads 64-digit (SHA-256) hashes', () => {
    assert.equal(parseGitLog(rec('c'.repeat(64), '2026-03-01T10:00:00Z', 'me@example.com', 'sha256')).commits.length, 1);
  });

  it('parses %aI into the instant and the local wall clock', () => {
    assert.deepEqual(parseAuthorDate('2026-03-29T01:30:00-00:00')?.offsetMinutes, -0);
    const late = parseAuthorDate('2026-12-31T23:59:59+14:00')!;
    assert.equal(new Date(late.at).toISOString(), '2026-12-31T09:59:59.000Z');
    assert.equal(late.minutes, 23 * 60 + 59);
    assert.equal(parseAuthorDate('2026-12-31T24:00:00Z'), undefined);
  });
});

describe('git authors', () => {
  it('compares emails case-insensitively against the user list, and an empty list matches nobody', () => {
    const [c] = parseGitLog(rec(H1, '2026-03-01T10:00:00Z', 'Me@Example.COM', 's')).commits;
    assert.equal(authorFilter(['me@example.com'])(c), true);
    assert.equal(authorFilter([' ME@example.com '])(c), true);
    assert.equal(authorFilter(['other@example.com'])(c), false);
    assert.equal(authorFilter([])(c), false);
    assert.deepEqual(distinctEmails(['a@x.io', 'A@X.io', '', 3, ' b@x.io ']), ['a@x.io', 'b@x.io']);
  });
});
