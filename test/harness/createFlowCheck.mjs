// What a user does on a project without a client file, in the real
// workbench: open the Client Health view, read the welcome, press its
// Create Client File button and type the answers into the input boxes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from './workbench.mjs';

async function answer(page, step, text) {
  const title = page.locator('.quick-input-widget .quick-input-title');
  await title.filter({ hasText: `(${step}/9)` }).waitFor({ timeout: 20_000 });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  if (text !== undefined) {
    await input.fill(text);
  }
  await input.press('Enter');
}

/** Returns the created file's text and the repository's exclude file. */
export async function checkCreateFlow({ server, root, outputDir, log }) {
  const folder = mkdtempSync(join(tmpdir(), 'client-health-new-'));
  execFileSync('git', ['init', '-q'], { cwd: folder });
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\n');
  const bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, log });
  try {
    const { page } = bench;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const button = page.locator('.part.sidebar .welcome-view-content a.monaco-button', { hasText: 'Create Client File' }).first();
    await button.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(outputDir, 'welcome-view.png') });
    await button.click();
    await answer(page, 1, 'Camille Martin');
    await answer(page, 2, 'chf'); // lower case is accepted and normalised
    await answer(page, 3, 'Acme SARL');
    await answer(page, 4, 'Jean Dupont');
    await answer(page, 5, 'jean@acme.example');
    await answer(page, 6); // a choice: Enter keeps the first, "Not signed yet"
    await answer(page, 7, '45');
    await answer(page, 8, '2');
    await answer(page, 9, '82.50'); // read as the display language (English here) writes numbers
    const file = join(folder, '.freelance', 'clients.json');
    const deadline = Date.now() + 20_000;
    while (!existsSync(file) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Acme SARL' }).first().waitFor({ timeout: 20_000 });
    // The new file is open in an editor.
    await page.locator('.part.editor .tab', { hasText: 'clients.json' }).first().waitFor({ timeout: 20_000 });
    await page.locator('.part.editor .view-lines', { hasText: 'Acme SARL' }).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(outputDir, 'created-client-file.png') });
    return {
      text: readFileSync(file, 'utf8'),
      exclude: readFileSync(join(folder, '.git', 'info', 'exclude'), 'utf8'),
      gitignore: readFileSync(join(folder, '.gitignore'), 'utf8'),
    };
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  }
}
