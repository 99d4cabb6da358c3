import * as assert from 'node:assert/strict';
import { Block } from '../../../src/core/templates/document';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { TERMINATION_REASONS } from '../../../src/core/templates/terminationEmail';
import { client, makeFile } from '../support/build';
import { CLIENTS, FULL, golden, inputFor, NO_CONTACT, renderChecked } from './terminationFixtures';

const taskItems = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'tasks' ? b.items : []));

describe('offboarding checklist', () => {
  it('renders for every client, language and reason, with nothing left unfilled', () => {
    for (const [name, file] of Object.entries(CLIENTS)) {
      for (const language of DRAFT_LANGUAGES) {
        for (const reason of TERMINATION_REASONS) {
          const draft = offboardingChecklist(inputFor(file, language), { reason });
          assert.equal(draft.kind, 'offboardingChecklist');
          const { markdown } = renderChecked(draft, `${name}/${language}/${reason}`);
          assert.ok(/^- \[[ x]\] /m.test(markdown), 'a Markdown task list');
        }
      }
    }
  });

  it('is a task list from the call to looking after yourself, in that order', () => {
    const markdown = renderMarkdown(offboardingChecklist(inputFor(FULL, 'en')).blocks);
    const order = [
      /Call Jean Dupont/,
      /termination email/,
      /written agreement/,
      /final invoice for work done up to 6 April 2026/,
      /statement of account/,
      /Receive the final payment: €2,000\.00 still owed \(2026-002, 2026-003\)/,
      /Refund \(or credit\)/,
      /Repositories/,
      /Credentials: .*rotate/,
      /Domains and DNS/,
      /Hosting/,
      /Design files/,
      /Send your recommendations: Alex Rossi, Deniz Kaya/,
      /Remove your access/,
      /set `"status": "ended"` in the client file/,
      /Look after yourself/,
    ];
    let at = 0;
    for (const pattern of order) {
      const found = markdown.slice(at).search(pattern);
      assert.ok(found >= 0, `${pattern} missing or out of order`);
      at += found;
    }
  });

  it('ticks what the file shows as done', () => {
    const items = taskItems(offboardingChecklist(inputFor(FULL, 'en')).blocks);
    const done = items.filter((i) => i.done).map((i) => i.text);
    assert.deepEqual(done, ['Deliver Landing page by 20 February 2026'], 'only the delivered item, for an active client who owes money');

    const paidUp = taskItems(offboardingChecklist(inputFor(NO_CONTACT, 'en')).blocks);
    assert.ok(paidUp.some((i) => i.done && i.text === 'Final payment received: nothing is owed'));
    assert.ok(paidUp.some((i) => !i.done && /^Call your contact/.test(i.text)));

    const ending = makeFile([client({ name: 'Ending Co', status: 'ending' })]);
    const told = taskItems(offboardingChecklist(inputFor(ending, 'en')).blocks);
    assert.ok(told.find((i) => /^Call /.test(i.text))!.done);
    assert.ok(!told.find((i) => /status/.test(i.text))!.done);

    const ended = makeFile([client({ name: 'Ended Co', status: 'ended' })]);
    const archived = taskItems(offboardingChecklist(inputFor(ended, 'en')).blocks);
    assert.ok(archived.find((i) => /status/.test(i.text))!.done);
    assert.ok(archived.find((i) => /written agreement/.test(i.text))!.done);
  });

  it('Italian: calls the contact by name, or the referente without one, never "a il referente"', () => {
    const call = (file: typeof FULL) => taskItems(offboardingChecklist(inputFor(file, 'it')).blocks)[0].text;
    assert.match(call(FULL), /^Chiamare Jean Dupont per comunicare la fine della collaborazione: una telefonata, non un messaggio;/);
    assert.match(call(NO_CONTACT), /^Chiamare il referente per comunicare/);
  });

  for (const language of DRAFT_LANGUAGES) {
    it(`matches its golden file in ${language}`, () => {
      golden(`offboardingChecklist.${language}.md`, renderMarkdown(offboardingChecklist(inputFor(FULL, language)).blocks));
    });
  }
});
