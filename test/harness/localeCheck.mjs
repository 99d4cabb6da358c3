// The interface in the user's language, in the real workbench: code-server
// started with --locale fr (it, tr) on the demo. Reads the view title, a command
// title from the Command Palette (F1), and a signal row (its name and its key
// figure, a plural form of that language) from the tree rows, and checks each
// against that language's translation. Screenshots per language.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyDemo } from '../../scripts/demo.mjs';
import { startCodeServer } from './codeServer.mjs';
import { installLanguagePack } from './languagePack.mjs';
import { openWorkbench, typeInPalette } from './workbench.mjs';

export const CHECKED_LOCALES = ['fr', 'it', 'tr'];

// The demo's BrightPath Media has one abusive incident on record: the figure takes the language's form for 1.
const ABUSE = 'Abuse';
const ABUSE_FIGURE = '{0} incidents, the latest on {1}';
const INCIDENTS = 1;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings a user of `locale` should see, from the translations the extension ships. */
function expectations(root, locale) {
  const nls = JSON.parse(readFileSync(join(root, `package.nls.${locale}.json`), 'utf8'));
  const bundle = JSON.parse(readFileSync(join(root, 'l10n', `bundle.l10n.${locale}.json`), 'utf8'));
  return {
    view: nls['view.clients'],
    command: nls['command.recordInvoice'],
    // The translated name, then the figure's form for the category of 1 (key as in src/core/messages.ts); its date moves with the demo's week.
    signal: new RegExp(
      escapeRegExp(bundle[ABUSE]) +
        '.*' +
        escapeRegExp(bundle[`${ABUSE_FIGURE}{${new Intl.PluralRules(locale).select(INCIDENTS)}}`])
          .replace('\\{0\\}', String(INCIDENTS))
          .replace('\\{1\\}', '\\d{4}-\\d{2}-\\d{2}'),
    ),
  };
}

export async function checkLocale({ root, outputDir, locale, log }) {
  const expected = expectations(root, locale);
  const base = mkdtempSync(join(tmpdir(), `client-health-${locale}-`));
  const folder = copyDemo(join(base, 'demo'));
  installLanguagePack(join(base, 'data'), locale);
  const server = await startCodeServer({ dataDir: join(base, 'data'), locale, log });
  let bench;
  try {
    bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, log });
    const { page } = bench;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    // The container holds the Clients and Portfolio views: each shows its name in its pane header (a container with a
    // single view would show it in the sidebar title instead).
    const header = page.locator('.part.sidebar .pane-header, .part.sidebar .composite.title', { hasText: expected.view }).first();
    await header.waitFor({ timeout: 30_000 });
    const rows = page.locator('.part.sidebar .monaco-list-row');
    await rows.filter({ hasText: 'BrightPath Media' }).first().locator('.monaco-tl-twistie').click();
    const signal = rows.filter({ hasText: expected.signal }).first();
    await signal.waitFor({ timeout: 30_000 }).catch(async (error) => {
      await page.screenshot({ path: join(outputDir, `locale-${locale}-timeout.png`) });
      throw error;
    });
    await page.screenshot({ path: join(outputDir, `locale-${locale}-view.png`) });

    const { row: command } = await typeInPalette(page, `>${expected.command}`);
    await command.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(outputDir, `locale-${locale}-palette.png`) });
    await page.keyboard.press('Escape');
    return {
      view: (await header.textContent()) ?? '',
      signal: (await signal.textContent()) ?? '',
      command: (await command.textContent()) ?? '',
      expected,
    };
  } finally {
    await bench?.browser.close().catch(() => {});
    await server.stop();
    rmSync(base, { recursive: true, force: true });
  }
}
