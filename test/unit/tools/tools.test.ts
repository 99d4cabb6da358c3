/**
 * The chat tools' one implementation (src/core/tools), as both surfaces call
 * it: answers a model can quote, with the client file's figures and lines;
 * notes and contacts only when asked; a bad input an error in plain words.
 */
import * as assert from 'node:assert/strict';
import { readClientFile } from '../../../src/core/clientFile';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import * as templates from '../../../src/core/templates/index';
import { ToolContext } from '../../../src/core/tools/toolContext';
import { runReadTool } from '../../../src/core/tools/tools';
import { summarizeFile } from '../../../src/core/portfolio/summary';

import { TEXT, context, today } from './fixture';

const read = (name: Parameters<typeof runReadTool>[0], input: unknown) => runReadTool(name, input, context(), () => templates);

/** Another repository's client, as the portfolio index keeps it: a summary, never the file. */
const OTHER_TEXT = `{
  "version": 1,
  "freelancer": { "name": "Camille Martin", "currency": "USD" },
  "clients": [
    { "id": "globex", "name": "Globex Corp", "notes": "Private note about Globex",
      "invoices": [{ "number": "G-1", "issued": "2026-06-01", "due": "2026-07-01", "amount": 9000 }] }
  ]
}`;

function withPortfolio(state: 'ok' | 'missing'): ToolContext {
  const other = readClientFile(OTHER_TEXT).file;
  assert.ok(other);
  return { ...context(), others: [{ folder: 'globex-site', state, clients: summarizeFile(other, evaluate(other, today), today) }] };
}

