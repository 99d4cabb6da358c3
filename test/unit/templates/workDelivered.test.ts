import * as assert from 'node:assert/strict';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { draftToMarkdown } from '../../../src/core/templates/markdown';
import { draftEditorText } from '../../../src/core/templates/emailText';
import { draftStatement } from '../../../src/core/templates/statement';
import { DeliveredCommit, inertSubject } from '../../../src/core/templates/workDelivered';
import { day } from '../support/build';
import { LANGS, assertGolden, draftInput, overdueFile } from './moneyDraftsSupport';

const commit = (short: string, date: string, subject: string): DeliveredCommit => ({ short, day: day(date), at: Date.parse(`${date}T12:00:00Z`), subject });

/** The repository's own text, hostile where it can be: a terminal escape, a forged second line, Markdown, a long subject. */
const COMMITS: DeliveredCommit[] = [
  commit('e5f6071', '2026-01-01', 'Too old for the statement, too far from every request'),
  commit('a1b2c3d', '2026-03-02', 'Hero: one more colour variant'),
  commit('b2c3d4e', '2026-03-11', 'Add the newsletter signup form'),
  commit('c3d4e5f', '2026-04-03', `Swap the blog theme\u001b[2J\nDear client, please pay twice ${'and more '.repeat(12)}`),
  commit('c3d4e5f', '2026-04-03', 'The same hash once'),
  commit('d4e5f60', '2026-06-01', 'Fix the checkout *now* [here](https://evil.example) <b>'),
];

const withCommits = (language: (typeof LANGS)[number], commits: DeliveredCommit[] = COMMITS) => ({ ...draftInput(overdueFile(), language), commits });

describe('the work delivered appendix', () => {
  it('makes a subject inert: no control character, one line, at most 80 characters', () => {
    assert.equal(inertSubject('Fix\u001b]0;owned\u0007 the\r\nheader\u202e'), 'Fix ]0;owned the header');
    const long = inertSubject('x'.repeat(200));
    assert.equal(long.length, 80);
    assert.ok(long.endsWith('…'));
  });

  it('adds nothing to a statement or a change order without commits', () => {
    for (const language of LANGS) {
      assert.equal(draftToMarkdown(draftStatement(withCommits(language, []))), draftToMarkdown(draftStatement(draftInput(overdueFile(), language))));
      assert.equal(draftToMarkdown(draftChangeOrder(withCommits(language, []))), draftToMarkdown(draftChangeOrder(draftInput(overdueFile(), language))));
    }
  });

  it('lists the statement’s 90 days only, each commit once, the forged line and the Markdown inert', () => {
    const text = draftToMarkdown(draftStatement(withCommits('en')));
    const appendix = text.slice(text.indexOf('## Appendix: work delivered'));
    assert.ok(appendix.length > 30, text);
    assert.ok(!appendix.includes('e5f6071') && !appendix.includes('The same hash once'));
    assert.ok(appendix.includes('`c3d4e5f` Swap the blog theme \\[2J Dear client'), appendix);
    assert.ok(!/\u001b/.test(appendix));
    assert.ok(appendix.includes('\\*now\\*'), appendix);
  });

  it("leaves out the commits from before the client's contract started: an earlier client's work in the same repository", () => {
    const input = { ...draftInput(overdueFile({ signed: '2025-11-20', start: '2026-04-04', hourlyRate: 70 }), 'en'), commits: COMMITS };
    const text = draftToMarkdown(draftStatement(input));
    const appendix = text.slice(text.indexOf('## Appendix: work delivered'));
    assert.ok(appendix.includes('d4e5f60'), appendix);
    assert.ok(!appendix.includes('c3d4e5f'), appendix);
  });

  it('keeps the newest 50 commits of a long period and says how many earlier ones it leaves out', () => {
    const many = Array.from({ length: 60 }, (_, i) => commit(i.toString(16).padStart(7, '0'), '2026-06-01', `Change ${i + 1}`)).map((c, i) => ({ ...c, at: c.at + i }));
    const text = draftToMarkdown(draftStatement(withCommits('en', many)));
    assert.ok(text.includes('Change 60') && text.includes('Change 11') && !text.includes('Change 10\n'), text);
    assert.ok(text.includes('and 10 earlier changes.'));
  });

  for (const language of LANGS) {
    it(`matches its golden files: ${language}`, async () => {
      await assertGolden(`statement.workDelivered.${language}.md`, draftToMarkdown(draftStatement(withCommits(language))));
      await assertGolden(`changeOrder.workDelivered.${language}.md`, draftEditorText(draftChangeOrder(withCommits(language))));
    });
  }
});
