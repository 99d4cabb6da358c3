// The portfolio as a user builds it, in the real workbench: two client repositories
// opened one after the other (each window writes its clients to the index in global
// storage), then the demo opened alone. The Portfolio view lists the clients of the
// two repositories not open, with the totals per currency. Saves the README's
// screenshot (docs/portfolio-view.png is copied from test-output by hand).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyDemo } from '../../scripts/demo.mjs';
import { startCodeServer } from './codeServer.mjs';
import { openWorkbench } from './workbench.mjs';

/** A day `days` before today, YYYY-MM-DD: the files' dates move with the day the check runs, as the demo's do. */
const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Two other clients' repositories: one paying late in EUR, one healthy in USD (never added to EUR). */
function otherRepositories() {
  return {
    'globex-shop': {
      version: 1,
      freelancer: { name: 'Camille Martin', currency: 'EUR' },
      clients: [
        {
          id: 'globex',
          name: 'Globex Retail',
          contract: { signed: daysAgo(400), paymentTermsDays: 30, hourlyRate: 55 },
          invoices: [
            { number: 'GX-01', issued: daysAgo(200), due: daysAgo(170), amount: 3200, payments: [{ date: daysAgo(120), amount: 3200 }] },
            { number: 'GX-02', issued: daysAgo(110), due: daysAgo(80), amount: 2800 },
          ],
          hours: [100, 99, 98, 97, 96, 93, 92, 91].map((ago) => ({ date: daysAgo(ago), hours: 7.5 })),
        },
      ],
    },
    'initech-api': {
      version: 1,
      freelancer: { name: 'Camille Martin', currency: 'EUR' },
      clients: [
        {
          id: 'initech',
          name: 'Initech Labs',
          currency: 'USD',
          contract: { signed: daysAgo(300), paymentTermsDays: 15, hourlyRate: 120 },
          invoices: [{ number: 'IN-01', issued: daysAgo(60), due: daysAgo(45), amount: 4800, payments: [{ date: daysAgo(47), amount: 4800 }] }],
          hours: [64, 63, 62, 61, 60].map((ago) => ({ date: daysAgo(ago), hours: 8 })),
        },
      ],
    },
  };
}

const INDEX = (dataDir) => join(dataDir, 'user-data', 'User', 'globalStorage', 'client-health.client-health', 'portfolio.json');

async function waitUntil(what, test, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function checkPortfolioView({ root, outputDir, log }) {
  const base = mkdtempSync(join(tmpdir(), 'client-health-portfolio-'));
  const dataDir = join(base, 'data');
  const demo = copyDemo(join(base, 'repos', 'northwind-app'));
  for (const [name, file] of Object.entries(otherRepositories())) {
    mkdirSync(join(base, 'repos', name, '.freelance'), { recursive: true });
    writeFileSync(join(base, 'repos', name, '.freelance', 'clients.json'), JSON.stringify(file, null, 2));
  }
  const server = await startCodeServer({ dataDir, log });
  let bench;
  try {
    // Each repository opened once, as a freelancer does in a normal week: its window indexes its clients.
    for (const name of Object.keys(otherRepositories())) {
      await bench?.browser.close().catch(() => {});
      bench = await openWorkbench({ url: server.url, port: server.port, folder: join(base, 'repos', name), extensionPath: root, log });
      const indexed = () => existsSync(INDEX(dataDir)) && readFileSync(INDEX(dataDir), 'utf8').includes(join(base, 'repos', name));
      await waitUntil(`${name} in the portfolio index`, indexed, 90_000).catch(async (error) => {
        await bench.page.screenshot({ path: join(outputDir, 'portfolio-index-timeout.png') });
        const storage = join(dataDir, 'user-data', 'User', 'globalStorage');
        throw new Error(`${error.message}; global storage holds: ${existsSync(storage) ? readdirSync(storage, { recursive: true }).join(', ') : 'nothing'}`);
      });
    }
    await bench?.browser.close().catch(() => {});
    bench = await openWorkbench({ url: server.url, port: server.port, folder: demo, extensionPath: root, log });
    const { page } = bench;
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const header = page.locator('.part.sidebar .pane-header', { hasText: 'Portfolio' }).first();
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') {
      await header.click();
    }
    const rows = page.locator('.part.sidebar .monaco-list-row');
    try {
      for (const name of ['Globex Retail', 'Initech Labs', 'Totals in EUR', 'Totals in USD']) {
        await rows.filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
      }
    } catch (error) {
      await page.screenshot({ path: join(outputDir, 'portfolio-view-timeout.png') });
      throw error;
    }
    // Wider than the default sidebar, as a user comparing clients drags it: the rows' figures then read whole.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + 200);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 760, sidebar.y + 200, { steps: 10 });
      await page.mouse.up();
    }
    await page.mouse.move(1000, 800);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outputDir, 'portfolio-view.png') });
    const labels = await rows.evaluateAll((elements) => elements.map((e) => `${e.textContent ?? ''} ${e.getAttribute('aria-label') ?? ''}`));
    return { labels };
  } finally {
    await bench?.browser.close().catch(() => {});
    await server.stop();
    rmSync(base, { recursive: true, force: true });
  }
}
