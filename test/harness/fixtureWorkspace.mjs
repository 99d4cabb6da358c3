// A fresh copy of the fixture workspace for one integration run, with the git
// repositories the tests need (a repository cannot be committed inside ours).
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_FOLDERS = ['valid', 'broken', 'syntax', 'fresh', 'cancel', 'tracked', 'health', 'faults'];

function git(cwd, ...args) {
  const identity = ['-c', 'user.name=Client Health Tests', '-c', 'user.email=tests@client-health.invalid', '-c', 'init.defaultBranch=main'];
  execFileSync('git', [...identity, ...args], { cwd, stdio: 'ignore' });
}

/** Copies test/fixtures/workspace under `base` and returns the path of its .code-workspace file. */
export function prepareWorkspace(root, base) {
  const ws = join(base, 'workspace');
  cpSync(join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  for (const name of ['fresh', 'cancel']) {
    git(join(ws, name), 'init', '-q');
  }
  commitClientFile(join(ws, 'tracked'));
  const workspaceFile = join(ws, 'fixtures.code-workspace');
  writeFileSync(workspaceFile, JSON.stringify({ folders: FIXTURE_FOLDERS.map((path) => ({ path })), settings: {} }, null, 2));
  return workspaceFile;
}

/** A git repository at `folder` holding a copy of the `tracked` fixture, its client file committed by mistake. */
export function trackedRepository(root, folder) {
  cpSync(join(root, 'test', 'fixtures', 'workspace', 'tracked'), folder, { recursive: true });
  commitClientFile(folder);
}

function commitClientFile(folder) {
  git(folder, 'init', '-q');
  git(folder, 'add', '.freelance/clients.json');
  git(folder, 'commit', '-q', '-m', 'oops: client file committed');
}
