import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { excludeEntry, hasControlCharacter, showControlCharacters } from '../../../src/git/excludeEntry';

const root = path.resolve(__dirname, '../../../..');
const CONTROLS = ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066'];

describe('the client file path and its git exclude line', () => {
  it('finds every control character, and none in ordinary or non-ASCII names', () => {
    for (const c of CONTROLS) {
      assert.strictEqual(hasControlCharacter(`.freelance/a${c}b.json`), true, JSON.stringify(c));
      assert.strictEqual(excludeEntry(`a${c}b.json`), undefined, JSON.stringify(c));
    }
    for (const name of ['.freelance/clients.json', 'ünï cödé €/c.json', 'a [b] #!*?.json', 'şirket/müşteri.jsonc']) {
      assert.strictEqual(hasControlCharacter(name), false, name);
    }
  });

  it('quotes a refused value with its control characters made visible', () => {
    assert.strictEqual(showControlCharacters('c.json\nsrc\u0085\u2028'), 'c.json\\u{000A}src\\u{0085}\\u{2028}');
    assert.strictEqual(hasControlCharacter(showControlCharacters(CONTROLS.join(''))), false);
  });

  it("has the Settings editor refuse what the extension refuses: the manifest's pattern rejects control characters", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const setting = manifest.contributes.configuration.map((c: { properties: Record<string, { pattern?: string }> }) => c.properties['clientHealth.clientFile']).find(Boolean);
    const pattern = new RegExp(setting.pattern, 'u');
    for (const c of CONTROLS) {
      assert.strictEqual(pattern.test(`.freelance/a${c}b.json`), false, JSON.stringify(c));
    }
    for (const accepted of ['.freelance/clients.json', 'private/book.jsonc', 'ünï cödé €/c.json', 'a [b] #!.json']) {
      assert.strictEqual(pattern.test(accepted), true, accepted);
    }
    for (const refused of ['/etc/clients.json', '\\\\server\\c.json', 'clients.txt']) {
      assert.strictEqual(pattern.test(refused), false, refused);
    }
  });
});
