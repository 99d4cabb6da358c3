/**
 * The portfolio index on disk (see core/portfolio/indexFile.ts for what it holds). Node's fs only, no vscode:
 * the extension gives it its global storage folder, and plain-Node tests kill it half-way through a write.
 *
 * Every write goes to a temporary file in the same folder, is flushed to the disk, then renamed over the index:
 * a reader, a crash or a second window sees the old index or the new one, never a torn one. Changes from this
 * process run one at a time, each on the index as the disk holds it then; two windows changing it at the same
 * moment each write a whole index and the last rename wins.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Message, msg } from '../core/messages';
import { FolderEntry, INDEX_FILE_NAME, MAX_INDEX_BYTES, PortfolioIndex, emptyIndex, parseIndex, serializeIndex } from '../core/portfolio/indexFile';
import { readFromDisk } from '../store/readDiskBytes';

export interface IndexRead {
  readonly index: PortfolioIndex;
  /** Set when the index on disk could not be read: what happened to it, for the user. */
  readonly setAside?: { readonly file: string | undefined; readonly message: Message };
}

/**
 * An index as read, with the bytes it was parsed from: a change given it (replaceExisting) still reads the disk
 * again, but takes this index instead of parsing and validating the same bytes a second time. Only bytes equal to
 * these are spared the schema, so another window's write in between is read and checked as before.
 */
export interface IndexBasis {
  readonly bytes: Uint8Array;
  readonly index: PortfolioIndex;
}

interface ReadNow {
  readonly read: IndexRead;
  readonly basis?: IndexBasis;
}

const CORRUPT_INFIX = '.corrupt-';
const TEMP_SUFFIX = '.tmp';
/** A temporary file this old is a write that was killed: no write takes ten minutes. */
const STALE_TEMP_MS = 10 * 60 * 1000;

export class PortfolioIndexStore {
  readonly path: string;
  private tail: Promise<unknown> = Promise.resolve();
  private swept = false;

  constructor(
    readonly directory: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = path.join(directory, INDEX_FILE_NAME);
  }

  /** The index as on disk; an index that cannot be read is set aside and the portfolio starts empty. Never rejects. */
  read(): Promise<IndexRead> {
    return this.queued(async () => (await this.readNow()).read);
  }

  /** As read(), with its basis for a change that follows (undefined when no index file was parsed). */
  readWithBasis(): Promise<{ readonly read: IndexRead; readonly basis: IndexBasis | undefined }> {
    return this.queued(async () => {
      const { read, basis } = await this.readNow();
      return { read, basis };
    });
  }

  /** Adds the folder's entry or replaces it (one entry per folder). */
  update(entry: FolderEntry): Promise<IndexRead> {
    return this.updateAll([entry]);
  }

  /** Adds or replaces several folders' entries in one write (a refresh); the others keep their place. */
  updateAll(entries: readonly FolderEntry[]): Promise<IndexRead> {
    return this.change((index) => {
      const given = new Map(entries.map((e) => [e.folder, e]));
      const folders = index.folders.map((f) => given.get(f.folder) ?? f);
      const known = new Set(index.folders.map((f) => f.folder));
      folders.push(...[...given.values()].filter((e) => !known.has(e.folder)));
      return { ...index, folders };
    });
  }

  /**
   * Replaces the entries of folders still in the index, for a refresh that took a while: a folder forgotten
   * meanwhile stays forgotten, and an entry written meanwhile from a later read (the open workspace) stays.
   * `basis`: the refresh's own read of the index (readWithBasis), reused if the disk still holds those bytes.
   */
  replaceExisting(entries: readonly FolderEntry[], basis?: IndexBasis): Promise<IndexRead> {
    return this.change((index) => {
      const given = new Map(entries.map((e) => [e.folder, e]));
      const folders = index.folders.map((f) => {
        const fresh = given.get(f.folder);
        return fresh && Date.parse(fresh.read) >= Date.parse(f.read) ? fresh : f;
      });
      return { ...index, folders };
    }, basis);
  }

  /** Drops one folder and its clients from the index. */
  forget(folder: string): Promise<IndexRead> {
    return this.change((index) => ({ ...index, folders: index.folders.filter((f) => f.folder !== folder) }));
  }

