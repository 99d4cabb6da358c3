// `npm start` and `npm test` run this before anything that needs node_modules:
//   node scripts/preflight.mjs start|test
// It installs the system packages code-server's install and the browser tests need
// (as root on Debian or Ubuntu; elsewhere it names them and exits 2), and runs
// npm ci when node_modules is missing or out of date with package-lock.json.
// Plain Node with no dependency, since it is what installs the dependencies.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide, lockDrift, needed } from './preflight/decide.mjs';
import { presentRequirements, probe } from './preflight/probe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2];
const say = (line) => console.log(`[preflight] ${line}`);
const fail = (line, code = 1) => {
  console.error(`[preflight] ${line}`);
  process.exit(code);
};

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) fail(`${command} ${args.join(' ')} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (${result.signal ?? `exit ${result.status}`})`, result.status || 1);
}

const machine = probe(mode, root);
for (const step of decide(machine)) {
  if (step.do === 'exit') fail(step.message, step.code);
  if (step.do === 'apt-install') {
    say(`installing the system packages npm ${mode} needs: ${step.packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], env);
    run('apt-get', ['install', '-y', '--no-install-recommends', ...step.packages], env);
    const present = presentRequirements();
    const still = needed(machine).filter((r) => !present.includes(r.deb));
    if (still.length > 0) fail(`apt-get installed them, yet this machine still lacks ${still.map((r) => r.what).join(', ')}`);
  }
  if (step.do === 'npm-ci') {
    say(`${step.reason}: running npm ci`);
    run('npm', ['ci']);
    // Checked again, or a hidden lockfile npm did not write would mean an npm ci on every run.
    const after = probe(mode, root);
    const drift = lockDrift(after.lockfile, after.hiddenLockfile);
    if (drift !== undefined) fail(`npm ci finished, yet node_modules is still out of date with package-lock.json: ${drift}`);
  }
}
