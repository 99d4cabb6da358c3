/**
 * client-health mcp, spoken to as an agent speaks to it: the MCP SDK's own
 * client over standard input/output of the real CLI process. Reads work;
 * recording exists only with --allow-writes and writes the file the safe way.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CLI_VERSION } from '../../../src/cli/main';
import { readClientFile } from '../../../src/core/clientFile';

const MAIN = resolve(__dirname, '../../../src/cli/main.js');
const FILE = `{
  // kept: a comment
  "version": 1,
  "freelancer": { "name": "Camille Martin", "currency": "EUR" },
  "clients": [
    { "id": "northwind", "name": "Northwind Logistics",
      "invoices": [{ "number": "NW-2026-09", "issued": "2020-09-01", "due": "2020-10-01", "amount": 4550 }],
      "journal": [{ "at": "2020-11-02", "kind": "abusive", "note": "Private insult text" }] }
  ]
}
`;

async function connect(args: string[]): Promise<{ client: Client; path: string; close: () => Promise<void> }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'ch-mcp-')), 'northwind');
  mkdirSync(join(dir, '.freelance'), { recursive: true });
  const path = join(dir, '.freelance', 'clients.json');
  writeFileSync(path, FILE);
  const transport = new StdioClientTransport({ command: process.execPath, args: [MAIN, 'mcp', path, ...args], stderr: 'pipe' });
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(transport);
  return { client, path, close: async () => client.close() };
}

const textOf = (result: { [key: string]: unknown }) => (result.content as { type: string; text: string }[]).map((c) => c.text).join('');

describe('client-health mcp', function () {
  this.timeout(30_000);

  it('serves the read tools and the draft tool, with their input schemas, and no recording without --allow-writes', async () => {
    const { client, close } = await connect([]);
    try {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map((t) => t.name).sort(), ['clientHealth_client', 'clientHealth_clients', 'clientHealth_draft']);
      assert.ok(tools.every((t) => t.inputSchema.type === 'object' && t.annotations?.readOnlyHint === true));
      const clients = textOf(await client.callTool({ name: 'clientHealth_clients', arguments: {} }));
      assert.match(clients, /Northwind Logistics \(id northwind, folder northwind\): Time to part ways/);
      const one = textOf(await client.callTool({ name: 'clientHealth_client', arguments: { clientId: 'northwind' } }));
      assert.doesNotMatch(one, /Private insult text/);
      const draft = textOf(await client.callTool({ name: 'clientHealth_draft', arguments: { clientId: 'northwind', kind: 'reminder', language: 'tr' } }));
      assert.match(draft, /NW-2026-09/);
      const refused = await client.callTool({ name: 'clientHealth_record', arguments: { kind: 'hours', clientId: 'northwind', date: '2026-12-01', hours: 2 } });
      assert.equal(refused.isError, true);
      assert.match(textOf(refused), /only when the server is started with --allow-writes/);
      const bad = await client.callTool({ name: 'clientHealth_client', arguments: { clientId: 'northwind', extra: true } });
      assert.equal(bad.isError, true);
      assert.match(textOf(bad), /^Invalid input: "extra" is not a key this tool takes; it takes clientId, /);
      // Past what the listed schema allows: the server answers in words, not with a protocol error.
      const broken = await client.callTool({ name: 'clientHealth_draft', arguments: { clientId: 42, kind: 'poem' } });
      assert.equal(broken.isError, true);
      assert.equal(textOf(broken), 'Invalid input: "clientId" must be text in double quotes; found 42. "kind" must be one of statement, reminder, changeOrder, terminationEmail, terminationAgreement, offboardingChecklist, clause; found "poem".');
    } finally {
      await close();
    }
  });

  it('records with --allow-writes through the safe edit path: comments kept, a refused change writes nothing', async () => {
    const { client, path, close } = await connect(['--allow-writes']);
    try {
      const { tools } = await client.listTools();
      const record = tools.find((t) => t.name === 'clientHealth_record');
      assert.ok(record);
      // Anthropic's API refuses a tool whose input schema has any of these at the top, and with it the whole request.
      assert.deepEqual(tools.flatMap((t) => ['oneOf', 'anyOf', 'allOf'].filter((key) => key in t.inputSchema).map((key) => `${t.name}: ${key}`)), []);
      assert.deepEqual(record.inputSchema.required, ['kind', 'clientId']);
      const done = await client.callTool({ name: 'clientHealth_record', arguments: { kind: 'payment', clientId: 'northwind', invoice: 'NW-2026-09', date: '2026-12-02', amount: 1200 } });
      assert.equal(done.isError, undefined, textOf(done));
      assert.equal(textOf(done), 'Recorded €1,200.00 paid on 2026-12-02 against invoice NW-2026-09 of Northwind Logistics (northwind).');
      const after = readFileSync(path, 'utf8');
      assert.ok(after.includes('// kept: a comment'));
      assert.match(after, /"payments": \[\s*\{\s*"date": "2026-12-02",\s*"amount": 1200\s*\}\s*\]/);
      const twice = await client.callTool({ name: 'clientHealth_record', arguments: { kind: 'invoice', clientId: 'northwind', number: 'NW-2026-09', issued: '2026-12-01', amount: 5 } });
      assert.equal(twice.isError, true);
      assert.equal(readFileSync(path, 'utf8'), after);
      const journal = await client.callTool({
        name: 'clientHealth_record',
        arguments: { kind: 'journal', clientId: 'northwind', at: '2026-12-02T21:40', entryKind: 'afterHoursContact', note: 'Called about the invoice' },
      });
      assert.equal(textOf(journal), 'Logged a journal entry (afterHoursContact) for Northwind Logistics (northwind) on 2026-12-02T21:40.');
      const entries = readClientFile(readFileSync(path, 'utf8')).file?.clients[0].journal;
      assert.deepEqual(entries?.at(-1), { at: '2026-12-02T21:40', kind: 'afterHoursContact', note: 'Called about the invoice' });
      assert.ok(readFileSync(path, 'utf8').includes('// kept: a comment'));
    } finally {
      await close();
    }
  });

  it('names the package version in the handshake', () => {
    assert.equal(CLI_VERSION, JSON.parse(readFileSync(resolve(__dirname, '../../../../package.json'), 'utf8')).version);
  });
});
