// A user's first look, in the real workbench: open the demo workspace, click
// the Client Health icon in the activity bar, and read the clients from the
// tree rows. Saves a screenshot (the README's) and fails if a client is missing.
// Also measures how long the clients take to show (firstLookTimings.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench, typeInPalette } from './workbench.mjs';
import { copyDemo } from '../../scripts/demo.mjs';
import { installFirstLookProbe, readFirstLook } from './firstLookTimings.mjs';
import { measureEditLatency } from './editLatency.mjs';

export const DEMO_CLIENTS = ['Atelier Lumen', 'Northwind Logistics', 'BrightPath Media'];

/** Runs a command from the Command Palette (F1) as a user types it, then answers its quick picks by typing. */
async function runFromPalette(page, title, answers) {
  const { input, row } = await typeInPalette(page, `>${title}`);
  await row.waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  for (const answer of answers) {
    // The next pick replaces the list; wait for a row with the answer before choosing it.
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: answer }).first().waitFor({ timeout: 30_000 });
    await input.fill(answer);
    await page.keyboard.press('Enter');
  }
}

/** Draft Termination Email for the client to part ways with; returns the text of the editor it opens. */
async function draftFromPalette(page, outputDir) {
  await runFromPalette(page, 'Draft Termination Email', ['BrightPath Media']);
  // The reason pick offers the one that follows the worst signal first: accept it.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Unethical or abusive conduct' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .view-lines').first();
  await editor.filter({ hasText: 'Dear Mr Kane,' }).waitFor({ timeout: 30_000 }).catch(async (error) => {
    await page.screenshot({ path: join(outputDir, 'draft-termination-email-timeout.png') });
    throw error;
  });
  await page.screenshot({ path: join(outputDir, 'draft-termination-email.png') });
  // Monaco renders spaces as no-break spaces.
  return ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

/** Open Dashboard for the client at risk; true once its webview shows. */
async function dashboardFromPalette(page, outputDir) {
  await runFromPalette(page, 'Open Dashboard', ['Northwind Logistics']);
  await page.locator('iframe.webview').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(outputDir, 'dashboard-from-palette.png') });
  return true;
}

export async function checkClientsView({ server, root, outputDir, log }) {
  const copy = mkdtempSync(join(tmpdir(), 'client-health-demo-'));
  copyDemo(copy);
  const bench = await openWorkbench({
    url: server.url, port: server.port, folder: copy, extensionPath: root, log,
    beforeNavigation: (page) => installFirstLookProbe(page, DEMO_CLIENTS),
  });
  try {
    const { page } = bench;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const rows = page.locator('.part.sidebar .monaco-list-row');
    for (const name of DEMO_CLIENTS) {
      await rows.filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
    }
    // Read in the page (see firstLookTimings.mjs); printed by the caller, never asserted.
    const firstLook = await readFirstLook(page, server.userDataDir);
    // The status bar names the worst client; BrightPath's abusive message makes it "part ways" for good.
    const status = page.locator('footer[id="workbench.parts.statusbar"] .statusbar-item', { hasText: 'BrightPath Media' }).first();
    await status.waitFor({ timeout: 30_000 });
    const statusText = (await status.textContent()) ?? '';
    // Expand the client at risk, then its overdue signal, as a user would.
    // A click on the label runs the row's command (open the file at the client); the twistie expands.
    await rows.filter({ hasText: 'Northwind Logistics' }).first().locator('.monaco-tl-twistie').click();
    // A signal row is its short name and key figures; the sentence is in its tooltip.
    const overdue = rows.filter({ hasText: /Overdue.*1 invoice, €4,550\.00, \d+ days/ }).first();
    await overdue.waitFor({ timeout: 30_000 });
    await overdue.locator('.monaco-tl-twistie').click();
    // The demo's dates move with the week it runs in, so the evidence is found by its words, not its dates.
    await rows.filter({ hasText: 'Invoice NW-2026-09 was due on' }).first().waitFor({ timeout: 30_000 });
    const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    // At the sidebar's default width: the rows are made to be read there.
    await page.screenshot({ path: join(outputDir, 'clients-view.png') });
    // The file changes on disk: the tree refreshes and keeps what the user expanded.
    const file = join(copy, '.freelance', 'clients.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name": "Atelier Lumen"', '"name": "Atelier Lumen Studio"'));
    await rows.filter({ hasText: 'Atelier Lumen Studio' }).first().waitFor({ timeout: 30_000 });
    const stillExpanded = await rows.filter({ hasText: 'Invoice NW-2026-09 was due on' }).first().isVisible();
    // A measurement, not a check: a failure to measure is printed, never a failed test.
    const editLatency = await measureEditLatency(page, server.userDataDir).catch((error) => {
      console.log(`  [ui] edit latency not measured: ${String(error.message).split('\n')[0]}`);
      return [];
    });
    const draftText = await draftFromPalette(page, outputDir);
    const dashboardShown = await dashboardFromPalette(page, outputDir);
    return { labels, statusText, stillExpanded, draftText, dashboardShown, firstLook, editLatency };
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(copy, { recursive: true, force: true });
  }
}
