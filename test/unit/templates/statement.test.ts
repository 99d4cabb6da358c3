import * as assert from 'node:assert/strict';
import { draftStatement } from '../../../src/core/templates/statement';
import { draftToMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { STATEMENT_TEXTS } from '../../../src/core/templates/text/statement';
import { LANGS, SAMPLES, TODAY, assertEscaped, assertFilled, assertGolden, draftInput, hostileFile, jpyFile, noLateFeeFile, overdueFile, paidFile } from './moneyDraftsSupport';

/** Intl separates thousands and currency signs with (narrow) no-break spaces; assertions read plain spaces. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const md = (file = overdueFile(), language: (typeof LANGS)[number] = 'en', today = TODAY) => spaces(draftToMarkdown(draftStatement(draftInput(file, language, today))));

describe('statement of account', () => {
  for (const sample of SAMPLES) {
    for (const language of LANGS) {
      it(`renders completely: ${sample.name}, ${language}`, () => {
        const draft = draftStatement(draftInput(sample.file(), language));
        assert.equal(draft.kind, 'statement');
        assert.equal(draft.language, language);
        const markdown = draftToMarkdown(draft);
        assertFilled(markdown, `${sample.name} ${language}`);
        assertFilled(draft.title, `${sample.name} ${language} title`);
        if (sample.name === 'hostile names') {
          assertEscaped(markdown, `${sample.name} ${language}`);
        } else {
          assertFilled(renderPlainText(draft.blocks), `${sample.name} ${language} plain text`);
        }
      });
    }
  }

  it('lists every invoice with its dates, amounts, balance and days late', () => {
    const text = md();
    assert.ok(text.includes('| 2025-012 | 1 Dec 2025 | 31 Dec 2025 | €800.00 | €800.00 | €0.00 | — |'), text);
    assert.ok(text.includes('| 2026-001 | 5 Jan 2026 | 4 Feb 2026 | €2,400.00 | €1,200.00 | €1,200.00 | 131 |'));
    assert.ok(text.includes('| 2026-002 | 2 Mar 2026 | 1 Apr 2026 | €1,000.50 | €250.25 | €750.25 | 75 |'));
    assert.ok(text.includes('| 2026-003 | 20 Apr 2026 | 20 May 2026 | €333.33 | €0.00 | €333.33 | 26 |'));
    assert.ok(text.includes('| 2026-004 | 31 May 2026 | 30 Jun 2026 | €500.00 | €100.00 | €400.00 | — |'));
  });

  it('lists every payment received up to today, in date order', () => {
    const text = md();
    const rows = ['| 10 Jan 2026 | 2025-012 | €800.00 |', '| 20 Feb 2026 | 2026-001 | €1,200.00 |', '| 15 Apr 2026 | 2026-002 | €250.25 |', '| 10 Jun 2026 | 2026-004 | €100.00 |'];
    const at = rows.map((r) => text.indexOf(r));
    assert.ok(at.every((i) => i > 0), text);
    assert.deepEqual([...at].sort((a, b) => a - b), at);
    // On 15 Feb 2026 the payment of 20 Feb 2026 has not arrived: 2026-001 is unpaid and 11 days late.
    const earlier = md(overdueFile(), 'en', '2026-02-15');
    assert.ok(!earlier.includes('20 Feb 2026'));
    assert.ok(earlier.includes('| 2026-001 | 5 Jan 2026 | 4 Feb 2026 | €2,400.00 | €0.00 | €2,400.00 | 11 |'));
  });

  it('writes the dates of its tables as each language writes a date, the month named in English', () => {
    const rows = { en: '| 2026-001 | 5 Jan 2026 | 4 Feb 2026 |', fr: '| 2026-001 | 05/01/2026 | 04/02/2026 |', it: '| 2026-001 | 05/01/2026 | 04/02/2026 |', tr: '| 2026-001 | 05.01.2026 | 04.02.2026 |' };
    const payments = { en: '| 20 Feb 2026 | 2026-001 |', fr: '| 20/02/2026 | 2026-001 |', it: '| 20/02/2026 | 2026-001 |', tr: '| 20.02.2026 | 2026-001 |' };
    for (const language of LANGS) {
      const text = md(overdueFile(), language);
      assert.ok(text.includes(rows[language]), `${language}: ${text}`);
      assert.ok(text.includes(payments[language]), `${language}: ${text}`);
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, `${language}: an ISO date`);
    }
  });

  it('totals what was invoiced, paid, outstanding and overdue', () => {
    const text = md();
    assert.ok(text.includes('| Total invoiced | €5,033.83 |'));
    assert.ok(text.includes('| Total paid | €2,350.25 |'));
    assert.ok(text.includes('| Balance outstanding | €2,683.58 |'));
    assert.ok(text.includes('| of which overdue | €2,283.58 |'));
    const fr = md(overdueFile(), 'fr');
    assert.ok(fr.includes('| Total facturé | 5 033,83 € |'), fr);
    assert.ok(fr.includes('| dont échu | 2 283,58 € |'));
  });

  it('French says how the late fee is rounded: the half-centime up in euros, the half-unit up in a currency without centimes', () => {
    assert.ok(md(overdueFile(), 'fr').includes('arrondies pour chaque facture au centime le plus proche (le demi-centime au supérieur) :'));
    assert.ok(md(jpyFile(), 'fr').includes('arrondies pour chaque facture à 1 JPY près (la demi-unité au supérieur) :'), md(jpyFile(), 'fr'));
  });

  it('ages the balance in the six buckets', () => {
    const text = md();
    for (const row of [
      '| Not yet overdue | €400.00 |',
      '| 1–30 days | €333.33 |',
      '| 31–60 days | €0.00 |',
      '| 61–90 days | €750.25 |',
      '| 91–120 days | €0.00 |',
      '| More than 120 days | €1,200.00 |',
    ]) {
      assert.ok(text.includes(row), row);
    }
  });

  it('shows the late fee formula with each invoice’s numbers and the total', () => {
    const text = md();
    assert.ok(text.includes('```text\nlate fee = balance × 1.5% × days late ÷ 30\n```'));
    assert.ok(text.includes('- 2026-001: €1,200.00 × 1.5% × 131 ÷ 30 = €78.60'));
    assert.ok(text.includes('- 2026-002: €750.25 × 1.5% × 75 ÷ 30 = €28.13'));
    assert.ok(text.includes('- 2026-003: €333.33 × 1.5% × 26 ÷ 30 = €4.33'));
    assert.ok(text.includes('Late fee accrued as of 15 June 2026: €111.06.'));
    assert.ok(text.includes('Balance outstanding including the late fee: €2,794.64.'));
    assert.ok(text.includes('rounded to the nearest €0.01'));
    const it_ = md(overdueFile(), 'it');
    assert.ok(it_.includes('interessi di mora dell’1,5% al mese'), it_);
    assert.ok(it_.includes('- 2026-001: 1.200,00 € × 1,5% × 131 ÷ 30 = 78,60 €'));
  });

  it('says in every language that no late fee is charged when the contract sets none', () => {
    for (const language of LANGS) {
      const text = md(noLateFeeFile(), language);
      assert.ok(text.includes(spaces(STATEMENT_TEXTS[language].noLateFeeInContract)), language);
      assert.ok(!text.includes('÷ 30'), language);
    }
  });

  it('says that no fee accrued, and nothing is outstanding, when every invoice is paid', () => {
    const text = md(paidFile());
    assert.ok(text.includes('Every invoice is paid in full: nothing is outstanding.'));
    assert.ok(text.includes('As nothing is overdue, no fee has accrued.'));
    assert.ok(text.includes('| Balance outstanding | €0.00 |'));
    assert.ok(!text.includes('Aging'));
  });

  it('writes yen without decimals and computes the fee in whole yen', () => {
    const text = md(jpyFile());
    assert.ok(text.includes('| J-1 | 1 Apr 2026 | 8 May 2026 | JP¥12,345 | JP¥345 | JP¥12,000 | 38 |'), text);
    assert.ok(text.includes('- J-1: JP¥12,000 × 2% × 38 ÷ 30 = JP¥304'));
    assert.ok(text.includes('- J-2: JP¥120,000 × 2% × 7 ÷ 30 = JP¥560'));
    assert.ok(text.includes('Late fee accrued as of 15 June 2026: JP¥864.'));
    assert.ok(text.includes('rounded to the nearest JP¥1'));
    assert.ok(text.includes('Client: 株式会社サクラ'));
    assert.ok(spaces(draftToMarkdown(draftStatement(draftInput(jpyFile(), 'tr')))).includes('| Kalan bakiye | 132.000 ¥ |'));
  });

  it('shows an overpayment as a credit', () => {
    const file = paidFile();
    file.clients[0].invoices![0].payments!.push({ date: '2026-04-01', amount: 20 });
    const text = md(file);
    assert.ok(text.includes('| Overpaid (credit in your favour) | €20.00 |'), text);
    assert.ok(text.includes('| Total paid | €1,520.00 |'));
  });

  it('escapes names and numbers from the file', () => {
    const text = draftToMarkdown(draftStatement(draftInput(hostileFile(), 'en')));
    assert.ok(text.includes('Client: \\<img src=x onerror=alert(1)\\>'));
    assert.ok(text.includes('Contact: \\| pipe \\*star\\*'));
    assert.ok(text.includes('From: \\*Camille\\* \\<b\\>bold\\</b\\>'));
    // Numbers with a line break stay on their table row.
    assert.ok(text.includes('| A,"1" B |'));
  });

  it('is titled with the client’s name on one line', () => {
    assert.equal(draftStatement(draftInput(overdueFile(), 'fr')).title, 'Relevé de compte – Acme SARL');
    assert.equal(draftStatement(draftInput(overdueFile(), 'tr')).title, 'Cari hesap ekstresi – Acme SARL');
  });

  for (const language of LANGS) {
    it(`matches its golden file: ${language}`, async () => {
      await assertGolden(`statement.${language}.md`, draftToMarkdown(draftStatement(draftInput(overdueFile(), language))));
    });
  }
});
