/**
 * Finds the client files under a parent folder, for "Add Folders to Portfolio": the folders whose client file
 * exists, without opening them. Node's fs only. Bounded three ways, since the parent may be a home folder: by
 * depth, by the number of folders looked into, and by the number of client files found.
 */
import { Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The client file's place in a folder when the `clientHealth.clientFile` setting is left alone (config.ts). */
export const DEFAULT_CLIENT_FILE = '.freelance/clients.json';

export interface ScanOptions {
  /** Where the client file sits in a folder, relative, with forward slashes. */
  readonly clientFile?: string;
  /** Levels of folders below the parent that are looked into; the parent itself is level 0. */
  readonly maxDepth?: number;
  /** The scan stops once it has found this many client files. */
  readonly maxFiles?: number;
  /** The scan stops once it has listed this many folders. */
  readonly maxFolders?: number;
}

export interface FoundClientFile {
  /** The folder's absolute path, as reached from the parent (a symbolic link inside the tree keeps its own path). */
  readonly folder: string;
  /** The client file's path relative to the folder, as given. */
  readonly file: string;
}

export interface ScanResult {
  /** In the order of a walk through the tree: a folder before its subfolders, names sorted, links last. */
  readonly found: readonly FoundClientFile[];
  /** True when a bound stopped the scan: there may be more. */
  readonly truncated: boolean;
}

export const DEFAULT_SCAN_DEPTH = 3;
export const DEFAULT_MAX_FILES = 500;
export const DEFAULT_MAX_FOLDERS = 20_000;

/** Dependencies and repositories' own data hold no client files of the freelancer's; hidden folders are tools' too. */
function skipped(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export async function scanForClientFiles(parent: string, options: ScanOptions = {}): Promise<ScanResult> {
  const clientFile = options.clientFile ?? DEFAULT_CLIENT_FILE;
  const maxDepth = options.maxDepth ?? DEFAULT_SCAN_DEPTH;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const maxFolders = options.maxFolders ?? DEFAULT_MAX_FOLDERS;
  const found: FoundClientFile[] = [];
  const root = await realpathOrUndefined(path.resolve(parent));
  if (root === undefined) {
    return { found, truncated: false };
  }
  // Real paths already walked: a link to a folder inside the tree is followed once, and a loop is not walked again.
  const visited = new Set<string>();
  let listed = 0;
  let truncated = false;

  const walk = async (folder: string, real: string, depth: number): Promise<void> => {
    if (truncated || visited.has(real)) {
      return;
    }
    visited.add(real);
    if (await isClientFileIn(real, root, clientFile)) {
      found.push({ folder, file: clientFile });
      if (found.length >= maxFiles) {
        truncated = true;
        return;
      }
    }
    if (depth >= maxDepth) {
      return;
    }
    if (listed >= maxFolders) {
      truncated = true;
      return;
    }
    listed++;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(real, { withFileTypes: true });
    } catch {
      return; // unreadable: its client files cannot be read either
    }
    // Real folders before links, so that a folder also reached through a link is listed under its own path.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (truncated) {
        return;
      }
      if (skipped(entry.name) || !(entry.isDirectory() || entry.isSymbolicLink())) {
        continue;
      }
      const child = path.join(real, entry.name);
      let childReal = child;
      if (entry.isSymbolicLink()) {
        // Followed only to a folder inside the parent: a link to the home folder or to / is not a way out.
        const target = await realpathOrUndefined(child);
        if (target === undefined || !inside(target, root) || !(await isDirectory(target))) {
          continue;
        }
        childReal = target;
      }
      await walk(path.join(folder, entry.name), childReal, depth + 1);
    }
  };

  await walk(path.resolve(parent), root, 0);
  return { found, truncated };
}

/** Whether `folder` holds the client file as a regular file that stays inside the tree. */
async function isClientFileIn(folder: string, root: string, clientFile: string): Promise<boolean> {
  const file = path.join(folder, ...clientFile.split('/'));
  const real = await realpathOrUndefined(file);
  if (real === undefined || !inside(real, root)) {
    return false;
  }
  try {
    return (await fs.stat(real)).isFile();
  } catch {
    return false;
  }
}

function inside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

async function realpathOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await fs.realpath(file);
  } catch {
    return undefined;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}
