/**
 * clientHealth.lateFees.referenceRates reaches every draft and report that states statutory figures: the chat
 * tools' draft (the editor's and the CLI's MCP server), and the CLI's report for people, in the JSON's terms.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callTool } from '../../../src/cli/mcp';
import { jsonText, statutoryLine, textReport } from '../../../src/cli/report';
import { evaluate } from '../../../src/core/health/evaluate';
import { clientFacts } from '../../../src/core/health/facts';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { clientLateFees, ClientLateFees, mergeRates } from '../../../src/core/law';
import { formatMoney } from '../../../src/core/money';
import { ClientFile } from '../../../src/core/schema';
import { formatterFor } from '../../../src/core/templates/locale';
import { client, day, makeFile } from '../support/build';

// A French freelancer's business client, 5,000 EUR due on 30 June 2026; today is in the second half of 2026,
// which the shipped ECB data (up to 1 January 2026) does not reach.
const TODAY = '2026-09-30';
const FILE: ClientFile = makeFile(
  [client({ id: 'acme', name: 'Acme SAS', isBusiness: true, invoices: [{ number: 'A-1', issued: '2026-05-31', due: '2026-06-30', amount: 5000 }] })],
  { name: 'Camille Martin', email: 'camille@example.com', currency: 'EUR', country: 'FR' },
);
const NEWER = [{ source: 'ECB' as const, from: '2026-07-01', percent: 3.15 }];

function fees(rates = mergeRates([])): ClientLateFees {
  const computed = clientLateFees(clientFacts(FILE, 0, day(TODAY)), day(TODAY), rates);
  assert.ok(typeof computed === 'object');
  return computed;
}

describe('the reference-rate setting, wired to drafts and reports', () => {
  it('the MCP server drafts a firm reminder with the setting’s newer rate, and without it says the rate is older', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ch-rates-'));
    mkdirSync(join(dir, '.freelance'));
    const path = join(dir, '.freelance', 'clients.json');
    writeFileSync(path, JSON.stringify(FILE));
    const options = { files: [path], allowWrites: false, today: () => day(TODAY), rules: DEFAULT_RULES, maxBytes: 1e6, version: 'test' };
    const draft = (rates?: ReturnType<typeof mergeRates>) =>
      callTool({ ...options, ...(rates ? { rates } : {}) }, 'clientHealth_draft', { clientId: 'acme', kind: 'reminder', step: 'firm', language: 'en' }).content[0].text;

    const withSetting = fees(mergeRates(NEWER));
    const shippedOnly = fees();
    // 3.15 + 10 = 13.15 % for July–September against 2.15 + 10 = 12.15 %: the figures differ.
    assert.equal(withSetting.olderRate, false);
    assert.equal(shippedOnly.olderRate, true);
    assert.notEqual(withSetting.interest, shippedOnly.interest);
    const money = (minor: number) => formatterFor('en').money(minor, 'EUR');

    const newer = draft(mergeRates(NEWER));
    assert.ok(newer.includes(money(withSetting.interest!)), newer);
    assert.match(newer, /13\.15/);
    assert.doesNotMatch(newer, /latest reference rate known/);

    const older = draft();
    assert.ok(older.includes(money(shippedOnly.interest!)), older);
    assert.match(older, /The interest uses the latest reference rate known/);
  });

  it('the report for people states the interest and compensation in the JSON’s terms, with the basis it cites', () => {
    const line = statutoryLine(fees(mergeRates(NEWER)), 'EUR');
    const f = fees(mergeRates(NEWER));
    assert.equal(
      line,
      `  statutory late fees (Code de commerce, art. L441-10 et D441-5): interest ${formatMoney(f.interest!, 'EUR')} to date, compensation ${formatMoney(4000, 'EUR')}`,
    );
    assert.match(statutoryLine(fees(), 'EUR'), /\(uses the latest known rate, from 2026-01-01\)$/);
    const report = textReport(day(TODAY), [{ file: 'clients.json', health: evaluate(FILE, day(TODAY), DEFAULT_RULES), summaries: [], context: { file: FILE, rates: mergeRates(NEWER) } }], false);
    assert.ok(report.includes(line), report);
  });

  it('the report for people and the JSON say when the Dutch interest includes interest capitalised at a year\'s end', () => {
    // EUR 1,000 due 2023-06-30, unpaid on 2025-08-15: two full years of lateness, so two capitalisations.
    const dutch: ClientFile = makeFile(
      [client({ id: 'nw', name: 'Noord BV', isBusiness: true, invoices: [{ number: 'N-1', issued: '2023-05-31', due: '2023-06-30', amount: 1000 }] })],
      { name: 'Daan de Vries', email: 'daan@example.com', currency: 'EUR', country: 'NL' },
    );
    const today = day('2025-08-15');
    const dutchFees = clientLateFees(clientFacts(dutch, 0, today), today, mergeRates([]));
    assert.ok(typeof dutchFees === 'object');
    assert.match(statutoryLine(dutchFees, 'EUR'), /\(each full year's interest added to the amount it runs on\)$/);
    const json = JSON.parse(jsonText(today, [{ file: 'clients.json', health: evaluate(dutch, today, DEFAULT_RULES), summaries: [], context: { file: dutch, rates: mergeRates([]) } }]));
    assert.equal(json.clients[0].money.statutory.capitalisedYearly, true);
    // Within the first year nothing is capitalised yet, and a French debt never is.
    const early = day('2024-03-01');
    const earlyFees = clientLateFees(clientFacts(dutch, 0, early), early, mergeRates([]));
    assert.ok(typeof earlyFees === 'object');
    assert.doesNotMatch(statutoryLine(earlyFees, 'EUR'), /each full year/);
    assert.doesNotMatch(statutoryLine(fees(), 'EUR'), /each full year/);
  });

  it('the report says nothing of the law for a consumer or a file without a country, and says when nothing is overdue', () => {
    const consumer: ClientFile = { ...FILE, clients: [{ ...FILE.clients[0], isBusiness: false }] };
    const noCountry: ClientFile = { ...FILE, freelancer: { ...FILE.freelancer, country: undefined } };
    for (const file of [consumer, noCountry]) {
      const report = textReport(day(TODAY), [{ file: 'clients.json', health: evaluate(file, day(TODAY), DEFAULT_RULES), summaries: [], context: { file, rates: mergeRates([]) } }], false);
      assert.doesNotMatch(report, /statutory/);
    }
    const early = textReport(day('2026-06-01'), [{ file: 'clients.json', health: evaluate(FILE, day('2026-06-01'), DEFAULT_RULES), summaries: [], context: { file: FILE, rates: mergeRates([]) } }], false);
    assert.match(early, /statutory late fees \(Code de commerce, art\. L441-10 et D441-5\): none, nothing is overdue/);
  });
});
