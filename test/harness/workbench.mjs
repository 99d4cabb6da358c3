// Opens the code-server workbench in headless Chromium (Debian's, driven by
// playwright-core) with the smoke-test payload that loads the extension under
// development and, optionally, an extension test suite.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium not found: install the Debian package "chromium" (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

/**
 * @param {{ url: string, port: number, folder?: string, workspaceFile?: string, extensionPath: string, testsPath?: string, colorScheme?: 'light'|'dark', log?: (line: string) => void, beforeNavigation?: (page: import('playwright-core').Page) => Promise<void> }} options
 *   beforeNavigation: runs on the fresh page before it loads the workbench (e.g. to install a timing probe).
 */
export async function openWorkbench(options) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    return await openIn(browser, options);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

async function openIn(browser, options) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'dark' });
  const page = await context.newPage();
  const log = options.log ?? (() => {});
  page.on('console', (m) => log(`[browser ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => log(`[browser error] ${e.message}`));

  let resolveExit;
  const exit = new Promise((resolve) => (resolveExit = resolve));
  // The workbench calls this once the extension host has finished the tests
  // (VS Code's own browser integration tests use the same hook).
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    resolveExit({ code, logs });
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${options.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(options.extensionPath)]];
  if (options.testsPath) {
    payload.push(['extensionTestsPath', remote(options.testsPath)]);
  }
  const query = new URLSearchParams();
  if (options.workspaceFile) {
    query.set('workspace', options.workspaceFile);
  } else if (options.folder) {
    query.set('folder', options.folder);
  }
  query.set('payload', JSON.stringify(payload));
  await options.beforeNavigation?.(page);
  await page.goto(`${options.url}/?${query.toString()}`);
  return { browser, page, exit };
}

/**
 * Opens the Command Palette (F1) and types `text`; its input, and the first row with that text.
 * A palette that loses focus closes: on a loaded machine the workbench can still be moving focus
 * (a view that finished opening, a tree row expanding) just after F1, and the input is gone before
 * it is typed into. A user would press F1 again, and so does this, up to three times.
 */
export async function typeInPalette(page, text) {
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 10_000 });
      await input.fill(text, { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  return { input, row: page.locator('.quick-input-widget .monaco-list-row', { hasText: text.replace(/^>/, '') }).first() };
}

/** Runs a command from the Command Palette by its title, as a user types it. */
export async function runCommand(page, title) {
  const { input, row } = await typeInPalette(page, `>${title}`);
  await row.waitFor({ timeout: 10_000 });
  await input.press('Enter');
}

/** Whether the Command Palette offers a command with this title (given 3 s to filter); closes the palette. */
export async function paletteOffers(page, title) {
  const { row } = await typeInPalette(page, `>${title}`);
  const offered = await row.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  await page.keyboard.press('Escape');
  return offered;
}

/**
 * The notification with this text, once shown. Headless, the workbench may file a
 * notification straight into the notification centre instead of a toast; the
 * centre lists it either way, so it is opened until the notification is there.
 */
export async function waitForNotification(page, text, outputDir, screenshotName) {
  const item = page.locator('.notifications-center .notification-list-item, .notification-toast', { hasText: text }).first();
  const deadline = Date.now() + 60_000;
  while (!(await item.isVisible())) {
    if (Date.now() > deadline) {
      await page.screenshot({ path: join(outputDir, `${screenshotName}-timeout.png`) });
      throw new Error(`no notification "${text}" (screenshot: test-output/${screenshotName}-timeout.png)`);
    }
    await runCommand(page, 'Notifications: Show Notifications');
    await page.waitForTimeout(1000);
  }
  return item;
}
