import * as assert from 'node:assert';
import { MAILTO_MAX_LENGTH, mailtoLink, mailtoWithin } from '../../src/core/templates/mailto';

describe('mailto links for drafted emails', () => {
  it('encodes subject and body so that a mail app reads them back exactly, with CRLF line breaks', () => {
    const link = mailtoLink('ana@nova.example', 'Facture 2026-003 & relevé', 'Bonjour,\n\n100 % payé ? #1\n');
    assert.ok(link.startsWith('mailto:ana@nova.example?subject='));
    const url = new URL(link);
    assert.strictEqual(url.searchParams.get('subject'), 'Facture 2026-003 & relevé');
    assert.strictEqual(url.searchParams.get('body'), 'Bonjour,\r\n\r\n100 % payé ? #1\r\n');
    assert.ok(!link.includes(' '), 'no raw space');
  });

  it('has no address when the client file has none, and cannot be steered by one', () => {
    assert.ok(mailtoLink(undefined, 'Hello').startsWith('mailto:?subject=Hello'));
    const hostile = mailtoLink('a@b.example?bcc=x@evil.example', 'Hi', 'Body');
    assert.strictEqual(new URL(hostile).searchParams.get('bcc'), null);
  });

  it('leaves a long body out of the link, for the clipboard', () => {
    const long = mailtoWithin('a@b.example', 'Subject', 'x'.repeat(MAILTO_MAX_LENGTH));
    assert.strictEqual(long.bodyIncluded, false);
    assert.ok(long.link.length < MAILTO_MAX_LENGTH);
    assert.strictEqual(mailtoWithin('a@b.example', 'Subject', 'Short').bodyIncluded, true);
  });
});
