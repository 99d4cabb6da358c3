/**
 * Turkish suffixes follow vowel harmony and consonant assimilation: "%50'si",
 * "%10'u", "%40'ı", "Acme'ye", "Globex'e". A suffix written after a value in a
 * template is right for some values and wrong for others (a reviewer found "puanların
 * %{0}'i" is wrong for %50, %10 and %40), so the Turkish texts are phrased so
 * that no suffix follows a value. These tests read every Turkish draft, in
 * every document kind, and every Turkish UI string for one.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { CLAUSE_IDS, clause } from '../../../src/core/templates/clauses';
import { Draft } from '../../../src/core/templates/document';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { REMINDER_STEPS, draftPaymentReminder } from '../../../src/core/templates/reminder';
import { buildSnippets } from '../../../src/core/templates/snippets';
import { draftStatement } from '../../../src/core/templates/statement';
import { statementCsv } from '../../../src/core/templates/statementCsv';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { ROOT, SAMPLES, draftInput } from './moneyDraftsSupport';
import { CLIENTS, inputFor } from './terminationFixtures';

/**
 * Suffixes glued to a value in a rendered Turkish draft. In a draft every
 * proper noun and every number is a value from the client file, so any
 * apostrophe suffix ("%30'u", "Acme SARL'ye") is one, and so is a letter
 * written straight after a figure ("%50lik", "90,00 €luk").
 */
export function gluedInDraft(text: string): string[] {
  return [...text.matchAll(/[^\s"“”'’(]+['’]\p{L}+|\S*?[\p{N}%€₺$¥£\]]\p{Ll}+/gu)].map((m) => m[0]);
}

/** Suffixes glued to a placeholder of a UI string: `{0}'i`, `%{0}'ı`, `"{0}"'nin`, `{0}lık`. */
export function gluedInMessage(text: string): string[] {
  return [...text.matchAll(/\{\d+\}["”»]?(?:['’]\p{L}+|\p{L}+)/gu)].map((m) => m[0]);
}

/** Every Turkish draft of every kind, for the fixtures the other draft tests use. */
function turkishDrafts(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const add = (label: string, draft: Draft) =>
    out.push({ label, text: [draft.title, draft.subject ?? '', renderMarkdown(draft.blocks), renderPlainText(draft.blocks)].join('\n') });
  for (const sample of SAMPLES) {
    const input = draftInput(sample.file(), 'tr');
    for (const step of REMINDER_STEPS) {
      add(`reminder ${step}, ${sample.name}`, draftPaymentReminder(input, { step }));
    }
    add(`statement, ${sample.name}`, draftStatement(input));
    add(`change order, ${sample.name}`, draftChangeOrder(input));
    out.push({ label: `statement CSV, ${sample.name}`, text: statementCsv(input) });
  }
  for (const [name, file] of Object.entries(CLIENTS)) {
    const input = inputFor(file, 'tr');
    for (const reason of TERMINATION_REASONS) {
      add(`termination email ${reason}, ${name}`, terminationEmail(input, reason));
      add(`termination email ${reason} with a refund of 250, ${name}`, terminationEmail(input, reason, { refund: true, refundAmount: 250 }));
    }
    add(`termination agreement, ${name}`, terminationAgreement(input));
    add(`termination agreement with a refund, ${name}`, terminationAgreement(input, { refund: true, refundAmount: 1250.5 }));
    add(`offboarding checklist, ${name}`, offboardingChecklist(input));
    for (const id of CLAUSE_IDS) {
      add(`clause ${id}, ${name}`, clause(id, { language: 'tr', file, clientIndex: 0 }));
      // Figures whose Turkish suffix differs: %10'u, %40'ı, %50'si, %6'sı, 1'i, 9'u.
      const terms = { depositPercent: 40, urgentSurchargePercent: 10, lateFeePercentPerMonth: 6, noticeDays: 9, revisionsIncluded: 1 };
      add(`clause ${id} with other figures, ${name}`, clause(id, { language: 'tr', file, clientIndex: 0, terms }));
    }
  }
  for (const [name, snippet] of Object.entries(buildSnippets('markdown'))) {
    if (name.startsWith('Client Health tr:')) {
      out.push({ label: `snippet ${name}`, text: [snippet.description, ...snippet.body].join('\n') });
    }
  }
  return out;
}

describe('Turkish: no suffix glued to a value', () => {
  it('the checks catch the suffixes a reviewer found, and only those', () => {
    assert.deepEqual(gluedInMessage('Kaybedilen puanların %{0}\'i'), ["{0}'i"]);
    assert.deepEqual(gluedInMessage('"{0}"’nin {1}lık kısmı'), ['{0}"’nin', '{1}lık']);
    assert.deepEqual(gluedInMessage('{1}. satırda, %{0} oranında, {0} tarihinde: {2}.'), []);
    assert.deepEqual(gluedInDraft("ücretin %30'u oranında, Acme SARL'ye, %50lik zam"), ["%30'u", "SARL'ye", '%50lik']);
    assert.deepEqual(gluedInDraft('ücret üzerinden %30 oranında, 2.000,00 € tutarı, 3. revizyon turu, “Müşteri”'), []);
  });

  it('in every Turkish draft of every kind', () => {
    const drafts = turkishDrafts();
    assert.ok(drafts.length > 100, `only ${drafts.length} drafts`);
    const found = drafts.flatMap(({ label, text }) => gluedInDraft(text).map((g) => `${label}: ${g}`));
    assert.deepEqual(found, []);
  });

  for (const file of ['l10n/bundle.l10n.tr.json', 'package.nls.tr.json']) {
    it(`in ${file}`, async () => {
      const strings = JSON.parse(await fs.readFile(path.join(ROOT, file), 'utf8')) as Record<string, string>;
      const found = Object.entries(strings).flatMap(([key, value]) => gluedInMessage(value).map((g) => `${key} -> ${g}`));
      assert.deepEqual(found, []);
    });
  }
});
