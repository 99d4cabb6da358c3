// Bundles the extension and the CLI with esbuild and writes the JSON Schema
// generated from the zod schema. Run after `tsc` (npm run build does both).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
// --analyze: print what dist/extension.js is made of, largest first (its budget is 225 KB, scripts/package.mjs).
const require = createRequire(import.meta.url);

function writeSchema() {
  const { editorJsonSchema } = require(join(root, 'out/src/core/jsonSchema.js'));
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/clients.schema.json'), JSON.stringify(editorJsonSchema(), null, 2) + '\n');
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  // Non-ASCII text (the drafts' French, Italian and Turkish) as UTF-8, not as \u escapes of six bytes each.
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's main entry is a UMD build whose requires esbuild cannot follow.
  mainFields: ['module', 'main'],
};

// Two parts of the extension load on first use, each from its own file next to
// dist/extension.js: the draft templates (src/commands/drafting/templates.ts) from
// dist/drafts.js, and what a refused client file needs (src/core/decode.ts) from
// dist/refused-bytes.js. The CLI bundles both.
const TEMPLATES_ENTRY = 'src/core/templates/index.ts';
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /core\/templates\/index$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the draft templates statically; go through templates() so they load lazily`);
      }
      return { path: './drafts.js', external: true };
    });
    build.onResolve({ filter: /^\.\/refusedBytes$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the refused-bytes module statically; go through decode.ts so it loads only for a refused file`);
      }
      return { path: './refused-bytes.js', external: true };
    });
    // The import core (its XML parser) and the chat tools' implementation load on first use too.
    build.onResolve({ filter: /core\/imports\/index$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the import core statically; go through imports() so it loads on the first import`);
      }
      return { path: './imports.js', external: true };
    });
    // The git evidence service (with git log's reader and parser, and its cache) loads once the first clients are shown.
    build.onResolve({ filter: /^\.\/gitReading$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the git reader statically; go through gitReading() so it loads after activation`);
      }
      return { path: './git.js', external: true };
    });
    // The portfolio (its index store, summaries, view rows and commands) loads just after activation.
    build.onResolve({ filter: /^\.\/lazy$/ }, (args) => {
      if (args.kind !== 'require-call' || !args.importer.endsWith('portfolioModule.ts')) {
        throw new Error(`${args.importer} imports the portfolio statically; go through portfolioModule() so it loads after activation`);
      }
      return { path: './portfolio.js', external: true };
    });
    // Editor time's counting loads only once clientHealth.tracking.enabled is on, its readers on first use (src/editorTime/editorTime.ts).
    build.onResolve({ filter: /^\.\/chunk$/ }, (args) => {
      if (args.kind !== 'require-call' || !args.importer.endsWith('editorTime.ts')) {
        throw new Error(`${args.importer} imports editor time's counting statically; go through EditorTime so it loads only when the setting is on`);
      }
      return { path: './editor-time.js', external: true };
    });
    build.onResolve({ filter: /core\/tools\/tools$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the chat tools statically; go through tools() so they load on the first call`);
      }
      return { path: './tools.js', external: true };
    });
  },
};

// The CLI's MCP server (with the MCP SDK, larger than the rest of the CLI) loads only for `client-health mcp`,
// and is not shipped in the .vsix: it is part of the command-line package (README, Command line).
const cliChunks = {
  name: 'cli-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/mcp$/ }, (args) => {
      if (args.kind !== 'require-call') {
        throw new Error(`${args.importer} imports the MCP server statically; require it only for the mcp command`);
      }
      return { path: './mcp.js', external: true };
    });
    // The import core is dist/imports.js, the same file the extension loads: not a second copy in dist/cli.js.
    build.onResolve({ filter: /core\/imports\/index$/ }, () => ({ path: './imports.js', external: true }));
  },
};

// Activation loads dist/extension.js only; a static import of a template would pull the drafts' text back in.
function assertNoTemplates(result) {
  const inputs = Object.keys(result.metafile.outputs['dist/extension.js'].inputs);
  const leaked = inputs.filter((p) => p.startsWith('src/core/templates/'));
  if (leaked.length > 0) {
    throw new Error(`dist/extension.js bundles template modules: ${leaked.join(', ')}`);
  }
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyChunks], metafile: true },
  { ...common, entryPoints: [TEMPLATES_ENTRY], outfile: 'dist/drafts.js' },
  { ...common, entryPoints: ['src/core/refusedBytes.ts'], outfile: 'dist/refused-bytes.js' },
  { ...common, entryPoints: ['src/core/imports/index.ts'], outfile: 'dist/imports.js' },
  { ...common, entryPoints: ['src/core/tools/tools.ts'], outfile: 'dist/tools.js' },
  { ...common, entryPoints: ['src/git/gitReading.ts'], outfile: 'dist/git.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/editorTime/chunk.ts'], outfile: 'dist/editor-time.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/portfolio/lazy.ts'], outfile: 'dist/portfolio.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [cliChunks] },
  { ...common, entryPoints: ['src/cli/mcp.ts'], outfile: 'dist/mcp.js' },
  // The dashboard's page script, for the browser; the toolkit's own bundle is copied next to it (never a CDN).
  // The portfolio page is in the same file (webview/index.ts picks the page), sharing zod and the charts.
  { ...common, entryPoints: ['src/dashboard/webview/index.ts'], outfile: 'dist/dashboard/webview.js', platform: 'browser', target: 'es2022', format: 'iife', sourcemap: false },
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
  const [extension] = await Promise.all(builds.map((options) => esbuild.build(options)));
  assertNoTemplates(extension);
  if (process.argv.includes('--analyze')) {
    console.log(await esbuild.analyzeMetafile(extension.metafile, { verbose: false }));
  }
  console.log('[build] dist/ ready');
}
