// Starts code-server (a real VS Code) on loopback in its own process group,
// and ends that whole group on stop: code-server leaves helper processes
// (an agent host, a copilot runtime) that outlive it otherwise.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureCodeServer } from './codeServerInstall.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  // Tests check what is saved and what is not: nothing may save behind their back.
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
};

/**
 * @param {{ dataDir: string, workspace?: string, env?: Record<string,string>, locale?: string, port?: number, settings?: object, log?: (line: string) => void }} options
 */
export async function startCodeServer(options) {
  const paths = ensureCodeServer();
  const port = options.port ?? (await freePort());
  const userDataDir = join(options.dataDir, 'user-data');
  const extensionsDir = join(options.dataDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...options.settings }, null, 2));
  const configFile = join(options.dataDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\n');
  const args = [
    paths.entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (options.locale) {
    args.push('--locale', options.locale);
  }
  if (options.workspace) {
    args.push(options.workspace);
  }
  const child = spawn(paths.node, args, {
    detached: true, // its own process group, ended as a whole in stop()
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Keep code-server's own extension-gallery lookups on loopback: tests and the demo stay offline.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
      ...options.env,
      PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`,
    },
  });
  const log = options.log ?? (() => {});
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const stop = () =>
    new Promise((resolve) => {
      if (exited) {
        killGroup(child.pid);
        resolve();
        return;
      }
      child.once('exit', () => {
        killGroup(child.pid, 'SIGKILL');
        resolve();
      });
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
    });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error('code-server exited during start-up');
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) {
        return { url, port, stop, pid: child.pid };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('code-server did not start within 60 s');
}

function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}
