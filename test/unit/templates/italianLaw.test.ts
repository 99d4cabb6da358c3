/**
 * What Italian law asks of the Italian drafts: the late-payment clause names the fixed 40 euro of
 * art. 6 D.Lgs. 231/2002 and its note compares the agreed rate with the statutory one (ECB rate
 * + 8 points); without a notice clause a professional may withdraw alone only for just cause
 * (artt. 1373, 2237 c.c.), so those termination emails propose the last day instead of announcing it.
 */
import * as assert from 'node:assert/strict';
import { CLAUSE_IDS, clause, clauseHelp } from '../../../src/core/templates/clauses';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderPlainText } from '../../../src/core/templates/markdown';
import { buildSnippets } from '../../../src/core/templates/snippets';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { terminationEmail, TERMINATION_REASONS } from '../../../src/core/templates/terminationEmail';
import { FULL, inputFor, NO_CONTRACT } from './terminationFixtures';

describe('Italian drafts and Italian law', () => {
  it('the late-payment clause names the 40 euro of art. 6 D.Lgs. 231/2002, for business clients', () => {
    const text = renderPlainText(clause('paymentTerms', { language: 'it' }).blocks);
    assert.match(text, /importo forfettario di 40 euro/);
    assert.match(text, /art\. 6 del D\.Lgs\. 231\/2002/);
    assert.match(text, /attività imprenditoriale o professionale/);
    assert.match(text, /dell’\[1,5%\] mensile/);
  });

  it('the notice clause ends at once by a recesso per giusta causa, as the email does, not a risoluzione by notice', () => {
    const notice = renderPlainText(clause('notice', { language: 'it' }).blocks);
    assert.match(notice, /In presenza di una giusta causa, .*ciascuna parte può recedere con effetto immediato mediante comunicazione scritta\./);
    assert.doesNotMatch(notice, /risolto/);
    const withdrawal = renderPlainText(clause('withdrawal', { language: 'it' }).blocks);
    assert.match(withdrawal, /o la porta in compensazione con le fatture aperte\. Fatto ciò, il Professionista è liberato/);
  });

  it('the late-payment clause has a note that compares its rate with the statutory one', () => {
    const help = clauseHelp('paymentTerms', { language: 'it' });
    assert.ok(help, 'no note for the late-payment clause');
    assert.match(help, /^L’1,5% mensile equivale al 18% annuo\./);
    assert.match(help, /tasso di riferimento della BCE maggiorato di 8 punti percentuali/);
    assert.match(help, /consumatore/);
    assert.match(clauseHelp('paymentTerms', { language: 'it', terms: { lateFeePercentPerMonth: 8 } }) ?? '', /^L’8% mensile equivale al 96% annuo\./);
    assert.match(clauseHelp('paymentTerms', { language: 'it', terms: { lateFeePercentPerMonth: 0.5 } }) ?? '', /^Lo 0,5% mensile equivale al 6% annuo\./);
    // The note is for the freelancer: never in the clause that goes into the contract.
    assert.doesNotMatch(renderPlainText(clause('paymentTerms', { language: 'it' }).blocks), /BCE|consumatore/);
    // Only clauses that have something to say carry a note.
    for (const language of DRAFT_LANGUAGES) {
      for (const id of CLAUSE_IDS) {
        if (language !== 'it' || id !== 'paymentTerms') {
          assert.equal(clauseHelp(id, { language }), undefined, `${language} ${id}`);
        }
      }
    }
    assert.match(buildSnippets('markdown')['Client Health it: clause – paymentTerms'].description, /^Termini di pagamento e interessi di mora – L’1,5% mensile equivale al 18% annuo/);
  });

  it('proposes the last day, and asks for agreement, when the contract gives no notice', () => {
    for (const reason of TERMINATION_REASONS.filter((r) => r !== 'abuse')) {
      const text = renderPlainText(terminationEmail(inputFor(NO_CONTRACT, 'it'), reason).blocks);
      assert.match(text, /Le propongo di fissare al 30 marzo 2026 il mio ultimo giorno di lavoro per Globex/, reason);
      assert.match(text, /La prego di farmi sapere se questa data è per Lei accettabile\./, reason);
      assert.doesNotMatch(text, /sarà il|la mia decisione/, reason);
    }
    const noContract = renderPlainText(terminationEmail(inputFor(NO_CONTRACT, 'it'), 'noContract').blocks);
    assert.match(noContract, /vorrei concluderla di comune accordo/);
    assert.doesNotMatch(noContract, /non posso proseguire/);
  });

  it('proposes a last day chosen by the freelancer too', () => {
    const text = renderPlainText(terminationEmail(inputFor(NO_CONTRACT, 'it'), 'noContract', { lastDay: inputFor(NO_CONTRACT, 'it').today + 20 }).blocks);
    assert.match(text, /Le propongo di fissare al 5 aprile 2026 il mio ultimo giorno di lavoro/);
  });

  it('the agreement: a set-off against the open invoices still earns the waiver of late interest', () => {
    const text = renderPlainText(terminationAgreement(inputFor(FULL, 'it')).blocks);
    assert.match(text, /A condizione che il Committente versi l’intero importo entro il 9 aprile 2026, il Professionista rinuncia/);
    assert.match(text, /il Professionista porta invece tale quota in compensazione con le fatture aperte, e il versamento della differenza vale come pagamento integrale\./);
    assert.match(text, /Fino a tale data restano valide le condizioni concordate\./);
    // Not every collaboration agreed on confidentiality: the release keeps what was agreed, without asserting it exists.
    assert.match(text, /restano fermi gli obblighi di riservatezza eventualmente assunti\./);
  });

  it('announces the last day when the contract sets a notice period', () => {
    const text = renderPlainText(terminationEmail(inputFor(FULL, 'it'), 'payment').blocks);
    assert.match(text, /Nel rispetto del preavviso di 21 giorni previsto dal contratto, il mio ultimo giorno di lavoro per Acme SARL sarà il 6 aprile 2026\./);
    assert.doesNotMatch(text, /Le propongo di fissare/);
  });
});
