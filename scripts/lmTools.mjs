/**
 * Writes package.json's contributes.languageModelTools from the chat tools'
 * list and input schemas (src/core/tools/contribution.ts). Run after `tsc -p .`:
 *
 *     npx tsc -p . && node scripts/lmTools.mjs
 *
 * test/unit/tools/contribution.test.ts fails when the committed manifest differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { languageModelToolsContribution } = require(path.join(root, 'out/src/core/tools/contribution.js'));

const file = path.join(root, 'package.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.contributes.languageModelTools = languageModelToolsContribution();
writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
console.log('wrote package.json contributes.languageModelTools');
