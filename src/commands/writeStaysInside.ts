/**
 * Whether writing a new file, and creating its missing folders, stays inside
 * a workspace folder once symbolic links are followed. A cloned repository can
 * ship `.freelance` as a link to anywhere on the machine, and the client file
 * would then be written there. No vscode import: unit tested on a real disk.
 */
import { Stats, promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function writeStaysInside(folder: string, target: string): Promise<boolean> {
  const root = await fs.realpath(folder);
  if ((await lstatOrMissing(target))?.isSymbolicLink()) {
    // The write follows a link at the file itself; a dangling one would create its target, wherever it points.
    const real = await realpathOrMissing(target);
    return real !== undefined && isWithin(root, real);
  }
  // The deepest part of the path that exists decides: its real path covers every link above it, and the
  // folders still missing are created as plain folders under it.
  let existing = path.dirname(path.resolve(target));
  const missing: string[] = [];
  while (!(await lstatOrMissing(existing))) {
    const parent = path.dirname(existing);
    if (parent === existing) {
      return false;
    }
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  const real = await realpathOrMissing(existing); // undefined for a dangling link or a loop of links
  return real !== undefined && isWithin(root, path.join(real, ...missing));
}

function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

const isMissing = (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ELOOP';

/** The answer, or undefined when the path (or a folder on the way) does not exist. */
async function orMissing<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (isMissing(error as NodeJS.ErrnoException)) {
      return undefined;
    }
    throw error;
  }
}

const lstatOrMissing = (file: string): Promise<Stats | undefined> => orMissing(() => fs.lstat(file));
const realpathOrMissing = (file: string): Promise<string | undefined> => orMissing(() => fs.realpath(file));
