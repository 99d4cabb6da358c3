/**
 * Italian articles before numbers and dates: the article depends on how the number is read
 * ("l’80%", "l’8%", "l’11%", "il 20%", "lo 0,5%"; "il 1º marzo", "l’8 marzo"), and the first
 * of the month is written one way, 1º. The helpers, then every kind of Italian draft.
 */
import * as assert from 'node:assert/strict';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { CLAUSE_IDS, clause } from '../../../src/core/templates/clauses';
import { Draft } from '../../../src/core/templates/document';
import { draftEditorText } from '../../../src/core/templates/emailText';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { REMINDER_STEPS, draftPaymentReminder } from '../../../src/core/templates/reminder';
import { draftStatement } from '../../../src/core/templates/statement';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { MONEY_COMMON, italianDelPercent, italianPercentArticle } from '../../../src/core/templates/text/moneyCommon';
import { itDate, itDay, itNumber, itOf, itUntil } from '../../../src/core/templates/text/typography';
import { draftInput, overdueFile, paidFile } from './moneyDraftsSupport';
import { FULL, inputFor, NO_CONTRACT } from './terminationFixtures';

describe('Italian articles before numbers and dates', () => {
  it('chooses the article of a percentage by how the number is read', () => {
    const cases: [number, string][] = [
      [0.5, 'lo '],
      [1, 'l’'],
      [1.5, 'l’'],
      [2, 'il '],
      [8, 'l’'],
      [11, 'l’'],
      [18, 'il '],
      [20, 'il '],
      [80, 'l’'],
      [85, 'l’'],
      [89.9, 'l’'],
      [90, 'il '],
      [100, 'il '],
      [111, 'il '],
      [800, 'l’'],
    ];
    for (const [percent, article] of cases) {
      assert.equal(italianPercentArticle(percent), article, `${percent}%`);
    }
    assert.equal(italianDelPercent(80), 'dell’');
    assert.equal(italianDelPercent(0.5), 'dello ');
    assert.equal(italianDelPercent(30), 'del ');
  });

  it('reads the number in formatted text, in a snippet tab stop and in the brackets of a figure to agree', () => {
    assert.equal(itNumber('del', '1,5%'), 'dell’1,5%');
    assert.equal(itNumber('al', '80%'), 'all’80%');
    assert.equal(itNumber('al', '[80%]'), 'all’[80%]');
    assert.equal(itNumber('del', '\u00011\u000285%\u0003'), 'dell’\u00011\u000285%\u0003');
    assert.equal(itNumber('il', '1.200,00 €'), 'il 1.200,00 €');
    assert.equal(itNumber('il', '11.000,00 €'), 'l’11.000,00 €');
    assert.equal(itNumber('del', '0,5%'), 'dello 0,5%');
    assert.equal(itNumber('il', 'data'), 'il data');
  });

  it('writes the first of the month 1º, never elided, and elides before the 8th and the 11th', () => {
    assert.equal(itDay('1 marzo 2026'), 'il 1º marzo 2026');
    assert.equal(itDay('1° marzo 2026'), 'il 1º marzo 2026');
    assert.equal(itOf('1º marzo 2026'), 'del 1º marzo 2026');
    assert.equal(itUntil('8 marzo 2026'), 'all’8 marzo 2026');
    assert.equal(itDate('entro il', '11 aprile 2026'), 'entro l’11 aprile 2026');
    assert.equal(itDay('18 aprile 2026'), 'il 18 aprile 2026');
    assert.equal(itOf('31 agosto 2026'), 'del 31 agosto 2026');
    assert.equal(MONEY_COMMON.it.prose('1 giugno 2026'), '1º giugno 2026');
  });
});

const MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
/** A full article before a number read with a vowel (il 8, del 80%, al 11), or an elided one before the first of the month. */
const WRONG_ARTICLE = /(?:^|[\s(])(?:il|al|del|dal|entro il|lo) (?:8|11|8\d)(?![\d.])|(?:l|dell|all|dall)’1º|(?:l|dell|all|dall)’(?:[2-79]|1[02-9])/;
/** The first of the month in any way but 1º: 1 marzo, 1° marzo. */
const WRONG_FIRST = new RegExp(`(?<![\\d.])1°? (?:${MONTHS})`);

function assertArticles(drafts: readonly Draft[], what: string): void {
  for (const draft of drafts) {
    const text = `${draft.title}\n${draftEditorText(draft)}`;
    assert.doesNotMatch(text, WRONG_ARTICLE, `${what}: wrong article\n${text}`);
    assert.doesNotMatch(text, WRONG_FIRST, `${what}: first of the month not written 1º\n${text}`);
    // "Suo conto" reads as the client's bank account: the invoices are "a Suo carico".
    assert.doesNotMatch(text, /\bSuo conto\b/, `${what}: "Suo conto"\n${text}`);
  }
}

describe('Italian drafts choose the article of every number and date', () => {
  // Today on the 8th, 11th and 1st; invoices due on the 1st; late fees of 8% and 0,5%.
  const days = ['2026-06-01', '2026-06-08', '2026-06-11'];

  it('in the statement and every payment reminder', () => {
    for (const today of days) {
      for (const fee of [8, 0.5, 1.5, 80]) {
        const file = overdueFile({ signed: '2025-11-20', paymentTermsDays: 30, lateFeePercentPerMonth: fee, hourlyRate: 70 });
        const drafts = [draftStatement(draftInput(file, 'it', today)), ...REMINDER_STEPS.map((step) => draftPaymentReminder(draftInput(file, 'it', today), { step }))];
        drafts.push(draftPaymentReminder(draftInput(paidFile(), 'it', today), { step: 'firm' }));
        assertArticles(drafts, `statement and reminders, ${today}, ${fee}%`);
      }
    }
  });

  it('in the change order', () => {
    for (const today of days) {
      assertArticles([draftChangeOrder(draftInput(overdueFile(), 'it', today))], `change order, ${today}`);
    }
  });

  it('in the termination emails, the agreement and the checklist', () => {
    for (const today of ['2026-03-01', '2026-03-08', '2026-03-11', '2026-03-16']) {
      for (const file of [FULL, NO_CONTRACT]) {
        const input = inputFor(file, 'it', today);
        assertArticles(
          [...TERMINATION_REASONS.map((reason) => terminationEmail(input, reason)), terminationAgreement(input), offboardingChecklist(input)],
          `termination drafts, ${today}`,
        );
      }
    }
  });

  it('in every contract clause, whatever its percentages', () => {
    for (const [lateFeePercentPerMonth, depositPercent, urgentSurchargePercent] of [
      [8, 80, 11],
      [1, 85, 18],
      [0.5, 20, 100],
    ]) {
      for (const id of CLAUSE_IDS) {
        assertArticles([clause(id, { language: 'it', terms: { lateFeePercentPerMonth, depositPercent, urgentSurchargePercent } })], `clause ${id}`);
      }
      // A figure still to agree, in brackets, keeps its article too.
      const text = draftEditorText(clause('signatureDeposit', { language: 'it', terms: {} }));
      assert.ok(text.includes('pari al [30%]'), text);
    }
    const deposit = draftEditorText(clause('signatureDeposit', { language: 'it', terms: { depositPercent: 80 } }));
    assert.ok(deposit.includes('pari all’80%'), deposit);
  });
});
