// A user's first look, in the real workbench: open the demo workspace, click
// the Client Health icon in the activity bar, and read the clients from the
// tree rows. Saves a screenshot (the README's) and fails if a client is missing.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from './workbench.mjs';

export const DEMO_CLIENTS = ['Atelier Lumen', 'Northwind Logistics', 'BrightPath Media'];

export async function checkClientsView({ server, root, outputDir, log }) {
  const copy = mkdtempSync(join(tmpdir(), 'client-health-demo-'));
  cpSync(join(root, 'demo'), copy, { recursive: true });
  const bench = await openWorkbench({ url: server.url, port: server.port, folder: copy, extensionPath: root, log });
  try {
    const { page } = bench;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const rows = page.locator('.part.sidebar .monaco-list-row');
    for (const name of DEMO_CLIENTS) {
      await rows.filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
    }
    const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    await page.screenshot({ path: join(outputDir, 'clients-view.png') });
    return labels;
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(copy, { recursive: true, force: true });
  }
}
