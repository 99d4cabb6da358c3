import * as assert from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { FolderEntry } from '../../../src/core/portfolio/indexFile';
import { PortfolioIndexStore } from '../../../src/portfolio/indexStore';
import { mapBounded, refreshEntries, refreshPortfolio } from '../../../src/portfolio/refresh';
import { day } from '../support/build';
import { entryOf, summaryOf } from './support/indexes';

const TODAY = day('2026-06-15');
const ago = (n: number) => formatDate(TODAY - n);
const OPTIONS = { today: TODAY, rules: DEFAULT_RULES, maxBytes: 1024 * 1024, now: () => new Date('2026-06-15T12:00:00.000Z') };

/** A client file whose one client was paid `paid` for `hours`. */
function clientFile(id: string, paid: number, hours: number, currency = 'EUR') {
  return {
    version: 1,
    freelancer: { currency: 'EUR' },
    clients: [
      {
        id,
        name: `Client ${id}`,
        currency,
        contract: { signed: ago(300) },
        invoices: [{ number: `${id}-1`, issued: ago(40), amount: Math.max(paid, 1), payments: [{ date: ago(10), amount: paid }] }],
        hours: [{ date: ago(20), hours }],
      },
    ],
  };
}

describe('portfolio refresh', function () {
  this.timeout(30_000);
  let root: string;

  async function folder(name: string, content?: unknown, file = '.freelance/clients.json'): Promise<string> {
    const dir = path.join(root, name);
    await fs.mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    if (content !== undefined) {
      await fs.writeFile(path.join(dir, file), typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
    }
    return dir;
  }

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ch-refresh-'));
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('reads every file again, and compares each file’s clients with the other files’', async () => {
    const a = await folder('a', clientFile('low', 790, 10));
    const b = await folder('b', clientFile('fair', 1000, 10));
    const c = await folder('c', clientFile('dollars', 100000, 10, 'USD'));
    const [ea, eb, ec] = await refreshEntries([entryOf(a, []), entryOf(b, []), entryOf(c, [])], OPTIONS);
    assert.deepStrictEqual([ea.state, eb.state, ec.state], ['ok', 'ok', 'ok']);
    assert.strictEqual(ea.read, '2026-06-15T12:00:00.000Z');
    assert.strictEqual(ea.clients[0].id, 'low');
    const lowRate = ea.clients[0].signals.find((s) => s.id === 'lowRate');
    assert.ok(lowRate, 'the client of folder a is compared with the client of folder b');
    assert.strictEqual(formatMessage(lowRate.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of the €100.00 an hour of your one other client paid in EUR.');
    assert.strictEqual(eb.clients[0].signals.find((s) => s.id === 'lowRate'), undefined);
    assert.strictEqual(ec.clients[0].effectiveRate, 1000000);

    // With an exchange rate, the dollar client counts for the median too: €100 and $10,000 at 0.01 = €100.
    const [converted] = await refreshEntries([entryOf(a, []), entryOf(b, []), entryOf(c, [])], { ...OPTIONS, exchangeRates: { USD: 0.01 } });
    assert.match(formatMessage(converted.clients[0].signals.find((s) => s.id === 'lowRate')!.message), /the median of your 2 other clients, converted at your exchange rates/);
  });

  it('keeps a folder gone or a file that does not validate, with its reason and its last valid summaries', async () => {
    const last = [summaryOf('kept')];
    const gone = path.join(root, 'gone');
    const noFile = await folder('no-file');
    const broken = await folder('broken', '{\n  "version": 1,\n  "freelancer": {},\n  "clients": [\n}');
    const invalid = await folder('invalid', { version: 1, freelancer: {}, clients: [{ id: 'x' }] });
    const huge = await folder('huge', JSON.stringify(clientFile('big', 1, 1)) + ' '.repeat(2 * 1024 * 1024));
    const utf16 = await folder('utf16', Buffer.from('\ufeff' + JSON.stringify(clientFile('w', 1, 1)), 'utf16le'));
    const asFolder = await folder('as-folder');
    await fs.mkdir(path.join(asFolder, '.freelance/clients.json'));
    const folders = [gone, noFile, broken, invalid, huge, utf16, asFolder];
    const entries = await refreshEntries(
      folders.map((f) => entryOf(f, last)),
      OPTIONS,
    );
    const shown = entries.map((e) => [path.basename(e.folder), e.state, e.problem && formatMessage(e.problem.message), e.problem?.line]);
    assert.deepStrictEqual(shown, [
      ['gone', 'missing', 'This folder is not there any more: it was moved, renamed or deleted.', undefined],
      ['no-file', 'missing', 'The client file is not in this folder any more.', undefined],
      ['broken', 'invalid', 'Expected a value: a number, text in double quotes, true, false, null, an object {…} or a list […].', 5],
      ['invalid', 'invalid', shown[3][2], shown[3][3]],
      ['huge', 'invalid', 'The client file is larger than 1 MB, the limit set by clientHealth.maxFileSizeMB; it is not read.', undefined],
      ['utf16', 'invalid', 'The client file is saved as UTF-16 LE: save it as UTF-8. Until then nothing is written to it.', 1],
      ['as-folder', 'invalid', 'The client file path is a folder, not a file.', undefined],
    ]);
    assert.ok(typeof shown[3][2] === 'string' && shown[3][2].length > 0 && typeof shown[3][3] === 'number', 'a schema problem has a message and a line');
    for (const e of entries) {
      assert.deepStrictEqual(e.clients, last, `${e.folder} lost its last valid summaries`);
    }
  });

  it('keeps no value of the file in a problem: the value that fails its check may be a contact or a note', async () => {
    const file = clientFile('x', 1, 1) as { clients: Record<string, unknown>[] };
    file.clients[0].contact = { email: 'private-person@@leak.example' };
    const [entry] = await refreshEntries([entryOf(await folder('a', file), [])], OPTIONS);
    assert.strictEqual(entry.state, 'invalid');
    assert.ok(!JSON.stringify(entry).includes('private-person'), JSON.stringify(entry.problem));
    assert.match(formatMessage(entry.problem!.message), /…/);
    // The control: the message the editor shows quotes it.
    const { readClientFile } = await import('../../../src/core/clientFile');
    assert.match(JSON.stringify(readClientFile(JSON.stringify(file)).problems.map((p) => p.message)), /private-person/);
  });

  it('stores the refresh in the index, and leaves a folder forgotten meanwhile forgotten', async () => {
    const a = await folder('a', clientFile('one', 1000, 10));
    const b = await folder('b', clientFile('two', 1000, 10));
    const store = new PortfolioIndexStore(path.join(root, 'storage'));
    await store.updateAll([entryOf(a, [], { read: '2026-01-01T00:00:00.000Z' }), entryOf(b, [], { read: '2026-01-01T00:00:00.000Z' })]);
    const refreshed = await refreshPortfolio(store, OPTIONS);
    assert.deepStrictEqual(
      refreshed.index.folders.map((f) => [f.folder, f.state, f.clients.map((c) => c.id)]),
      [
        [a, 'ok', ['one']],
        [b, 'ok', ['two']],
      ],
    );
    // A refresh that finishes after the folder was forgotten, and after a later write of the other folder.
    const late: FolderEntry[] = [entryOf(a, [summaryOf('stale')], { read: '2026-06-15T12:00:00.000Z' }), entryOf(b, [summaryOf('older')], { read: '2026-06-15T11:00:00.000Z' })];
    await store.forget(a);
    const after = await store.replaceExisting(late);
    assert.deepStrictEqual(
      after.index.folders.map((f) => [f.folder, f.clients.map((c) => c.id)]),
      [[b, ['two']]],
    );
  });

  it('reads at most the given number of files at once, results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([...Array(20).keys()], 4, async (i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3)));
      running--;
      return i * 2;
    });
    assert.strictEqual(most, 4);
    assert.deepStrictEqual(results, [...Array(20).keys()].map((i) => i * 2));
    assert.deepStrictEqual(await mapBounded([], 4, async () => 1), []);
  });
});
