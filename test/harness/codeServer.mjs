// Starts code-server (a real VS Code) on loopback in its own process group,
// and ends that whole group on stop: code-server leaves helper processes
// (an agent host, a copilot runtime) that outlive it otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  // Off, and the chat tools' suite still runs: vscode.lm.registerTool, vscode.lm.tools and vscode.lm.invokeTool
  // work with the AI features disabled, without any model (only the chat views and agents go).
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

// Root reads and writes any file whatever its mode, through two capabilities
// only: CAP_DAC_OVERRIDE (read, write, execute) and CAP_DAC_READ_SEARCH (read,
// list). CI runs as root, so a test of a file made unreadable (chmod 000)
// could not be made there. Dropped from the bounding set (and the inheritable
// set), they are gone for good from code-server and everything it starts (the
// extension host, git, the tests' own fs calls): after exec, root's permitted
// capabilities are its bounding set, and nothing can add them back. Root keeps
// owning its files, so everything code-server, the extension and the
// fixtures use (root's own, mode rw for the owner) stays readable.
// setpriv is util-linux (essential on Debian, so on every CI machine).
const CAP_DAC_OVERRIDE = 1n;
const CAP_DAC_READ_SEARCH = 2n;

/**
 * The command that runs `command args` without root's file-permission override,
 * or undefined when not root or when it cannot be done here (no setpriv, or a
 * container that forbids dropping capabilities): checked by running it once.
 */
function withoutFileOverride(command, args, log) {
  if (process.getuid?.() !== 0) return undefined;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  if (!setpriv) {
    log('[code-server] setpriv not found: code-server keeps root\'s file-permission override\n');
    return undefined;
  }
  const prefix = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];
  // The same node, printing its own effective capabilities: both bits must be clear.
  const probe = spawnSync(setpriv, [...prefix, command, '-e', "process.stdout.write(/^CapEff:\\s*(\\w+)/m.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1])"], { encoding: 'utf8' });
  const eff = probe.status === 0 && /^[0-9a-f]+$/i.test(probe.stdout) ? BigInt(`0x${probe.stdout}`) : undefined;
  if (eff === undefined || eff & (1n << CAP_DAC_OVERRIDE) || eff & (1n << CAP_DAC_READ_SEARCH)) {
    log(`[code-server] could not drop dac_override,dac_read_search (${probe.error?.message || probe.stderr || probe.stdout || `exit ${probe.status}`}): code-server keeps root's file-permission override\n`);
    return undefined;
  }
  return { command: setpriv, args: [...prefix, command, ...args] };
}

/**
 * @param {{ dataDir: string, workspace?: string, env?: Record<string,string>, locale?: string, port?: number, settings?: object, log?: (line: string) => void, dropFileOverride?: boolean, workspaceTrust?: boolean }} options
 *   workspaceTrust: keep VS Code's workspace trust on (every other run turns it off),
 *   with its start-up prompt each time a folder opens.
 *   dropFileOverride: when running as root, start code-server without root's
 *   file-permission override (see withoutFileOverride), so that permissions
 *   apply to it as to a normal user; `fileOverrideDropped` in the result says
 *   whether it was done.
 */
/** Where the extension hosts of a code-server write Client Health's marks (one JSON line each). */
export const marksFile = (userDataDir) => join(userDataDir, '..', 'client-health-marks.jsonl');

export async function startCodeServer(options) {
  const paths = ensureCodeServer();
  const port = options.port ?? (await freePort());
  const userDataDir = join(options.dataDir, 'user-data');
  const extensionsDir = join(options.dataDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const trust = options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' } : {};
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...trust, ...options.settings }, null, 2));
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
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (!options.workspaceTrust) {
    args.push('--disable-workspace-trust');
  }
  if (options.locale) {
    args.push('--locale', options.locale);
  }
  if (options.workspace) {
    args.push(options.workspace);
  }
  const log = options.log ?? (() => {});
  const dropped = options.dropFileOverride ? withoutFileOverride(paths.node, args, log) : undefined;
  // setpriv execs node in place: the same pid, still the leader of its own process group.
  const child = spawn(dropped?.command ?? paths.node, dropped?.args ?? args, {
    detached: true, // its own process group, ended as a whole in stop()
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Keep code-server's own extension-gallery lookups on loopback: tests and the demo stay offline.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
      // The extension's start-up and edit marks (src/startupMarks.ts), read by firstLookTimings.mjs.
      CLIENT_HEALTH_TIMINGS: marksFile(userDataDir),
      ...options.env,
      PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`,
    },
  });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const stop = () =>
    new Promise((resolve) => {
      running.delete(stop);
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
        running.add(stop);
        return { url, port, stop, pid: child.pid, userDataDir, fileOverrideDropped: dropped !== undefined };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('code-server did not start within 60 s');
}

/** Every code-server started here and not stopped yet: each runs in its own process group, which Ctrl+C does not reach. */
const running = new Set();

/** Stops every code-server this process started (for a signal handler). */
export function stopAllCodeServers() {
  return Promise.all([...running].map((stop) => stop()));
}

function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}
