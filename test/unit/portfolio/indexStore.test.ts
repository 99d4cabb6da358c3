import * as assert from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatMessage } from '../../../src/core/messages';
import { INDEX_FILE_NAME, MAX_INDEX_DEPTH, parseIndex, serializeIndex } from '../../../src/core/portfolio/indexFile';
import { ClientSummary } from '../../../src/core/portfolio/summary';
import { PortfolioIndexStore } from '../../../src/portfolio/indexStore';
import { bigIndex, entryOf, generationOf, summaryOf } from './support/indexes';

const WRITE_LOOP = path.join(__dirname, 'support', 'writeLoop.js');

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'ch-portfolio-'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the child has written `lines` generations (it prints one line per write). */
function writesOf(child: ChildProcess, lines: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1;
      if (seen >= lines) resolve();
    });
    child.once('exit', (code, signal) => (seen >= lines ? resolve() : reject(new Error(`writer exited (${code ?? signal}) after ${seen} writes`))));
  });
}

/**
 * Resolves when a write shows in `dir`, or the child has exited: `temp`, a temporary file beside the index;
 * `index`, the index file itself changing (its time or size), which a write in place would show first.
 */
async function untilWriting(dir: string, child: ChildProcess, sign: 'temp' | 'index'): Promise<void> {
  const index = path.join(dir, INDEX_FILE_NAME);
  const stamp = async () => {
    const stat = await fs.stat(index).catch(() => undefined);
    return `${stat?.mtimeMs}:${stat?.size}`;
  };
  const before = await stamp();
  while (child.exitCode === null && child.signalCode === null) {
    if (sign === 'temp' ? (await fs.readdir(dir)).some((n) => n.endsWith('.tmp')) : (await stamp()) !== before) return;
  }
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('portfolio index store', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('starts empty without a file, and reads back what it wrote', async () => {
    const store = new PortfolioIndexStore(path.join(dir, 'not-yet-created'));
    assert.deepStrictEqual(await store.read(), { index: { version: 1, folders: [] } });
    await store.update(entryOf('/a', [summaryOf('x')]));
    await store.update(entryOf('/b', [summaryOf('y')]));
    await store.update(entryOf('/a', [summaryOf('z')], { state: 'missing', problem: { message: { template: 'gone', args: [] } } }));
    const { index, setAside } = await new PortfolioIndexStore(path.join(dir, 'not-yet-created')).read();
    assert.strictEqual(setAside, undefined);
    assert.deepStrictEqual(
      index.folders.map((f) => [f.folder, f.state, f.clients[0].id]),
      [
        ['/a', 'missing', 'z'],
        ['/b', 'ok', 'y'],
      ],
      'an update replaces the folder in place',
    );
  });

  it('reads back names full of brackets, quotes and backslashes: only real nesting counts against the bound', async () => {
    const name = `${'[{'.repeat(40)} \\" ${'\\'.repeat(3)}"`;
    const store = new PortfolioIndexStore(dir);
    await store.update(entryOf('/a', [summaryOf('x', { name })]));
    const read = await new PortfolioIndexStore(dir).read();
    assert.strictEqual(read.setAside, undefined);
    assert.strictEqual(read.index.folders[0].clients[0].name, name);
  });

  it('forgets one folder, and everything including the copies set aside', async () => {
    const store = new PortfolioIndexStore(dir);
    await store.updateAll([entryOf('/a', []), entryOf('/b', [])]);
    assert.deepStrictEqual(
      (await store.forget('/a')).index.folders.map((f) => f.folder),
      ['/b'],
    );
    await fs.writeFile(path.join(dir, `${INDEX_FILE_NAME}.corrupt-2026-01-01T00-00-00-000Z`), '{');
    await fs.writeFile(path.join(dir, 'unrelated.json'), '{}');
    await store.forgetAll();
    assert.deepStrictEqual((await store.read()).index.folders, []);
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), [INDEX_FILE_NAME, 'unrelated.json']);
  });

  const damaged: [string, string | Buffer][] = [
    ['torn JSON', serializeIndex(bigIndex(1, 2, 2)).slice(0, 300)],
    ['empty', ''],
    ['another version', JSON.stringify({ version: 2, folders: [] })],
    ['an unknown key', JSON.stringify({ version: 1, folders: [], extra: 1 })],
    ['an unknown key in a summary', JSON.stringify({ version: 1, folders: [entryOf('/a', [{ ...summaryOf('x'), notes: 'private' } as ClientSummary])] })],
    ['a prototype key', `{"version":1,"folders":[],"__proto__":{"polluted":true}}`],
    ['a client file outside its folder', JSON.stringify({ version: 1, folders: [entryOf('/a', [], { file: '../../elsewhere.json' })] })],
    ['an absolute client file', JSON.stringify({ version: 1, folders: [entryOf('/a', [], { file: '/etc/elsewhere.json' })] })],
    ['a folder twice', JSON.stringify({ version: 1, folders: [entryOf('/a', []), entryOf('/a', [])] })],
    ['an unknown currency', JSON.stringify({ version: 1, folders: [entryOf('/a', [summaryOf('x', { currency: 'XXY' })])] })],
    ['a fractional minor amount', JSON.stringify({ version: 1, folders: [entryOf('/a', [summaryOf('x', { owed: 1.5 })])] })],
    ['deep nesting', '['.repeat(100_000)],
    ['nesting past the bound inside a valid shape', `{"version":1,"folders":[],"x":${'['.repeat(MAX_INDEX_DEPTH)}${']'.repeat(MAX_INDEX_DEPTH)}}`],
    ['UTF-16', Buffer.from('\ufeff' + JSON.stringify({ version: 1, folders: [] }), 'utf16le')],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
  ];
  for (const [what, content] of damaged) {
    it(`sets aside an index with ${what}, says so, and starts empty`, async () => {
      await fs.writeFile(path.join(dir, INDEX_FILE_NAME), content);
      const store = new PortfolioIndexStore(dir, () => new Date('2026-12-03T01:02:03.456Z'));
      const read = await store.read();
      assert.deepStrictEqual(read.index, { version: 1, folders: [] });
      assert.ok(read.setAside, 'no message');
      const kept = `${INDEX_FILE_NAME}.corrupt-2026-12-03T01-02-03-456Z`;
      assert.strictEqual(read.setAside.file, path.join(dir, kept));
      assert.match(formatMessage(read.setAside.message), new RegExp(`set aside as ${kept.replace(/\./g, '\\.')}`));
      assert.deepStrictEqual(await fs.readFile(path.join(dir, kept)), Buffer.from(content), 'the damaged index is kept as it was');
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
      // The next change writes a valid index again.
      await store.update(entryOf('/a', []));
      assert.strictEqual((await new PortfolioIndexStore(dir).read()).index.folders.length, 1);
    });
  }

  it('sets aside a folder where the index should be, and a second damaged index beside the first', async () => {
    await fs.mkdir(path.join(dir, INDEX_FILE_NAME));
    const at = () => new Date('2026-12-03T01:02:03.456Z');
    assert.ok((await new PortfolioIndexStore(dir, at).read()).setAside);
    await fs.writeFile(path.join(dir, INDEX_FILE_NAME), '{');
    const second = await new PortfolioIndexStore(dir, at).read();
    assert.strictEqual(second.setAside?.file, path.join(dir, `${INDEX_FILE_NAME}.corrupt-2026-12-03T01-02-03-456Z-2`));
  });

  describe('a change given the basis of its own read', () => {
    const stamp = '2026-11-22T11:00:00.000Z';

    it('takes the index it read when the disk still holds those bytes', async () => {
      const store = new PortfolioIndexStore(dir);
      await store.updateAll([entryOf('/a', [summaryOf('x')]), entryOf('/b', [summaryOf('y')])]);
      const { read, basis } = await store.readWithBasis();
      assert.ok(basis);
      const after = await store.replaceExisting([entryOf('/a', [summaryOf('z')], { read: stamp })], basis);
      // The entry left alone is the very object of the read: the bytes were not parsed a second time.
      assert.strictEqual(after.index.folders[1], read.index.folders[1]);
      assert.deepStrictEqual(
        (await new PortfolioIndexStore(dir).read()).index.folders.map((f) => [f.folder, f.clients[0].id]),
        [
          ['/a', 'z'],
          ['/b', 'y'],
        ],
      );
    });

    it('reads and validates the index again when another window wrote it meanwhile', async () => {
      const store = new PortfolioIndexStore(dir);
      await store.updateAll([entryOf('/a', [summaryOf('x')]), entryOf('/b', [summaryOf('y')])]);
      const { basis } = await store.readWithBasis();
      await new PortfolioIndexStore(dir).forget('/b');
      const after = await store.replaceExisting([entryOf('/a', [summaryOf('z')], { read: stamp }), entryOf('/b', [summaryOf('w')], { read: stamp })], basis);
      assert.deepStrictEqual(
        after.index.folders.map((f) => [f.folder, f.clients[0].id]),
        [['/a', 'z']],
        'the folder forgotten meanwhile stays forgotten',
      );
    });

    it('still sets aside an index damaged meanwhile, even by one byte of the same length', async () => {
      const store = new PortfolioIndexStore(dir, () => new Date('2026-12-03T01:02:03.456Z'));
      await store.updateAll([entryOf('/a', [summaryOf('x')])]);
      const { basis } = await store.readWithBasis();
      const file = path.join(dir, INDEX_FILE_NAME);
      const text = await fs.readFile(file, 'utf8');
      // Still JSON, as long, but a currency the schema refuses.
      const damaged = text.replace('"currency":"EUR"', '"currency":"EUX"');
      assert.ok(damaged !== text && damaged.length === text.length);
      await fs.writeFile(file, damaged);
      const after = await store.replaceExisting([entryOf('/a', [summaryOf('z')], { read: stamp })], basis);
      assert.ok(after.setAside, 'the damaged index was taken for the one read before');
      assert.deepStrictEqual(after.index.folders, []);
    });
  });

  it('runs concurrent changes of one process one at a time: none is lost', async () => {
    const store = new PortfolioIndexStore(dir);
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.update(entryOf(`/f${i}`, [summaryOf(`c${i}`)]))));
    const { index } = await new PortfolioIndexStore(dir).read();
    assert.strictEqual(index.folders.length, 40);
    await Promise.all([store.forget('/f0'), store.update(entryOf('/g', [])), store.forget('/f1')]);
    const after = (await store.read()).index.folders.map((f) => f.folder);
    assert.ok(!after.includes('/f0') && !after.includes('/f1') && after.includes('/g'));
  });

  it('leaves no temporary file after its writes, and removes those of killed writes once stale', async () => {
    const store = new PortfolioIndexStore(dir);
    await store.update(entryOf('/a', []));
    assert.deepStrictEqual(await fs.readdir(dir), [INDEX_FILE_NAME]);
    const stale = path.join(dir, `${INDEX_FILE_NAME}.999-abc.tmp`);
    const fresh = path.join(dir, `${INDEX_FILE_NAME}.998-abc.tmp`);
    await fs.writeFile(stale, '{');
    await fs.writeFile(fresh, '{');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await fs.utimes(stale, old, old);
    await new PortfolioIndexStore(dir).read();
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), [INDEX_FILE_NAME, `${INDEX_FILE_NAME}.998-abc.tmp`]);
  });

  it('is always the old or the new complete index when a writer is killed half-way (SIGKILL, repeatedly)', async () => {
    const FOLDERS = 200;
    const file = path.join(dir, INDEX_FILE_NAME);
    await fs.writeFile(file, serializeIndex(bigIndex(0, FOLDERS)));
    const seen = new Set<number>();
    let generation = 1;
    let interrupted = 0;
    for (let round = 0; round < 12; round++) {
      const child = spawn(process.execPath, [WRITE_LOOP, dir, String(generation), String(FOLDERS)], { stdio: ['ignore', 'pipe', 'pipe'] });
      // At least one whole write, then a kill inside the next one: most of a writer's time goes to reading the
      // index, so a kill at a random moment would rarely land in a write. Half the rounds kill as the index
      // itself changes (a write in place tears it there), half once a temporary file shows, later each round
      // so the kills sweep the write (about 30 ms here).
      await writesOf(child, 1);
      await untilWriting(dir, child, round % 2 === 0 ? 'index' : 'temp');
      if (round % 2 === 1) await sleep(round * 4);
      child.kill('SIGKILL');
      await killed(child);
      assert.strictEqual(child.signalCode, 'SIGKILL', 'the writer was killed, not finished');
      const parsed = parseIndex(await fs.readFile(file, 'utf8'));
      assert.ok(parsed.index, `round ${round}: the index on disk is not a complete index (${parsed.why})`);
      const found = generationOf(parsed.index);
      assert.strictEqual(serializeIndex(parsed.index), serializeIndex(bigIndex(found, FOLDERS)), `round ${round}: generation ${found} is not whole`);
      seen.add(found);
      generation = found + 1000;
      // A temporary file left behind is a write the kill cut short.
      const temps = (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
      interrupted += temps.length;
      await Promise.all(temps.map((n) => fs.rm(path.join(dir, n))));
    }
    assert.ok(interrupted > 0, 'no kill landed inside a write: the test proves nothing');
    // The store reads what the killed writers left without setting anything aside; their temporary files are not the index.
    const read = await new PortfolioIndexStore(dir).read();
    assert.strictEqual(read.setAside, undefined);
    assert.ok(seen.size > 1, 'every round found the same index: the writer never wrote');
  });

  it('never shows a torn index while two processes (two windows) write it and a third reads', async () => {
    const FOLDERS = 100;
    const file = path.join(dir, INDEX_FILE_NAME);
    await fs.writeFile(file, serializeIndex(bigIndex(0, FOLDERS)));
    const writers = [1, 500_000].map((first) => spawn(process.execPath, [WRITE_LOOP, dir, String(first), String(FOLDERS)], { stdio: ['ignore', 'pipe', 'pipe'] }));
    try {
      await Promise.all(writers.map((w) => writesOf(w, 2)));
      const generations = new Set<number>();
      for (let i = 0; i < 40; i++) {
        const parsed = parseIndex(await fs.readFile(file, 'utf8'));
        assert.ok(parsed.index, `read ${i}: torn (${parsed.why})`);
        const found = generationOf(parsed.index);
        assert.strictEqual(serializeIndex(parsed.index), serializeIndex(bigIndex(found, FOLDERS)));
        generations.add(found);
        await sleep(5);
      }
      assert.ok(generations.size > 1, 'the readers saw a single generation: the writers were not writing');
    } finally {
      writers.forEach((w) => w.kill('SIGKILL'));
      await Promise.all(writers.map(killed));
    }
  });
});
