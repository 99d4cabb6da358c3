/**
 * An email draft in the editor and back: Copy and Open in Mail App send what
 * the editor holds when clicked, so the user's edits (greeting, subject) are
 * what goes out, and the body reads as plain text in a mail app.
 */
import * as assert from 'node:assert/strict';
import { draftEditorText, emailFromMarkdown } from '../../../src/core/templates/emailText';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderPlainText } from '../../../src/core/templates/markdown';
import { draftPaymentReminder } from '../../../src/core/templates/reminder';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { CLIENTS, FULL, inputFor } from './terminationFixtures';

describe('email drafts in the editor', () => {
  it('reads back, unedited, exactly the recipient, subject and plain body the draft has', () => {
    for (const [name, file] of Object.entries(CLIENTS)) {
      for (const language of DRAFT_LANGUAGES) {
        const drafts = [...TERMINATION_REASONS.map((r) => terminationEmail(inputFor(file, language), r)), draftPaymentReminder(inputFor(file, language), { step: 'firm' })];
        for (const draft of drafts) {
          const email = emailFromMarkdown(draftEditorText(draft));
          const label = `${name}/${language}/${draft.title}`;
          assert.equal(email.to, draft.to, label);
          assert.equal(email.subject, draft.subject?.replace(/-->/g, '- ->'), label);
          assert.equal(email.body, renderPlainText(draft.blocks), label);
        }
      }
    }
  });

  it('takes the greeting and the subject as the user changed them', () => {
    const draft = terminationEmail(inputFor(FULL, 'en'), 'payment');
    const edited = draftEditorText(draft).replace('Dear Sir or Madam,', 'Dear Paolo,').replace(/<!-- subject: .* -->/, '<!-- subject: About our work together -->');
    const email = emailFromMarkdown(edited);
    assert.equal(email.subject, 'About our work together');
    assert.ok(email.body.startsWith('Dear Paolo,\n'), email.body);
    assert.ok(!email.body.includes('Dear Sir or Madam'));
  });

  it('keeps a subject on its own line even when the client name tries to close the comment', () => {
    const draft = { ...terminationEmail(inputFor(FULL, 'en'), 'payment'), subject: 'Ending --> now\nInjected: yes' };
    const text = draftEditorText(draft);
    assert.equal(text.split('\n')[1], '<!-- subject: Ending - -> now Injected: yes -->');
    assert.equal(emailFromMarkdown(text).subject, 'Ending - -> now Injected: yes');
  });

  it('reads a body with no header, CRLF line ends and Markdown marks as plain text', () => {
    const email = emailFromMarkdown('\r\n# Hello\r\n\r\nThe **total** is \\*€5\\*.  \r\nBye\r\n');
    assert.equal(email.subject, undefined);
    assert.equal(email.body, 'Hello\n\nThe total is *€5*.\nBye\n');
  });
});
