import * as assert from 'node:assert/strict';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS } from '../../../src/core/templates/terminationEmail';
import { day } from '../support/build';
import { CLIENTS, FULL, golden, HOSTILE, inputFor, JPY, NO_CONTACT, NO_CONTRACT, renderChecked } from './terminationFixtures';

describe('termination agreement', () => {
  it('renders for every client, language and reason, with nothing left unfilled', () => {
    for (const [name, file] of Object.entries(CLIENTS)) {
      for (const language of DRAFT_LANGUAGES) {
        for (const reason of TERMINATION_REASONS) {
          const draft = terminationAgreement(inputFor(file, language), { reason });
          assert.equal(draft.kind, 'terminationAgreement');
          assert.equal(draft.subject, undefined);
          renderChecked(draft, `${name}/${language}/${reason}`);
        }
      }
    }
  });

  it('states the last day, what is still delivered, what is owed with its total, and the refund', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en')).blocks);
    assert.match(markdown, /Between Camille Martin \(“the Provider”\) and Acme SARL, represented by Jean Dupont \(“the Client”\)\./);
    assert.match(markdown, /The collaboration ends on 6 April 2026, the Provider’s last working day\./);
    assert.match(markdown, /\| Blog migration \| 27 Mar 2026 \|\n\| Style guide \| 6 Apr 2026 \|/);
    assert.match(markdown, /handed over in its current state by 6 April 2026:\n\n- Online shop/);
    assert.match(markdown, /\| 2026-002 \| 1 Feb 2026 \| 3 Mar 2026 \| €1,200\.00 \|/);
    assert.match(markdown, /\| 2026-003 \| 10 Mar 2026 \| 9 Apr 2026 \| €800\.00 \|/);
    assert.match(markdown, /\| \*\*Total\*\* \| {2}\| {2}\| \*\*€2,000\.00\*\* \|/);
    assert.match(markdown, /The Client pays the total of €2,000\.00 by 9 April 2026\./);
    assert.match(markdown, /The Provider refunds the share of the amounts paid that covers work not done/);
    assert.match(markdown, /- Alex Rossi \(alex@example\.com\): strong in Vue/);
    assert.doesNotMatch(markdown, /Landing page/, 'a delivered item is not listed');
  });

  it('hands over credentials through a secure channel or rotation, never in the document', () => {
    for (const language of DRAFT_LANGUAGES) {
      const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, language)).blocks);
      const pattern = { en: /secure channel.*rotated/, fr: /canal sécurisé.*renouvelés/, it: /canale sicuro.*sostituite/, tr: /güvenli bir kanal.*değiştirilir/ }[language];
      assert.match(markdown, pattern, language);
    }
  });

  it('has signature lines for both parties, with names when the file has them', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en')).blocks);
    assert.match(markdown, /\*\*For the Provider\*\* {2}\nName: Camille Martin {2}\nDate: {2}\nSignature: (\\_){24}/);
    assert.match(markdown, /\*\*For the Client\*\* {2}\nName: Jean Dupont {2}\nDate: {2}\nSignature: (\\_){24}/);
    const bare = renderMarkdown(terminationAgreement(inputFor(NO_CONTACT, 'en')).blocks);
    assert.match(bare, /Between the undersigned service provider \(“the Provider”\) and Initech \(“the Client”\)\./);
    assert.match(bare, /Name: (\\_){24}/);
  });

  it('ends at once for abuse, without referrals or thanks', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en'), { reason: 'abuse' }).blocks);
    assert.match(markdown, /The collaboration ends with immediate effect on 16 March 2026\./);
    assert.match(markdown, /handed over in its current state by 23 March 2026/);
    assert.doesNotMatch(markdown, /Alex Rossi|thanks the Client/);
  });

  it('says when nothing is owed, uses the default notice, and counts yen', () => {
    const nothing = renderMarkdown(terminationAgreement(inputFor(NO_CONTACT, 'en')).blocks);
    assert.match(nothing, /No invoice is outstanding on 16 March 2026\./);
    assert.match(nothing, /ends on 30 March 2026/);
    const globex = renderMarkdown(terminationAgreement(inputFor(NO_CONTRACT, 'en')).blocks);
    assert.match(globex, /All agreed deliverables have been delivered\./);
    assert.match(globex, /The Client pays the total of €500\.00 by 30 March 2026\./);
    const yen = renderMarkdown(terminationAgreement(inputFor(JPY, 'en')).blocks);
    assert.match(yen, /\*\*JP¥130,000\*\*/);
  });

  it('takes a chosen last day', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en'), { lastDay: day('2026-04-30') }).blocks);
    assert.match(markdown, /ends on 30 April 2026/);
  });

  it('keeps hostile names inert in its tables', () => {
    const { markdown } = renderChecked(terminationAgreement(inputFor(HOSTILE, 'en')), 'hostile');
    assert.match(markdown, /\| \\<img src=x onerror=alert\(1\)\\> \| 20 Mar 2026 \|/);
    assert.match(markdown, /\| \\\*1\\\* \|/);
  });

  for (const language of DRAFT_LANGUAGES) {
    it(`matches its golden file in ${language}`, () => {
      golden(`terminationAgreement.${language}.md`, renderMarkdown(terminationAgreement(inputFor(FULL, language)).blocks));
    });
  }
});
