import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readClientFile } from '../../src/core/clientFile';

const root = path.resolve(__dirname, '../../..');
const snippets: Record<string, { prefix: string; body: string[] }> = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'client-file.json'), 'utf8'));

/** The text a snippet inserts when every placeholder keeps its default (the first choice of a list). */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '03')
    .replace(/\$\{CURRENT_DATE\}/g, '01')
    .replace(/\$CURRENT_DATE/g, '01')
    .replace(/\$CURRENT_HOUR/g, '10')
    .replace(/\$CURRENT_MINUTE/g, '30')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, '');
}

describe('snippets for the client file', () => {
  it('each inserts an entry that the client file accepts, where it belongs', () => {
    const client = JSON.parse(expand(snippets['Client Health: client'].body));
    const invoice = JSON.parse(expand(snippets['Client Health: invoice'].body));
    invoice.payments.push(JSON.parse(expand(snippets['Client Health: payment'].body)));
    client.invoices.push(invoice);
    client.requests.push(JSON.parse(expand(snippets['Client Health: request'].body)));
    client.journal.push(JSON.parse(expand(snippets['Client Health: journal entry'].body)));
    client.hours.push(JSON.parse(expand(snippets['Client Health: hours'].body)));
    const read = readClientFile(JSON.stringify({ version: 1, freelancer: { currency: 'EUR' }, clients: [client] }));
    assert.deepStrictEqual(read.problems, []);
  });

  it('use prefixes of their own, so that they do not crowd other JSON files', () => {
    for (const snippet of Object.values(snippets)) {
      assert.match(snippet.prefix, /^ch-/);
    }
  });
});
