// A client file that git already tracks: the user sees a warning in the real
// workbench and fixes it with one click.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackedRepository } from './fixtureWorkspace.mjs';
import { openWorkbench, waitForNotification } from './workbench.mjs';

export async function checkTrackedWarning({ server, root, outputDir, log }) {
  const folder = mkdtempSync(join(tmpdir(), 'client-health-tracked-'));
  trackedRepository(root, folder);
  const git = (...args) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' });
  const bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, log });
  try {
    const { page } = bench;
    await page.locator('.part.activitybar').waitFor({ timeout: 60_000 });
    const item = await waitForNotification(page, 'Git tracks', outputDir, 'tracked-warning');
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
