/** Index documents for the portfolio tests: valid, deterministic, as large as asked. */
import { FolderEntry, PortfolioIndex } from '../../../../src/core/portfolio/indexFile';
import { ClientSummary } from '../../../../src/core/portfolio/summary';

export function summaryOf(id: string, fields: Partial<ClientSummary> = {}): ClientSummary {
  return {
    id,
    name: `Client ${id}`,
    status: 'active',
    currency: 'EUR',
    level: 'watch',
    score: 84,
    signals: [{ id: 'overdue', severity: 'warning', message: { template: 'Invoice {0} is {1} late.', args: [`${id}-1`, { quantity: 3, unit: 'day' }] } }],
    owed: 120000,
    overdue: 50000,
    unbilled: 0,
    months: [{ month: '2026-11', invoiced: 100000, paid: 50000 }],
    hours: 12.5,
    paidForHours: 50000,
    effectiveRate: 4000,
    lastActivity: '2026-11-20',
    evaluated: '2026-11-22',
    ...fields,
  };
}

export function entryOf(folder: string, clients: readonly ClientSummary[], fields: Partial<FolderEntry> = {}): FolderEntry {
  return { folder, file: '.freelance/clients.json', state: 'ok', read: '2026-11-22T10:00:00.000Z', clients, ...fields };
}

/** An index of `folders` folders of `clients` clients each, every name carrying `generation`: the document is known from it. */
export function bigIndex(generation: number, folders = 200, clients = 30): PortfolioIndex {
  return {
    version: 1,
    folders: Array.from({ length: folders }, (_, f) =>
      entryOf(
        `/home/me/work/client-${f}`,
        Array.from({ length: clients }, (_, c) => summaryOf(`c${c}`, { name: `Generation ${generation} folder ${f} client ${c}`, score: (generation + c) % 101 })),
      ),
    ),
  };
}

/** The generation of a bigIndex, read from its first client's name. */
export function generationOf(index: PortfolioIndex): number {
  const match = /^Generation (\d+) /.exec(index.folders[0]?.clients[0]?.name ?? '');
  if (!match) {
    throw new Error('not a bigIndex');
  }
  return Number(match[1]);
}
