// Reads the machine that decide.mjs decides on: who runs, which system, what is
// installed, and what node_modules holds. Plain Node, cheap: one dpkg-query at most.
import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { codeServerPaths } from '../../test/harness/codeServerInstall.mjs';
import { REQUIREMENTS } from './decide.mjs';

// package-lock.json is about 150 KB; a file far larger is not one npm wrote.
const MAX_LOCKFILE_BYTES = 32 * 1024 * 1024;
const MAX_OS_RELEASE_BYTES = 64 * 1024;
const INCLUDE_DIRS = ['/usr/include', '/usr/local/include'];

export function probe(mode, root) {
  return {
    mode,
    platform: process.platform,
    arch: process.arch,
    nodeVersion: process.versions.node,
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    osRelease: readBounded('/etc/os-release', MAX_OS_RELEASE_BYTES),
    present: presentRequirements(),
    codeServerCached: isFile(codeServerPaths().marker),
    nodeModules: nodeModulesKind(join(root, 'node_modules')),
    lockfile: readBounded(join(root, 'package-lock.json'), MAX_LOCKFILE_BYTES),
    hiddenLockfile: readBounded(join(root, 'node_modules', '.package-lock.json'), MAX_LOCKFILE_BYTES),
  };
}

/** The debs of REQUIREMENTS that this machine has, by what each one provides. */
export function presentRequirements() {
  const installed = dpkgInstalled(REQUIREMENTS.map((r) => r.deb));
  const found = {
    git: () => onPath('git'),
    python3: () => onPath('python3'),
    make: () => onPath('make'),
    'g++': () => onPath('g++'),
    // Headers count too: on another system they come from another package.
    'libkrb5-dev': () => installed.has('libkrb5-dev') || ['krb5.h', 'gssapi/gssapi.h'].every((h) => INCLUDE_DIRS.some((d) => isFile(join(d, h)))),
    // The browsers test/harness/workbench.mjs launches, in its order.
    chromium: () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => p && isExecutable(p)),
  };
  return REQUIREMENTS.filter((r) => found[r.deb]()).map((r) => r.deb);
}

// dpkg -s also succeeds for a package removed but for its configuration files; the status says which.
function dpkgInstalled(packages) {
  if (!onPath('dpkg-query')) return new Set();
  const run = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...packages], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (run.error) {
    console.error(`[preflight] dpkg-query failed (${run.error.message}); taking its packages as missing`);
    return new Set();
  }
  // Exit 1 only says some package is unknown to dpkg; the known ones are still listed.
  const installed = new Set();
  for (const line of run.stdout.split('\n')) {
    const m = /^(\S+) install ok installed$/.exec(line.trim());
    if (m && packages.includes(m[1])) installed.add(m[1]);
  }
  return installed;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function nodeModulesKind(path) {
  let link;
  try {
    link = lstatSync(path);
  } catch (e) {
    if (e.code === 'ENOENT') return 'absent';
    throw e;
  }
  if (link.isDirectory()) return 'dir';
  if (link.isSymbolicLink()) {
    try {
      return statSync(path).isDirectory() ? 'link' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/** { text } | { missing: true } | { error }: a file that is missing, too large or unreadable is said so. */
export function readBounded(path, maxBytes) {
  let fd;
  try {
    // Non-blocking: a named pipe put at the path must not hang the preflight.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return e.code === 'ENOENT' ? { missing: true } : { error: e.message };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: `${path} is not a regular file` };
    if (stat.size > maxBytes) return { error: `${path} is ${stat.size} bytes, over the ${maxBytes} this reads` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } catch (e) {
    return { error: e.message };
  } finally {
    closeSync(fd);
  }
}
