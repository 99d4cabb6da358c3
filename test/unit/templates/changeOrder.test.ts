import * as assert from 'node:assert/strict';
import { unbilledExtras } from '../../../src/core/health/extras';
import { clientFacts } from '../../../src/core/health/facts';
import { moneyFigures } from '../../../src/core/health/figures';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { changeOrderFigures, draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { draftToMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { CHANGE_ORDER_TEXTS } from '../../../src/core/templates/text/changeOrder';
import { DraftLanguage } from '../../../src/core/templates/locale';
import { ClientFile } from '../../../src/core/schema';
import { client, day, makeFile } from '../support/build';
import { CONTACT, LANGS, SAMPLES, TODAY, assertEscaped, assertFilled, assertGolden, draftInput, hostileFile, jpyFile, overdueFile, paidFile } from './moneyDraftsSupport';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const md = (file: ClientFile, language: DraftLanguage = 'en') => spaces(draftToMarkdown(draftChangeOrder(draftInput(file, language))));

function withContract(contract: Record<string, unknown> | undefined, requests: Record<string, unknown>[]): ClientFile {
  return makeFile([client({ name: 'Acme SARL', ...(contract ? { contract } : {}), requests })], { name: 'Camille Martin' });
}

describe('change order', () => {
  for (const sample of SAMPLES) {
    for (const language of LANGS) {
      it(`renders completely: ${sample.name}, ${language}`, () => {
        const draft = draftChangeOrder(draftInput(sample.file(), language));
        assert.equal(draft.kind, 'changeOrder');
        const markdown = draftToMarkdown(draft);
        assertFilled(draft.title, `${sample.name} ${language} title`);
        assertFilled(draft.subject ?? '', `${sample.name} ${language} subject`);
        if (sample.name === 'hostile names') {
          assertFilled(markdown, `${sample.name} ${language}`);
          assertEscaped(markdown, `${sample.name} ${language}`);
        } else {
          assertFilled(markdown, `${sample.name} ${language}`);
          assertFilled(renderPlainText(draft.blocks), `${sample.name} ${language} plain text`);
        }
      });
    }
  }

  it('lists the same unbilled extras as the health figures, in date order', () => {
    const file = overdueFile();
    const facts = clientFacts(file, 0, day(TODAY));
    const figures = changeOrderFigures(draftInput(file, 'en'));
    assert.deepEqual(
      figures.items.map((i) => i.request),
      unbilledExtras(facts),
    );
    assert.deepEqual(
      figures.items.map((i) => [i.request.request.summary, i.round, i.hours, i.price]),
      [
        ['One more colour variant of the hero', 3, 2, 18_000],
        ['Newsletter signup form', undefined, 3.5, 31_500],
        ['Swap the blog theme', undefined, undefined, undefined],
      ],
    );
    assert.equal(figures.total, 49_500);
    assert.equal(figures.pricedHours, 5.5);
    assert.equal(figures.pending, 1);
    assert.equal(figures.rateSource, 'extraHourlyRate');
    // Every priced line at the extra rate: the same money as the unbilledExtra figure.
    assert.equal(figures.total, moneyFigures(facts, day(TODAY), DEFAULT_RULES).unbilledExtra);
  });

  it('prices each request at the extra rate, marks the one without hours, and says the total leaves it out', () => {
    const text = md(overdueFile());
    assert.ok(text.includes('| 1 | 2026-03-03 | One more colour variant of the hero | Revision round 3, beyond the 2 included | 2 | €180.00 |'), text);
    assert.ok(text.includes('| 2 | 2026-03-10 | Newsletter signup form | A new feature, outside the agreed scope | 3.5 | €315.00 |'));
    assert.ok(text.includes('| 3 | 2026-04-02 | Swap the blog theme | A change to what was agreed | — | To be estimated |'));
    assert.ok(text.includes('Total of the priced items: €495.00 for 5.5 hours. The item marked “to be estimated” is not included'));
    assert.ok(text.includes("at the contract's rate for extra work, €90.00 an hour."));
    assert.ok(text.includes('The contract includes 2 revision rounds.'));
    assert.ok(!text.includes('Already billed'), 'a billed request is not listed');
    assert.ok(!text.includes('Fix a typo'), 'an in-scope change is not listed');
  });

  it('asks for approval before work starts, in every language', () => {
    for (const language of LANGS) {
      const text = md(overdueFile(), language);
      const t = CHANGE_ORDER_TEXTS[language];
      assert.ok(text.includes(spaces(t.approval)), language);
      assert.ok(text.includes(t.approvedBy), language);
    }
  });

  it('gives a plain total when every request has hours', () => {
    const file = withContract({ extraHourlyRate: 80, revisionsIncluded: 1 }, [
      { at: '2026-05-01', summary: 'Round one', type: 'revision', hours: 1 },
      { at: '2026-05-02', summary: 'Round two', type: 'revision', hours: 0.25 },
      { at: '2026-05-03', summary: 'New page', type: 'feature', hours: 1.1 },
    ]);
    const text = md(file);
    assert.ok(text.includes('| 1 | 2026-05-02 | Round two | Revision round 2, beyond the one included | 0.25 | €20.00 |'), text);
    assert.ok(text.includes('| 2 | 2026-05-03 | New page | A new feature, outside the agreed scope | 1.1 | €88.00 |'));
    assert.ok(text.includes('Total: €108.00 for 1.35 hours.'));
    assert.ok(md(file, 'fr').includes('Total : 108,00 € pour 1,35 heure.'));
    assert.ok(md(file, 'it').includes('Totale: 108,00 € per 1,35 ore.'));
    assert.ok(md(file, 'tr').includes('Toplam: 1,35 saat için €108,00.'));
  });

  it('falls back on the hourly rate and says so', () => {
    const text = md(withContract({ hourlyRate: 60 }, [{ at: '2026-05-01', summary: 'Dark mode', type: 'feature', hours: 2 }]));
    assert.ok(text.includes("at the contract's hourly rate of €60.00, as it sets no separate rate for extra work."), text);
    assert.ok(text.includes('Total: €120.00 for 2 hours.'));
  });

  it('prices nothing without a rate, and says every item is to be priced', () => {
    const text = md(withContract(undefined, [{ at: '2026-05-01', summary: 'Dark mode', type: 'feature', hours: 2 }]));
    assert.ok(text.includes('| 1 | 2026-05-01 | Dark mode | A new feature, outside the agreed scope | 2 | To be estimated |'), text);
    assert.ok(text.includes('The contract sets no rate for extra work'));
    assert.ok(!text.includes('Total'));
  });

  it('says when no item has hours yet', () => {
    const text = md(withContract({ extraHourlyRate: 90 }, [{ at: '2026-05-01', summary: 'Dark mode', type: 'feature' }]));
    assert.ok(text.includes('None of these items can be priced yet'), text);
  });

  it('counts a revision marked out of scope apart from the included rounds', () => {
    const text = md(
      withContract({ extraHourlyRate: 100, revisionsIncluded: 0 }, [
        { at: '2026-05-01', summary: 'Off-brief revision', type: 'revision', inScope: false, hours: 1 },
        { at: '2026-05-02', summary: 'First round', type: 'revision', hours: 1 },
      ]),
    );
    assert.ok(text.includes('| Off-brief revision | Revision outside the agreed scope | 1 | €100.00 |'), text);
    assert.ok(text.includes('| First round | Revision round 1; no rounds are included | 1 | €100.00 |'));
    assert.ok(text.includes('The contract includes no revision rounds.'));
  });

  it('prices in whole yen', () => {
    const text = md(jpyFile());
    assert.ok(text.includes('| 1 | 2026-05-02 | Extra banner | A new feature, outside the agreed scope | 1.25 | JP¥11,250 |'), text);
    assert.ok(text.includes('Total: JP¥11,250 for 1.25 hours.'));
  });

  it('says there is nothing to approve when nothing extra is unbilled', () => {
    const text = md(paidFile(), 'it');
    assert.ok(text.includes(CHANGE_ORDER_TEXTS.it.nothingExtra));
    assert.ok(!text.includes('|'));
  });

  it('is an email to the contact with a subject', () => {
    const draft = draftChangeOrder(draftInput(overdueFile(), 'fr'));
    assert.equal(draft.to, CONTACT.email);
    assert.equal(draft.subject, 'Devis complémentaire : travaux supplémentaires à valider');
    assert.equal(draft.title, 'Devis complémentaire – Acme SARL');
  });

  it('escapes summaries and scope items, on one line each', () => {
    const text = draftToMarkdown(draftChangeOrder(draftInput(hostileFile(), 'en')));
    assert.ok(text.includes('- \\# not a heading\n- \\- not a list\n'), text);
    assert.ok(text.includes('| \\<img src=x onerror=alert(1)\\> === |'));
    assert.ok(!/\n===/.test(text));
  });

  for (const language of LANGS) {
    it(`matches its golden file: ${language}`, async () => {
      const draft = draftChangeOrder(draftInput(overdueFile(), language));
      await assertGolden(`changeOrder.${language}.md`, `<!-- subject: ${draft.subject} -->\n\n${draftToMarkdown(draft)}`);
    });
  }
});
