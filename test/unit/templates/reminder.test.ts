import * as assert from 'node:assert/strict';
import { DEFAULT_RULES, resolveRules } from '../../../src/core/health/rules';
import { DEFAULT_STOP_WORK_DAYS, REMINDER_STEPS, ReminderStep, draftPaymentReminder, suggestReminderStep } from '../../../src/core/templates/reminder';
import { draftToMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { REMINDER_TEXTS } from '../../../src/core/templates/text/reminder';
import { DraftLanguage } from '../../../src/core/templates/locale';
import { ClientFile } from '../../../src/core/schema';
import {
  CONTACT,
  HOSTILE_NAME,
  HOSTILE_PIPE,
  LANGS,
  SAMPLES,
  TODAY,
  assertEscaped,
  assertFilled,
  assertGolden,
  draftInput,
  hostileFile,
  jpyFile,
  noLateFeeFile,
  overdueFile,
  paidFile,
  upcomingFile,
} from './moneyDraftsSupport';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const md = (file: ClientFile, language: DraftLanguage, step?: ReminderStep, today = TODAY, stopWorkDays?: number) =>
  spaces(draftToMarkdown(draftPaymentReminder(draftInput(file, language, today), { step, stopWorkDays })));

describe('payment reminder', () => {
  for (const sample of SAMPLES) {
    for (const language of LANGS) {
      for (const step of REMINDER_STEPS) {
        it(`renders completely: ${sample.name}, ${language}, ${step}`, () => {
          const draft = draftPaymentReminder(draftInput(sample.file(), language), { step });
          assert.equal(draft.kind, 'reminder');
          const markdown = draftToMarkdown(draft);
          for (const [what, text] of [
            ['body', markdown],
            ['title', draft.title],
            ['subject', draft.subject ?? ''],
          ]) {
            assertFilled(text, `${sample.name} ${language} ${step} ${what}`);
          }
          assert.ok(draft.subject && draft.subject.length > 0);
          if (sample.name === 'hostile names') {
            assertEscaped(markdown, `${sample.name} ${language} ${step}`);
          } else {
            assertFilled(renderPlainText(draft.blocks), `${sample.name} ${language} ${step} plain text`);
          }
        });
      }
    }
  }

  describe('suggestReminderStep', () => {
    it('is friendly when nothing is overdue', () => {
      assert.equal(suggestReminderStep(draftInput(paidFile(), 'en')), 'friendly');
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en')), 'friendly');
      // On the due date itself an invoice is not overdue yet.
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-01')), 'friendly');
    });

    it('with no reminder sent, is friendly up to 14 days late and firm after, never final', () => {
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-02')), 'friendly');
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-15')), 'friendly', '14 days late');
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-16')), 'firm', '15 days late');
      assert.equal(suggestReminderStep(draftInput(overdueFile(), 'en')), 'firm');
      assert.equal(suggestReminderStep(draftInput(overdueFile(), 'en', '2028-01-01')), 'firm', 'years late, but nothing sent yet');
    });

    it('moves up one step after each reminder sent about an overdue invoice, and stays at final', () => {
      const sent = (...reminders: { date: string; step: ReminderStep }[]) => {
        const file = overdueFile();
        const invoice = file.clients[0].invoices!.find((i) => i.number === '2026-001')!;
        (invoice as { reminders?: unknown }).reminders = reminders;
        return file;
      };
      assert.equal(suggestReminderStep(draftInput(sent({ date: '2026-02-10', step: 'friendly' }), 'en')), 'firm');
      assert.equal(suggestReminderStep(draftInput(sent({ date: '2026-02-10', step: 'friendly' }, { date: '2026-02-20', step: 'firm' }), 'en')), 'final');
      assert.equal(suggestReminderStep(draftInput(sent({ date: '2026-02-20', step: 'final' }), 'en')), 'final');
      assert.equal(suggestReminderStep(draftInput(sent({ date: '2026-12-31', step: 'firm' }), 'en')), 'firm', 'a reminder dated after today is not sent yet');
      assert.equal(suggestReminderStep(draftInput(sent({ date: '2026-01-20', step: 'firm' }), 'en')), 'firm', 'sent before the invoice fell due: not a step about its being late');
    });

    it('honours the grace days', () => {
      const rules = resolveRules({ overdue: { graceDays: 5 } });
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-06', rules)), 'friendly');
      assert.equal(suggestReminderStep(draftInput(upcomingFile(), 'en', '2026-07-17', rules)), 'firm');
    });

    it('is the default step of the draft', () => {
      assert.equal(draftPaymentReminder(draftInput(overdueFile(), 'en')).title, 'Overdue payment reminder – Acme SARL');
      assert.equal(draftPaymentReminder(draftInput(upcomingFile(), 'en')).title, 'Payment reminder – Acme SARL');
    });
  });

  it('is addressed to the contact, with a subject', () => {
    const draft = draftPaymentReminder(draftInput(overdueFile(), 'en'), { step: 'firm' });
    assert.equal(draft.to, CONTACT.email);
    assert.equal(draft.subject, 'Payment overdue: 3 invoices');
    assert.equal(draftPaymentReminder(draftInput(jpyFile(), 'en')).to, undefined);
    assert.equal(draftPaymentReminder(draftInput(overdueFile(), 'fr'), { step: 'final' }).subject, 'Dernière relance\u00a0: 3 factures échues');
    assert.equal(draftPaymentReminder(draftInput(upcomingFile(), 'it')).subject, 'Promemoria: 2 fatture in attesa di pagamento');
  });

  it('lists the open invoices with due date, balance and days late, and the total', () => {
    const text = md(overdueFile(), 'en', 'firm');
    assert.ok(text.startsWith('Dear Sir or Madam,\n'));
    const lines = [
      '- Invoice 2026-001, due 4 February 2026: €1,200.00 outstanding, 131 days late',
      '- Invoice 2026-002, due 1 April 2026: €750.25 outstanding, 75 days late',
      '- Invoice 2026-003, due 20 May 2026: €333.33 outstanding, 26 days late',
      '- Invoice 2026-004, due 30 June 2026: €400.00 outstanding',
    ];
    assert.ok(text.includes(lines.join('\n')), text);
    assert.ok(!text.includes('2025-012'), 'a paid invoice is not listed');
    assert.ok(text.includes('Total outstanding: €2,683.58, of which €2,283.58 is overdue.'));
    assert.ok(text.includes('According to my records, 3 invoices on your account are now past due.'));
    assert.ok(text.includes('the contract provides for a late fee of 1.5% a month'));
  });

  it('friendly: lists what is awaiting payment, with no fee and no deadline', () => {
    const text = md(upcomingFile(), 'en');
    assert.ok(text.includes('- Invoice 2026-010, due 1 July 2026: €1,200.00 outstanding\n- Invoice 2026-011, due 10 July 2026: €400.00 outstanding'), text);
    assert.ok(text.includes('Total outstanding: €1,600.00.'));
    assert.ok(!/late fee|pause/.test(text));
    assert.equal(draftPaymentReminder(draftInput(upcomingFile(), 'en')).subject, 'Reminder: 2 open invoices');
  });

  it('firm and final fall back to friendly when nothing is overdue', () => {
    for (const step of ['firm', 'final'] as const) {
      const draft = draftPaymentReminder(draftInput(upcomingFile(), 'en'), { step });
      assert.equal(draft.title, 'Payment reminder – Acme SARL');
      assert.ok(!draftToMarkdown(draft).includes('pause'));
    }
  });

  it('final: states the accrued late fee and the day work stops, 7 days from today by default', () => {
    assert.equal(DEFAULT_STOP_WORK_DAYS, 7);
    const text = md(overdueFile(), 'en', 'final');
    assert.ok(text.includes('overdue balances carry a late fee of 1.5% a month. As of 15 June 2026 it amounts to €111.06'), text);
    assert.ok(text.includes('Please settle the overdue balance of €2,283.58 by 22 June 2026.'));
    assert.ok(text.includes('I will pause all work from that date'));
    const later = md(overdueFile(), 'en', 'final', TODAY, 14);
    assert.ok(later.includes('by 29 June 2026.'));
  });

  it('final without a late fee in the contract: the deadline, and no fee', () => {
    for (const language of LANGS) {
      const text = md(noLateFeeFile(), language, 'final');
      assert.ok(!text.includes('111'), language);
      assert.ok(text.includes(spaces(REMINDER_TEXTS[language].finalOpenDoor)), language);
    }
    assert.ok(!md(noLateFeeFile(), 'en', 'firm').includes('late fee'));
  });

  it('French firm and final reminders state the recovery compensation of 40 euros per invoice paid late, with or without a contractual late fee', () => {
    const firm = md(overdueFile(), 'fr', 'firm');
    assert.ok(
      firm.includes(
        'La loi prévoit en outre, entre professionnels, une indemnité forfaitaire pour frais de recouvrement de 40 euros par facture en retard de paiement (articles L441-10 et D441-5 du Code de commerce).',
      ),
      firm,
    );
    const final = md(overdueFile(), 'fr', 'final');
    assert.ok(final.includes('S’y ajoute, de plein droit entre professionnels, une indemnité forfaitaire pour frais de recouvrement de 40 euros'), final);
    assert.ok(final.includes('soit 120 euros pour les 3 factures échues.'), final);
    assert.ok(md(noLateFeeFile(), 'fr', 'firm').includes('Pour rappel, la loi prévoit, entre professionnels, une indemnité forfaitaire'));
    assert.ok(md(noLateFeeFile(), 'fr', 'final').includes('Par ailleurs, la loi rend exigible, de plein droit entre professionnels,'));
    assert.ok(!md(overdueFile(), 'fr', 'friendly').includes('40 euros'), 'a friendly reminder is sent before anything is late');
    assert.ok(!md(overdueFile(), 'en', 'final').includes('L441-10'), 'French law, in French drafts');
  });

  it('a French firm or final reminder listing one invoice does not announce "les factures"', () => {
    // On 1 March only 2026-001 is open: one invoice, listed under a sentence that holds for one or many.
    for (const step of ['firm', 'final'] as const) {
      const text = md(overdueFile(), 'fr', step, '2026-03-01');
      assert.equal((text.match(/^- Facture /gm) ?? []).length, 1, text);
      assert.ok(!/Voici les factures/.test(text), text);
      assert.ok(text.includes('Voici le détail de votre compte :'), text);
    }
  });

  it('final in yen', () => {
    const text = md(jpyFile(), 'en', 'final');
    assert.ok(text.includes('it amounts to JP¥864'), text);
    assert.ok(text.startsWith('Dear Sir or Madam,'));
  });

  it('refuses a stop-work delay that is not a whole number of days', () => {
    assert.throws(() => draftPaymentReminder(draftInput(overdueFile(), 'en'), { stopWorkDays: -1 }), RangeError);
    assert.throws(() => draftPaymentReminder(draftInput(overdueFile(), 'en'), { stopWorkDays: 1.5 }), RangeError);
  });

  it('says the account is up to date when nothing is open', () => {
    const draft = draftPaymentReminder(draftInput(paidFile(), 'tr'));
    assert.equal(draft.subject, 'Hesabınızda açık bakiye bulunmamaktadır');
    assert.ok(draftToMarkdown(draft).includes(REMINDER_TEXTS.tr.nothingOpen));
  });

  it('writes French, Italian and Turkish as people write them', () => {
    const fr = md(overdueFile(), 'fr', 'final');
    assert.ok(fr.includes('- Facture 2026-002 (échéance le 1er avril 2026) : 750,25 € restant dû, 75 jours de retard'), fr);
    assert.ok(fr.includes('au plus tard le 22 juin 2026.'));
    assert.ok(fr.includes('Total restant dû : 2 683,58 €, dont 2 283,58 € échus.'), fr);
    const it_ = md(overdueFile(), 'it', 'final', TODAY, 23);
    // 2026-06-15 + 23 days = 8 July: "entro l’8 luglio", not "entro il 8".
    assert.ok(it_.includes('entro l’8 luglio 2026.'), it_);
    assert.ok(it_.includes('interessi di mora dell’1,5% al mese'));
    assert.ok(it_.includes('(scadenza 1º aprile 2026)'));
    assert.ok(md(overdueFile(), 'it', 'final').includes('entro il 22 giugno 2026.'));
    // "ricordarLe gentilmente" praises one's own kindness, a calque of "kindly remind".
    const friendly = md(overdueFile(), 'it', 'friendly');
    assert.match(friendly, /Le scrivo per ricordarLe che (la fattura seguente è|le fatture seguenti sono) in attesa di pagamento:/);
    assert.doesNotMatch(friendly, /gentilmente/);
    const tr = md(overdueFile(), 'tr', 'final');
    assert.ok(tr.includes('en geç 22 Haziran 2026 tarihine kadar'), tr);
    assert.ok(tr.startsWith('Sayın Yetkili,'));
    assert.ok(md(overdueFile(), 'tr', 'firm').includes('aylık %1,5 gecikme faizi'));
  });

  it('greets without a name when the file has no contact', () => {
    const file = overdueFile();
    delete file.clients[0].contact;
    assert.ok(md(file, 'en').startsWith('Dear Sir or Madam,\n'));
    assert.ok(md(file, 'fr').startsWith('Madame, Monsieur,\n'));
    assert.ok(md(file, 'it').startsWith('Buongiorno,\n'));
    assert.ok(md(file, 'tr').startsWith('Sayın Yetkili,\n'));
    assert.equal(draftPaymentReminder(draftInput(file, 'en')).to, undefined);
  });

  it('escapes file text in the body; the subject stays plain text on one line', () => {
    const draft = draftPaymentReminder(draftInput(hostileFile(), 'en'), { step: 'firm' });
    const markdown = draftToMarkdown(draft);
    assert.ok(markdown.startsWith('Dear \\| pipe \\*star\\*,'));
    assert.ok(markdown.includes(`- Invoice \\<img src=x onerror=alert(1)\\>, due 1 May 2026`));
    // The email's plain text gives the names back as they were written.
    const plain = renderPlainText(draft.blocks);
    assert.ok(plain.startsWith(`Dear ${HOSTILE_PIPE},`));
    assert.ok(plain.includes(`Invoice ${HOSTILE_NAME}, due`));
    assert.equal(draft.to, 'x@evil.example');
    assert.equal(draftPaymentReminder(draftInput(hostileFile(), 'en', '2026-05-02'), { step: 'firm' }).subject, `Payment overdue: invoice ${HOSTILE_NAME}`);
  });

  for (const language of LANGS) {
    for (const step of REMINDER_STEPS) {
      it(`matches its golden file: ${step}, ${language}`, async () => {
        // friendly on invoices not yet due; firm and final on the overdue client (firm as of 2026-03-01, 25 days after the oldest due date).
        const input =
          step === 'friendly' ? draftInput(upcomingFile(), language) : step === 'firm' ? draftInput(overdueFile(), language, '2026-03-01') : draftInput(overdueFile(), language);
        const draft = draftPaymentReminder(input, { step });
        await assertGolden(`reminder-${step}.${language}.md`, `<!-- subject: ${draft.subject} -->\n\n${draftToMarkdown(draft)}`);
      });
    }
  }

  it('uses the default rules unless told otherwise', () => {
    assert.equal(draftInput(overdueFile(), 'en').rules, DEFAULT_RULES);
  });
});
