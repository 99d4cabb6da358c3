/**
 * The payment clause cites the late-payment law of the freelancer's country, in the draft's language; without a
 * country, each language keeps citing its own country's law (the behaviour before freelancer.country existed).
 */
import * as assert from 'node:assert/strict';
import { clause, clauseHelp, ClauseInput } from '../../../src/core/templates/clauses';
import { DRAFT_LANGUAGES, DraftLanguage } from '../../../src/core/templates/locale';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { ClientFile } from '../../../src/core/schema';
import { lateFeeRule, lateFeeRules } from '../../../src/core/law/rules';
import { FULL, golden } from './terminationFixtures';

const withCountry = (country: string | undefined): ClientFile => ({ ...FULL, freelancer: { ...FULL.freelancer, ...(country ? { country } : {}) } });
const input = (country: string | undefined, language: DraftLanguage): ClauseInput => ({ language, file: withCountry(country), clientIndex: 0 });
const text = (country: string | undefined, language: DraftLanguage) => renderPlainText(clause('paymentTerms', input(country, language)).blocks);

describe('payment clause: the law of the freelancer’s country', () => {
  for (const language of DRAFT_LANGUAGES) {
    it(`matches its golden file for freelancers in FR, IT, TR, BE, NL, DE, ES, GB and US: ${language}`, () => {
      const parts = ['FR', 'IT', 'TR', 'BE', 'NL', 'DE', 'ES', 'GB', 'US'].map((c) => `<!-- freelancer.country: ${c} -->\n\n${renderMarkdown(clause('paymentTerms', input(c, language)).blocks)}`);
      golden(`clauses.paymentTerms.law.${language}.md`, parts.join('\n'));
    });
  }

  it('a French clause for an Italian freelancer cites Italian law in French, and no French article', () => {
    const fr = text('IT', 'fr');
    assert.match(fr, /article 6 du décret législatif italien n°\u00a0231\/2002/);
    assert.doesNotMatch(fr, /L441-10/);
  });

  it('an Italian clause for a French freelancer cites French law in Italian, and no Italian decree nor its note', () => {
    const it_ = text('FR', 'it');
    assert.match(it_, /artt\. L441-10 e D441-5 del Codice di commercio francese/);
    assert.doesNotMatch(it_, /231\/2002/);
    assert.equal(clauseHelp('paymentTerms', input('FR', 'it')), undefined);
    assert.match(clauseHelp('paymentTerms', input('IT', 'it')) ?? '', /art\. 5 del D\.Lgs\. 231\/2002/);
  });

  it('an English clause cites French or Italian law only for a freelancer there', () => {
    assert.match(text('FR', 'en'), /French Commercial Code, art\. L441-10 and D441-5/);
    assert.match(text('IT', 'en'), /Italian Legislative Decree 231\/2002, art\. 6/);
    assert.doesNotMatch(text(undefined, 'en'), /L441-10|231\/2002|1530/);
  });

  it('cites no French, Italian or Turkish law for a freelancer elsewhere', () => {
    for (const language of DRAFT_LANGUAGES) {
      assert.doesNotMatch(text('DE', language), /L441-10|231\/2002|1530/, language);
      assert.doesNotMatch(text('US', language), /L441-10|231\/2002|1530/, language);
    }
  });

  // The directive-minimum countries are left out: their transposition is not read (verified: false), so no clause cites it.
  const withCompensation = lateFeeRules().filter((r) => r.verified && r.compensation);

  it('the rule table has a verified compensation for BE, NL, DE, ES and GB, and none for US', () => {
    const countries = withCompensation.map((r) => r.country);
    for (const c of ['FR', 'IT', 'TR', 'BE', 'NL', 'DE', 'ES', 'GB']) {
      assert.ok(countries.includes(c), c);
    }
    assert.equal(lateFeeRule('US'), undefined);
  });

  for (const rule of withCompensation) {
    it(`a freelancer in ${rule.country} gets a recovery-cost sentence with the law's figures in every language`, () => {
      const bands = rule.compensation?.kind === 'bands' ? rule.compensation.bands.map((b) => String(b.amount)) : [];
      for (const language of DRAFT_LANGUAGES) {
        const none = text('US', language).trimEnd();
        const withLaw = text(rule.country, language);
        assert.ok(withLaw.startsWith(none) && withLaw.length > none.length, `${rule.country} ${language}: no recovery-cost sentence`);
        const added = withLaw.slice(none.length);
        for (const amount of bands) {
          assert.match(added, new RegExp(`(^|\\D)${amount}(\\D|$)`), `${rule.country} ${language}: ${amount}`);
        }
      }
    });
  }

  it('without a country, each language cites its own law as before', () => {
    assert.match(text(undefined, 'fr'), /L441-10/);
    assert.match(text(undefined, 'it'), /231\/2002/);
    assert.match(text(undefined, 'tr'), /Türk Ticaret Kanunu m\. 1530/);
  });
});
