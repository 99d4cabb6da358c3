// A client file that git already tracks: the user sees a warning in the real
// workbench and fixes it with one click.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from './workbench.mjs';

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await input.press('Enter');
}

export async function checkTrackedWarning({ server, root, outputDir, log }) {
  const folder = mkdtempSync(join(tmpdir(), 'client-health-tracked-'));
  cpSync(join(root, 'test', 'fixtures', 'workspace', 'tracked'), folder, { recursive: true });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@client-health.invalid', ...args], { cwd: folder, encoding: 'utf8' });
  git('init', '-q');
  git('add', '.freelance/clients.json');
  git('commit', '-q', '-m', 'committed by mistake');
  const bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, log });
  try {
    const { page } = bench;
    // Headless, the workbench may file the warning straight into the notification
    // centre instead of a toast; the centre lists it either way.
    const item = page.locator('.notifications-center .notification-list-item, .notification-toast', { hasText: 'Git tracks' }).first();
    await page.locator('.part.activitybar').waitFor({ timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    while (!(await item.isVisible())) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: join(outputDir, 'tracked-warning-timeout.png') });
        throw new Error('no warning about the tracked client file (screenshot: test-output/tracked-warning-timeout.png)');
      }
      await runCommand(page, 'Notifications: Show Notifications');
      await page.waitForTimeout(1000);
    }
    await page.screenshot({ path: join(outputDir, 'tracked-warning.png') });
    await item.locator('a.monaco-button', { hasText: 'Stop Tracking' }).click();
    const excludeFile = join(folder, '.git', 'info', 'exclude');
    const fixed = () => !git('ls-files').includes('clients.json') && readFileSync(excludeFile, 'utf8').includes('clients.json');
    const until = Date.now() + 20_000;
    while (!fixed() && Date.now() < until) {
      await page.waitForTimeout(200);
    }
    return { listed: git('ls-files'), exclude: readFileSync(excludeFile, 'utf8') };
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  }
}
