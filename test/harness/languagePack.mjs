// A language pack for the tests: code-server honours --locale only for a
// language whose pack is installed, and the Marketplace's packs cannot be
// downloaded here. This pack declares the language and translates nothing of
// VS Code itself (its menus stay English); what the locale checks read are
// Client Health's own translations, which VS Code then picks for the extension.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerPaths } from './codeServerInstall.mjs';

const LANGUAGE_NAMES = { fr: 'French', it: 'Italian', tr: 'Turkish' };

/** Installs an empty language pack for `locale` into the extensions folder of a code-server data folder. */
export function installLanguagePack(dataDir, locale) {
  const work = mkdtempSync(join(tmpdir(), `client-health-langpack-${locale}-`));
  try {
    const name = `test-language-pack-${locale}`;
    mkdirSync(join(work, 'pack', 'translations'), { recursive: true });
    writeFileSync(
      join(work, 'pack', 'package.json'),
      JSON.stringify({
        name,
        displayName: `Test language pack (${LANGUAGE_NAMES[locale]})`,
        publisher: 'client-health-tests',
        version: '1.0.0',
        license: 'MIT',
        engines: { vscode: '*' },
        categories: ['Language Packs'],
        contributes: {
          localizations: [
            { languageId: locale, languageName: LANGUAGE_NAMES[locale], translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
          ],
        },
      }),
    );
    writeFileSync(join(work, 'pack', 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
    writeFileSync(join(work, 'pack', 'README.md'), 'A language pack for tests; it translates nothing.\n');
    writeFileSync(join(work, 'pack', 'LICENSE'), 'MIT\n');
    const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
    const vsix = join(work, `${name}.vsix`);
    execFileSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--out', vsix], { cwd: join(work, 'pack'), stdio: 'ignore' });
    const paths = codeServerPaths();
    execFileSync(
      paths.node,
      [paths.entry, '--extensions-dir', join(dataDir, 'extensions'), '--user-data-dir', join(dataDir, 'user-data'), '--install-extension', vsix],
      { stdio: 'ignore' },
    );
    // VS Code writes this index when its language picker first runs; the locale is read from it at startup.
    const installed = join(dataDir, 'extensions', `client-health-tests.${name}-1.0.0`);
    writeFileSync(
      join(dataDir, 'user-data', 'languagepacks.json'),
      JSON.stringify({
        [locale]: {
          hash: `client-health-tests-${locale}`,
          extensions: [{ extensionIdentifier: { id: `client-health-tests.${name}` }, version: '1.0.0' }],
          translations: { vscode: join(installed, 'translations', 'main.i18n.json') },
          label: LANGUAGE_NAMES[locale],
        },
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
