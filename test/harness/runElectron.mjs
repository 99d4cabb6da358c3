// The same integration suite in desktop VS Code, through @vscode/test-electron
// (which downloads VS Code into .vscode-test/: for machines with internet).
import { runTests } from '@vscode/test-electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareWorkspace } from './fixtureWorkspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = mkdtempSync(join(tmpdir(), 'client-health-electron-'));
try {
  const workspaceFile = prepareWorkspace(root, base);
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
    launchArgs: [workspaceFile, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`[electron] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
