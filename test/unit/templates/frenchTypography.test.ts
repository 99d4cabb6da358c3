/**
 * French drafts set a no-break space before : ; ! ? and inside « », in every document kind,
 * whatever text produced the sentence: checked on the rendered Markdown, the plain text sent
 * to a mail app, the title and the subject.
 */
import * as assert from 'node:assert/strict';
import { changeOrderFigures, draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { CLAUSE_IDS, clause, clausePreview } from '../../../src/core/templates/clauses';
import { Draft } from '../../../src/core/templates/document';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { REMINDER_STEPS, draftPaymentReminder } from '../../../src/core/templates/reminder';
import { draftStatement } from '../../../src/core/templates/statement';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { frenchTypography } from '../../../src/core/templates/text/typography';
import { SAMPLES, draftInput, overdueFile } from './moneyDraftsSupport';
import { CLIENTS, FULL, inputFor } from './terminationFixtures';

/**
 * The places in a French text where the spacing is wrong: an ASCII space or no space before
 * : ; ! ?, after « or before ». Not punctuation: what follows a URL scheme or sits between
 * two digits (mailto:, https://, 10:30), code (`"status": "ended"`, a fenced formula) and the
 * alignment row of a Markdown table (| ---: |).
 */
export function frenchSpacingFaults(text: string): string[] {
  const prose = text
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^\|(?: *:?-+:? *\|)+ *$/gm, '')
    .replace(/\b[a-z][a-z0-9+.-]*:(?=[^\s\u00a0\u202f])\S*/gi, '')
    .replace(/\d:\d/g, '');
  const faults: string[] = [];
  const around = (i: number) => JSON.stringify(prose.slice(Math.max(0, i - 25), i + 10));
  for (const m of prose.matchAll(/[:;!?]/g)) {
    if (!/[\u00a0\u202f]/.test(prose[m.index - 1] ?? '')) {
      faults.push(`no no-break space before ${m[0]}: ${around(m.index)}`);
    }
  }
  for (const m of prose.matchAll(/«/g)) {
    if (!/[\u00a0\u202f]/.test(prose[m.index + 1] ?? '')) {
      faults.push(`no no-break space after «: ${around(m.index)}`);
    }
  }
  for (const m of prose.matchAll(/»/g)) {
    if (!/[\u00a0\u202f]/.test(prose[m.index - 1] ?? '')) {
      faults.push(`no no-break space before »: ${around(m.index)}`);
    }
  }
  return faults;
}

function assertFrenchSpacing(draft: Draft, label: string): void {
  const parts: [string, string][] = [
    ['markdown', renderMarkdown(draft.blocks)],
    ['plain text', renderPlainText(draft.blocks)],
    ['title', draft.title],
    ['subject', draft.subject ?? ''],
  ];
  for (const [what, text] of parts) {
    assert.deepEqual(frenchSpacingFaults(text), [], `${label}, ${what}`);
  }
}

describe('French typography in every draft', () => {
  it('the check itself: catches an ASCII space or none, and passes URLs, times, code and table rows', () => {
    assert.equal(frenchSpacingFaults('Total : 5').length, 1);
    assert.equal(frenchSpacingFaults('Total: 5').length, 1);
    assert.equal(frenchSpacingFaults('Vraiment ?').length, 1);
    assert.equal(frenchSpacingFaults('oui ; non').length, 1);
    assert.equal(frenchSpacingFaults('« Lu et approuvé »').length, 2);
    assert.equal(frenchSpacingFaults('«Lu»').length, 2);
    assert.equal(frenchSpacingFaults('Total\u00a0: 5 ; « Lu\u202f»').length, 2);
    assert.deepEqual(
      frenchSpacingFaults('Total\u00a0: 5\u202f; «\u202fLu\u202f»\u202f! à 10:30, https://x.example/?a=1 mailto:a@b.example `"status": "ended"`\n| --- | ---: |'),
      [],
    );
  });

  it('the change order fixture has work done and work to approve, so both sections are checked', () => {
    const figures = changeOrderFigures(draftInput(overdueFile(), 'fr'));
    assert.ok(figures.done.items.length > 0 && figures.future.items.length > 0);
  });

  for (const sample of SAMPLES) {
    it(`statement, reminder (every step) and change order: ${sample.name}`, () => {
      const input = draftInput(sample.file(), 'fr');
      assertFrenchSpacing(draftStatement(input), `statement, ${sample.name}`);
      for (const step of REMINDER_STEPS) {
        assertFrenchSpacing(draftPaymentReminder(input, { step }), `reminder ${step}, ${sample.name}`);
      }
      assertFrenchSpacing(draftChangeOrder(input), `change order, ${sample.name}`);
    });
  }

  for (const [name, file] of Object.entries(CLIENTS)) {
    it(`termination email (every reason), agreement and checklist: ${name}`, () => {
      const input = inputFor(file, 'fr');
      for (const reason of TERMINATION_REASONS) {
        assertFrenchSpacing(terminationEmail(input, reason), `termination email ${reason}, ${name}`);
      }
      for (const reason of ['noLongerFit', 'abuse'] as const) {
        assertFrenchSpacing(terminationAgreement(input, { reason }), `agreement ${reason}, ${name}`);
        assertFrenchSpacing(offboardingChecklist(input, { reason }), `checklist ${reason}, ${name}`);
      }
    });
  }

  it('every clause, with a contract and without a client', () => {
    for (const id of CLAUSE_IDS) {
      assertFrenchSpacing(clause(id, { language: 'fr', file: FULL, clientIndex: 0 }), `clause ${id}, contract`);
      assertFrenchSpacing(clause(id, { language: 'fr' }), `clause ${id}, no client`);
      assert.deepEqual(frenchSpacingFaults(clausePreview(id, { language: 'fr' })), [], `clause preview ${id}`);
    }
  });

  it('frenchTypography is idempotent and leaves URLs, times and code alone', () => {
    const text = 'Objet : « Lu et approuvé » ; merci ! Vraiment ? https://x.example/?a=1 à 10:30 `"status": "ended"`';
    const once = frenchTypography(text);
    assert.equal(frenchTypography(once), once);
    assert.deepEqual(frenchSpacingFaults(once), []);
    assert.ok(once.includes('https://x.example/?a=1') && once.includes('10:30') && once.includes('`"status": "ended"`'));
  });

  it('frenchTypography turns a whole run of spaces before a mark into one, and leaves a run without a mark', () => {
    assert.equal(frenchTypography('Total   \u00a0 : oui  \u202f ; « \u00a0 non   »'), 'Total\u00a0: oui\u202f; «\u202fnon\u202f»');
    const run = ' '.repeat(50_000);
    assert.equal(frenchTypography(`a${run}b`), `a${run}b`);
    assert.equal(frenchTypography(`a${run}:`), 'a\u00a0:');
  });
});