  /** Empties the index and deletes the copies set aside, which hold summaries too. */
  forgetAll(): Promise<IndexRead> {
    return this.queued(async () => {
      await this.write(emptyIndex());
      for (const name of await this.siblings()) {
        if (name.startsWith(INDEX_FILE_NAME + CORRUPT_INFIX)) {
          await fs.rm(path.join(this.directory, name), { force: true, recursive: true });
        }
      }
      return { index: emptyIndex() };
    });
  }

  /** Changes from this process run one after the other, whatever their caller awaits. */
  private queued<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.tail.then(operation, operation);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Read, change, write: on the disk's index, so that another window's last write is not undone. */
  private change(edit: (index: PortfolioIndex) => PortfolioIndex, basis?: IndexBasis): Promise<IndexRead> {
    return this.queued(async () => {
      const { read } = await this.readNow(basis);
      const index = edit(read.index);
      await this.write(index);
      return { ...read, index };
    });
  }

  private async readNow(basis?: IndexBasis): Promise<ReadNow> {
    await this.sweepTemporaryFiles();
    let bytes: Uint8Array;
    let text: string;
    try {
      const read = await readFromDisk(this.path, MAX_INDEX_BYTES);
      if (read.kind === 'missing') {
        return { read: { index: emptyIndex() } };
      }
      if (read.kind !== 'file') {
        return { read: await this.setAside() };
      }
      bytes = read.bytes;
      // The very bytes the basis was parsed and validated from: the same index, without a second pass of the schema.
      if (basis && Buffer.compare(basis.bytes, bytes) === 0) {
        return { read: { index: basis.index }, basis };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Unreadable (permissions, I/O) or not UTF-8: set aside like a damaged one.
      return { read: await this.setAside() };
    }
    const parsed = parseIndex(text);
    return parsed.index ? { read: { index: parsed.index }, basis: { bytes, index: parsed.index } } : { read: await this.setAside() };
  }

  /** Moves the unreadable index out of the way, keeping it for whoever wants to look; the portfolio starts empty. */
  private async setAside(): Promise<IndexRead> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let target = `${this.path}${CORRUPT_INFIX}${stamp}`;
    for (let n = 2; await exists(target); n++) {
      target = `${this.path}${CORRUPT_INFIX}${stamp}-${n}`;
    }
    try {
      await fs.rename(this.path, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return {
        index: emptyIndex(),
        setAside: {
          file: undefined,
          message: msg('The portfolio index could not be read, nor moved aside ({0}). The portfolio starts again empty; the next change replaces the index.', code),
        },
      };
    }
    const file = path.basename(target);
    return {
      index: emptyIndex(),
      setAside: { file: target, message: msg('The portfolio index could not be read and was set aside as {0}. The portfolio starts again empty and fills as client files are read.', file) },
    };
  }

  private async write(index: PortfolioIndex): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true });
    // Same folder as the index, so the rename is atomic (never across file systems); a unique name per write,
    // so two windows never write into one temporary file.
    const temp = `${this.path}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
    try {
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(serializeIndex(index), 'utf8');
        // Flushed before the rename: otherwise a power cut may leave the new name on an empty file.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await renameWithRetry(temp, this.path);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(this.directory);
  }

  private async siblings(): Promise<string[]> {
    try {
      return await fs.readdir(this.directory);
    } catch {
      return [];
    }
  }

  /** Temporary files of writes that were killed, once per store. */
  private async sweepTemporaryFiles(): Promise<void> {
    if (this.swept) {
      return;
    }
    this.swept = true;
    const cutoff = this.now().getTime() - STALE_TEMP_MS;
    for (const name of await this.siblings()) {
      if (name.startsWith(INDEX_FILE_NAME + '.') && name.endsWith(TEMP_SUFFIX)) {
        const file = path.join(this.directory, name);
        try {
          if ((await fs.lstat(file)).mtimeMs < cutoff) {
            await fs.rm(file, { force: true });
          }
        } catch {
          // Renamed or removed by its writer meanwhile.
        }
      }
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Windows refuses a rename over a file another process has open for a moment (a reader, an antivirus). */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** The rename itself reaches the disk; Windows cannot open a folder for this, and needs no such step. */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') {
    return;
  }
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A file system that cannot sync a folder still has the renamed file.
  }
}
