import * as assert from 'node:assert/strict';
import { evaluate } from '../../../src/core/health/evaluate';
import { SIGNAL_IDS } from '../../../src/core/health/types';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { exitFacts } from '../../../src/core/templates/exitFacts';
import { TERMINATION_REASONS, terminationEmail, terminationReasonLabel } from '../../../src/core/templates/terminationEmail';
import { REASON_FOR_SIGNAL, suggestTerminationReason } from '../../../src/core/templates/terminationReason';
import { TERMINATION_TEXTS } from '../../../src/core/templates/text/termination';
import { day } from '../support/build';
import { BARE, CLIENTS, FULL, golden, HOSTILE, inputFor, JPY, NO_CONTACT, NO_CONTRACT, renderChecked } from './terminationFixtures';

describe('termination email', () => {
  it('renders every reason in every language for every representative client, with nothing left unfilled', () => {
    for (const [name, file] of Object.entries(CLIENTS)) {
      for (const language of DRAFT_LANGUAGES) {
        for (const reason of TERMINATION_REASONS) {
          const draft = terminationEmail(inputFor(file, language), reason);
          assert.equal(draft.kind, 'terminationEmail');
          assert.equal(draft.language, language);
          assert.ok(draft.subject && draft.subject.length > 0);
          renderChecked(draft, `${name}/${language}/${reason}`);
        }
      }
    }
  });

  it('is addressed to the contact email when there is one', () => {
    assert.equal(terminationEmail(inputFor(FULL, 'en'), 'payment').to, 'jean@acme.example');
    assert.equal(terminationEmail(inputFor(NO_CONTACT, 'en'), 'payment').to, undefined);
    assert.equal(terminationEmail(inputFor(NO_CONTRACT, 'en'), 'payment').to, undefined, 'a contact without email');
  });

  describe('exit facts', () => {
    it('last day is today plus the contract notice; owed, pay-by and refund come from the file', () => {
      const x = exitFacts(inputFor(FULL, 'en'), 'payment');
      assert.equal(x.lastDay, day('2026-04-06'), '2026-03-16 + 21 days');
      assert.equal(x.lastDaySource, 'contract');
      assert.equal(x.owed, 200_000, '1,200 + 800 EUR in cents');
      assert.deepEqual(
        x.openInvoices.map((i) => i.number),
        ['2026-002', '2026-003'],
      );
      assert.deepEqual(
        x.toFinish.map((d) => d.name),
        ['Blog migration', 'Style guide'],
      );
      assert.deepEqual(
        x.unfinished.map((d) => d.name),
        ['Online shop'],
      );
      assert.equal(x.refund, true, 'paid invoices while a deliverable will not be finished');
      assert.equal(x.payBy, day('2026-04-09'), 'the latest due date, after the last day');
      assert.equal(x.handoverBy, x.lastDay);
    });

    it('abuse ends today, leaves every open deliverable unfinished and hands over within a week', () => {
      const x = exitFacts(inputFor(FULL, 'en'), 'abuse');
      assert.equal(x.lastDay, day('2026-03-16'));
      assert.equal(x.immediate, true);
      assert.equal(x.toFinish.length, 0);
      assert.equal(x.unfinished.length, 3);
      assert.equal(x.handoverBy, day('2026-03-23'));
    });

    it('uses 14 days without a contract notice, and never asks for payment by a day already past', () => {
      assert.equal(exitFacts(inputFor(NO_CONTRACT, 'en'), 'noContract').lastDay, day('2026-03-30'));
      assert.equal(exitFacts(inputFor(NO_CONTACT, 'en'), 'rateTooLow').lastDay, day('2026-03-30'));
      const late = exitFacts(inputFor(NO_CONTRACT, 'en', '2026-04-01'), 'abuse');
      assert.equal(late.payBy, day('2026-04-15'), 'overdue since 2026-03-22: today + 14');
    });

    it('takes a chosen last day and a refund amount, or no refund when told so', () => {
      const x = exitFacts(inputFor(FULL, 'en'), 'styleMismatch', { lastDay: day('2026-05-31'), refundAmount: 250 });
      assert.equal(x.lastDay, day('2026-05-31'));
      assert.equal(x.lastDaySource, 'chosen');
      assert.equal(x.unfinished.length, 0, 'the shop is due before the chosen day');
      assert.equal(x.refund, true);
      assert.equal(x.refundAmount, 25_000);
      assert.equal(exitFacts(inputFor(FULL, 'en'), 'payment', { refund: false }).refund, false);
    });

    it('counts yen without minor units', () => {
      const x = exitFacts(inputFor(JPY, 'en'), 'payment');
      assert.equal(x.owed, 130_000);
      assert.equal(x.lastDay, day('2026-04-15'));
    });
  });

  describe('wording', () => {
    it('states the last day, the notice, the open invoices and the total (English)', () => {
      const { markdown } = renderChecked(terminationEmail(inputFor(FULL, 'en'), 'payment'), 'full');
      assert.match(markdown, /^Dear Sir or Madam,$/m);
      assert.match(markdown, /My last working day for Acme SARL will be 6 April 2026, in line with the 21-day notice period in our contract\./);
      assert.match(markdown, /- Blog migration, due 27 March 2026\n- Style guide\n/);
      assert.match(markdown, /cannot be finished by then[^\n]*\n\n- Online shop, due 15 May 2026/);
      assert.match(markdown, /- Invoice 2026-002 of 1 February 2026, due 3 March 2026: €1,200\.00/);
      assert.match(markdown, /- Invoice 2026-003 of 10 March 2026, due 9 April 2026: €800\.00/);
      assert.match(markdown, /The total outstanding is €2,000\.00\. I would be grateful to receive payment by 9 April 2026\./);
      assert.match(
        markdown,
        /I would be grateful to receive payment by 9 April 2026\.\n\nPart of what you have already paid covers work that will not be finished\. I can deduct that share, in proportion to the work not done, from the total above or, if you prefer, refund it to you by 6 April 2026/,
      );
      assert.match(markdown, /- Alex Rossi \(alex@example\.com\): strong in Vue\n- Deniz Kaya: design systems/);
      assert.match(markdown, /Kind regards, {2}\nCamille Martin {2}\ncamille@example\.com\n$/);
      assert.doesNotMatch(markdown, /2026-001/, 'a paid invoice is not listed');
    });

    it('for abuse is brief and effective today, without reasons, referrals or notice', () => {
      const draft = terminationEmail(inputFor(FULL, 'en'), 'abuse');
      const { markdown } = renderChecked(draft, 'abuse');
      assert.match(draft.subject!, /immediate effect/);
      assert.match(markdown, /with immediate effect, as of today, 16 March 2026\./);
      assert.match(markdown, /The total outstanding is €2,000\.00/);
      assert.doesNotMatch(markdown, /Alex Rossi|notice period|last working day|Thank you/);
      const words = renderPlainText(draft.blocks).split(/\s+/).length;
      const full = renderPlainText(terminationEmail(inputFor(FULL, 'en'), 'payment').blocks).split(/\s+/).length;
      assert.ok(words < full * 0.7, `abuse email should be short: ${words} words against ${full}`);
    });

    it('says the reason in each notice email, and only that reason', () => {
      for (const language of DRAFT_LANGUAGES) {
        const reasons = TERMINATION_TEXTS[language].reasons;
        for (const [reason, text] of Object.entries(reasons)) {
          const markdown = renderMarkdown(terminationEmail(inputFor(FULL, language), reason as keyof typeof reasons).blocks);
          const plain = markdown.replace(/[\u00a0\u202f]/g, ' ');
          assert.ok(plain.includes(text.replace(/[\u00a0\u202f]/g, ' ')), `${language}/${reason}`);
          for (const [other, otherText] of Object.entries(reasons)) {
            if (other !== reason) {
              assert.ok(!plain.includes(otherText), `${language}/${reason} also says ${other}`);
            }
          }
        }
      }
    });

    it('greets without a contact name, and signs without a freelancer name', () => {
      assert.match(renderMarkdown(terminationEmail(inputFor(NO_CONTACT, 'en'), 'payment').blocks), /^Dear Sir or Madam,/);
      assert.match(renderMarkdown(terminationEmail(inputFor(NO_CONTACT, 'fr'), 'payment').blocks), /^Madame, Monsieur,/);
      assert.match(renderMarkdown(terminationEmail(inputFor(NO_CONTACT, 'it'), 'payment').blocks), /^Buongiorno,/);
      assert.match(renderMarkdown(terminationEmail(inputFor(NO_CONTACT, 'tr'), 'payment').blocks), /^Sayın Yetkili,/);
      assert.match(renderMarkdown(terminationEmail(inputFor(BARE, 'en'), 'notEnoughWork').blocks), /Kind regards,\n$/);
    });

    it('offers to deduct a refund from the invoices still open, or to refund it, in every language; a plain refund when nothing is owed', () => {
      const setOff = {
        en: /deduct that share, in proportion to the work not done, from the total above or, if you prefer, refund it to you by 6 April 2026/,
        fr: /déduire cette part, au prorata du travail non réalisé, du total restant dû ou, si vous le préférez, de vous la rembourser d’ici le 6 avril 2026/,
        it: /detrarre la quota corrispondente, in proporzione al lavoro non svolto, dal totale ancora dovuto oppure, se preferisce, rimborsarLe tale quota entro il 6 aprile 2026/,
        tr: /yukarıdaki toplam borca mahsup edebilir ya da tercih ederseniz 6 Nisan 2026 tarihine kadar size iade edebilirim/,
      };
      const plain = {
        en: /so I will refund that share, in proportion to the work not done, by 30 March 2026\./,
        fr: /je vous rembourserai la part correspondante, au prorata du travail non réalisé, d’ici le 30 mars 2026\./,
        it: /Le rimborserò la quota corrispondente, in proporzione al lavoro non svolto, entro il 30 marzo 2026\./,
        tr: /yapılmayan işle orantılı olarak 30 Mart 2026 tarihine kadar size iade edeceğim\./,
      };
      for (const language of DRAFT_LANGUAGES) {
        const owing = renderPlainText(terminationEmail(inputFor(FULL, language), 'payment').blocks);
        const t = TERMINATION_TEXTS[language];
        assert.match(owing, setOff[language], language);
        // After the total it reduces: the client reads what is owed, then what can come off it.
        assert.ok(owing.indexOf(t.owedIntro) < owing.search(setOff[language]), language);
        const paidUp = renderPlainText(terminationEmail(inputFor(NO_CONTACT, language), 'payment').blocks);
        assert.match(paidUp, plain[language], language);
        assert.doesNotMatch(paidUp, setOff[language], language);
      }
    });

    it('uses the default notice without a contract, and offers referrals when the file has none', () => {
      const markdown = renderMarkdown(terminationEmail(inputFor(NO_CONTRACT, 'en'), 'noContract').blocks);
      assert.match(markdown, /will be 30 March 2026, which gives us 14 days to arrange the handover\./);
      assert.match(markdown, /I will gladly recommend other freelancers/);
      assert.match(markdown, /The total outstanding is €500\.00\. I would be grateful to receive payment by 30 March 2026\./);
    });

    it('never cites the notice of terms that were never signed when the reason is the missing contract', () => {
      // FULL's contract terms carry a 21-day notice.
      const markdown = renderMarkdown(terminationEmail(inputFor(FULL, 'en'), 'noContract').blocks);
      assert.doesNotMatch(markdown, /notice period in our contract/);
      assert.match(markdown, /which gives us 14 days to arrange the handover\./);
    });

    it('writes money and dates the way each language does', () => {
      const fr = renderMarkdown(terminationEmail(inputFor(FULL, 'fr'), 'payment').blocks);
      assert.match(fr, /sera le 6 avril 2026, conformément au préavis de 21 jours prévu par notre contrat\./);
      assert.match(fr, /Le montant total restant dû s’élève à 2\u202f000,00\u00a0€\./);
      assert.match(fr, /Facture n°\u00a02026-002 du 1er février 2026 \(échéance le 3 mars 2026\)\u00a0: 1\u202f200,00\u00a0€/);
      const it = renderMarkdown(terminationEmail(inputFor(FULL, 'it'), 'payment').blocks);
      assert.match(it, /Nel rispetto del preavviso di 21 giorni previsto dal contratto, il mio ultimo giorno di lavoro per Acme SARL sarà il 6 aprile 2026\./);
      assert.match(it, /Fattura n\. 2026-002 del 1º febbraio 2026 \(scadenza 3 marzo 2026\): 1.200,00\u00a0€/);
      const tr = renderMarkdown(terminationEmail(inputFor(FULL, 'tr'), 'payment').blocks);
      assert.match(tr, /Acme SARL için son çalışma günüm, sözleşmemizdeki 21 günlük bildirim süresine uygun olarak 6 Nisan 2026 olacaktır\./);
      assert.match(tr, /Ödenmesi gereken toplam tutar: 2\.000,00\u00a0€\./);
      const yen = renderMarkdown(terminationEmail(inputFor(JPY, 'en'), 'payment').blocks);
      assert.match(yen, /The total outstanding is JP¥130,000\. I would be grateful to receive payment by 15 April 2026\./);
      assert.match(yen, /Invoice S-1 of 31 January 2026, due 17 March 2026: JP¥100,000/);
    });

    it('escapes hostile names from the file in Markdown and gives them back in plain text', () => {
      const draft = terminationEmail(inputFor(HOSTILE, 'en'), 'payment');
      const { markdown, text } = renderChecked(draft, 'hostile');
      assert.match(markdown, /Dear \\<img src=x onerror=alert\(1\)\\>,/);
      assert.match(markdown, /for \\\| \\\*x\\\* will be/);
      assert.match(text, /Dear <img src=x onerror=alert\(1\)>,/);
      assert.equal(draft.subject, 'Ending our collaboration – | *x*', 'the subject is plain text, not Markdown');
    });
  });

  describe('golden files', () => {
    for (const language of DRAFT_LANGUAGES) {
      for (const reason of ['payment', 'abuse', 'styleMismatch'] as const) {
        it(`${reason} in ${language}`, () => {
          const draft = terminationEmail(inputFor(FULL, language), reason);
          golden(`terminationEmail.${reason}.${language}.md`, `<!-- to: ${draft.to} -->\n<!-- subject: ${draft.subject} -->\n\n${renderMarkdown(draft.blocks)}`);
        });
      }
    }
  });

  describe('reason from the health', () => {
    it('maps every signal id to a reason', () => {
      assert.deepEqual(Object.keys(REASON_FOR_SIGNAL).sort(), [...SIGNAL_IDS].sort());
      for (const id of SIGNAL_IDS) {
        assert.ok(TERMINATION_REASONS.includes(REASON_FOR_SIGNAL[id]), id);
        assert.equal(suggestTerminationReason([{ id, severity: 'warning' }]), REASON_FOR_SIGNAL[id]);
      }
    });

    it('prefers abuse, then critical signals, then the order of the signals', () => {
      assert.equal(
        suggestTerminationReason([
          { id: 'overdue', severity: 'critical' },
          { id: 'abuse', severity: 'critical' },
        ]),
        'abuse',
      );
      assert.equal(
        suggestTerminationReason([
          { id: 'overdue', severity: 'warning' },
          { id: 'afterHours', severity: 'critical' },
        ]),
        'disrespectOfTime',
      );
      assert.equal(
        suggestTerminationReason([
          { id: 'haggling', severity: 'warning' },
          { id: 'scopeCreep', severity: 'warning' },
        ]),
        'scopeCreep',
      );
      assert.equal(suggestTerminationReason([]), 'noLongerFit');
    });

    it('tells a style mismatch from work you dread when given the client', () => {
      const poorFit = [{ id: 'poorFit', severity: 'critical' }] as const;
      assert.equal(suggestTerminationReason(poorFit, { fit: { styleMatch: 1, enjoyment: 3 } }), 'styleMismatch');
      assert.equal(suggestTerminationReason(poorFit, { fit: { styleMatch: 4, enjoyment: 1 } }), 'noLongerFit');
      assert.equal(suggestTerminationReason(poorFit), 'noLongerFit');
    });

    it('reads a ClientHealth from evaluate', () => {
      const [health] = evaluate(FULL, day('2026-03-16'));
      assert.equal(suggestTerminationReason(health), REASON_FOR_SIGNAL[health.signals[0].id]);
    });

    it('names every reason in every language', () => {
      for (const language of DRAFT_LANGUAGES) {
        const labels = TERMINATION_REASONS.map((r) => terminationReasonLabel(r, language));
        assert.equal(new Set(labels).size, TERMINATION_REASONS.length, language);
      }
    });
  });
});
