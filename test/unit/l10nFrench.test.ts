/**
 * The French interface as a French reader expects it: an example of a decimal amount written with a
 * comma (82,50), as the prompts accept it and as every other French example is written (1,5); one
 * apostrophe throughout, the straight one the rest of the interface uses; and no past participle left
 * agreeing with a noun three items back.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const read = (relative: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8')) as Record<string, string>;
const strings = { ...read('l10n/bundle.l10n.fr.json'), ...Object.fromEntries(Object.entries(read('package.nls.fr.json')).map(([k, v]) => [`package.nls: ${k}`, v])) };

const offenders = (pattern: RegExp): string[] =>
  Object.entries(strings)
    .filter(([, value]) => pattern.test(value))
    .map(([key, value]) => `${key} -> ${value}`);

describe('the French interface', () => {
  it('writes a decimal example with a comma', () => {
    assert.deepEqual(offenders(/\b\d+\.\d{1,2}\b/), []);
  });

  it('uses one apostrophe, the straight one', () => {
    assert.deepEqual(offenders(/’/), []);
  });

  it('says the clauses come filled, with the participle next to the clauses', () => {
    const clause = strings['package.nls: walkthrough.insertClause.description'];
    assert.match(clause, /^Protégez-vous du prochain client difficile : des clauses déjà remplies avec les chiffres de votre contrat, sur /);
  });
});
