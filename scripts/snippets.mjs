/**
 * Writes snippets/drafts.markdown.json and snippets/drafts.plaintext.json from
 * the draft templates (src/core/templates/snippets.ts). Run after `tsc -p .`:
 *
 *     npx tsc -p . && node scripts/snippets.mjs
 *
 * The unit test test/unit/templates/snippets.test.ts fails when the committed
 * files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { snippetFiles } = require(path.join(root, 'out/src/core/templates/snippets.js'));

for (const [relative, contents] of Object.entries(snippetFiles())) {
  writeFileSync(path.join(root, relative), contents);
  console.log(`wrote ${relative}`);
}
