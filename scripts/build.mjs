// Bundles the extension and the CLI with esbuild and writes the JSON Schema
// generated from the zod schema. Run after `tsc` (npm run build does both).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

function writeSchema() {
  const { clientFileJsonSchema } = require(join(root, 'out/src/core/jsonSchema.js'));
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/clients.schema.json'), JSON.stringify(clientFileJsonSchema(), null, 2) + '\n');
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's main entry is a UMD build whose requires esbuild cannot follow.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The dashboard's page script, for the browser; the toolkit's own bundle is copied next to it (never a CDN).
  { ...common, entryPoints: ['src/dashboard/webview/main.ts'], outfile: 'dist/dashboard/webview.js', platform: 'browser', target: 'es2022', format: 'iife', sourcemap: false },
];
mkdirSync(join(root, 'dist/dashboard'), { recursive: true });
copyFileSync(join(root, 'node_modules/@vscode/webview-ui-toolkit/dist/toolkit.min.js'), join(root, 'dist/dashboard/toolkit.min.js'));

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('[build] watching for changes');
} else {
  writeSchema();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log('[build] dist/ ready');
}
