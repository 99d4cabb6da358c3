/**
 * The Turkish texts name each thing one way, in the terms of business letters
 * and contracts: the change order is an "ek iş teklifi" in the draft,
 * the clause and the command; late interest is "gecikme faizi", never "gecikme
 * bedeli" (a penalty clause); parting with a client is a "sonlandırma", not an
 * "ayrılık" (a breakup); abuse is "kötü muamele", not "taciz" (harassment).
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { draftChangeOrder } from '../../../src/core/templates/changeOrder';
import { CLAUSE_IDS, clause } from '../../../src/core/templates/clauses';
import { Draft } from '../../../src/core/templates/document';
import { renderMarkdown } from '../../../src/core/templates/markdown';
import { offboardingChecklist } from '../../../src/core/templates/offboardingChecklist';
import { REMINDER_STEPS, draftPaymentReminder } from '../../../src/core/templates/reminder';
import { draftStatement } from '../../../src/core/templates/statement';
import { terminationAgreement } from '../../../src/core/templates/terminationAgreement';
import { TERMINATION_REASONS, terminationEmail } from '../../../src/core/templates/terminationEmail';
import { tr as agreementTr } from '../../../src/core/templates/text/agreement/tr';
import { tr as terminationTr } from '../../../src/core/templates/text/termination/tr';
import { ROOT, draftInput, overdueFile } from './moneyDraftsSupport';
import { FULL, inputFor } from './terminationFixtures';

/** Words a Turkish text must not use, each with the reason. Matched in lower case, on word starts. */
const AVOID: readonly [RegExp, string][] = [
  [/gecikme bedel/, 'late interest is "gecikme faizi"; "gecikme bedeli" reads as a penalty clause'],
  [/(^|[^\p{L}])ayrılık/u, '"ayrılık" is a breakup: "sonlandırma"'],
  [/(^|[^\p{L}])taciz/u, '"taciz" is harassment: "kötü muamele"'],
  [/kötü niyet/, '"kötü niyet" is bad faith, a charge to prove: abuse is "kötü muamele", as the signal and the clause call it'],
  [/değişiklik (talebi|teklif)/, 'the change order is an "ek iş teklifi" everywhere'],
  [/revizyon hakk/, 'revision rounds are "revizyon turu" everywhere'],
  [/(^|[^\p{L}])dahil/u, 'TDK writes "dâhil", as the drafts write "derhâl" and "hâliyle"'],
  [/kapora/, 'a deposit on work is an "avans", as in the clause'],
  [/ihbar süre/, 'the notice period is the clause\'s "bildirim süresi"'],
  [/(^|[^\p{L}])ör\. /u, 'TDK abbreviates "örnek" as "örn.", as "örn. Acme Ltd. Şti." does'],
];

const lower = (text: string) => text.toLocaleLowerCase('tr');

function avoided(label: string, text: string): string[] {
  return AVOID.filter(([re]) => re.test(lower(text))).map(([, why]) => `${label}: ${why}`);
}

function turkishDrafts(): { label: string; text: string }[] {
  const md = (d: Draft) => [d.title, d.subject ?? '', renderMarkdown(d.blocks)].join('\n');
  const money = draftInput(overdueFile(), 'tr');
  const exit = inputFor(FULL, 'tr');
  return [
    ...REMINDER_STEPS.map((step) => ({ label: `reminder ${step}`, text: md(draftPaymentReminder(money, { step })) })),
    { label: 'statement', text: md(draftStatement(money)) },
    { label: 'change order', text: md(draftChangeOrder(money)) },
    ...TERMINATION_REASONS.map((r) => ({ label: `termination email ${r}`, text: md(terminationEmail(exit, r)) })),
    { label: 'termination agreement', text: md(terminationAgreement(exit)) },
    { label: 'offboarding checklist', text: md(offboardingChecklist(exit)) },
    ...CLAUSE_IDS.map((id) => ({ label: `clause ${id}`, text: md(clause(id, { language: 'tr', file: FULL, clientIndex: 0 })) })),
  ];
}

async function readStrings(file: string): Promise<Record<string, string>> {
  return JSON.parse(await fs.readFile(path.join(ROOT, file), 'utf8')) as Record<string, string>;
}

