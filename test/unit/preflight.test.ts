import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

type Step = { do: 'exit'; code: number; message: string } | { do: 'apt-install'; packages: string[] } | { do: 'npm-ci'; reason: string };
type FileRead = { text: string } | { missing: true } | { error: string };
interface Machine {
  mode: string;
  platform: string;
  arch: string;
  nodeVersion: string;
  uid: number | undefined;
  osRelease: FileRead;
  present: string[];
  codeServerCached: boolean;
  nodeModules: 'absent' | 'dir' | 'link' | 'other';
  lockfile: FileRead;
  hiddenLockfile: FileRead;
}
interface Decide {
  decide(machine: Machine): Step[];
  lockDrift(lockfile: FileRead, hidden: FileRead): string | undefined;
  debianLike(osRelease: FileRead): boolean;
}

/** Compiled to out/test/unit, so the repository root is three levels up. */
const root = path.resolve(__dirname, '../../..');
// tsc compiles to CommonJS and would turn `import()` into `require()`, which cannot load an ES module.
const importModule = new Function('p', 'return import(p)') as (specifier: string) => Promise<Decide>;

const DEBIAN = { text: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n' };
const UBUNTU = { text: 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n' };
const MINT = { text: 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n' };
const FEDORA = { text: 'NAME="Fedora Linux"\nID=fedora\nID_LIKE="rhel centos"\n' };
const ALL = ['git', 'python3', 'make', 'g++', 'libkrb5-dev', 'chromium'];

function lock(packages: Record<string, unknown>): { text: string } {
  return { text: JSON.stringify({ name: 'client-health', lockfileVersion: 3, requires: true, packages }) };
}
const LOCKED = {
  '': { name: 'client-health', version: '0.1.0' },
  'node_modules/esbuild': { version: '0.28.2', resolved: 'https://example.invalid/esbuild-0.28.2.tgz', integrity: 'sha512-a', dev: true, hasInstallScript: true },
  'node_modules/@esbuild/linux-x64': { version: '0.28.2', optional: true, os: ['linux'], cpu: ['x64'], dev: true },
  'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true, os: ['darwin'], cpu: ['arm64'], dev: true },
  'node_modules/zod': { version: '4.6.7', integrity: 'sha512-z' },
};
// What npm ci records on linux-x64: every entry but the root and the other platforms' optional packages.
const INSTALLED: Record<string, unknown> = {
  'node_modules/zod': { integrity: 'sha512-z', version: '4.6.7' },
  'node_modules/esbuild': LOCKED['node_modules/esbuild'],
  'node_modules/@esbuild/linux-x64': LOCKED['node_modules/@esbuild/linux-x64'],
};

function machine(over: Partial<Machine> = {}): Machine {
  return {
    mode: 'test',
    platform: 'linux',
    arch: 'x64',
    nodeVersion: '20.20.2',
    uid: 0,
    osRelease: DEBIAN,
    present: ALL,
    codeServerCached: false,
    nodeModules: 'dir',
    lockfile: lock(LOCKED),
    hiddenLockfile: lock(INSTALLED),
    ...over,
  };
}

describe('the preflight of npm start and npm test', () => {
  let p: Decide;
  before(async () => {
    p = await importModule(pathToFileURL(path.join(root, 'scripts', 'preflight', 'decide.mjs')).href);
  });

  it('does nothing on a machine that has everything, installed from this lockfile', () => {
    assert.deepEqual(p.decide(machine()), []);
    assert.deepEqual(p.decide(machine({ mode: 'start' })), []);
  });

  it('installs the packages and then the dependencies on a fresh Debian machine as root', () => {
    const fresh = machine({ present: [], nodeModules: 'absent', hiddenLockfile: { missing: true } });
    const steps = p.decide(fresh);
    assert.deepEqual(steps[0], { do: 'apt-install', packages: ['git', 'python3', 'make', 'g++', 'libkrb5-dev', 'chromium'] });
    assert.equal(steps[1].do, 'npm-ci');
    assert.equal(steps.length, 2);
  });

  it('asks no browser for npm start', () => {
    const steps = p.decide(machine({ mode: 'start', present: [] }));
    assert.deepEqual(steps, [{ do: 'apt-install', packages: ['git', 'python3', 'make', 'g++', 'libkrb5-dev'] }]);
  });

  it('asks no build tools once code-server is installed in the cache', () => {
    assert.deepEqual(p.decide(machine({ present: [], codeServerCached: true })), [{ do: 'apt-install', packages: ['git', 'chromium'] }]);
    assert.deepEqual(p.decide(machine({ mode: 'start', present: ['git'], codeServerCached: true })), []);
  });

  it('names the exact sudo command and stops with 2 when it is not root', () => {
    const steps = p.decide(machine({ uid: 1000, osRelease: UBUNTU, present: ['git', 'python3', 'make', 'g++'], hiddenLockfile: { missing: true } }));
    assert.equal(steps.length, 1, 'nothing is changed before the user has installed the packages');
    assert.equal(steps[0].do, 'exit');
    const stop = steps[0] as { code: number; message: string };
    assert.equal(stop.code, 2);
    assert.match(stop.message, /^.*sudo apt-get update && sudo apt-get install -y --no-install-recommends libkrb5-dev chromium$/m);
  });

  it('installs on Debian derivatives, known by ID_LIKE', () => {
    assert.equal(p.debianLike(MINT), true);
    assert.equal(p.debianLike(UBUNTU), true);
    assert.equal(p.debianLike({ text: 'ID="debian"\n' }), true);
    assert.equal(p.debianLike(FEDORA), false);
    assert.equal(p.debianLike({ missing: true }), false);
    // A key that only ends in ID, or a value on the next line, is not the distribution's id.
    assert.equal(p.debianLike({ text: 'VARIANT_ID=debian\nID=\ndebian\n' }), false);
    assert.deepEqual(p.decide(machine({ osRelease: MINT, present: ['git', 'python3', 'make', 'g++', 'libkrb5-dev'] })), [{ do: 'apt-install', packages: ['chromium'] }]);
  });

  it('names what is missing and stops with 2 on another system, even as root', () => {
    const steps = p.decide(machine({ osRelease: FEDORA, present: ['git', 'python3', 'g++', 'libkrb5-dev'] }));
    assert.equal(steps.length, 1);
    const stop = steps[0] as { do: string; code: number; message: string };
    assert.equal(stop.do, 'exit');
    assert.equal(stop.code, 2);
    assert.match(stop.message, /\bmake\b/);
    assert.match(stop.message, /Chromium/);
    assert.doesNotMatch(stop.message, /apt-get|libkrb5/);
  });

  it('stops with 2 on a system code-server cannot be installed on, or an old Node.js', () => {
    for (const over of [{ platform: 'darwin', arch: 'arm64' }, { arch: 'arm64' }, { nodeVersion: '18.19.0' }]) {
      const steps = p.decide(machine(over));
      assert.equal(steps.length, 1, JSON.stringify(over));
      assert.deepEqual([steps[0].do, (steps[0] as { code: number }).code], ['exit', 2]);
    }
  });

  it('runs npm ci when the lockfile has changed since the last install', () => {
    const changed = lock({ ...LOCKED, 'node_modules/esbuild': { ...LOCKED['node_modules/esbuild'], version: '0.28.3', integrity: 'sha512-b' } });
    const steps = p.decide(machine({ lockfile: changed }));
    assert.equal(steps.length, 1);
    assert.equal(steps[0].do, 'npm-ci');
    assert.match((steps[0] as { reason: string }).reason, /esbuild.*0\.28\.2.*0\.28\.3/);
  });

  it('tells an install that matches the lockfile from one that does not', () => {
    assert.equal(p.lockDrift(lock(LOCKED), lock(INSTALLED)), undefined);
    const { 'node_modules/zod': _zod, ...withoutZod } = INSTALLED;
    assert.match(p.lockDrift(lock(LOCKED), lock(withoutZod)) ?? '', /zod/);
    const { 'node_modules/@esbuild/linux-x64': _binary, ...withoutBinary } = INSTALLED;
    assert.equal(p.lockDrift(lock(LOCKED), lock(withoutBinary)), undefined, 'an optional package npm skipped');
    assert.match(p.lockDrift(lock(LOCKED), lock({ ...INSTALLED, 'node_modules/left-pad': { version: '1.3.0' } })) ?? '', /left-pad/);
    assert.match(p.lockDrift(lock(LOCKED), lock({ ...INSTALLED, 'node_modules/zod': { version: '4.6.7', integrity: 'sha512-other' } })) ?? '', /zod/);
    assert.match(p.lockDrift(lock(LOCKED), { missing: true }) ?? '', /\.package-lock\.json/);
    assert.match(p.lockDrift(lock(LOCKED), { text: '{"packages": ' }) ?? '', /\.package-lock\.json/);
    assert.match(p.lockDrift(lock(LOCKED), { error: 'EACCES' }) ?? '', /EACCES/);
    assert.match(p.lockDrift(lock(LOCKED), { text: '{"packages": {"__proto__": {"version": "1"}}}' }) ?? '', /__proto__/);
  });

  it('makes control characters from a lockfile inert in what it prints', () => {
    const hostile = lock({ ...INSTALLED, 'node_modules/\u001b]0;pwned\u0007x': { version: '1.0.0' } });
    const reason = p.lockDrift(lock(LOCKED), hostile) ?? '';
    assert.ok(reason.length > 0);
    assert.doesNotMatch(reason, /[\u0000-\u001f\u007f-\u009f]/);
  });

  it('runs npm ci where node_modules is missing, and never replaces a linked node_modules', () => {
    assert.equal(p.decide(machine({ nodeModules: 'absent', hiddenLockfile: { missing: true } }))[0].do, 'npm-ci');
    const changed = lock({ ...LOCKED, 'node_modules/zod': { version: '4.6.8', integrity: 'sha512-y' } });
    const steps = p.decide(machine({ nodeModules: 'link', lockfile: changed }));
    assert.deepEqual(steps.map((s) => s.do), ['exit']);
    assert.equal((steps[0] as { code: number }).code, 2);
    assert.deepEqual(p.decide(machine({ nodeModules: 'link' })), [], 'a linked install that matches is used as it is');
    assert.deepEqual(p.decide(machine({ nodeModules: 'other' })).map((s) => s.do), ['exit']);
  });

});

describe('the set-up of npm start and npm test', () => {
  it('runs the preflight before anything that needs node_modules, and CI runs npm test alone', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.match(scripts.test, /^node scripts\/preflight\.mjs test && /);
    assert.match(scripts.start, /^node scripts\/preflight\.mjs start && /);
    const ci = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
    const commands = ci.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));
    assert.deepEqual(commands, ['exec npm test']);
  });

  it('needs nothing but Node.js itself', () => {
    // Follows the preflight's relative imports: every other import must be a Node built-in.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)) {
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
        else assert.match(spec, /^node:/, `${path.relative(root, file)} imports ${spec}`);
      }
    };
    visit(path.join(root, 'scripts', 'preflight.mjs'));
    assert.ok(seen.size >= 3, [...seen].join());
  });
});
