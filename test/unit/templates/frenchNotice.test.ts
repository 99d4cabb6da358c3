/**
 * French law sanctions ending an established relationship with too short a notice (« rupture brutale »,
 * Code de commerce L442-1 II): French exit drafts suggest one month per year of relationship when the
 * contract names no notice, and the French checklist warns when the notice given is shorter than that.
 */
import * as assert from 'node:assert/strict';
import { clientFacts } from '../../../src/core/health/facts';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { DEFAULT_NOTICE_DAYS, exitFacts, relationshipStart } from '../../../src/core/templates/exitFacts';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { terminationEmail } from '../../../src/core/templates/terminationEmail';
import { RUPTURE_NOTICE_MAX_DAYS, ruptureNoticeDays } from '../../../src/core/templates/text/frenchLaw';
import { client, day, makeFile } from '../support/build';
import { FULL, golden, inputFor } from './terminationFixtures';

const freelancer = { name: 'Camille Martin', email: 'camille@example.com', currency: 'EUR' };

/** Work since 2022-03-16 (four years before the fixtures' today, 2026-03-16), shown by the first invoice only. */
function longClient(contract?: Record<string, unknown>, country?: string) {
  return makeFile(
    [
      client({
        name: 'Vieille Maison SA',
        contact: { name: 'Claire Petit', email: 'claire@vm.example' },
        ...(contract ? { contract } : {}),
        invoices: [
          { number: 'V-1', issued: '2022-03-16', amount: 900, payments: [{ date: '2022-04-10', amount: 900 }] },
          { number: 'V-2', issued: '2026-03-01', amount: 600 },
        ],
        hours: [{ date: '2023-05-02', hours: 3 }],
        requests: [{ at: '2024-01-10', summary: 'New page', type: 'feature' }],
      }),
    ],
    country ? { ...freelancer, country } : freelancer,
  );
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('French notice and the length of the relationship', () => {
  it('one month (30 days) per year, prorated and rounded up, from the default notice up to 18 months', () => {
    assert.equal(ruptureNoticeDays(undefined, DEFAULT_NOTICE_DAYS), 14, 'no start in the file');
    assert.equal(ruptureNoticeDays(0, DEFAULT_NOTICE_DAYS), 14);
    assert.equal(ruptureNoticeDays(100, DEFAULT_NOTICE_DAYS), 14, 'a few months: the two weeks of every language');
    assert.equal(ruptureNoticeDays(365, DEFAULT_NOTICE_DAYS), 30);
    assert.equal(ruptureNoticeDays(548, DEFAULT_NOTICE_DAYS), 46, 'a year and a half: 45.04 days, rounded up');
    assert.equal(ruptureNoticeDays(1461, DEFAULT_NOTICE_DAYS), 121, 'four years');
    assert.equal(ruptureNoticeDays(40 * 365, DEFAULT_NOTICE_DAYS), RUPTURE_NOTICE_MAX_DAYS, '18 months always suffice (L442-1 II)');
  });

  it('the relationship starts at the earliest of the contract, the invoices, the hours and the requests', () => {
    const file = longClient({ start: '2023-01-01', signed: '2022-12-20' });
    assert.equal(relationshipStart(clientFacts(file, 0, day('2026-03-16'))), day('2022-03-16'), 'the first invoice');
    const noInvoice = makeFile([client({ contract: { signed: '2024-02-01', start: '2024-03-01' }, requests: [{ at: '2024-05-01T10:00', summary: 'x', type: 'change' }] })]);
    assert.equal(relationshipStart(clientFacts(noInvoice, 0, day('2026-03-16'))), day('2024-02-01'), 'the signature');
    assert.equal(relationshipStart(clientFacts(makeFile([client()]), 0, day('2026-03-16'))), undefined);
  });

  it('without a contract notice, a French draft gives four years 121 days; other languages keep 14', () => {
    const file = longClient();
    const fr = exitFacts(inputFor(file, 'fr'), 'notEnoughWork');
    assert.equal(fr.lastDaySource, 'default');
    assert.equal(fr.noticeDays, 121);
    assert.equal(fr.lastDay, day('2026-07-15'));
    for (const language of ['en', 'it', 'tr'] as const) {
      assert.equal(exitFacts(inputFor(file, language), 'notEnoughWork').noticeDays, DEFAULT_NOTICE_DAYS, language);
    }
    const email = plain(renderMarkdown(terminationEmail(inputFor(file, 'fr'), 'notEnoughWork').blocks));
    assert.match(email, /sera le 15 juillet 2026, ce qui nous laisse 121 jours pour organiser la transition\./);
    const agreement = plain(renderMarkdown(terminationAgreement(inputFor(file, 'fr')).blocks));
    assert.match(agreement, /La collaboration prend fin le 15 juillet 2026/, 'the agreement states the same last day');
  });

  it('a short relationship keeps the two weeks, in French too', () => {
    const noContract = makeFile([client({ invoices: [{ number: 'G-1', issued: '2026-02-20', amount: 500 }] })], freelancer);
    assert.equal(exitFacts(inputFor(noContract, 'fr'), 'noContract').noticeDays, DEFAULT_NOTICE_DAYS);
  });

  it('a contract notice stands in the email, and the French checklist asks to check it when it is short for the relationship', () => {
    const file = longClient({ signed: '2022-03-01', noticeDays: 21 });
    const x = exitFacts(inputFor(file, 'fr'), 'payment');
    assert.equal(x.lastDaySource, 'contract');
    assert.equal(x.noticeDays, 21);
    assert.equal(x.suggestedNoticeDays, 122, 'since 2022-03-01: 1,476 days');
    const checklist = plain(renderMarkdown(offboardingChecklist(inputFor(file, 'fr'), { reason: 'payment' }).blocks));
    assert.match(
      checklist,
      /- \[ \] Vérifier le préavis avant d’annoncer la date de fin : 21 jours pour une collaboration commencée le 1er mars 2022\. .*rupture brutale \(article L442-1 II du Code de commerce\) ; prévoir plutôt 122 jours, ou convenir de la date de fin par écrit avec le client\n/,
    );
    assert.doesNotMatch(plain(renderMarkdown(offboardingChecklist(inputFor(file, 'en'), { reason: 'payment' }).blocks)), /L442-1|notice/i);
    // Abuse ends at once, which a serious breach allows; a chosen day as long as suggested needs no warning.
    assert.doesNotMatch(plain(renderMarkdown(offboardingChecklist(inputFor(file, 'fr'), { reason: 'abuse' }).blocks)), /préavis/);
    assert.doesNotMatch(plain(renderMarkdown(offboardingChecklist(inputFor(file, 'fr'), { reason: 'payment', lastDay: day('2026-07-20') }).blocks)), /préavis/);
    assert.doesNotMatch(plain(renderMarkdown(offboardingChecklist(inputFor(FULL, 'fr')).blocks)), /préavis/, 'two months of work: 21 days is enough');
  });

  it('follows the law of freelancer.country, not the draft\'s language: French law in English, none in French for an Italian freelancer', () => {
    const french = longClient(undefined, 'FR');
    for (const language of ['en', 'fr', 'it', 'tr'] as const) {
      const x = exitFacts(inputFor(french, language), 'notEnoughWork');
      assert.equal(x.noticeLaw, 'FR', language);
      assert.equal(x.noticeDays, 121, `${language}: four years under French law`);
    }
    const italian = longClient(undefined, 'IT');
    for (const language of ['en', 'fr', 'it', 'tr'] as const) {
      assert.equal(exitFacts(inputFor(italian, language), 'notEnoughWork').noticeDays, DEFAULT_NOTICE_DAYS, `${language}: no such rule read for Italy`);
    }
    const frEmail = plain(renderMarkdown(terminationEmail(inputFor(italian, 'fr'), 'notEnoughWork').blocks));
    assert.match(frEmail, /ce qui nous laisse 14 jours pour organiser la transition\./);

    const short = { signed: '2022-03-01', noticeDays: 21 };
    const tasks = (country: string, language: 'en' | 'fr' | 'it' | 'tr') =>
      plain(renderMarkdown(offboardingChecklist(inputFor(longClient(short, country), language), { reason: 'payment' }).blocks));
    assert.match(tasks('FR', 'en'), /- \[ \] Check the notice before announcing the end date: 21 days for a collaboration that began on 1 March 2022\. Under French law.*\(French Commercial Code, art\. L442-1 II\); plan 122 days instead/);
    assert.match(tasks('FR', 'it'), /- \[ \] Verificare il preavviso .*: 21 giorni per una collaborazione iniziata il 1º marzo 2022\. Per il diritto francese.*L442-1 II.*prevedere piuttosto 122 giorni/);
    assert.match(tasks('FR', 'tr'), /- \[ \] Bitiş tarihini bildirmeden önce .*1 Mart 2022 tarihinde başlayan bir iş birliği için 21 gün\. Fransız hukukunda.*L442-1 II.*122 gün öngörün/);
    for (const language of ['en', 'fr', 'it', 'tr'] as const) {
      assert.doesNotMatch(tasks('IT', language), /L442-1/, `${language}: an Italian freelancer gets no French-law task`);
    }
  });

  it('golden files: a four-year client without a contract notice (email), and with a short one (checklist)', () => {
    const email = terminationEmail(inputFor(longClient(), 'fr'), 'notEnoughWork');
    golden('terminationEmail.longRelationship.fr.md', `<!-- to: ${email.to} -->\n<!-- subject: ${email.subject} -->\n\n${renderMarkdown(email.blocks)}`);
    golden('offboardingChecklist.shortNotice.fr.md', renderMarkdown(offboardingChecklist(inputFor(longClient({ signed: '2022-03-01', noticeDays: 21 }), 'fr'), { reason: 'payment' }).blocks));
    // A freelancer in France drafting in another language: the same task, French law worded in that language.
    for (const language of ['en', 'it', 'tr'] as const) {
      golden(`offboardingChecklist.shortNotice.${language}.md`, renderMarkdown(offboardingChecklist(inputFor(longClient({ signed: '2022-03-01', noticeDays: 21 }, 'FR'), language), { reason: 'payment' }).blocks));
    }
  });
});
