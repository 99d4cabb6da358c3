import * as assert from 'node:assert/strict';
import { parseDate } from '../../../src/core/dates';
import { clientFacts } from '../../../src/core/health/facts';
import { clientLateFees, lateFeeRule, lateFeeRules } from '../../../src/core/law';
import { ClientFile } from '../../../src/core/schema';

const today = parseDate('2025-07-10')!;

function file(freelancer: Partial<ClientFile['freelancer']>, client: Record<string, unknown> = {}): ClientFile {
  return {
    version: 1,
    freelancer: { name: 'Me', currency: 'EUR', ...freelancer },
    clients: [
      {
        id: 'acme',
        name: 'Acme',
        invoices: [
          { number: 'A-1', issued: '2025-05-21', due: '2025-06-20', amount: 1000 },
          { number: 'A-2', issued: '2025-05-01', due: '2025-05-31', amount: 500, payments: [{ date: '2025-05-30', amount: 500 }] },
          { number: 'A-3', issued: '2025-07-01', due: '2025-07-31', amount: 800 },
        ],
        ...client,
      },
    ],
  };
}

describe('a client’s statutory late fees', () => {
  it('sums the invoices overdue today: interest and one compensation each', () => {
    const fees = clientLateFees(clientFacts(file({ country: 'FR' }), 0, today), today);
    assert.ok(typeof fees !== 'string');
    // A-1 only (A-2 paid on time, A-3 not due): 6.93 of interest (see interest.test.ts) and EUR 40.
    assert.deepEqual(
      fees.invoices.map((i) => i.invoice),
      ['A-1'],
    );
    assert.deepEqual([fees.interest, fees.compensation, fees.ratesUpTo, fees.olderRate], [693, 4000, '2026-01-01', false]);
    assert.equal(fees.rule.basis, 'Code de commerce, art. L441-10 et D441-5');
  });

  it('gives none for a consumer client, none without a country, none for a country without a rule', () => {
    assert.equal(clientLateFees(clientFacts(file({ country: 'FR' }, { isBusiness: false }), 0, today), today), 'consumer');
    assert.equal(clientLateFees(clientFacts(file({}), 0, today), today), 'noCountry');
    assert.equal(clientLateFees(clientFacts(file({ country: 'US' }), 0, today), today), 'noRule');
  });

  it('leaves the compensation out of the client’s sum when it is in another currency than the client’s', () => {
    const fees = clientLateFees(clientFacts(file({ country: 'FR' }, { currency: 'USD' }), 0, today), today);
    assert.ok(typeof fees !== 'string');
    assert.equal(fees.interest, 693);
    assert.equal(fees.compensation, undefined);
  });

  it('counts waived figures as none, and keeps those the law does not let a contract waive', () => {
    // UK: the waiver holds where the contract gives a substantial remedy instead (its own late fee).
    const gbFile = file({ country: 'GB', currency: 'GBP' }, { contract: { statutoryLateFees: false, lateFeePercentPerMonth: 2 } });
    const gb = clientLateFees(clientFacts(gbFile, 0, today), today);
    assert.ok(typeof gb !== 'string');
    assert.deepEqual([gb.interest, gb.compensation], [0, 0]);
    // Spain: excluding either is void (Ley 3/2004 art. 9.1): both stay, as without the waiver.
    const es = clientLateFees(clientFacts(file({ country: 'ES' }, { contract: { statutoryLateFees: false } }), 0, today), today);
    const esOwed = clientLateFees(clientFacts(file({ country: 'ES' }), 0, today), today);
    assert.ok(typeof es !== 'string' && typeof esOwed !== 'string');
    assert.deepEqual([es.interest, es.compensation], [esOwed.interest, esOwed.compensation]);
    assert.equal(es.compensation, 4000);
    const fr = clientLateFees(clientFacts(file({ country: 'FR' }, { contract: { statutoryLateFees: false } }), 0, today), today);
    assert.ok(typeof fr !== 'string');
    assert.deepEqual([fr.interest, fr.compensation], [693, 4000]);
  });
});

describe('the rules table', () => {
  it('covers FR, IT, DE, ES, BE, NL, GB, TR and every other EU member', () => {
    for (const c of ['FR', 'IT', 'DE', 'ES', 'BE', 'NL', 'GB', 'TR', 'AT', 'PT', 'IE', 'FI', 'GR', 'PL', 'SE']) {
      assert.ok(lateFeeRule(c), c);
    }
    assert.equal(lateFeeRules().length, 8 + 14 + 7);
  });

  it('cites every rule, and says what is left to check wherever a rule is not verified', () => {
    for (const rule of lateFeeRules()) {
      assert.ok(rule.citation.interest.length > 10 && rule.basis.length > 5, rule.country);
      assert.ok(rule.verified || rule.toCheck.length > 0, `${rule.country} is verified or says what to check`);
      if (rule.compensation) {
        assert.ok(rule.citation.compensation, `${rule.country} cites its compensation`);
      }
    }
  });
});
