import * as assert from 'node:assert/strict';
import { readClientFile } from '../../../src/core/clientFile';
import { unbilledExtras } from '../../../src/core/health/extras';
import { clientFacts } from '../../../src/core/health/facts';
import { moneyFigures } from '../../../src/core/health/figures';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { changeOrderFigures, draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { draftEditorText, emailFromMarkdown } from '../../../src/core/templates/emailText';
import { draftToMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { GREETINGS } from '../../../src/core/templates/text/greeting';
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

  it('lists the same unbilled extras as the health figures, in date order, delivered work apart', () => {
    const file = overdueFile();
    const facts = clientFacts(file, 0, day(TODAY));
    const figures = changeOrderFigures(draftInput(file, 'en'));
    assert.deepEqual(
      figures.items.map((i) => i.request),
      unbilledExtras(facts),
    );
    assert.deepEqual(
      figures.items.map((i) => [i.request.request.summary, i.round, i.hours, i.price, i.delivered]),
      [
        ['One more colour variant of the hero', 3, 2, 18_000, true],
        ['Newsletter signup form', undefined, 3.5, 31_500, true],
        ['Swap the blog theme', undefined, undefined, undefined, false],
      ],
    );
    assert.deepEqual([figures.done.total, figures.done.pricedHours, figures.done.pending, figures.done.items.length], [49_500, 5.5, 0, 2]);
    assert.deepEqual([figures.future.total, figures.future.pricedHours, figures.future.pending, figures.future.items.length], [0, 0, 1, 1]);
    assert.equal(figures.rateSource, 'extraHourlyRate');
    // Every priced line at the extra rate: the same money as the unbilledExtra figure.
    assert.equal(figures.total, moneyFigures(facts, day(TODAY), DEFAULT_RULES).unbilledExtra);
  });

  it('bills the work already delivered as done, completed between its first and last day, and asks approval only for the rest', () => {
    const text = md(overdueFile());
    const done = text.indexOf('## Work already completed');
    const future = text.indexOf('## Work awaiting your approval');
    assert.ok(done > 0 && future > done, text);
    const doneText = text.slice(done, future);
    const futureText = text.slice(future);
    assert.ok(doneText.includes('was completed between 3 March 2026 and 10 March 2026:'), doneText);
    assert.ok(doneText.includes('- One more colour variant of the hero, requested on 3 March 2026 (revision round 3, beyond the 2 included): 2 hours, €180.00\n'), doneText);
    assert.ok(doneText.includes('- Newsletter signup form, requested on 10 March 2026 (a new feature, outside the agreed scope): 3.5 hours, €315.00\n'));
    assert.ok(doneText.includes('Total for the work completed: €495.00 for 5.5 hours. I will include it in my next invoice.'));
    assert.ok(!/approv|before (any )?work starts/i.test(doneText), 'delivered work is not put up for approval');
    assert.ok(futureText.includes('- Swap the blog theme, requested on 2 April 2026 (a change to what was agreed): to be estimated\n'), futureText);
    assert.ok(futureText.includes('No work will start on them without your written approval'));
    assert.ok(futureText.includes(CHANGE_ORDER_TEXTS.en.approval));
    assert.ok(!futureText.includes('colour variant') && !futureText.includes('Newsletter'), 'done work is not future work');
    assert.ok(text.includes("at the contract's rate for extra work, €90.00 an hour."));
    assert.ok(text.includes('The contract includes 2 revision rounds.'));
    assert.ok(!text.includes('Already billed'), 'a billed request is not listed');
    assert.ok(!text.includes('Fix a typo'), 'an in-scope change is not listed');
    assert.equal(draftChangeOrder(draftInput(overdueFile(), 'en')).subject, 'Change order: extra work completed, and further work for your approval');
  });

  it('reads as an email in every language: a greeting, the items as a list with amounts, no pipe table, in the editor and in what Copy sends', () => {
    for (const language of LANGS) {
      const draft = draftChangeOrder(draftInput(overdueFile(), language));
      const editor = draftEditorText(draft);
      const email = emailFromMarkdown(editor);
      for (const text of [editor, email.body]) {
        assert.doesNotMatch(text, /^\|.*\|$/m, `${language}: a pipe table`);
        assert.ok(!text.includes('---'), `${language}: a table rule`);
      }
      assert.ok(email.body.includes(GREETINGS[language]({ salutation: undefined })), `${language}: the greeting`);
      assert.equal(email.subject, draft.subject);
      const t = CHANGE_ORDER_TEXTS[language];
      assert.ok(email.body.includes(`\n${t.doneHeading}\n`) && email.body.includes(`\n${t.futureHeading}\n`), `${language}: ${email.body}`);
      assert.equal(email.body.match(/^- .*(180|315)[,.]00/gm)?.length, 2, `${language}: each delivered item on its line with its price`);
    }
  });

  it('has the same two sections in every language, each with its own wording', () => {
    const expected = {
      fr: ['ont été réalisés à votre demande entre le 3 mars 2026 et le 10 mars 2026 :', 'Total des travaux réalisés : 495,00 € pour 5,5 heures.', 'Je ne les commencerai qu’après votre accord écrit :'],
      it: ['sono stati completati tra il 3 marzo 2026 e il 10 marzo 2026:', 'Totale dei lavori eseguiti: 495,00 € per 5,5 ore.', 'I lavori non inizieranno senza la Sua approvazione scritta:'],
      tr: ['3 Mart 2026 ile 10 Mart 2026 tarihleri arasında tamamlanmıştır:', 'Tamamlanan çalışmaların toplamı: 5,5 saat için 495,00 €.', 'Yazılı onayınız olmadan bu çalışmalara başlanmayacaktır:'],
    } as const;
    for (const language of ['fr', 'it', 'tr'] as const) {
      const text = md(overdueFile(), language);
      for (const phrase of expected[language]) {
        assert.ok(text.includes(phrase), `${language}: ${phrase}\n${text}`);
      }
    }
  });

  it('follows the delivered field: a day, true, false, or a day still to come', () => {
    const file = withContract({ extraHourlyRate: 100 }, [
      { at: '2026-05-01', summary: 'Dated delivery', type: 'feature', hours: 1, delivered: '2026-05-20' },
      { at: '2026-05-02', summary: 'Delivered, hours unknown', type: 'feature', delivered: true },
      { at: '2026-05-03', summary: 'Estimated, not started', type: 'feature', hours: 5, delivered: false },
      { at: '2026-05-04', summary: 'Planned for July', type: 'feature', hours: 2, delivered: '2026-07-01' },
    ]);
    const figures = changeOrderFigures(draftInput(file, 'en'));
    assert.deepEqual(
      figures.items.map((i) => [i.request.request.summary, i.delivered, i.deliveredOn]),
      [
        ['Dated delivery', true, day('2026-05-20')],
        ['Delivered, hours unknown', true, undefined],
        ['Estimated, not started', false, undefined],
        ['Planned for July', false, undefined],
      ],
    );
    const text = md(file);
    // From the first day of completion (the request's day when none is recorded) to the last.
    assert.ok(text.includes('was completed between 2 May 2026 and 20 May 2026:'), text);
    assert.ok(text.includes('- Dated delivery, requested on 1 May 2026 and delivered on 20 May 2026 (a new feature, outside the agreed scope): 1 hour, €100.00'));
    assert.ok(text.includes('- Delivered, hours unknown, requested on 2 May 2026 (a new feature, outside the agreed scope): hours to be confirmed'));
    assert.ok(text.includes('Total for the work completed: €100.00 for 1 hour, which I will include in my next invoice. The item whose hours are still to be confirmed is not included'));
    assert.ok(text.includes('- Estimated, not started, requested on 3 May 2026 (a new feature, outside the agreed scope): 5 hours, €500.00'));
    assert.ok(text.includes('Total for this work: €700.00 for 7 hours.'));
  });

  it('reads the delivered field as a day or true/false, and refuses anything else', () => {
    const fileWith = (delivered: unknown) =>
      readClientFile(
        JSON.stringify({
          version: 1,
          freelancer: { currency: 'EUR' },
          clients: [{ id: 'a', name: 'A', requests: [{ at: '2026-05-01', summary: 'S', type: 'feature', delivered }] }],
        }),
      );
    for (const ok of ['2026-05-20', true, false]) {
      assert.deepEqual(fileWith(ok).file?.clients[0].requests?.[0].delivered, ok);
    }
    for (const wrong of ['2026-02-30', 'yesterday', 1, null]) {
      const { file, problems } = fileWith(wrong);
      assert.equal(file, undefined, String(wrong));
      assert.ok(problems.some((p) => p.severity === 'error'), String(wrong));
    }
  });

  it('treats a request of today, or one without hours, as work still to approve', () => {
    const input = draftInput(
      withContract({ extraHourlyRate: 80 }, [
        { at: '2026-06-15T09:30', summary: 'Asked this morning', type: 'feature', hours: 3 },
        { at: '2026-06-01', summary: 'No hours yet', type: 'change' },
      ]),
      'en',
    );
    const figures = changeOrderFigures(input);
    assert.deepEqual(figures.items.map((i) => i.delivered), [false, false]);
    const draft = draftChangeOrder(input);
    const text = spaces(draftToMarkdown(draft));
    assert.ok(!text.includes(CHANGE_ORDER_TEXTS.en.doneHeading), text);
    assert.ok(text.includes('The following requests go beyond the contract.'), 'no "also" without done work');
    assert.ok(text.includes('Total of the priced items: €240.00 for 3 hours. The item marked “to be estimated” is not included'));
    assert.equal(draft.subject, 'Change order: extra work for your approval');
  });

  it('bills delivered work without asking approval when nothing is left to do, on one day', () => {
    const file = withContract({ extraHourlyRate: 80, revisionsIncluded: 1 }, [
      { at: '2026-05-02', summary: 'Round one', type: 'revision', hours: 1 },
      { at: '2026-05-02T14:00', summary: 'Round two', type: 'revision', hours: 0.25 },
      { at: '2026-05-02T16:00', summary: 'New page', type: 'feature', hours: 1.1 },
    ]);
    const draft = draftChangeOrder(draftInput(file, 'en'));
    const text = spaces(draftToMarkdown(draft));
    assert.ok(text.includes('was completed on 2 May 2026:'), text);
    assert.ok(text.includes('- Round two, requested on 2 May 2026 (revision round 2, beyond the one included): 0.25 hours, €20.00'));
    assert.ok(text.includes('Total for the work completed: €108.00 for 1.35 hours.'));
    assert.ok(!text.includes(CHANGE_ORDER_TEXTS.en.futureHeading) && !text.includes(CHANGE_ORDER_TEXTS.en.approval), 'nothing to approve');
    assert.equal(draft.subject, 'Change order: extra work completed');
    assert.ok(md(file, 'fr').includes('Total des travaux réalisés : 108,00 € pour 1,35 heure.'));
    assert.ok(md(file, 'it').includes('Totale dei lavori eseguiti: 108,00 € per 1,35 ore.'));
    assert.ok(md(file, 'tr').includes('Tamamlanan çalışmaların toplamı: 1,35 saat için 108,00 €.'));
  });

  it('falls back on the hourly rate and says so', () => {
    const text = md(withContract({ hourlyRate: 60 }, [{ at: '2026-05-01', summary: 'Dark mode', type: 'feature', hours: 2 }]));
    assert.ok(text.includes("at the contract's hourly rate of €60.00, as it sets no separate rate for extra work."), text);
    assert.ok(text.includes('Total for the work completed: €120.00 for 2 hours.'));
  });

  it('prices nothing without a rate, and says a price will follow', () => {
    const text = md(
      withContract(undefined, [
        { at: '2026-05-01', summary: 'Dark mode', type: 'feature', hours: 2 },
        { at: '2026-05-02', summary: 'Search', type: 'feature', hours: 4, delivered: false },
      ]),
    );
    assert.ok(text.includes('- Dark mode, requested on 1 May 2026 (a new feature, outside the agreed scope): 2 hours, price to be agreed'), text);
    assert.ok(text.includes('The contract sets no rate for extra work.'));
    assert.ok(text.includes(CHANGE_ORDER_TEXTS.en.doneNoRate));
    assert.ok(text.includes(CHANGE_ORDER_TEXTS.en.noRate(1)));
    assert.ok(!text.includes('Total'));
  });

  it('counts a revision marked out of scope apart from the included rounds', () => {
    const text = md(
      withContract({ extraHourlyRate: 100, revisionsIncluded: 0 }, [
        { at: '2026-05-01', summary: 'Off-brief revision', type: 'revision', inScope: false, hours: 1 },
        { at: '2026-05-02', summary: 'First round', type: 'revision', hours: 1 },
      ]),
    );
    assert.ok(text.includes('- Off-brief revision, requested on 1 May 2026 (a revision outside the agreed scope): 1 hour, €100.00'), text);
    assert.ok(text.includes('- First round, requested on 2 May 2026 (revision round 1, with no rounds included): 1 hour, €100.00'));
    assert.ok(text.includes('The contract includes no revision rounds.'));
  });

  it('prices in whole yen', () => {
    const text = md(jpyFile());
    assert.ok(text.includes('- Extra banner, requested on 2 May 2026 (a new feature, outside the agreed scope): 1.25 hours, JP¥11,250'), text);
    assert.ok(text.includes('Total for the work completed: JP¥11,250 for 1.25 hours.'));
  });

  it('says there is nothing to approve when nothing extra is unbilled', () => {
    const text = md(paidFile(), 'it');
    assert.ok(text.includes(CHANGE_ORDER_TEXTS.it.nothingExtra));
    assert.ok(!text.includes('|'));
  });

  it('is an email to the contact with a subject', () => {
    const draft = draftChangeOrder(draftInput(overdueFile(), 'fr'));
    assert.equal(draft.to, CONTACT.email);
    assert.equal(draft.subject, 'Devis complémentaire\u00a0: travaux supplémentaires réalisés et à valider');
    assert.equal(draft.title, 'Devis complémentaire – Acme SARL');
  });

  it('escapes summaries and scope items, on one line each', () => {
    const text = draftToMarkdown(draftChangeOrder(draftInput(hostileFile(), 'en')));
    assert.ok(text.includes('- \\# not a heading\n- \\- not a list\n'), text);
    assert.ok(text.includes('- \\<img src=x onerror=alert(1)\\> ===, requested on 11 April 2026'), text);
    assert.ok(text.includes('- \\| pipe \\*star\\*, requested on 10 April 2026'));
    assert.ok(!/\n===/.test(text));
  });

  for (const language of LANGS) {
    it(`matches its golden file: ${language}`, async () => {
      const draft = draftChangeOrder(draftInput(overdueFile(), language));
      await assertGolden(`changeOrder.${language}.md`, draftEditorText(draft));
    });
  }
});
