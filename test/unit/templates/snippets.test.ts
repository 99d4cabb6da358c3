import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAUSE_IDS } from '../../../src/core/templates/clauses';
import { DRAFT_LANGUAGES } from '../../../src/core/templates/locale';
import { snippetFiles, SNIPPET_PATHS, toSnippetBody } from '../../../src/core/templates/snippets';
import { TERMINATION_REASONS } from '../../../src/core/templates/terminationEmail';
import { TERMINATION_TEXTS } from '../../../src/core/templates/text/termination';

const root = path.resolve(__dirname, '../../../..');

/** The text a snippet inserts when every tab stop keeps its default; fails on a `$` that is neither escaped nor a tab stop. */
function expand(body: string[]): string {
  const text = body.join('\n');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && /[\\$}]/.test(text[i + 1] ?? '')) {
      out += text[++i];
    } else if (c === '$') {
      const m = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(text.slice(i));
      assert.ok(m, `bare $ at ${i}: ${text.slice(i, i + 20)}`);
      out += m[2].replace(/\\(.)/g, '$1');
      i += m[0].length - 1;
    } else {
      out += c;
    }
  }
  return out;
}

describe('draft snippets', () => {
  const files = snippetFiles();

  it('are committed as generated (UPDATE_SNIPPETS=1 or node scripts/snippets.mjs rewrites them)', () => {
    for (const [relative, contents] of Object.entries(files)) {
      const file = path.join(root, relative);
      if (process.env.UPDATE_SNIPPETS === '1') {
        fs.writeFileSync(file, contents);
      }
      assert.ok(fs.existsSync(file), `${relative} is missing`);
      assert.equal(fs.readFileSync(file, 'utf8'), contents, `${relative} is out of date: run npx tsc -p . && node scripts/snippets.mjs`);
    }
  });

  for (const [format, relative] of Object.entries(SNIPPET_PATHS)) {
    describe(relative, () => {
      const snippets: Record<string, { prefix: string; description: string; body: string[] }> = JSON.parse(files[relative]);

      it('is valid JSON with one snippet per clause and termination reason in every language', () => {
        const committed = JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8'));
        assert.deepEqual(Object.keys(committed), Object.keys(snippets));
        const prefixes = Object.values(snippets).map((s) => s.prefix);
        for (const language of DRAFT_LANGUAGES) {
          for (const id of CLAUSE_IDS) {
            assert.ok(prefixes.includes(`ch-${language}-clause-${id}`), `${language} ${id}`);
          }
          for (const reason of TERMINATION_REASONS) {
            assert.ok(prefixes.includes(`ch-${language}-termination-${reason}`), `${language} ${reason}`);
          }
        }
        assert.equal(prefixes.length, DRAFT_LANGUAGES.length * (CLAUSE_IDS.length + TERMINATION_REASONS.length));
      });

      it('has unique prefixes and non-empty bodies and descriptions', () => {
        const prefixes = Object.values(snippets).map((s) => s.prefix);
        assert.equal(new Set(prefixes).size, prefixes.length);
        for (const [name, s] of Object.entries(snippets)) {
          assert.match(s.prefix, /^ch-(en|fr|it|tr)-(clause|termination)-[A-Za-z]+$/);
          assert.ok(s.description.trim().length > 0, name);
          assert.ok(Array.isArray(s.body) && s.body.join('').trim().length > 0, name);
        }
      });

      it('has tab stops numbered from 1 without gaps, and every $ escaped', () => {
        for (const [name, s] of Object.entries(snippets)) {
          const text = expand(s.body);
          assert.doesNotMatch(text, /undefined|NaN|\bnull\b|\[object|[\u0001-\u0003]/, name);
          const numbers = [...new Set([...s.body.join('\n').matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
          assert.ok(numbers.length > 0 || /ownership/.test(name), `${name} has no tab stop`);
          assert.deepEqual(numbers, numbers.map((_, i) => i + 1), name);
          if (format === 'plaintext') {
            assert.doesNotMatch(text, /^#|\\[*_<>|]/m, `${name}: Markdown in plain text`);
          }
        }
      });

      it('puts the client name and the notice in tab stops', () => {
        const payment = snippets['Client Health en: termination email – payment'];
        assert.match(payment.body[0], /^Subject: Ending our collaboration – \$\{1:Client name\}$/);
        assert.ok(payment.body.some((l) => l.includes('in line with the ${4:14}-day notice period')));
        const notice = snippets['Client Health fr: clause – notice'];
        assert.ok(notice.body.some((l) => l.includes('moyennant un préavis de ${1:14} jours.')));
      });

      it('never cites a contract notice in the email for a client without a contract', () => {
        for (const language of DRAFT_LANGUAGES) {
          const text = expand(snippets[`Client Health ${language}: termination email – noContract`].body);
          assert.doesNotMatch(text, /notice period in our contract|prévu par notre contrat|previsto dal contratto|sözleşmemizdeki/i, language);
        }
      });
    });
  }

  it('the no-contract email never invokes a notice from the contract it says does not exist, in any language', () => {
    const snippets: Record<string, { body: string[] }> = JSON.parse(files[SNIPPET_PATHS.markdown]);
    for (const language of DRAFT_LANGUAGES) {
      const t = TERMINATION_TEXTS[language];
      // The words right after the notice, up to the next name or date: ' jours prévu par notre contrat.', ' giorni previsto dal contratto, '...
      const tail = (sentence: typeof t.lastDayContract) => sentence('\u0001', '\u0002', { text: '\u0000', n: 14 }).split('\u0000')[1].split(/[\u0001\u0002]/)[0];
      const contractTail = tail(t.lastDayContract);
      const defaultTail = tail(t.lastDayDefault);
      const noContract = expand(snippets[`Client Health ${language}: termination email – noContract`].body);
      assert.ok(!noContract.includes(contractTail), `${language}: ${noContract}`);
      assert.ok(noContract.includes(defaultTail), `${language}: ${noContract}`);
      assert.ok(expand(snippets[`Client Health ${language}: termination email – payment`].body).includes(contractTail), language);
    }
  });

  it('escapes $, } and backslashes outside tab stops', () => {
    assert.deepEqual(toSnippetBody('costs $5 {a} \\*x\\*'), ['costs \\$5 {a\\} \\\\*x\\\\*']);
    assert.deepEqual(toSnippetBody('a \u00017\u0002b}c\u0003 d \u00019\u0002e\u0003 \u00017\u0002b}c\u0003'), ['a ${1:b\\}c} d ${2:e} ${1:b\\}c}']);
  });
});
