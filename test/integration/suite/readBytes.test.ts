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

const text = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('Reading the client file: from the disk, and through a virtual workspace file system', () => {
  const content = '{ "version": 1, // mine\n "clients": [] }\n';
  let dir: string;
  let registration: vscode.Disposable;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-health-read-'));
    registration = vscode.workspace.registerFileSystemProvider('client-health-memfs', new MemoryFs(new TextEncoder().encode(content)), { isReadonly: true });
  });

  after(() => {
    registration.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file on disk is read as its bytes; a folder in its place and a missing file are told apart', async () => {
    fs.mkdirSync(path.join(dir, '.freelance'));
    fs.writeFileSync(path.join(dir, '.freelance', 'clients.json'), content);
    const read = await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance', 'clients.json')));
    assert.ok(read.kind === 'file' && text(read.bytes) === content, JSON.stringify(read.kind));
    assert.deepStrictEqual(await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance'))), { kind: 'folder' });
    assert.deepStrictEqual(await readClientFileBytes(vscode.Uri.file(path.join(dir, '.freelance', 'other.json'))), { kind: 'missing' });
  });

  it('a file where the folder should be is a failure that names its cause, not a missing file to create', async () => {
    fs.writeFileSync(path.join(dir, 'plain'), 'not a folder');
    await assert.rejects(readClientFileBytes(vscode.Uri.file(path.join(dir, 'plain', 'clients.json'))), (error: NodeJS.ErrnoException) => error.code === 'ENOTDIR');
  });

  it('a virtual workspace file is read through its provider, with the same answers', async () => {
    const uri = (p: string) => vscode.Uri.from({ scheme: 'client-health-memfs', path: p });
    const read = await readClientFileBytes(uri('/memfs-root/.freelance/clients.json'));
    assert.ok(read.kind === 'file' && text(read.bytes) === content, JSON.stringify(read.kind));
    assert.deepStrictEqual(await readClientFileBytes(uri('/memfs-root/.freelance')), { kind: 'folder' });
    assert.deepStrictEqual(await readClientFileBytes(uri('/memfs-root/.freelance/other.json')), { kind: 'missing' });
    await assert.rejects(readClientFileBytes(uri('/memfs-root/.freelance/locked.json')), (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'NoPermissions');
    await assert.rejects(readClientFileBytes(uri('/memfs-root/plain/clients.json')), (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'FileNotADirectory');
  });
});
