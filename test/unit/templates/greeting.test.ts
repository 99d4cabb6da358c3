/**
 * The greeting of every draft that writes to the client: the contact's
 * salutation after the language's greeting, else the language's neutral formal
 * greeting, never the bare full name.
 */
import * as assert from 'node:assert/strict';
import { ClientFile } from '../../../src/core/schema';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { Draft } from '../../../src/core/templates/document';
import { DRAFT_LANGUAGES, DraftLanguage } from '../../../src/core/templates/locale';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { draftPaymentReminder } from '../../../src/core/templates/reminder';
import { terminationEmail } from '../../../src/core/templates/terminationEmail';
import { client, makeFile } from '../support/build';
import { draftInput, overdueFile } from './moneyDraftsSupport';
import { FULL, inputFor } from './terminationFixtures';

type Drafter = (file: ClientFile, language: DraftLanguage) => Draft;
const DRAFTS: Readonly<Record<string, { file: ClientFile; draft: Drafter }>> = {
  'termination email': { file: FULL, draft: (file, language) => terminationEmail(inputFor(file, language), 'payment') },
  reminder: { file: overdueFile(), draft: (file, language) => draftPaymentReminder(draftInput(file, language)) },
  'change order': { file: overdueFile(), draft: (file, language) => draftChangeOrder(draftInput(file, language)) },
};

/** The same file with the first client's contact or other fields changed. */
function withClient(file: ClientFile, fields: Record<string, unknown>): ClientFile {
  const [first, ...rest] = file.clients;
  return makeFile([{ ...first, ...fields }, ...rest] as Record<string, unknown>[], file.freelancer);
}

/** The first paragraph of the draft's Markdown, where the greeting is. */
const greetingOf = (draft: Draft): string => renderMarkdown(draft.blocks).split('\n\n').find((p) => !p.startsWith('<!--') && !p.startsWith('#') && !/^\w[^\n]*: /.test(p))!;

const SALUTED: Readonly<Record<DraftLanguage, [string, string]>> = {
  en: ['Ms Smith', 'Dear Ms Smith,'],
  fr: ['Monsieur Dupont', 'Bonjour Monsieur Dupont,'],
  it: ['Sig.ra Rossi', 'Gentile Sig.ra Rossi,'],
  tr: ['Ayşe Hanım', 'Sayın Ayşe Hanım,'],
};

const NEUTRAL: Readonly<Record<DraftLanguage, string>> = {
  en: 'Dear Sir or Madam,',
  fr: 'Madame, Monsieur,',
  it: 'Buongiorno,',
  tr: 'Sayın Yetkili,',
};

describe('greeting of the drafts to the client', () => {
  for (const [name, { file, draft }] of Object.entries(DRAFTS)) {
    it(`${name}: the contact's salutation after the greeting, in every language`, () => {
      for (const language of DRAFT_LANGUAGES) {
        const [salutation, expected] = SALUTED[language];
        const saluted = withClient(file, { name: 'Acme SARL', contact: { name: 'Jean Dupont', email: 'jean@acme.example', salutation } });
        assert.equal(greetingOf(draft(saluted, language)), expected, language);
      }
    });

    it(`${name}: without a salutation, the neutral formal greeting, never the bare full name`, () => {
      for (const language of DRAFT_LANGUAGES) {
        const bare = withClient(file, { name: 'Acme SARL', contact: { name: 'Jean Dupont', email: 'jean@acme.example', salutation: '  ' } });
        const greeting = greetingOf(draft(bare, language));
        assert.equal(greeting, NEUTRAL[language], language);
        assert.doesNotMatch(greeting, /Jean Dupont/, language);
      }
    });
  }

  it('Italian: greets a business or a consumer client the same way, never by a company name the body cannot call Lei', () => {
    const business = withClient(overdueFile(), { name: 'Acme S.r.l.', contact: { name: 'Mario Rossi' } });
    const consumer = makeFile([client({ name: 'Mario Rossi', isBusiness: false, contact: { name: 'Mario Rossi' }, invoices: [{ number: '1', issued: '2026-01-05', amount: 100 }] })]);
    for (const { draft } of Object.values(DRAFTS)) {
      assert.equal(greetingOf(draft(business, 'it')), 'Buongiorno,');
      assert.equal(greetingOf(draft(consumer, 'it')), 'Buongiorno,');
    }
  });

  it('writes the salutation as written, on one line and escaped for Markdown', () => {
    const hostile = withClient(FULL, { contact: { name: 'x', salutation: ' Madame\n<img src=x>  *Durand* ' } });
    assert.equal(greetingOf(terminationEmail(inputFor(hostile, 'fr'), 'payment')), 'Bonjour Madame \\<img src=x\\> \\*Durand\\*,');
  });
});
