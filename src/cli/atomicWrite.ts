/**
 * A file replaced whole, for the CLI's writes to a client file: the new bytes go to a temporary file
 * in the same folder, which is then renamed over it, so that a reader sees the old file or the new one,
 * never half of it, and a failed write leaves the old one. Used by `import` and by `mcp`'s record tool.
 */
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBytes } from './readInput';

/**
 * Replaces the file at `path` with `data`; undefined when done, else why not (the file untouched). A file
 * reached through a symbolic link is replaced where it lives, and the link stays a link. The file's mode
 * is kept exactly: set on the open file, as the umask would narrow the mode given to open.
 */
export function replaceFileAtomically(path: string, data: Uint8Array): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return errorText(error);
  }
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    const mode = statSync(real).mode & 0o7777;
    fd = openSync(temporary, 'wx', mode);
    fchmodSync(fd, mode);
    for (let at = 0; at < data.length; ) {
      at += writeSync(fd, data, at, data.length - at);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, real);
    return undefined;
  } catch (error) {
    if (fd !== undefined) {
      closeSync(fd);
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Not created, or already renamed.
    }
    return errorText(error);
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The new text over a client file, unless its bytes are no longer `before` (someone wrote it since it was read);
 * a BOM it had is written back. Undefined when written, else why not (`changed`, or the failure; the file untouched).
 */
export function replaceIfUnchanged(path: string, before: Uint8Array, after: string, changed = 'the client file changed since it was read'): string | undefined {
  const now = readBytes(path, Math.max(before.length, 1));
  if (now.bytes === undefined || Buffer.compare(Buffer.from(now.bytes), Buffer.from(before)) !== 0) {
    return changed;
  }
  const bom = before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf ? '\ufeff' : '';
  const failed = replaceFileAtomically(path, Buffer.from(bom + after, 'utf8'));
  return failed === undefined ? undefined : `cannot write the client file: ${failed}`;
}