describe('chat tools', () => {
  it("lists the portfolio's clients of other repositories beside the workspace's, dated, worst first, filtered the same way", () => {
    const text = runReadTool('clientHealth_clients', {}, withPortfolio('ok'), () => templates).text ?? '';
    assert.match(text, /^3 clients on 2026-12-02, worst first\./, text);
    assert.match(text, /Globex Corp \(id globex, folder globex-site, another repository, figures of 2026-12-02\): Time to part ways, score \d+\/100\. Owed \$9,000\.00, overdue \$9,000\.00/, text);
    assert.ok(text.indexOf('Globex Corp') < text.indexOf('Calm Co'), 'worst first across both');
    assert.match(text, /critical overdue: /);
    assert.doesNotMatch(text, /Private note/);
    const onlyThere = runReadTool('clientHealth_clients', { folder: 'globex-site' }, withPortfolio('ok'), () => templates).text ?? '';
    assert.match(onlyThere, /^1 client on/);
    const missing = runReadTool('clientHealth_clients', { clientId: 'globex' }, withPortfolio('missing'), () => templates).text ?? '';
    assert.match(missing, /its file is missing now, these are its last figures/);
    const detail = runReadTool('clientHealth_client', { clientId: 'globex' }, withPortfolio('ok'), () => templates);
    assert.match(detail.error ?? '', /another repository \(folder globex-site\).*not open in this window/);
  });


  it('lists every client worst first, with level, score, money in its currency and signals', () => {
    const { text } = read('clientHealth_clients', {});
    assert.ok(text);
    assert.ok(text.indexOf('Northwind Logistics') < text.indexOf('Calm Co'), text);
    assert.match(text, /Northwind Logistics \(id northwind, folder work\): (Watch|At risk|Time to part ways), score \d+\/100\. Owed €4,550\.00, overdue €4,550\.00/);
    assert.match(text, /critical overdue: /);
    assert.doesNotMatch(read('clientHealth_clients', { minLevel: 'atRisk' }).text ?? '', /Calm Co/);
  });

  it('gives one client with its evidence lines, leaving out notes and contacts unless asked', () => {
    const plain = read('clientHealth_client', { clientId: 'northwind' }).text ?? '';
    assert.match(plain, /NW-2026-09: issued 2026-09-01, due 2026-10-01, amount €4,550\.00, paid €0\.00, balance €4,550\.00, 62 days late \(work\/\.freelance\/clients\.json:17\)/);
    assert.match(plain, /2026-11-02 22:30 abusive \(work\/\.freelance\/clients\.json:19\)/);
    assert.doesNotMatch(plain, /Private insult text|Secretname|ada@/);
    const full = read('clientHealth_client', { clientId: 'northwind', includeNotes: true, includeContact: true }).text ?? '';
    assert.match(full, /abusive: "Private insult text"/);
    assert.match(full, /Contact: Ada Secretname, ada@northwind\.example/);
  });

  it('drafts in the language asked, with the client\'s figures, and writes nothing', () => {
    const { text } = read('clientHealth_draft', { clientId: 'northwind', kind: 'reminder', step: 'firm', language: 'fr' });
    assert.match(text ?? '', /NW-2026-09/);
    assert.match(text ?? '', /4\u202f550,00\u00a0€|4 550,00 €/);
    assert.match(read('clientHealth_draft', { clientId: 'northwind', kind: 'clause' }).error ?? '', /needs "clause", one of: revisions, /);
  });

  it("gives the contract line, each request's scope and billing, and each signal's evidence with its file and line", () => {
    const text = read('clientHealth_client', { clientId: 'northwind' }).text ?? '';
    assert.match(text, /^Contract \(work\/\.freelance\/clients\.json:15\): signed 2026-01-02, payment terms 30 days, hourly rate €90\.00, late fee 1\.5% per month\.$/m);
    assert.match(text, /^- 2026-10-05 feature "Tracking page": extra \(out of scope\), not billed, 6 h \(work\/\.freelance\/clients\.json:21\)$/m);
    assert.match(text, /^- 2026-10-20 09:15 change "Export to CSV": extra \(out of scope\), billed, 2 h \(work\/\.freelance\/clients\.json:22\)$/m);
    // Each evidence row under its signal, pointing at the entry it comes from.
    assert.match(text, /^- critical overdue: [^\n]+\n {2}- Invoice NW-2026-09 was due on 2026-10-01 and is 62 days late; €4,550\.00 of €4,550\.00 is still owed\. \(work\/\.freelance\/clients\.json:17\)$/m);
    assert.match(text, /^- warning scopeCreep: [^\n]+\n {2}- Request "Tracking page" on 2026-10-05 is outside the agreed scope; 6 hours worth €540\.00, not billed\. \(work\/\.freelance\/clients\.json:21\)$/m);
    assert.match(text, /^ {2}- journal entry abusive at 2026-11-02T22:30 \(work\/\.freelance\/clients\.json:19\)$/m);
  });

  it("counts a revision beyond the contract's included rounds as extra work in the client's requests, as its signals do", () => {
    const text = TEXT.replace(
      '"hourlyRate": 80 },',
      '"hourlyRate": 80, "revisionsIncluded": 1 }, "requests": [{ "at": "2026-11-01", "summary": "Round one", "type": "revision", "hours": 1 }, { "at": "2026-11-08", "summary": "Round two", "type": "revision", "hours": 2 }],',
    );
    const detail = runReadTool('clientHealth_client', { clientId: 'calm' }, context(text), () => templates).text ?? '';
    assert.match(detail, /, 1 revision round included\.$/m);
    assert.match(detail, /^- 2026-11-01 revision "Round one": in scope \(round 1 of the 1 included\), 1 h /m);
    assert.match(detail, /^- 2026-11-08 revision "Round two": extra \(round 2, beyond the 1 included\), not billed, 2 h /m);
  });

  it('drafts each kind from the client file\'s own figures', () => {
    const draft = (input: object) => {
      const outcome = read('clientHealth_draft', { clientId: 'northwind', ...input });
      assert.ok(outcome.text, outcome.error);
      return outcome.text;
    };
    const statement = draft({ kind: 'statement' });
    assert.match(statement, /^\| NW-2026-09 \| 1 Sept 2026 \| 1 Oct 2026 \| €4,550\.00 \| €0\.00 \| €4,550\.00 \| 62 \|$/m);
    assert.match(statement, /^- NW-2026-09: €4,550\.00 × 1\.5% × 62 ÷ 30 = €141\.05$/m);
    // The unbilled extra request only: the billed one is not charged twice.
    const changeOrder = draft({ kind: 'changeOrder' });
    assert.match(changeOrder, /^- Tracking page, requested on 5 October 2026 \(a new feature, outside the agreed scope\): 6 hours, €540\.00$/m);
    assert.match(changeOrder, /Total for the work completed: €540\.00 for 6 hours\./);
    assert.doesNotMatch(changeOrder, /Export to CSV/);
    const payment = draft({ kind: 'terminationEmail', reason: 'payment' });
    const scope = draft({ kind: 'terminationEmail', reason: 'scopeCreep' });
    assert.match(payment, /payments have repeatedly arrived later than the terms we agreed/);
    assert.match(scope, /grown well beyond the scope we agreed/);
    for (const email of [payment, scope]) {
      assert.match(email, /^Subject: Ending our collaboration – Northwind Logistics$/m);
      assert.match(email, /^- Invoice NW-2026-09 of 1 September 2026, due 1 October 2026: €4,550\.00$/m);
      assert.match(email, /The total outstanding is €4,550\.00\./);
    }
    const agreement = draft({ kind: 'terminationAgreement' });
    assert.match(agreement, /^\| NW-2026-09 \| 1 Sept 2026 \| 1 Oct 2026 \| €4,550\.00 \|$/m);
    assert.match(agreement, /The Client pays the total of €4,550\.00 by 16 December 2026\./);
    const checklist = draft({ kind: 'offboardingChecklist' });
    assert.match(checklist, /^# Offboarding: Northwind Logistics$/m);
    assert.match(checklist, /^- \[ \] Receive the final payment: €4,550\.00 still owed \(NW-2026-09\)$/m);
    assert.match(draft({ kind: 'clause', clause: 'paymentTerms' }), /payable within \[30\] days of their issue date\. Any amount unpaid after its due date bears a late fee of 1\.5% per month/);
    assert.match(draft({ kind: 'clause', clause: 'changeOrders' }), /its price \(at €90\.00 per hour or as a fixed quote\)/);
  });

  it('drafts without changing the client file it reads', () => {
    const ctx = context();
    const before = structuredClone(ctx.sources[0].file);
    for (const kind of ['statement', 'reminder', 'changeOrder', 'terminationEmail', 'terminationAgreement', 'offboardingChecklist']) {
      assert.ok(runReadTool('clientHealth_draft', { clientId: 'northwind', kind }, ctx, () => templates).text, kind);
      assert.ok(runReadTool('clientHealth_draft', { clientId: 'northwind', kind, includeContact: true }, ctx, () => templates).text, kind);
    }
    assert.deepEqual(ctx.sources[0].file, before);
  });

  it("leaves the contact's name, salutation and email out of every draft unless includeContact: true asks for them", () => {
    // A colleague the freelancer recommends is a contact too: their details leave only when asked.
    const withSalutation = TEXT.replace(
      '"email": "ada@northwind.example" }',
      '"email": "ada@northwind.example", "salutation": "Ms Secretname" }, "referrals": [{ "name": "Bo Colleague", "contact": "bo@colleague.example", "note": "mobile 06 12 34 56 78" }]',
    );
    const file = readClientFile(withSalutation).file;
    assert.ok(file?.clients[1].contact?.salutation);
    const ctx: ToolContext = { ...context(), sources: [{ ...context().sources[0], file, health: evaluate(file, today) }] };
    const draft = (kind: string, includeContact?: boolean) => {
      const outcome = runReadTool('clientHealth_draft', { clientId: 'northwind', kind, ...(kind === 'clause' ? { clause: 'revisions' } : {}), ...(includeContact ? { includeContact } : {}) }, ctx, () => templates);
      assert.ok(outcome.text, outcome.error);
      return outcome.text;
    };
    // What each draft says of the contact when it is asked to.
    const asked: Record<string, RegExp> = {
      statement: /Contact: Ada Secretname/,
      reminder: /Dear Ms Secretname,[\s\S]*To: ada@northwind\.example|To: ada@northwind\.example[\s\S]*Dear Ms Secretname,/,
      changeOrder: /Contact: Ada Secretname/,
      terminationEmail: /Dear Ms Secretname,/,
      terminationAgreement: /represented by Ada Secretname[\s\S]*bo@colleague\.example/,
      offboardingChecklist: /Call Ada Secretname/,
    };
    for (const kind of ['statement', 'reminder', 'changeOrder', 'terminationEmail', 'terminationAgreement', 'offboardingChecklist', 'clause']) {
      const plain = draft(kind);
      assert.doesNotMatch(plain, /Secretname|ada@|Ada\b|bo@colleague|06 12 34/, kind);
      assert.ok(plain.length > 200, kind);
      const full = draft(kind, true);
      if (asked[kind]) {
        assert.match(full, asked[kind], kind);
      } else {
        assert.equal(full, plain, 'a clause names no contact');
      }
    }
    // The colleagues recommended keep their names; their contact details leave only when asked.
    const ending = (includeContact: boolean) =>
      runReadTool('clientHealth_draft', { clientId: 'northwind', kind: 'terminationEmail', reason: 'payment', includeContact }, ctx, () => templates).text ?? '';
    assert.match(ending(false), /^- Bo Colleague$/m);
    assert.match(ending(true), /^- Bo Colleague \(bo@colleague\.example\): mobile 06 12 34 56 78$/m);
    // Without the contact, the greeting is the language's neutral one.
    assert.match(draft('reminder'), /^Subject: [^\n]+\n\nDear Sir or Madam,$/m);
  });

  it("drafts with the reference rates of the client's own folder, not of the first folder open", () => {
    const text = TEXT.replace('"currency": "EUR" }', '"currency": "EUR", "country": "FR" }');
    const file = readClientFile(text).file;
    assert.ok(file);
    const asked: string[] = [];
    const source = (folder: string) => ({
      folder,
      label: `${folder}/.freelance/clients.json`,
      file,
      health: evaluate(file, today),
      lineOf: () => undefined,
      referenceRates: () => (asked.push(folder), []),
    });
    const both: ToolContext = { today, rules: DEFAULT_RULES, sources: [source('first'), source('second')], referenceRates: () => (asked.push('window'), []) };
    const drafted = runReadTool('clientHealth_draft', { clientId: 'northwind', folder: 'second', kind: 'reminder', step: 'firm' }, both, () => templates);
    assert.ok(drafted.text, drafted.error);
    assert.deepEqual(asked, ['second']);
  });

  it("drafts with the thresholds of the client's own folder, not the window's", () => {
    // A folder whose settings give 90 days' grace: NW-2026-09, 62 days late, is not yet overdue there.
    const lenient = { ...DEFAULT_RULES, overdue: { ...DEFAULT_RULES.overdue, graceDays: 90 } };
    const draft = (sourceRules: typeof DEFAULT_RULES | undefined, contextRules: typeof DEFAULT_RULES) => {
      const base = context();
      const withRules: ToolContext = { ...base, rules: contextRules, sources: [{ ...base.sources[0], ...(sourceRules ? { rules: sourceRules } : {}) }] };
      return runReadTool('clientHealth_draft', { clientId: 'northwind', kind: 'reminder', step: 'firm' }, withRules, () => templates).text;
    };
    assert.strictEqual(draft(lenient, DEFAULT_RULES), draft(undefined, lenient));
    assert.notStrictEqual(draft(lenient, DEFAULT_RULES), draft(undefined, DEFAULT_RULES), 'the grace changes the reminder');
  });

  it('answers a bad input with an error in plain words, never an exception', () => {
    assert.match(read('clientHealth_client', { clientId: 'nobody' }).error ?? '', /No client with id "nobody"\. Known ids: calm, northwind\./);
    assert.equal(
      read('clientHealth_client', { clientId: 'calm', extra: 1 }).error,
      'Invalid input: "extra" is not a key this tool takes; it takes clientId, folder, includeNotes, includeContact.',
    );
    assert.equal(
      read('clientHealth_draft', { clientId: 'calm', kind: 'poem' }).error,
      'Invalid input: "kind" must be one of statement, reminder, changeOrder, terminationEmail, terminationAgreement, offboardingChecklist, clause; found "poem".',
    );
    assert.equal(read('clientHealth_client', null).error, 'Invalid input: the input must be a JSON object {…}; found null.');
    assert.equal(read('clientHealth_client', {}).error, 'Invalid input: missing required field "clientId".');
    assert.match(read('clientHealth_clients', { folder: 'elsewhere' }).text ?? '', /^0 clients/);
  });

});
