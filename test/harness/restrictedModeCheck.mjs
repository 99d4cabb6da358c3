// Restricted Mode, in the real workbench: a repository's own git config can make
// git run programs, so in a workspace the user has not trusted Client Health
// shows the clients but never runs git. code-server and its extension host run
// with GIT_TRACE set to a file, where git itself notes every command it starts
// (a wrapper first on code-server's PATH was never called: the extension host
// does not get the PATH code-server starts with). VS Code's own git extension is turned off, so every
// command there is Client Health's. The same window then trusts the folder, and
// the warning about the tracked file comes with its git commands in the trace:
// the trace stays empty before because git did not run, not because it could
// not be seen. The portfolio index (docs/portfolio.md) is checked the same way:
// nothing of the untrusted folder in it while restricted, its clients once trusted.
// And the repository's own .vscode/settings.json, which gives 60 days' grace to an
// invoice 10 days late, is not read while restricted (the client is not healthy),
// and is once trusted (restrictedConfigurations in package.json). The chat tools
// are called there too, through vscode.lm.invokeTool in a second window on the
// same untrusted folder (restrictedToolsProbe/probe.js): the read tools answer,
// the record tool refuses and the file stays as it was.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './codeServer.mjs';
import { trackedRepository } from './fixtureWorkspace.mjs';
import { openWorkbench, paletteOffers, runCommand, waitForNotification } from './workbench.mjs';

const CLIENT = 'Leaky Ltd'; // test/fixtures/workspace/tracked

/** The folders the portfolio index in the server's global storage names (none while there is no index). */
function indexedFolders(userDataDir) {
  const index = join(userDataDir, 'User', 'globalStorage', 'client-health.client-health', 'portfolio.json');
  return existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')).folders.map((f) => f.folder) : [];
}

export async function checkRestrictedMode({ root, outputDir, log }) {
  const base = mkdtempSync(join(tmpdir(), 'client-health-restricted-'));
  const folder = join(base, 'repo');
  const trace = join(base, 'git-trace.log');
  // One line per command git starts ("trace: built-in: git ls-files …"), whoever ran it.
  const readCalls = () => (existsSync(trace) ? readFileSync(trace, 'utf8').split('\n').filter((l) => / trace: (built-in|exec|run_command): /.test(l)) : []);
  let server;
  let bench;
  try {
    trackedRepository(root, folder);
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(folder, '.freelance', 'clients.json'),
      JSON.stringify({
        version: 1,
        freelancer: { currency: 'EUR' },
        clients: [{ id: 'leaky', name: CLIENT, contract: { signed: day(-90) }, invoices: [{ number: 'L-1', issued: day(-40), due: day(-10), amount: 500 }] }],
      }),
    );
    mkdirSync(join(folder, '.vscode'), { recursive: true });
    writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'clientHealth.rules.overdue.graceDays': 60 }));
    const probeFile = join(base, 'restricted-tools-probe.json');
    server = await startCodeServer({ dataDir: join(base, 'data'), log, workspaceTrust: true, env: { GIT_TRACE: trace, CLIENT_HEALTH_RESTRICTED_TOOLS_PROBE: probeFile }, settings: { 'git.enabled': false } });
    bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, log });
    const { page } = bench;
    const no = page.locator('.monaco-dialog-box a.monaco-button', { hasText: /^No, I don.t trust/ }).first();
    await no.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(outputDir, 'restricted-trust-prompt.png') });
    await no.click();

    const icon = page.locator('.part.activitybar .action-item a[aria-label^="Client Health"], .part.activitybar .action-item[aria-label^="Client Health"]').first();
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const clientRow = page.locator('.part.sidebar .monaco-list-row', { hasText: CLIENT }).first();
    await clientRow.waitFor({ timeout: 30_000 });
    await page.locator('footer[id="workbench.parts.statusbar"] .statusbar-item', { hasText: CLIENT }).first().waitFor({ timeout: 30_000 });
    // The tracked-file check runs when the file is read, so it has had its chance by now; 3 s more for a slow
    // one (a git call later than that would go unseen here).
    await page.waitForTimeout(3000);
    const keepOut = 'Client Health: Keep the Client File Out of Git';
    const keepOutOfferedWhileRestricted = await paletteOffers(page, keepOut);
    await page.screenshot({ path: join(outputDir, 'restricted-mode.png') });
    const restrictedCalls = readCalls();
    const rowWhileRestricted = (await clientRow.textContent()) ?? '';
    // The index is written 1.5 s after a file is read (portfolioService.ts INDEX_DELAY_MS): the 3 s above cover it.
    const indexedWhileRestricted = indexedFolders(server.userDataDir).includes(folder);
    // Every notification is listed in the centre, toast or not.
    await runCommand(page, 'Notifications: Show Notifications');
    await page.locator('.notifications-center').waitFor({ timeout: 10_000 });
    const trackedWarningWhileRestricted = await page.locator('.notifications-center .notification-list-item', { hasText: 'Git tracks' }).count();
    await page.keyboard.press('Escape');
    const chatTools = await probeChatTools(server, folder, probeFile, root, log);

    // The control: trusted, the same window must show git in the trace, or its silence above proves nothing.
    // Trusted through VS Code's own trust editor, as a user would.
    await runCommand(page, 'Workspaces: Manage Workspace Trust');
    const trust = page.getByRole('button', { name: 'Trust', exact: true }).first();
    await trust.waitFor({ timeout: 30_000 }).catch(async (error) => {
      await page.screenshot({ path: join(outputDir, 'restricted-trust-editor-timeout.png') });
      throw error;
    });
    await trust.click();
    await waitForNotification(page, 'Git tracks', outputDir, 'restricted-trusted-warning');
    const keepOutOfferedWhenTrusted = await paletteOffers(page, keepOut);
    const healthyRow = page.locator('.part.sidebar .monaco-list-row', { hasText: CLIENT }).filter({ hasText: 'Healthy' }).first();
    const rowWhenTrusted = await healthyRow.waitFor({ timeout: 30_000 }).then(
      async () => (await healthyRow.textContent()) ?? '',
      async () => (await clientRow.textContent()) ?? '',
    );
    const deadline = Date.now() + 30_000;
    while (!indexedFolders(server.userDataDir).includes(folder) && Date.now() < deadline) {
      await page.waitForTimeout(500);
    }
    const indexedWhenTrusted = indexedFolders(server.userDataDir).includes(folder);
    return { chatTools, restrictedCalls, trackedWarningWhileRestricted, keepOutOfferedWhileRestricted, keepOutOfferedWhenTrusted, trustedCalls: readCalls(), indexedWhileRestricted, indexedWhenTrusted, rowWhileRestricted, rowWhenTrusted };
  } finally {
    await bench?.browser.close().catch(() => {});
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * The chat tools in the untrusted folder: restrictedToolsProbe/probe.js run as the tests of a second window
 * with Client Health, on the same server, before the folder is trusted. What it found, from its file.
 */
async function probeChatTools(server, folder, probeFile, root, log) {
  const testsPath = join(dirname(fileURLToPath(import.meta.url)), 'restrictedToolsProbe', 'probe.js');
  const bench = await openWorkbench({ url: server.url, port: server.port, folder, extensionPath: root, testsPath, log });
  try {
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ code: 'timeout' }), 120_000).unref());
    const { code } = await Promise.race([bench.exit, timeout]);
    if (!existsSync(probeFile)) {
      throw new Error(`the chat tools probe wrote nothing (exit ${code})`);
    }
    return JSON.parse(readFileSync(probeFile, 'utf8'));
  } finally {
    await bench.browser.close().catch(() => {});
  }
}
