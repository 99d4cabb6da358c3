import * as assert from 'node:assert/strict';
import { formatMessage } from '../../../src/core/messages';
import { EInvoiceResult, readEInvoice } from '../../../src/core/imports/readEInvoice';
import { MAX_DEPTH } from '../../../src/core/imports/xml';

const MB = 1024 * 1024;
const bytes = (text: string) => new TextEncoder().encode(text);

function problem(result: EInvoiceResult): { text: string; line?: number; column?: number } {
  assert.ok(result.problem, `expected a problem, got ${JSON.stringify(result.records)}`);
  return { text: formatMessage(result.problem.message), line: result.problem.line, column: result.problem.column };
}

describe('readEInvoice: hostile XML', () => {
  it('refuses billion laughs before parsing', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Invoice><ID>&lol9;</ID></Invoice>`;
    const found = problem(readEInvoice(bytes(lol), MB));
    assert.match(found.text, /declares a DOCTYPE or entities/);
    assert.deepEqual([found.line, found.column], [2, 1]);
  });

  it('refuses an external entity, and a lone ENTITY declaration whatever its case', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice><ID>&xxe;</ID></Invoice>';
    assert.match(problem(readEInvoice(bytes(xxe), MB)).text, /DOCTYPE or entities/);
    assert.match(problem(readEInvoice(bytes('<Invoice><!entity x "y"></Invoice>'), MB)).text, /DOCTYPE or entities/);
  });

  it('leaves an undeclared entity reference as text, never expanded', () => {
    const xml = `<Invoice><ID>&xxe;</ID><IssueDate>2026-01-31</IssueDate><DocumentCurrencyCode>EUR</DocumentCurrencyCode>
<LegalMonetaryTotal><PayableAmount>1</PayableAmount></LegalMonetaryTotal></Invoice>`;
    const result = readEInvoice(bytes(xml), MB);
    assert.equal(result.records?.[0].number, '&xxe;');
  });

  it(`bounds nesting at ${MAX_DEPTH} levels`, () => {
    const deep = `<Invoice>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Invoice>`;
    assert.match(problem(readEInvoice(bytes(deep), 10 * MB)).text, /more than 64 levels deep/);
  });

  it('refuses a huge attribute quickly, at its place', () => {
    const huge = `<Invoice>\n  <ID schemeID="${'x'.repeat(5 * MB)}">1</ID></Invoice>`;
    const started = Date.now();
    const found = problem(readEInvoice(bytes(huge), 10 * MB));
    assert.match(found.text, /attribute .* longer than 4096 characters/);
    assert.deepEqual([found.line, found.column], [2, 16], "the opening quote of the value");
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });

  it('refuses a document over the size cap without reading it', () => {
    assert.match(problem(readEInvoice(new Uint8Array(2049), 2048)).text, /2049 bytes long, over the limit of 2048 bytes/);
  });

  it('reports invalid XML as one problem with its line and column', () => {
    const found = problem(readEInvoice(bytes('<Invoice>\n  <ID>1</ID>\n  <IssueDate>2026-01-31</Issue>\n</Invoice>'), MB));
    assert.match(found.text, /not well-formed XML: .*IssueDate/);
    assert.deepEqual([found.line, found.column], [3, 24], "the closing tag that does not match");
  });

  it('refuses two root elements and bytes that are not UTF-8', () => {
    assert.match(problem(readEInvoice(bytes('<Invoice/><Invoice/>'), MB)).text, /more than one root element/);
    assert.match(problem(readEInvoice(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), MB)).text, /not valid UTF-8/);
  });
});
