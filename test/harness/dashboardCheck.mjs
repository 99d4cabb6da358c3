// The client dashboard as a user sees it: in the demo workspace, with one
// client renamed to an HTML payload, open "Client Health: Open Dashboard" from
// the Command Palette, then inside the webview's frames (code-server nests the
// webview iframe and its #active-frame) read the invoices grid, the chart bars,
// the name (inert text, no <img>), the breakdown's points and the charts'
// legends, and click a button that runs its command.
// Screenshots in dark and light themes go to test-output/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench, typeInPalette } from './workbench.mjs';
import { copyDemo } from '../../scripts/demo.mjs';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

async function palette(page, text) {
  const { row } = await typeInPalette(page, `>${text}`);
  // Click the row itself: Enter would run whichever row the fuzzy sort put first.
  await row.waitFor({ timeout: 30_000 });
  await row.click();
}

/** Picks a colour theme in "Preferences: Color Theme"; the webview follows the workbench theme. */
async function pickTheme(page, typed, row) {
  await palette(page, 'Preferences: Color Theme');
  await page.waitForTimeout(1000);
  await page.keyboard.type(typed);
  const item = page.locator('.quick-input-widget .monaco-list-row', { hasText: row }).first();
  await item.waitFor({ timeout: 30_000 }).catch(async (error) => {
    await page.screenshot({ path: join(process.cwd(), 'test-output', 'dashboard-theme-failure.png') }).catch(() => {});
    throw error;
  });
  await item.click();
  await page.waitForTimeout(1500);
}

export async function checkDashboard({ server, root, outputDir, log }) {
  const copy = mkdtempSync(join(tmpdir(), 'client-health-dashboard-'));
  copyDemo(copy);
  const file = join(copy, '.freelance', 'clients.json');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('"name": "Northwind Logistics"', `"name": ${JSON.stringify(HOSTILE_NAME)}`));
  const northwind = JSON.parse(original.replace(/^\s*\/\/.*$/gm, '')).clients.find((c) => c.name === 'Northwind Logistics');
  const bench = await openWorkbench({ url: server.url, port: server.port, folder: copy, extensionPath: root, log, colorScheme: 'dark' });
  const alerts = [];
  try {
    const { page } = bench;
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    // The status bar item appears once the extension has read the file.
    await page.locator('footer[id="workbench.parts.statusbar"] .statusbar-item', { hasText: 'BrightPath Media' }).first().waitFor({ timeout: 90_000 });
    await palette(page, 'Client Health: Open Dashboard');
    const input = page.locator('.quick-input-widget .quick-input-box input').first();
    await input.fill('onerror');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'onerror' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');

    const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    const rows = frame.locator('#invoice-grid vscode-data-grid-row.data-row');
    await rows.first().waitFor({ timeout: 60_000 });
    const rowCount = await rows.count();
    const name = (await frame.locator('#client-name').textContent()) ?? '';
    const images = await frame.locator('img').count();
    const bars = await frame.locator('svg.bars rect.bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    const badges = await frame.locator('#invoice-grid .badge[data-state]').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-state')));
    // The toolkit's elements are upgraded (they have a shadow root): the bundled script ran under the CSP.
    const upgraded = await frame.locator('vscode-button').first().evaluate((b) => !!b.shadowRoot);
    // The breakdown in points, as the tree's tooltip gives them ("−25"), with the score they add up to.
    const score = (await frame.locator('.figure.score dd').textContent()) ?? '';
    const points = await frame.locator('li.signal .signal-points').allTextContents();
    // Each chart's legend: a name per colour, and every bar drawn in a colour the legend names.
    const legends = await frame.locator('svg.bars').evaluateAll((charts) =>
      charts.map((chart) => {
        const items = [...(document.getElementById(`${chart.id}-legend`)?.querySelectorAll('li') ?? [])];
        const fill = (node) => (node ? getComputedStyle(node).fill : undefined);
        return {
          chart: chart.id,
          names: items.map((li) => li.textContent?.trim() ?? ''),
          swatches: items.map((li) => fill(li.querySelector('rect'))),
          bars: [...chart.querySelectorAll('rect.bar')].map(fill),
        };
      }),
    );
    // Live: the user picks the Journal tab, the file changes on disk, the page follows and keeps the tab.
    await frame.locator('#tab-journal').click();
    writeFileSync(file, original);
    await frame.locator('#client-name', { hasText: 'Northwind Logistics' }).waitFor({ timeout: 30_000 });
    const keptTab = (await frame.locator('#tab-journal').getAttribute('aria-selected')) === 'true';
    // What a person reads in the first row of each tab: the When column in the display language, types and kinds in words.
    const firstRow = (grid) => frame.locator(`#${grid} vscode-data-grid-row.data-row`).first().locator('vscode-data-grid-cell').allTextContents();
    const journalRow = await firstRow('journal-grid');
    const requestRow = await firstRow('request-grid');
    await frame.locator('#tab-requests').click();
    await pickTheme(page, 'Dark', /Dark Modern|Dark\+/);
    await page.screenshot({ path: join(outputDir, 'dashboard-dark.png') });
    await pickTheme(page, 'Light', /Light Modern|Light\+/);
    await page.screenshot({ path: join(outputDir, 'dashboard-light.png') });
    // A small one for the README (docs/dashboard.png): the webview alone, at the top, in a narrower window.
    await page.setViewportSize({ width: 1100, height: 680 });
    await frame.locator('#client-name').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await page.locator('iframe.webview.ready').first().screenshot({ path: join(outputDir, 'dashboard-small.png') });
    await page.setViewportSize({ width: 1400, height: 900 });

    // A button runs its command for this client: Open Client File opens the file in an editor tab.
    await frame.locator('vscode-button[data-command="clientHealth.openClientFile"]').click();
    await page.locator('.tabs-container .tab', { hasText: 'clients.json' }).first().waitFor({ timeout: 30_000 });
    const openedFile = true;
    return { rowCount, expectedRows: northwind.invoices.length, name, images, bars, badges, upgraded, score, points, legends, keptTab, journalRow, requestRow, openedFile, alerts };
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(copy, { recursive: true, force: true });
  }
}
