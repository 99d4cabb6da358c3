/**
 * Italian writes every amount of 1.000 or more with its thousands separator (1.200,00 €), while
 * Intl's default for Italian leaves four-digit amounts bare (1200,00 €). Every kind of Italian
 * draft is rendered here with amounts past a thousand, and none may show one ungrouped.
 */
import * as assert from 'node:assert/strict';
import { readAmount } from '../../../src/core/amountInput';
import { formatMessage } from '../../../src/core/messages';
import { formatMoney } from '../../../src/core/money';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { CLAUSE_IDS, clause } from '../../../src/core/templates/clauses';
import { Draft } from '../../../src/core/templates/document';
import { draftEditorText } from '../../../src/core/templates/emailText';
import { renderPlainText } from '../../../src/core/templates/markdown';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { REMINDER_STEPS, draftPaymentReminder } from '../../../src/core/templates/reminder';
import { draftStatement } from '../../../src/core/templates/statement';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { client, makeFile } from '../support/build';
import { draftInput, jpyFile, overdueFile, upcomingFile } from './moneyDraftsSupport';
import { FULL, inputFor, JPY } from './terminationFixtures';

/** Four digits or more before the decimal comma or the currency, with no group separator among them. */
const UNGROUPED = /(?<![\d.])\d{4,}(?:,\d+)?(?=\s?(?:€|JPY|EUR|¥))|(?<![\d.])\d{4,},\d/;
/** An amount of at least 1.000 as Italian writes it: 1.200,00 € or 12.345 JPY. */
const GROUPED = /\d{1,3}(?:\.\d{3})+(?:,\d+)?\s(?:€|JPY)/;

/** Every text a person sees of a draft: the editor's text (subject included) and the plain text of the email. */
const seen = (draft: Draft): string => `${draft.title}\n${draftEditorText(draft)}\n${renderPlainText(draft.blocks)}`;

function assertGrouped(drafts: readonly Draft[], what: string): void {
  const text = drafts.map(seen).join('\n');
  const bare = UNGROUPED.exec(text);
  assert.equal(bare, null, `${what}: an amount without its thousands separator, "${bare?.[0]}" in\n${text}`);
  // The check means something only where the draft shows an amount past a thousand.
  assert.match(text, GROUPED, `${what}: no amount of 1.000 or more was drafted, so nothing was checked`);
}

/** Extra work past a thousand euros: 20 hours at the contract's 90,00 € an hour. */
const bigExtras = () =>
  makeFile(
    [
      client({
        name: 'Acme SARL',
        contact: { name: 'Jean Dupont', email: 'jean@acme.example' },
        contract: { signed: '2026-01-05', hourlyRate: 70, extraHourlyRate: 90, revisionsIncluded: 2 },
        requests: [
          { at: '2026-05-02', summary: 'Shop checkout', type: 'feature', hours: 20 },
          { at: '2026-05-20', summary: 'Mobile app', type: 'feature', hours: 12, delivered: false },
        ],
      }),
    ],
    { name: 'Camille Martin', currency: 'EUR' },
  );

describe('Italian amounts of 1.000 or more are grouped', () => {
  it('in the statement', () => {
    assertGrouped([draftStatement(draftInput(overdueFile(), 'it')), draftStatement(draftInput(jpyFile(), 'it'))], 'statement');
  });

  for (const step of REMINDER_STEPS) {
    it(`in the ${step} payment reminder`, () => {
      const file = step === 'friendly' ? upcomingFile() : overdueFile();
      assertGrouped([draftPaymentReminder(draftInput(file, 'it'), { step })], `${step} reminder`);
    });
  }

  it('in the change order', () => {
    assertGrouped([draftChangeOrder(draftInput(bigExtras(), 'it'))], 'change order');
  });

  for (const reason of TERMINATION_REASONS) {
    it(`in the termination email (${reason})`, () => {
      assertGrouped([terminationEmail(inputFor(FULL, 'it'), reason), terminationEmail(inputFor(JPY, 'it'), reason)], `termination email, ${reason}`);
    });
  }

  it('in the termination agreement', () => {
    assertGrouped([terminationAgreement(inputFor(FULL, 'it'))], 'termination agreement');
  });

  it('in the offboarding checklist', () => {
    assertGrouped([offboardingChecklist(inputFor(FULL, 'it'))], 'offboarding checklist');
  });

  it('in every contract clause that names a rate', () => {
    const terms = { extraHourlyRate: 1200, hourlyRate: 1000 };
    for (const id of CLAUSE_IDS) {
      const draft = clause(id, { language: 'it', terms });
      if (/[€]/.test(seen(draft))) {
        assertGrouped([draft], `clause ${id}`);
      }
    }
  });

  it('in the amounts the Italian interface shows', () => {
    assert.equal(formatMoney(120_000, 'EUR', 'it'), '1.200,00\u00a0€');
    assert.equal(formatMoney(100_050, 'EUR', 'it-IT'), '1.000,50\u00a0€');
    assert.equal(formatMoney(99_999, 'EUR', 'it'), '999,99\u00a0€');
    // The example a prompt gives of how to type an amount is grouped the same way, and reads back.
    const refused = readAmount('dodici', 'EUR', 'it');
    assert.ok(!refused.ok);
    assert.match(formatMessage(refused.problem), /such as 1\.234,50 or 1200/);
    const typed = readAmount('1.234,50', 'EUR', 'it');
    assert.ok(typed.ok && typed.amount === 1234.5);
    // Other languages keep Intl's own rule.
    assert.equal(formatMoney(120_000, 'EUR', 'fr'), '1\u202f200,00\u00a0€');
  });
});
