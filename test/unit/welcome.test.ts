/** The welcome views render links but not Markdown code spans: a backtick would show as a backtick. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('welcome view texts', () => {
  for (const file of ['package.nls.json', 'package.nls.fr.json', 'package.nls.it.json', 'package.nls.tr.json']) {
    it(`${file}: no literal backticks, and the setting is one click away`, () => {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
      for (const key of Object.keys(nls).filter((k) => k.startsWith('welcome.'))) {
        assert.ok(!nls[key].includes('`'), `${key}: ${nls[key]}`);
      }
      assert.match(nls['welcome.noClientFile'], /\]\(command:workbench\.action\.openSettings\?%5B%22clientHealth\.clientFile%22%5D\)/);
    });
  }
});
