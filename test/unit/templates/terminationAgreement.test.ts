import * as assert from 'node:assert/strict';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS } from '../../../src/core/templates/terminationEmail';
import { day } from '../support/build';
import { CLIENTS, FULL, golden, HOSTILE, inputFor, JPY, NO_CONTACT, NO_CONTRACT, renderChecked } from './terminationFixtures';

describe('termination agreement', () => {
  it('renders for every client, language and reason, with nothing left unfilled', () => {
    for (const [name, file] of Object.entries(CLIENTS)) {
      for (const language of DRAFT_LANGUAGES) {
        for (const reason of TERMINATION_REASONS) {
          const draft = terminationAgreement(inputFor(file, language), { reason });
          assert.equal(draft.kind, 'terminationAgreement');
          assert.equal(draft.subject, undefined);
          renderChecked(draft, `${name}/${language}/${reason}`);
        }
      }
    }
  });

  it('states the last day, what is still delivered, what is owed with its total, and the refund', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en')).blocks);
    assert.match(markdown, /Between Camille Martin \(“the Provider”\) and Acme SARL, represented by Jean Dupont \(“the Client”\)\./);
    assert.match(markdown, /The collaboration ends on 6 April 2026, the Provider’s last working day\./);
    assert.match(markdown, /\| Blog migration \| 27 Mar 2026 \|\n\| Style guide \| 6 Apr 2026 \|/);
    assert.match(markdown, /handed over in its current state by 6 April 2026:\n\n- Online shop/);
    assert.match(markdown, /\| 2026-002 \| 1 Feb 2026 \| 3 Mar 2026 \| €1,200\.00 \|/);
    assert.match(markdown, /\| 2026-003 \| 10 Mar 2026 \| 9 Apr 2026 \| €800\.00 \|/);
    assert.match(markdown, /\| \*\*Total\*\* \| {2}\| {2}\| \*\*€2,000\.00\*\* \|/);
    assert.match(markdown, /The Client pays the total of €2,000\.00 by 9 April 2026\./);
    assert.match(markdown, /The Provider refunds the share of the amounts paid that covers work not done/);
    assert.match(markdown, /- Alex Rossi \(alex@example\.com\): strong in Vue/);
    assert.doesNotMatch(markdown, /Landing page/, 'a delivered item is not listed');
  });

  it('hands over credentials through a secure channel or rotation, never in the document', () => {
    for (const language of DRAFT_LANGUAGES) {
      const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, language)).blocks);
      const pattern = { en: /secure channel.*rotated/, fr: /canal sécurisé.*renouvelés/, it: /canale sicuro.*sostituite/, tr: /güvenli bir kanal.*değiştirilir/ }[language];
      assert.match(markdown, pattern, language);
    }
  });

  it('has signature lines for both parties, with names when the file has them', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en')).blocks);
    assert.match(markdown, /\*\*For the Provider\*\* {2}\nName: Camille Martin {2}\nDate: {2}\nSignature: (\\_){24}/);
    assert.match(markdown, /\*\*For the Client\*\* {2}\nName: Jean Dupont {2}\nDate: {2}\nSignature: (\\_){24}/);
    const bare = renderMarkdown(terminationAgreement(inputFor(NO_CONTACT, 'en')).blocks);
    assert.match(bare, /Between the undersigned service provider \(“the Provider”\) and Initech \(“the Client”\)\./);
    assert.match(bare, /Name: (\\_){24}/);
  });

  it('ends at once for abuse, without referrals or thanks', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en'), { reason: 'abuse' }).blocks);
    assert.match(markdown, /The collaboration ends with immediate effect on 16 March 2026\./);
    assert.match(markdown, /handed over in its current state by 23 March 2026/);
    assert.doesNotMatch(markdown, /Alex Rossi|thanks the Client/);
  });

  it('says when nothing is owed, uses the default notice, and counts yen', () => {
    const nothing = renderMarkdown(terminationAgreement(inputFor(NO_CONTACT, 'en')).blocks);
    assert.match(nothing, /No invoice is outstanding on 16 March 2026\./);
    assert.match(nothing, /ends on 30 March 2026/);
    const globex = renderMarkdown(terminationAgreement(inputFor(NO_CONTRACT, 'en')).blocks);
    assert.match(globex, /All agreed deliverables have been delivered\./);
    assert.match(globex, /The Client pays the total of €500\.00 by 30 March 2026\./);
    const yen = renderMarkdown(terminationAgreement(inputFor(JPY, 'en')).blocks);
    assert.match(yen, /\*\*JP¥130,000\*\*/);
  });

  it('waives late interest only if the total is paid in full by the day agreed, in every language', () => {
    const waiver = {
      en: /Provided the Client pays this total in full by 9 April 2026, the Provider waives the late-payment interest and charges accrued on these invoices; failing full payment by that date, they remain due/,
      fr: /Sous réserve du paiement intégral de cette somme au plus tard le 9 avril 2026, le Prestataire renonce aux pénalités de retard .*; à défaut de paiement intégral à cette date, ils restent dus/,
      it: /A condizione che il Committente versi l’intero importo entro il 9 aprile 2026, il Professionista rinuncia agli interessi di mora .*; in mancanza del pagamento integrale entro tale data, essi restano dovuti/,
      tr: /bu toplam tutarın tamamını 9 Nisan 2026 tarihine kadar ödemesi koşuluyla Hizmet Veren, .*gecikme faizi \(temerrüt faizi\) ile tahsilat masraflarını talep etmekten vazgeçer; tutarın tamamı bu tarihe kadar ödenmezse .*saklı kalır/,
    };
    for (const language of DRAFT_LANGUAGES) {
      assert.match(renderPlainText(terminationAgreement(inputFor(FULL, language)).blocks), waiver[language], language);
      // Nothing owed: nothing to waive.
      assert.doesNotMatch(renderPlainText(terminationAgreement(inputFor(NO_CONTACT, language)).blocks), waiver[language], language);
    }
  });

  it('states that the rights in the deliverables pass as the contract provides once everything owed is paid, in every language', () => {
    const rights = {
      en: /The rights in the deliverables pass to the Client as the contract provides, once the amounts owed under this agreement have been paid in full\./,
      fr: /Les droits patrimoniaux d’auteur sur les livrables sont cédés au Client dans les conditions prévues par le contrat, une fois les sommes dues au titre du présent accord intégralement réglées\./,
      it: /I diritti sui lavori consegnati passano al Committente secondo quanto previsto dal contratto, una volta saldati integralmente gli importi dovuti/,
      tr: /Teslim edilen işler üzerindeki mali haklar, bu mutabakat kapsamında ödenmesi gereken tutarların tamamı ödendiğinde sözleşmede öngörüldüğü şekilde Müşteriye geçer\./,
    };
    for (const language of DRAFT_LANGUAGES) {
      for (const file of [FULL, NO_CONTACT]) {
        assert.match(renderPlainText(terminationAgreement(inputFor(file, language)).blocks), rights[language], language);
      }
    }
  });

  it('offers to set a refund off against open invoices only when some are open', () => {
    const setOff = { en: /credits it against the open invoices/, fr: /au plus tard le \S+ \S+ \d{4} ou, si le Client le préfère, l’impute sur la somme restant due ci-dessus, qui est alors réduite d’autant\./, it: /in compensazione con le fatture aperte/, tr: /açık faturalardan mahsup eder/ };
    const plain = {
      en: /The Provider refunds the share of the amounts paid that covers work not done, in proportion to that work, by 30 March 2026\./,
      fr: /Le Prestataire rembourse au Client la part des sommes versées correspondant aux travaux non réalisés, au prorata de ceux-ci, au plus tard le 30 mars 2026\./,
      it: /Il Professionista rimborsa al Committente la quota già pagata per lavori non svolti, in proporzione a tali lavori, entro il 30 marzo 2026\./,
      tr: /Hizmet Veren, Müşterinin yaptığı ödemelerden yapılmayacak işlere karşılık gelen kısmı, bu işlerle orantılı olarak en geç 30 Mart 2026 tarihine kadar Müşteriye iade eder\./,
    };
    for (const language of DRAFT_LANGUAGES) {
      assert.match(renderPlainText(terminationAgreement(inputFor(FULL, language)).blocks), setOff[language], language);
      const paidUp = renderPlainText(terminationAgreement(inputFor(NO_CONTACT, language)).blocks);
      assert.match(paidUp, plain[language], language);
      assert.doesNotMatch(paidUp, setOff[language], language);
    }
  });

  it('in French, says above the signatures how many originals are made (Code civil art. 1375); other languages need no such line', () => {
    const fr = renderPlainText(terminationAgreement(inputFor(FULL, 'fr')).blocks);
    assert.match(fr, /Signatures\n\nFait en deux exemplaires originaux, dont un pour chaque partie\.\n\n(?:\*\*)?Pour le Prestataire/);
    for (const language of ['en', 'it', 'tr'] as const) {
      assert.doesNotMatch(renderPlainText(terminationAgreement(inputFor(FULL, language)).blocks), /exemplaires|originals|originali|nüsha/i, language);
    }
  });

  it('takes a chosen last day', () => {
    const markdown = renderMarkdown(terminationAgreement(inputFor(FULL, 'en'), { lastDay: day('2026-04-30') }).blocks);
    assert.match(markdown, /ends on 30 April 2026/);
  });

  it('keeps hostile names inert in its tables', () => {
    const { markdown } = renderChecked(terminationAgreement(inputFor(HOSTILE, 'en')), 'hostile');
    assert.match(markdown, /\| \\<img src=x onerror=alert\(1\)\\> \| 20 Mar 2026 \|/);
    assert.match(markdown, /\| \\\*1\\\* \|/);
  });

  for (const language of DRAFT_LANGUAGES) {
    it(`matches its golden file in ${language}`, () => {
      golden(`terminationAgreement.${language}.md`, renderMarkdown(terminationAgreement(inputFor(FULL, language)).blocks));
    });
  }
});