describe('Turkish: one term for each thing, in the words of business letters', () => {
  it('no draft uses a word a native reader replaced', () => {
    assert.deepEqual(
      turkishDrafts().flatMap(({ label, text }) => avoided(label, text)),
      [],
    );
  });

  it('no reason offered when drafting a termination email uses a word a native reader replaced', () => {
    // The labels are shown in the reason picker and as the snippets' descriptions, not in the drafts.
    assert.deepEqual(
      Object.entries(terminationTr.reasonLabels).flatMap(([reason, label]) => avoided(`reason ${reason}`, label)),
      [],
    );
  });

  for (const file of ['l10n/bundle.l10n.tr.json', 'package.nls.tr.json']) {
    it(`no string of ${file} uses a word a native reader replaced`, async () => {
      const strings = await readStrings(file);
      assert.deepEqual(
        Object.entries(strings).flatMap(([key, value]) => avoided(key, value)),
        [],
      );
    });
  }

  it('a prompt writes the date format the user types, and its error messages name, as YYYY-MM-DD', async () => {
    // "YYYY-AA-GG" in one prompt, then "YYYY-MM-DD biçiminde" in the message refusing the answer, read as two formats.
    const strings = await readStrings('l10n/bundle.l10n.tr.json');
    const lost = Object.entries(strings).filter(([key, value]) => key.includes('YYYY-MM-DD') && !value.includes('YYYY-MM-DD'));
    assert.deepEqual(lost, []);
  });

  it('the change order has one name: the draft, its clause and its command', async () => {
    const name = 'ek iş teklif';
    const draft = draftChangeOrder(draftInput(overdueFile(), 'tr'));
    const nls = await readStrings('package.nls.tr.json');
    const bundle = await readStrings('l10n/bundle.l10n.tr.json');
    const places = {
      'draft title': draft.title,
      'clause name': clause('changeOrders', { language: 'tr' }).title,
      'revisions clause': renderMarkdown(clause('revisions', { language: 'tr' }).blocks),
      'command title': nls['command.draftChangeOrder'],
      'command title in the bundle': bundle['Draft Change Order'],
      'draft language setting': nls['config.draftLanguage'],
    };
    for (const [place, text] of Object.entries(places)) {
      assert.ok(lower(text).includes(name), `${place}: ${text}`);
    }
  });

  it('the IP clause lists each economic right it transfers, with duration, territory and scope (FSEK 48, 52)', () => {
    const text = lower(renderMarkdown(clause('ownership', { language: 'tr' }).blocks));
    for (const right of ['işleme hakkı', 'çoğaltma hakkı', 'yayma hakkı', 'temsil hakkı', 'umuma iletim hakkı']) {
      assert.ok(text.includes(right), right);
    }
    for (const limit of ['süre bakımından', 'yer bakımından', 'içerik bakımından']) {
      assert.ok(text.includes(limit), limit);
    }
  });

  it('the termination agreement waives late interest under the clause\'s name, declined whole, and passes the economic rights', () => {
    // "gecikme faizinden (temerrüt faizi)" declined one name and not its synonym; "haklar" alone would include the moral rights, which FSEK never lets pass.
    const text = renderMarkdown(terminationAgreement(inputFor(FULL, 'tr')).blocks);
    assert.match(text, /gecikme faizi \(temerrüt faizi\) ile tahsilat masraflarını/);
    assert.match(text, /işler üzerindeki mali haklar/);
  });

  it('the termination agreement refunds a stated amount in the accusative, as the email does', () => {
    // "350,00 € tutarı ... iade eder" left the object of the refund in the nominative.
    for (const sentence of [agreementTr.refund('350,00 €', '30 Mart 2026'), agreementTr.refundOrSetOff('350,00 €', '30 Mart 2026')]) {
      assert.match(sentence, /350,00 € tutarını en geç 30 Mart 2026 tarihine kadar Müşteriye iade eder/);
    }
  });

  it('the late-payment clause calls the interest by its legal name and cites TTK 1530 without a fixed amount', () => {
    const text = renderMarkdown(clause('paymentTerms', { language: 'tr' }).blocks);
    assert.match(text, /gecikme faizi \(temerrüt faizi\)/);
    assert.match(text, /Türk Ticaret Kanunu m\. 1530/);
    // The minimum compensation changes every year (the Central Bank announces it): no sum in lira.
    assert.doesNotMatch(text, /\d[\d.]*,?\d*\s*(TL|₺)/);
  });
});
