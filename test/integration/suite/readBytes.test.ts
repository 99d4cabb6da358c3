import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readClientFileBytes } from '../../../src/store/readClientFileBytes';

/** A file system of one folder, one file and one file that refuses to be read: a virtual workspace's scheme. */
class MemoryFs implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  /** How many times a file's bytes were asked for: a file above the limit must not be. */
  reads = 0;
  constructor(private readonly bytes: Uint8Array) {}
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const base = { ctime: 0, mtime: 0, size: this.bytes.length };
    switch (uri.path) {
      case '/memfs-root/.freelance':
        return { ...base, type: vscode.FileType.Directory };
      case '/memfs-root/.freelance/clients.json':
      case '/memfs-root/.freelance/locked.json':
        return { ...base, type: vscode.FileType.File };
      case '/memfs-root/plain':
        return { ...base, type: vscode.FileType.File };
      case '/memfs-root/plain/clients.json':
        throw vscode.FileSystemError.FileNotADirectory(uri);
      default:
        throw vscode.FileSystemError.FileNotFound(uri);
    }
  }
  readFile(uri: vscode.Uri): Uint8Array {
    if (uri.path === '/memfs-root/.freelance/locked.json') throw vscode.FileSystemError.NoPermissions(uri);
    if (uri.path !== '/memfs-root/.freelance/clients.json') throw vscode.FileSystemError.FileNotFound(uri);
    this.reads++;
    return this.bytes;
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
}

const LIMIT = 20 * 1024 * 1024;
const text = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('Reading the client file: from the disk, and through a virtual workspace file system', () => {
  const content = '{ "version": 1, // mine\n "clients": [] }\n';
  let dir: string;
  let registration: vscode.Disposable;
  let memfs: MemoryFs;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-health-read-'));
    memfs = new MemoryFs(new TextEncoder().encode(content));
    registration = vscode.workspace.registerFileSystemProvider('client-health-memfs', memfs, { isReadonly: true });
  });

  after(() => {
    registration.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file on disk is read as its bytes; a folder in its place and a missing file are told apart', async () => {
    fs.mkdirSync(path.join(dir, '.freelance'));
    fs.writeFileSync(path.join(dir, '.freelance', 'clients.json'), content);
    const read = await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance', 'clients.json')), LIMIT);
    assert.ok(read.kind === 'file' && text(read.bytes) === content, JSON.stringify(read.kind));
    assert.deepStrictEqual(await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance')), LIMIT), { kind: 'folder' });
    assert.deepStrictEqual(await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance', 'other.json')), LIMIT), { kind: 'missing' });
  });

  it('a file where the folder should be is a failure that names its cause, not a missing file to create', async () => {
    fs.writeFileSync(path.join(dir, 'plain'), 'not a folder');
    await assert.rejects(readClientFileBytes(vscode.Uri.file(path.join(dir, 'plain', 'clients.json')), LIMIT), (error: NodeJS.ErrnoException) => error.code === 'ENOTDIR');
  });

  it('a virtual workspace file is read through its provider, with the same answers', async () => {
    const uri = (p: string) => vscode.Uri.from({ scheme: 'client-health-memfs', path: p });
    const read = await readClientFileBytes(uri('/memfs-root/.freelance/clients.json'), LIMIT);
    assert.ok(read.kind === 'file' && text(read.bytes) === content, JSON.stringify(read.kind));
    assert.deepStrictEqual(await readClientFileBytes(uri('/memfs-root/.freelance'), LIMIT), { kind: 'folder' });
    assert.deepStrictEqual(await readClientFileBytes(uri('/memfs-root/.freelance/other.json'), LIMIT), { kind: 'missing' });
    await assert.rejects(readClientFileBytes(uri('/memfs-root/.freelance/locked.json'), LIMIT), (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'NoPermissions');
    await assert.rejects(readClientFileBytes(uri('/memfs-root/plain/clients.json'), LIMIT), (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'FileNotADirectory');
  });

  it('a file above the size limit is found by its size, on disk and through a provider, and its bytes are not asked for', async () => {
    const onDisk = vscode.Uri.file(path.join(dir, 'sized.json'));
    fs.writeFileSync(onDisk.fsPath, content);
    const size = Buffer.byteLength(content);
    assert.deepStrictEqual(await readClientFileBytes(onDisk, size - 1), { kind: 'tooLarge' });
    const atLimit = await readClientFileBytes(onDisk, size);
    assert.ok(atLimit.kind === 'file' && text(atLimit.bytes) === content, JSON.stringify(atLimit.kind));

    const virtual = vscode.Uri.from({ scheme: 'client-health-memfs', path: '/memfs-root/.freelance/clients.json' });
    const readsBefore = memfs.reads;
    assert.deepStrictEqual(await readClientFileBytes(virtual, size - 1), { kind: 'tooLarge' });
    assert.strictEqual(memfs.reads, readsBefore, 'the provider was asked for the bytes of a file above the limit');
    const virtualAtLimit = await readClientFileBytes(virtual, size);
    assert.ok(virtualAtLimit.kind === 'file' && text(virtualAtLimit.bytes) === content, JSON.stringify(virtualAtLimit.kind));
  });
});
