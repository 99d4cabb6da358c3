/**
 * A digest of the mailmap git applies to a folder's history, for the git evidence cache: a `.mailmap` edited with
 * no new commit changes whose commits are whose, and the cached commits were chosen under the old mapping.
 * Files are read bounded and only when they are regular files (a FIFO would hang the read). No vscode import;
 * part of dist/git.js.
 */
import { createHash } from 'node:crypto';
import { lstat, open, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { GitLog } from './gitPrivacy';
import { HASH, small } from './gitLog';

/** Far more than any real mailmap; a larger file is told apart by its first megabyte and its size. */
const MAX_BYTES = 1024 * 1024;

/** Hex digest of the mailmap sources and their content; the same while nothing git would read there changed. */
export async function mailmapDigest(cwd: string, log?: GitLog): Promise<string> {
  const sources = await mailmapSources(cwd, log);
  const hash = createHash('sha256');
  if (sources.toplevel) {
    // git reads the work tree's .mailmap without following a symbolic link; lstat keeps to what it reads.
    hash.update(`.mailmap\0${await fileContent(path.join(sources.toplevel, '.mailmap'), false)}\0`);
  }
  if (sources.file) {
    const file = path.resolve(sources.toplevel ?? cwd, sources.file);
    hash.update(`file\0${file}\0${await fileContent(file, true)}\0`);
  }
  if (sources.blob) {
    hash.update(`blob\0${sources.blob}\0`);
  }
  return hash.digest('hex');
}

/** The file's first MAX_BYTES and its size, or a marker saying it is missing or not a regular file. */
async function fileContent(file: string, followLinks: boolean): Promise<string> {
  try {
    const info = followLinks ? await stat(file) : await lstat(file);
    if (!info.isFile()) {
      return 'none';
    }
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(info.size, MAX_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return `${info.size}:${createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex')}`;
    } finally {
      await handle.close();
    }
  } catch {
    return 'none';
  }
}

/**
 * Where git finds the mailmap `--use-mailmap` applies: the top of the work tree (its `.mailmap`), the file
 * `mailmap.file` names (`~` expanded, a relative path taken from the top) and the object `mailmap.blob` names,
 * resolved to its hash. What is not set, or not found, is left out.
 */
export async function mailmapSources(cwd: string, log?: GitLog): Promise<{ toplevel?: string; file?: string; blob?: string }> {
  const [top, config] = await Promise.all([
    small(cwd, ['rev-parse', '--show-toplevel'], log),
    small(cwd, ['config', '--type=path', '--get-regexp', '^mailmap\\.(file|blob)$'], log),
  ]);
  const toplevel = top.result.outcome === 'ok' ? top.text.replace(/\n$/, '') : '';
  let file: string | undefined;
  let blobName: string | undefined;
  // The last value wins, as it does for git.
  for (const line of config.result.outcome === 'ok' ? config.text.split('\n') : []) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space).toLowerCase();
    const value = line.slice(space + 1);
    if (space > 0 && key === 'mailmap.file') {
      file = value;
    } else if (space > 0 && key === 'mailmap.blob') {
      blobName = value;
    }
  }
  let blob: string | undefined;
  // A value that would read as an option is not given to git: it names no object git would find either.
  if (blobName && !blobName.startsWith('-')) {
    const resolved = await small(cwd, ['rev-parse', '--verify', '--quiet', blobName], log);
    const hash = resolved.text.trim();
    blob = resolved.result.outcome === 'ok' && HASH.test(hash) ? hash : undefined;
  }
  return { ...(toplevel && !toplevel.includes('\n') ? { toplevel } : {}), ...(file ? { file } : {}), ...(blob ? { blob } : {}) };
}
