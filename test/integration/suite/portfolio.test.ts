import * as assert from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../../src/commandIds';
import type { PortfolioNode } from '../../../src/tree/portfolioTree';
import { activateExtension, folder, waitFor } from './helpers';
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
