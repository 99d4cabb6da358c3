// The packaged extension as a user installs it: the .vsix goes into a fresh
// code-server's extensions folder (no development path), and the demo
// workspace must show its clients. Catches what the bundle or .vscodeignore left out.
// Then a second window loads a probe extension beside it, which reads what the
// installed extension (Production mode) exports to other extensions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { copyDemo } from '../../scripts/demo.mjs';
import { startCodeServer } from './codeServer.mjs';
import { codeServerPaths } from './codeServerInstall.mjs';
import { CHROMIUM_ARGS, chromiumPath, openWorkbench } from './workbench.mjs';
import { DEMO_CLIENTS } from './clientsViewCheck.mjs';
import { installFirstLookProbe, readFirstLook } from './firstLookTimings.mjs';

export async function checkInstalledVsix({ root, log }) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  if (!existsSync(vsix)) {
    throw new Error(`${vsix} is missing: run npm run package first`);
  }
  const data = mkdtempSync(join(tmpdir(), 'client-health-vsix-'));
  const paths = codeServerPaths();
  execFileSync(paths.node, [paths.entry, '--extensions-dir', join(data, 'extensions'), '--user-data-dir', join(data, 'user-data'), '--install-extension', vsix], {
    stdio: 'ignore',
  });
  // The dashboard loads its page script and the toolkit from the extension itself, never a CDN: both must ship.
  const installed = readdirSync(join(data, 'extensions')).find((d) => d.startsWith('client-health.'));
  for (const asset of ['dist/dashboard/webview.js', 'dist/dashboard/toolkit.min.js', 'media/dashboard.css']) {
    if (!installed || !existsSync(join(data, 'extensions', installed, asset))) {
      throw new Error(`the .vsix does not ship ${asset}`);
    }
  }
  const demo = join(data, 'demo');
  copyDemo(demo);
  const probeFile = join(data, 'exports-probe.json');
  const server = await startCodeServer({ dataDir: data, log, env: { CLIENT_HEALTH_EXPORTS_PROBE: probeFile } });
  let browser;
  let probeBrowser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await installFirstLookProbe(page, DEMO_CLIENTS);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(demo)}`);
    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    for (const client of DEMO_CLIENTS) {
      await page.locator('.part.sidebar .monaco-list-row', { hasText: client }).first().waitFor({ timeout: 30_000 });
    }
    // What a user who installed the extension waits on a first open (see firstLookTimings.mjs).
    const firstLook = await readFirstLook(page, server.userDataDir);
    return { firstLook, exportsProbe: await probeExports() };
  } finally {
    await browser?.close().catch(() => {});
    await probeBrowser?.close().catch(() => {});
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }

  /** What exportsProbe/probe.js found, run as the tests of a probe extension in the same workspace. */
  async function probeExports() {
    const probeDir = join(dirname(fileURLToPath(import.meta.url)), 'exportsProbe');
    const bench = await openWorkbench({ url: server.url, port: server.port, folder: demo, extensionPath: probeDir, testsPath: join(probeDir, 'probe.js'), log });
    probeBrowser = bench.browser;
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ code: 'timeout' }), 120_000).unref());
    const { code } = await Promise.race([bench.exit, timeout]);
    if (!existsSync(probeFile)) {
      throw new Error(`the exports probe wrote nothing (exit ${code})`);
    }
    return JSON.parse(readFileSync(probeFile, 'utf8'));
  }
}
