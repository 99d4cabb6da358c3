import * as assert from 'node:assert/strict';
import { CLAUSE_DEFAULTS, CLAUSE_IDS, clause, ClauseInput, clauseName, clausePreview } from '../../../src/core/templates/clauses';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { client, makeFile } from '../support/build';
import { BARE, FULL, golden, inputFor, JPY, NO_CONTRACT, renderChecked } from './terminationFixtures';

const md = (id: (typeof CLAUSE_IDS)[number], input: ClauseInput) => renderMarkdown(clause(id, input).blocks);

describe('contract clauses', () => {
  it('has its eleven clauses', () => {
    assert.deepEqual(
      [...CLAUSE_IDS].sort(),
      [
        'cancellation',
        'changeOrders',
        'notice',
        'ownership',
        'paymentTerms',
        'repeatedLatePayment',
        'revisions',
        'signatureDeposit',
        'suspension',
        'withdrawal',
        'workingHours',
      ],
    );
  });

  it('renders every clause in every language, with or without a client, contract or file', () => {
    for (const language of DRAFT_LANGUAGES) {
      const inputs: Record<string, ClauseInput> = {
        'no file': { language },
        'file, no client': { language, file: FULL },
        'client without contract': inputFor(NO_CONTRACT, language),
        'full contract': inputFor(FULL, language),
        yen: inputFor(JPY, language),
        bare: inputFor(BARE, language),
      };
      const names = new Set<string>();
      for (const id of CLAUSE_IDS) {
        names.add(clauseName(id, language));
        for (const [name, input] of Object.entries(inputs)) {
          const draft = clause(id, input);
          assert.equal(draft.kind, 'clause');
          assert.equal(draft.clauseId, id);
          assert.equal(draft.title.replace(/\u00a0/g, ' '), clauseName(id, language).replace(/\u00a0/g, ' '));
          assert.deepEqual(draft.blocks[0], { kind: 'heading', level: 3, text: draft.title });
          renderChecked(draft, `${language}/${id}/${name}`);
          const preview = clausePreview(id, input);
          assert.ok(preview.length > 20 && preview.length <= 160, `${language}/${id}: preview ${preview}`);
          assert.doesNotMatch(preview, /undefined|NaN|\\|\n/);
        }
      }
      assert.equal(names.size, CLAUSE_IDS.length, `${language}: clause names are distinct`);
    }
  });

  it('takes the figures of the contract', () => {
    const input = inputFor(FULL, 'en');
    assert.match(md('revisions', input), /The price includes 3 rounds of revisions per deliverable\..*billed at €90\.00 per hour/);
    assert.match(md('paymentTerms', input), /payable within 30 days of their issue date\..*late fee of 1\.5% per month/);
    assert.match(md('notice', input), /by giving 21 days’ written notice\./);
    assert.match(md('changeOrders', input), /at €90\.00 per hour or as a fixed quote/);
    assert.match(md('workingHours', input), /billed at the hourly rate of €70\.00 plus \[50%\]\./);
    assert.match(md('cancellation', input), /at €70\.00 per hour or in proportion to the agreed price/);
    assert.deepEqual(clause('notice', input).defaulted, []);
    assert.deepEqual(clause('signatureDeposit', input).defaulted, ['depositPercent']);
    const yen = inputFor(JPY, 'en');
    assert.match(md('revisions', yen), /at JP¥10,000 per hour/);
    assert.match(md('paymentTerms', yen), /within 45 days/);
  });

  it('states its defaults when there is no contract, and says which figures are defaults', () => {
    const input: ClauseInput = { language: 'en' };
    assert.match(md('revisions', input), /includes \[2\] rounds of revisions.*billed at the Provider’s hourly rate in force/);
    assert.match(md('paymentTerms', input), /within \[30\] days.*\[1\.5%\] per month/);
    assert.match(md('signatureDeposit', input), /a deposit of \[30%\] of the agreed price/);
    assert.match(md('workingHours', input), /works \[from Monday to Friday\], from \[09:00\] to \[18:00\]\..*within \[24\] hours.*plus \[50%\]/s);
    assert.match(md('notice', input), /\[14\] days’ written notice/);
    assert.match(md('withdrawal', input), /Within \[14\] days, the Provider either proposes a qualified substitute/);
    assert.match(md('suspension', input), /unpaid \[15\] days after its due date/);
    assert.match(md('repeatedLatePayment', input), /After \[2\] late payments/);
    assert.match(md('cancellation', input), /at the agreed rate/);
    assert.deepEqual(clause('notice', input).defaulted, ['noticeDays']);
    assert.deepEqual(clause('revisions', input).defaulted, ['revisionsIncluded', 'extraHourlyRate']);
    assert.equal(CLAUSE_DEFAULTS.noticeDays, 14);
  });

  it('uses the freelancer’s working hours and rate, and terms given by the caller', () => {
    const file = makeFile([client({ name: 'X' })], {
      standardHourlyRate: 80,
      workingHours: { days: ['mon', 'wed', 'fri'], start: '08:30', end: '16:00' },
    });
    assert.match(md('workingHours', { language: 'en', file }), /works on Mondays, Wednesdays and Fridays, from 08:30 to 16:00\..*hourly rate of €80\.00/s);
    assert.match(md('workingHours', { language: 'fr', file }), /travaille le lundi, le mercredi et le vendredi, de 8\u00a0h\u00a030 à 16\u00a0h\./);
    assert.match(md('workingHours', { language: 'tr', file }), /pazartesi, çarşamba ve cuma günleri, saat 08\.30 ile 16\.00 arasında/);
    assert.match(md('workingHours', { language: 'it', file: makeFile([client()], { workingHours: { days: ['tue', 'wed', 'thu', 'fri', 'sat'] } }) }), /dal martedì al sabato, dalle \[9:00\] alle \[18:00\]/);
    assert.match(md('notice', { language: 'en', terms: { noticeDays: 1 } }), /by giving 1 day’s written notice/);
    assert.match(md('revisions', { language: 'en', terms: { revisionsIncluded: 1 } }), /includes 1 round of revisions/);
    assert.match(md('revisions', { language: 'fr', terms: { revisionsIncluded: 1 } }), /comprend 1 tour de révision par livrable/);
    assert.match(md('revisions', { language: 'it', terms: { revisionsIncluded: 1 } }), /comprende 1 ciclo di revisione/);
  });

  it('writes each language’s own figures', () => {
    assert.match(md('paymentTerms', inputFor(FULL, 'fr')), /payables à 30 jours.*au taux de 1,5\u00a0% par mois/);
    assert.match(md('paymentTerms', inputFor(FULL, 'it')), /interessi di mora dell’1,5% mensile/);
    assert.match(md('signatureDeposit', { language: 'it' }), /acconto pari al \[30%\] del corrispettivo/);
    assert.match(md('paymentTerms', inputFor(FULL, 'tr')), /aylık %1,5 oranında gecikme faizi \(temerrüt faizi\) işler/);
  });

  it('French: the recovery compensation by its amount, and each right the ownership clause transfers, with its place and duration', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    assert.match(
      plain(md('paymentTerms', { language: 'fr' })),
      /conformément aux articles L441-10 et D441-5 du Code de commerce, applicables entre professionnels, .*indemnité forfaitaire pour frais de recouvrement de 40 euros par facture/,
    );
    const ownership = plain(md('ownership', { language: 'fr' }));
    for (const right of ['droit de reproduction', 'droit de représentation', 'droit d’adaptation et de modification', 'droit de distribution et de diffusion', 'pour le monde entier', 'pour toute la durée de protection des droits d’auteur', 'À compter du paiement intégral']) {
      assert.ok(ownership.includes(right), `ownership clause names: ${right}`);
    }
  });

  it('Italian: the ownership clause names each right of L. 633/1941 it transfers, with exclusivity, territory and duration', () => {
    const ownership = md('ownership', { language: 'it' });
    for (const right of [
      'Con il pagamento integrale',
      'artt. 12 e seguenti e 64-bis della L. 22 aprile 1941, n. 633',
      'in via esclusiva',
      'il diritto di riproduzione',
      'il diritto di traduzione, adattamento, trasformazione e ogni altra modificazione',
      'il diritto di distribuzione al pubblico',
      'il diritto di comunicazione al pubblico',
      'per tutto il mondo',
      'per l’intera durata di protezione',
      'diritti morali',
    ]) {
      assert.ok(ownership.includes(right), `ownership clause names: ${right}`);
    }
  });

  it('previews with the first sentence, as plain text', () => {
    assert.equal(clausePreview('revisions', inputFor(FULL, 'en')), 'The price includes 3 rounds of revisions per deliverable.');
    assert.equal(clausePreview('notice', { language: 'fr' }), 'Chacune des parties peut résilier le présent contrat par écrit, moyennant un préavis de [14] jours.');
  });

  for (const language of DRAFT_LANGUAGES) {
    it(`matches its golden file in ${language}`, () => {
      golden(`clauses.${language}.md`, renderMarkdown(CLAUSE_IDS.flatMap((id) => clause(id, inputFor(FULL, language)).blocks)));
    });
  }
});
