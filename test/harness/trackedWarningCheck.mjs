// A client file that git already tracks: the user sees a warning in the real
// workbench and fixes it with one click. The same repository holds six late commits of
// the user's: the Clients view shows the overtime signal and its commits (docs/git-evidence.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackedRepository } from './fixtureWorkspace.mjs';
import { openWorkbench, waitForNotification } from './workbench.mjs';

export async function checkTrackedWarning({ server, root, outputDir, log }) {
  const folder = mkdtempSync(join(tmpdir(), 'client-health-tracked-'));
  trackedRepository(root, folder);
  const git = (...args) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' });
  lateCommits(folder);
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
    const overtime = await overtimeRows(page, outputDir);
    return { listed: git('ls-files'), exclude: readFileSync(excludeFile, 'utf8'), overtime };
  } finally {
    await bench.browser.close().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  }
}

const EMAIL = 'night-owl@client-health.invalid';

/** Six commits of the user's two evenings ago, 22:00 to 23:30 in their own +00:00: all outside working hours. */
function lateCommits(folder) {
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  for (const [i, time] of ['22:00', '22:20', '22:40', '23:00', '23:15', '23:30'].entries()) {
    writeFileSync(join(folder, `late-${i + 1}.txt`), `${i + 1}\n`);
    execFileSync('git', ['add', `late-${i + 1}.txt`], { cwd: folder });
    const date = `${day}T${time}:00+00:00`;
    execFileSync('git', ['-c', 'user.name=Night Owl', '-c', `user.email=${EMAIL}`, 'commit', '-q', '-m', `Late fix ${i + 1}`], {
      cwd: folder,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  }
  execFileSync('git', ['config', 'user.email', EMAIL], { cwd: folder });
}

/** The rendered Clients view: Leaky Ltd expanded, its Overtime signal expanded; the labels of the signal and its commit rows. */
async function overtimeRows(page, outputDir) {
  const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
  await icon.click();
  const rows = page.locator('.part.sidebar .monaco-list-row');
  const client = rows.filter({ hasText: 'Leaky Ltd' }).first();
  await client.waitFor({ timeout: 30_000 });
  const timedOut = async (what, error) => {
    await page.screenshot({ path: join(outputDir, 'overtime-timeout.png') });
    throw new Error(`${what}: ${String(error.message).split('\n')[0]}`);
  };
  // Git is read after the first clients show, and Leaky Ltd has no other signal: it can be expanded once the
  // read gives it Overtime. The twistie expands; a click on the label would open the file at the client.
  if ((await client.getAttribute('aria-expanded')) !== 'true') {
    await client.locator('.monaco-tl-twistie').click({ timeout: 60_000 }).catch((error) => timedOut('Leaky Ltd never had a signal to expand (no overtime from git)', error));
  }
  const signal = rows.filter({ hasText: /^Overtime/ }).first();
  await signal.waitFor({ timeout: 30_000 }).catch((error) => timedOut('no Overtime row under Leaky Ltd', error));
  await signal.locator('.monaco-tl-twistie').click();
  await rows.filter({ hasText: /^Commit [0-9a-f]{7,} on \d{4}-\d{2}-\d{2} at 23:30: Late fix 6$/ }).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(outputDir, 'overtime.png') });
  return {
    signal: (await signal.textContent()) ?? '',
    commits: await rows.filter({ hasText: /^Commit / }).evaluateAll((elements) => elements.map((e) => e.textContent ?? '')),
  };
}
