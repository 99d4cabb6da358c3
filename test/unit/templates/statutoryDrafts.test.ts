/**
 * The statutory late-payment figures in firm and final reminders and in the statement: chosen by the freelancer's
 * country, worded in the draft's language, and equal to clientLateFees' own figures.
 */
import * as assert from 'node:assert/strict';
import { clientFacts } from '../../../src/core/health/facts';
import { clientLateFees, mergeRates } from '../../../src/core/law';
import { ClientFile } from '../../../src/core/schema';
import { formatterFor } from '../../../src/core/templates/locale';
import { draftToMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { draftPaymentReminder, ReminderStep } from '../../../src/core/templates/reminder';
import { draftStatement } from '../../../src/core/templates/statement';
import { DraftLanguage } from '../../../src/core/templates/locale';
import { client, day, makeFile } from '../support/build';
import { LANGS, TODAY, assertFilled, assertGolden, draftInput, overdueFile, upcomingFile } from './moneyDraftsSupport';

/** The overdue client of a freelancer in `country`; GB invoices in pounds. Extra fields go to the client. */
function lawFile(country: string | undefined, client: Record<string, unknown> = {}, contract: Record<string, unknown> = {}): ClientFile {
  const base = overdueFile();
  const c = base.clients[0];
  const currency = country === 'GB' ? 'GBP' : base.freelancer.currency;
  return {
    ...base,
    freelancer: { ...base.freelancer, currency, ...(country ? { country } : {}) },
    clients: [{ ...c, ...client, contract: { ...c.contract!, ...contract } }],
  };
}

/**
 * A Dutch freelancer's client with, besides the default invoices, one more than a year late: due 31 March 2025, 400 of
 * 1,000 paid on 30 September 2025. Its first year's interest joins the balance on 1 April 2026 (BW 6:119a lid 3). No
 * contract fee of its own, so the statutory interest counts in the sums.
 */
function dutchYearLateFile(): ClientFile {
  const old = { number: '2025-004', issued: '2025-03-01', due: '2025-03-31', amount: 1000, payments: [{ date: '2025-09-30', amount: 400 }] };
  return lawFile('NL', { invoices: [old, ...(overdueFile().clients[0].invoices ?? [])] }, { lateFeePercentPerMonth: undefined });
}

const reminder = (file: ClientFile, language: DraftLanguage, step: ReminderStep = 'firm', today = TODAY) =>
  renderPlainText(draftPaymentReminder(draftInput(file, language, today), { step }).blocks);
const statement = (file: ClientFile, language: DraftLanguage, today = TODAY) => renderPlainText(draftStatement(draftInput(file, language, today)).blocks);

describe('statutory late-payment figures in drafts', () => {
  const goldens: [string, readonly DraftLanguage[]][] = [
    ['FR', LANGS],
    ['IT', LANGS],
    ['DE', LANGS],
    ['GB', LANGS],
    ['BE', LANGS],
    ['NL', LANGS],
  ];
  for (const [country, languages] of goldens) {
    for (const language of languages) {
      it(`matches its golden files: freelancer in ${country}, ${language}`, async () => {
        const file = lawFile(country);
        const draft = draftPaymentReminder(draftInput(file, language), { step: 'firm' });
        await assertGolden(`reminder-firm.law-${country}.${language}.md`, `<!-- subject: ${draft.subject} -->\n\n${draftToMarkdown(draft)}`);
        await assertGolden(`statement.law-${country}.${language}.md`, draftToMarkdown(draftStatement(draftInput(file, language))));
      });
    }
  }

  // The notes the default file never needs, each read whole in every language: a waiver the law overrides (FR),
  // a rate older than its period (IT, in August before the July rate ships), a contract fee not above the
  // statutory rate (DE, 0.5 % a month).
  const notes: [string, () => ClientFile, string][] = [
    ['FR-waived', () => lawFile('FR', {}, { statutoryLateFees: false, lateFeePercentPerMonth: undefined }), TODAY],
    ['IT-older-rate', () => lawFile('IT', {}, { lateFeePercentPerMonth: undefined }), '2026-08-14'],
    ['DE-low-fee', () => lawFile('DE', {}, { lateFeePercentPerMonth: 0.5 }), TODAY],
  ];
  for (const [name, file, today] of notes) {
    for (const language of LANGS) {
      it(`matches its golden file: ${name}, ${language}`, async () => {
        const draft = draftPaymentReminder(draftInput(file(), language, today), { step: 'firm' });
        await assertGolden(`reminder-firm.law-${name}.${language}.md`, `<!-- subject: ${draft.subject} -->\n\n${draftToMarkdown(draft)}`);
      });
    }
  }

  for (const language of LANGS) {
    it(`matches its golden files: NL, an invoice more than a year late, ${language}`, async () => {
      const draft = draftPaymentReminder(draftInput(dutchYearLateFile(), language), { step: 'firm' });
      await assertGolden(`reminder-firm.law-NL-year-late.${language}.md`, `<!-- subject: ${draft.subject} -->\n\n${draftToMarkdown(draft)}`);
      await assertGolden(`statement.law-NL-year-late.${language}.md`, draftToMarkdown(draftStatement(draftInput(dutchYearLateFile(), language))));
    });
  }

  it('says once that each full year\'s interest was added to the amount (BW 6:119a lid 3), only where a figure includes some', () => {
    const sentence: Record<DraftLanguage, string> = {
      en: 'As Article 6:119a(3) of the Dutch Civil Code provides, at the end of each full year of lateness the interest for that year was added to the amount on which interest runs.',
      fr: 'Comme le prévoit l’article 6:119a, paragraphe 3, du Code civil néerlandais, les intérêts de chaque année complète de retard ont été ajoutés, au terme de celle-ci, au montant sur lequel ils sont calculés.',
      it: 'Come previsto dall’art. 6:119a, comma 3, del Codice civile olandese, al termine di ogni anno intero di ritardo gli interessi maturati in quell’anno sono stati aggiunti all’importo su cui sono calcolati.',
      tr: 'Hollanda Medeni Kanunu m. 6:119a/3 uyarınca, gecikmenin her tam yılının sonunda o yıla ait faiz, faizin işlediği tutara eklenmiştir.',
    };
    const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');
    for (const language of LANGS) {
      const file = dutchYearLateFile();
      for (const text of [reminder(file, language), reminder(file, language, 'final'), statement(file, language)]) {
        assert.equal(plain(text).split(sentence[language]).length - 1, 1, `${language}: once`);
      }
      // The same client on 31 March 2026, the last day of the first year: nothing added yet.
      assert.ok(!plain(reminder(file, language, 'firm', '2026-03-31')).includes(sentence[language]), `${language}: within the first year`);
      // Less than a year late, and a Dutch contract that waives the interest (followed: the waiver was not read).
      assert.ok(!plain(reminder(lawFile('NL'), language)).includes(sentence[language]), `${language}: under a year`);
      const waived = lawFile('NL', { invoices: dutchYearLateFile().clients[0].invoices }, { statutoryLateFees: false, lateFeePercentPerMonth: undefined });
      assert.ok(!plain(statement(waived, language)).includes(sentence[language]), `${language}: interest waived`);
    }
  });

  it('states each invoice\'s interest and compensation, and their totals, exactly as clientLateFees gives them', () => {
    // Without a late fee of its own in the contract, so that the statutory interest counts in the sum.
    const files: [string, ClientFile][] = [...['FR', 'IT', 'DE', 'GB', 'BE', 'NL'].map((c): [string, ClientFile] => [c, lawFile(c, {}, { lateFeePercentPerMonth: undefined })]), ['NL', dutchYearLateFile()]];
    for (const [country, file] of files) {
      const fees = clientLateFees(clientFacts(file, 0, day(TODAY)), day(TODAY), mergeRates([]));
      assert.ok(typeof fees === 'object');
      for (const language of LANGS) {
        const format = formatterFor(language);
        const currency = country === 'GB' ? 'GBP' : 'EUR';
        for (const text of [reminder(file, language), reminder(file, language, 'final'), statement(file, language)]) {
          assertFilled(text, `${country} ${language}`);
          for (const i of fees.invoices) {
            assert.ok(i.interest !== undefined && i.interest > 0);
            assert.ok(text.includes(format.money(i.interest, currency)), `${country} ${language}: interest of ${i.invoice}`);
          }
          assert.ok(text.includes(format.money(fees.interest!, currency)), `${country} ${language}: total interest`);
          assert.ok(text.includes(format.money(fees.compensation!, currency)), `${country} ${language}: total compensation`);
          assert.ok(text.includes(format.money(fees.interest! + fees.compensation!, currency)), `${country} ${language}: sum`);
        }
      }
    }
  });

  it('cites the law of the freelancer\'s country whatever the language: Italian law in French, French law in English', () => {
    const italianInFrench = reminder(lawFile('IT'), 'fr');
    assert.ok(italianInFrench.includes('décret législatif italien n°\u00a0231/2002'));
    assert.ok(!italianInFrench.includes('L441-10'), 'no French law for an Italian freelancer');
    const frenchInEnglish = reminder(lawFile('FR'), 'en');
    assert.ok(frenchInEnglish.includes('the French Commercial Code (Articles L441-10 and D441-5) entitles me to interest'));
    assert.ok(statement(lawFile('FR'), 'it').includes('artt. L441-10 e D441-5 del Codice di commercio francese'));
    // The French 40-euro sentence of files without a country is not repeated beside the statutory lines.
    assert.ok(!reminder(lawFile('FR'), 'fr').includes('Pour rappel, la loi prévoit'));
  });

  it('without freelancer.country, drafts stay as they were: the French 40 euros in French only, no statutory lines', () => {
    const file = lawFile(undefined);
    assert.ok(reminder(file, 'fr').includes('indemnité forfaitaire pour frais de recouvrement de 40 euros'));
    for (const language of LANGS) {
      assert.ok(!reminder(file, language).includes('L441-10') || language === 'fr');
      assert.ok(!reminder(file, language).includes('231/2002'));
      assert.ok(!statement(file, language).includes('231/2002') && !statement(file, language).includes('L441-10'));
    }
  });

  it('says nothing of the law to a consumer, nor in a friendly reminder', () => {
    for (const language of LANGS) {
      const consumer = lawFile('FR', { isBusiness: false });
      assert.ok(!reminder(consumer, language).includes('L441-10'), `${language}: consumer reminder`);
      assert.ok(!statement(consumer, language).includes('L441-10'), `${language}: consumer statement`);
      assert.ok(!reminder(lawFile('FR'), language, 'friendly').includes('L441-10'), `${language}: friendly`);
      const upcoming = { ...upcomingFile(), freelancer: { ...upcomingFile().freelancer, country: 'FR' } };
      assert.ok(!statement(upcoming, language).includes('L441-10'), `${language}: nothing overdue`);
    }
  });

  it('calls the compensation for recovery costs a floor, not a fixed sum: Dutch law says "ten minste", Turkish "asgari"', () => {
    const floor: Record<DraftLanguage, string> = {
      en: 'compensation for recovery costs of at least the sum it sets',
      fr: 'indemnité pour frais de recouvrement, dont elle détermine le montant minimal',
      it: 'risarcimento dei costi di recupero non inferiore all’importo da essa stabilito',
      tr: 'tahsilat masraflarına karşılık, belirlediği tutardan az olmamak üzere bir tazminat',
    };
    for (const language of LANGS) {
      for (const text of [reminder(lawFile('NL'), language), statement(lawFile('NL'), language)]) {
        assert.ok(text.replace(/\u00a0|\u202f/g, ' ').includes(floor[language]), `${language}: at least`);
        assert.doesNotMatch(text, /fixed compensation|indemnité forfaitaire|importo forfettario|sabit bir tazminat/, language);
      }
    }
  });

  it('leaves out what the contract may waive, and says the law applies anyway where it may not', () => {
    // UK: the waiver holds with the contract's own late fee as a substantial remedy (s. 8); nothing statutory is stated.
    for (const language of LANGS) {
      const text = statement(lawFile('GB', {}, { statutoryLateFees: false }), language);
      assert.ok(!text.includes('1998'), `${language}: UK waiver`);
    }
    // Spain: excluding the interest or the EUR 40 is void (Ley 3/2004 art. 9.1): both stated, with the reason.
    const spanish = reminder(lawFile('ES', {}, { statutoryLateFees: false }), 'en');
    assert.ok(spanish.includes('3/2004') && spanish.includes('the law does not allow a contract to exclude them in advance'), spanish);
    const anyway = reminder(lawFile('FR', {}, { statutoryLateFees: false }), 'en');
    assert.ok(anyway.includes('the law does not allow a contract to exclude them in advance'));
    assert.ok(!reminder(lawFile('FR'), 'en').includes('exclude them in advance'));
    assert.ok(reminder(lawFile('IT', {}, { statutoryLateFees: false }), 'it').includes('la legge non consente di rinunciarvi'));
  });

  it("where the contract's late fee replaces the statutory interest, gives the interest for comparison and adds no sum", () => {
    const text = reminder(lawFile('FR'), 'en');
    assert.ok(text.includes('given for comparison only'));
    assert.doesNotMatch(text, /in all/);
    assert.ok(!reminder(lawFile('FR', {}, { lateFeePercentPerMonth: undefined }), 'en').includes('comparison'));
  });

  it('says which late fee applies where the contract has its own, and why', () => {
    assert.ok(reminder(lawFile('FR'), 'en').includes('at least three times the legal interest rate'));
    assert.ok(reminder(lawFile('DE'), 'en').includes('it is higher than the statutory rate (10.27%)'));
    assert.ok(reminder(lawFile('DE', {}, { lateFeePercentPerMonth: 0.5 }), 'en').includes('The statutory rate (10.27%) applies'));
    assert.ok(reminder(lawFile('GB'), 'en').includes('it is a substantial remedy'));
    assert.ok(reminder(lawFile('IT'), 'it').includes('Si applicano gli interessi pattuiti nel contratto (18% annuo) al posto di quelli legali di mora'));
    const without = lawFile('FR', {}, { lateFeePercentPerMonth: undefined });
    assert.ok(!reminder(without, 'en').includes('three times'), 'no contract fee: no comparison');
  });

  it('says when a figure uses a rate older than its period, and not once newer rates are given', () => {
    const late = '2026-08-14';
    const older = reminder(lawFile('IT'), 'en', 'firm', late);
    assert.ok(older.includes('the latest reference rate known, that of 1 January 2026'));
    const input = { ...draftInput(lawFile('IT'), 'en', late), rates: mergeRates([{ source: 'ECB', from: '2026-07-01', percent: 2.15 }]) };
    const newer = renderPlainText(draftPaymentReminder(input, { step: 'firm' }).blocks);
    assert.ok(!newer.includes('latest reference rate known'));
    assert.ok(statement(lawFile('IT'), 'fr', late).includes('celui du 1er\u00a0janvier 2026') || statement(lawFile('IT'), 'fr', late).includes('celui du 1er janvier 2026'));
  });

  it('with no rate known and the compensation in another currency, says so per invoice and writes no empty total', () => {
    // Turkish rule: TCMB rates ship from 2023, the compensation is in TRY; an EUR invoice due in 2022 has neither sum.
    const file = makeFile(
      [client({ name: 'Eski Ltd', contract: { signed: '2022-01-01' }, invoices: [{ number: 'E-1', issued: '2022-05-01', due: '2022-06-01', amount: 500 }] })],
      { name: 'Camille Martin', currency: 'EUR', country: 'TR' },
    );
    for (const language of LANGS) {
      const text = reminder(file, language, 'firm', '2022-09-01');
      assertFilled(text, language);
      assert.ok(text.includes('1530'), `${language}: the rule is cited`);
      assert.doesNotMatch(text, /: \./, `${language}: an empty total`);
    }
    assert.ok(reminder(file, 'en', 'firm', '2022-09-01').includes('interest not computed (no reference rate is known for that period)'));
  });
});
