/**
 * Whether writing a new file, and creating its missing folders, stays inside
 * a workspace folder once symbolic links are followed. A cloned repository can
 * ship `.freelance` as a link to anywhere on the machine, and the client file
 * would then be written there. No vscode import: unit tested on a real disk.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function writeStaysInside(folder: string, target: string): Promise<boolean> {
  const root = await fs.realpath(folder);
  // The write follows a link at the file itself; a dangling one would create its target, wherever it points.
  // Otherwise the deepest part of the path that exists decides: its real path covers every link above it,
  // and the folders still missing are created as plain folders under it.
  let existing = path.resolve(target);
  if (!(await missing(fs.lstat(existing)))?.isSymbolicLink()) {
    existing = path.dirname(existing);
    while (!(await missing(fs.lstat(existing))) && path.dirname(existing) !== existing) {
      existing = path.dirname(existing);
    }
  }
  const real = await missing(fs.realpath(existing)); // undefined for a dangling link or a loop of links
  const relative = real === undefined ? '..' : path.relative(root, path.join(real, path.relative(existing, path.resolve(target))));
  return relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

/** The value, or undefined when the path does not exist; any other failure is thrown. */
async function missing<T>(operation: Promise<T>): Promise<T | undefined> {
  try {
    return await operation;
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? '')) {
      return undefined;
    }
    throw error;
  }
}
