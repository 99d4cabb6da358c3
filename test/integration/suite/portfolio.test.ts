import * as assert from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../../src/commandIds';
import type { PortfolioNode } from '../../../src/tree/portfolioTree';
import { activateExtension, clientFileUri, folder, restoreClientFile, waitFor } from './helpers';
import { formatMessage } from '../../../src/core/messages';
import { DEFAULT, execute, withAnswers } from './scriptedPrompts';
import type { ClientHealthApi } from '../../../src/extension';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/** The index as the disk holds it. */
async function indexOnDisk(api: ClientHealthApi): Promise<{ folders: { folder: string; state: string; clients: { id: string; name: string }[] }[] }> {
  return JSON.parse(await fs.readFile(api.portfolio.store.path, 'utf8'));
}

async function rows(api: ClientHealthApi, parent?: PortfolioNode) {
  const nodes = await api.portfolioTree.getChildren(parent);
  return Promise.all(nodes.map(async (node) => ({ node, item: await api.portfolioTree.getTreeItem(node) })));
}

describe('Portfolio', () => {
  let temp: string | undefined;

  afterEach(async () => {
    if (temp) {
      await fs.rm(temp, { recursive: true, force: true });
      temp = undefined;
    }
  });

  it('Portfolio: writes the workspace client files read valid to the index in global storage', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const valid = folder('valid').uri.fsPath;
    const entry = await waitFor('the valid folder in the index on disk', async () => {
      try {
        return (await indexOnDisk(api)).folders.find((f) => f.folder === valid);
      } catch {
        return undefined;
      }
    });
    assert.strictEqual(entry.state, 'ok');
    assert.deepStrictEqual(entry.clients.map((c) => c.name), ['Acme SARL', 'Bottega Rossi']);
    // Outside every repository, and without the file's contacts.
    assert.ok(!api.portfolio.store.path.startsWith(valid));
    assert.ok(!JSON.stringify(entry).includes('jean@acme.example'));
    // The broken file (no valid read) is not written.
    assert.ok(!(await indexOnDisk(api)).folders.some((f) => f.folder === folder('broken').uri.fsPath));
  });

  it('Portfolio: Add Folders to Portfolio finds the client files below a parent folder and lists their clients; Forget removes them', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'ch-portfolio-'));
    const source = await fs.readFile(vscode.Uri.joinPath(folder('valid').uri, '.freelance', 'clients.json').fsPath, 'utf8');
    await fs.mkdir(path.join(temp, 'repos', 'north-site', '.freelance'), { recursive: true });
    await fs.writeFile(path.join(temp, 'repos', 'north-site', '.freelance', 'clients.json'), source.replace('"Acme SARL"', '"Northwind Ltd"'));
    await fs.mkdir(path.join(temp, 'repos', 'south-app', '.freelance'), { recursive: true });
    await fs.writeFile(path.join(temp, 'repos', 'south-app', '.freelance', 'clients.json'), '{ "version": 1, "clients": [');

    const { asked } = await withAnswers(api, [path.join(temp, 'repos'), DEFAULT], () => execute(Commands.addFoldersToPortfolio));
    assert.deepStrictEqual(asked.map((a) => a.kind), ['open', 'notify']);
    assert.match(asked[1].text ?? '', /Folders added to the portfolio: 2\. Client files that could not be read: 1;/);

    const north = (await rows(api)).find((r) => /· Northwind Ltd$/.test(label(r.item)));
    assert.ok(north, `Northwind is listed: ${(await rows(api)).map((r) => label(r.item)).join(' | ')}`);
    assert.match(String(north.item.description), /^north-site · /);
    assert.strictEqual(north.item.contextValue, 'portfolioClient.other.ok');
    assert.ok(north.item.id);
    assert.strictEqual(api.portfolioTree.getParent(north.node), undefined);
    for (const signal of await api.portfolioTree.getChildren(north.node)) {
      assert.strictEqual(api.portfolioTree.getParent(signal), north.node);
    }
    const totals = (await rows(api)).filter((r) => r.item.contextValue === 'portfolioTotal');
    // One row per currency (the fixtures bill in CHF and EUR): amounts in different currencies are never added.
    assert.ok(totals.map((r) => label(r.item)).includes('Totals in EUR'));
    assert.strictEqual(new Set(totals.map((r) => label(r.item))).size, totals.length);
    const south = (await rows(api)).find((r) => label(r.item) === 'south-app');
    assert.ok(south, 'the folder whose file does not parse is listed');
    assert.strictEqual(south.item.contextValue, 'portfolioFolder.other.invalid');
    assert.match(String(south.item.description), /^invalid · /);

    // A chat agent's #clients sees the other repository's client too, from its summary, by folder name only.
    const listed = await vscode.lm.invokeTool('clientHealth_clients', { input: { folder: 'north-site' }, toolInvocationToken: undefined });
    const said = listed.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
    assert.match(said, /Northwind Ltd \(id [\w-]+, folder north-site, another repository, figures of \d{4}-\d\d-\d\d\): /, said);
    assert.ok(!said.includes(temp), 'no path reaches the model');

    await withAnswers(api, ['north-site'], () => execute(Commands.forgetPortfolioFolder));
    assert.ok(!(await rows(api)).some((r) => /Northwind/.test(label(r.item))), 'Northwind is gone from the view');
    assert.ok(!(await indexOnDisk(api)).folders.some((f) => f.folder.endsWith('north-site')), 'and from the index');
    await execute(Commands.forgetPortfolioFolder, south.node);
    assert.ok(!(await rows(api)).some((r) => label(r.item) === 'south-app'));
  });

  it("Portfolio: lowRate compares a workspace client with the clients of a repository added to the portfolio, and no longer once it is forgotten", async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    // 20 hours for EUR 1,000 in the last 180 days: EUR 50 an hour, and no standard rate to compare with.
    const hours = (rate: number) => ({
      contract: { signed: day(300) },
      invoices: [{ number: 'R-1', issued: day(60), due: day(30), amount: rate * 20, payments: [{ date: day(40), amount: rate * 20 }] }],
      hours: [70, 69, 68, 67].map((ago) => ({ date: day(ago), hours: 5 })),
    });
    const original = await fs.readFile(clientFileUri('valid').fsPath, 'utf8');
    const own = { version: 1, freelancer: { name: 'Camille Martin', currency: 'EUR' }, clients: [{ id: 'acme', name: 'Acme SARL', ...hours(50) }] };
    /** Acme's lowRate: its evidence names how many other clients the median was taken over. */
    const peersOfAcme = () => {
      const store = api.stores.forFolder(folder('valid'));
      const signal = store && api.health.healthOf(store).find((h) => h.id === 'acme')?.signals.find((s) => s.id === 'lowRate');
      const text = signal?.evidence.map((e) => formatMessage(e.message)).join(' ') ?? '';
      const count = /the median of (\d+) other clients/.exec(text)?.[1] ?? (/the rate of your one other client/.test(text) ? '1' : '0');
      return { severity: signal?.severity, count: Number(count) };
    };
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'ch-portfolio-'));
    try {
      await fs.writeFile(clientFileUri('valid').fsPath, JSON.stringify(own, null, 2));
      await waitFor('Acme with its hours', () => (api.health.all().some(({ health }) => health.id === 'acme' && health.name === 'Acme SARL' && health.money.currency === 'EUR') ? true : undefined));
      const before = peersOfAcme();
      // Another repository, never opened here: five clients paying EUR 150 an hour.
      const rich = { version: 1, freelancer: { name: 'Camille Martin', currency: 'EUR' }, clients: [1, 2, 3, 4, 5].map((n) => ({ id: `rich-${n}`, name: `Rich Client ${n}`, ...hours(150) })) };
      await fs.mkdir(path.join(temp, 'rich-repo', '.freelance'), { recursive: true });
      await fs.writeFile(path.join(temp, 'rich-repo', '.freelance', 'clients.json'), JSON.stringify(rich, null, 2));
      await withAnswers(api, [path.join(temp, 'rich-repo'), DEFAULT], () => execute(Commands.addFoldersToPortfolio));
      const after = await waitFor('lowRate over the portfolio', () => {
        const now = peersOfAcme();
        return now.count === before.count + 5 ? now : undefined;
      });
      assert.strictEqual(after.severity, 'critical', 'EUR 50 against a median of EUR 150 is under half');
      await withAnswers(api, ['rich-repo'], () => execute(Commands.forgetPortfolioFolder));
      await waitFor('lowRate without the forgotten repository', () => (peersOfAcme().count === before.count ? true : undefined));
    } finally {
      await restoreClientFile('valid', original);
    }
  });

  it('Portfolio: a damaged index is set aside, not a crash, and the workspace fills it again', async () => {
    const api = await activateExtension();
    await api.portfolio.ready;
    await fs.writeFile(api.portfolio.store.path, '{ "version": 1, "folders": [ torn');
    await execute(Commands.refreshPortfolio);
    const siblings = await fs.readdir(path.dirname(api.portfolio.store.path));
    assert.ok(siblings.some((name) => name.startsWith('portfolio.json.corrupt-')), `set aside: ${siblings.join(', ')}`);
    const valid = folder('valid').uri.fsPath;
    await waitFor('the valid folder back in the index', async () => (await indexOnDisk(api)).folders.find((f) => f.folder === valid && f.state === 'ok'));
    assert.ok((await rows(api)).some((r) => /· Acme SARL$/.test(label(r.item))));
  });
});
