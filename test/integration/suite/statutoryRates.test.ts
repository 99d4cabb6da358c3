/**
 * clientHealth.lateFees.referenceRates in the editor: a firm reminder drafted for a French freelancer's business
 * client with an overdue invoice, and that client's dashboard, state the statutory interest computed with the
 * setting's rate, newer than any shipped one (the law and the setting's parser load with the drafts, dist/drafts.js).
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { Commands } from '../../../src/commandIds';
import { readClientFile } from '../../../src/core/clientFile';
import { DayNumber, formatDate, localToday } from '../../../src/core/dates';
import { clientFacts } from '../../../src/core/health/facts';
import { ClientLateFees, clientLateFees, mergeRates, RateEntry, SHIPPED_RATES } from '../../../src/core/law';
import { ClientFile } from '../../../src/core/schema';
import { formatterFor } from '../../../src/core/templates/locale';
import type { ObservedDashboardPanel } from '../../../src/testMode/observedDashboard';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, restoreClientFile, waitFor } from './helpers';
import { ESCAPE, withAnswers } from './scriptedPrompts';

/** The first day of the half-year a day falls in, as the French rule reads its rate (1 January, 1 July). */
const halfYearStart = (text: string) => `${text.slice(0, 4)}-${Number(text.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
const money = (minor: number) => formatterFor('en').money(minor, 'EUR');
const target = () => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'fr-business' }) as const;

/**
 * The health folder's file with freelancer.country FR and a business client whose 3,650 EUR fell due 40 days ago,
 * and the setting holding an ECB rate for every half-year those days touch, at a figure no shipped entry has
 * (7.77 + 10 points = 17.77 %). Runs `check` with the client's figures as computed from the setting, then restores both.
 */
async function withFrenchBusinessClient(check: (fees: ClientLateFees, file: ClientFile, today: DayNumber) => Promise<void>): Promise<void> {
  const api = await activateExtension();
  const uri = clientFileUri('health');
  const original = fs.readFileSync(uri.fsPath, 'utf8');
  const config = vscode.workspace.getConfiguration('clientHealth', folder('health'));
  const today = localToday();
  const rates: RateEntry[] = [...new Set([halfYearStart(formatDate(today - 39)), halfYearStart(formatDate(today))])].map((from) => ({ source: 'ECB', from, percent: 7.77 }));
  const latestShipped = SHIPPED_RATES.filter((r) => r.source === 'ECB').map((r) => r.from).sort().at(-1)!;
  assert.ok(rates.some((r) => r.from > latestShipped), 'the setting holds a rate newer than the shipped data');
  const file = readClientFile(original).file!;
  const edited = {
    ...file,
    freelancer: { ...file.freelancer, country: 'FR' },
    clients: [
      ...file.clients,
      { id: 'fr-business', name: 'Société Exemple SAS', isBusiness: true, invoices: [{ number: 'FR-001', issued: formatDate(today - 70), due: formatDate(today - 40), amount: 3650 }] },
    ],
  };
  try {
    await config.update('lateFees.referenceRates', rates, vscode.ConfigurationTarget.WorkspaceFolder);
    fs.writeFileSync(uri.fsPath, JSON.stringify(edited, null, 2));
    const store = api.stores.forFolder(folder('health'))!;
    await waitFor('the store to read the French business client', async () => {
      await store.refresh();
      return store.file?.clients.some((c) => c.id === 'fr-business') ? true : undefined;
    });
    const read = store.file!;
    const fees = clientLateFees(clientFacts(read, read.clients.length - 1, today), today, mergeRates(rates));
    assert.ok(typeof fees === 'object' && fees.interest !== undefined && fees.interest > 0 && !fees.olderRate);
    await check(fees, read, today);
  } finally {
    await config.update('lateFees.referenceRates', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await restoreClientFile('health', original);
  }
}

describe('Statutory late fees with the reference-rate setting, in the real editor', function () {
  this.timeout(90_000);
  afterEach(closeAllEditorsDiscarding);

  it('a firm reminder to a French business client states the interest at the setting’s newer ECB rate', async () => {
    await withFrenchBusinessClient(async (fees) => {
      const api = await activateExtension();
      const { result } = await withAnswers(api, ['Firm', ESCAPE], () => vscode.commands.executeCommand<boolean>('clientHealth.draftPaymentReminder', target()));
      assert.strictEqual(result, true);
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.ok(text.includes('Code de commerce') || text.includes('French Commercial Code'), text);
      assert.ok(text.includes(money(fees.interest!)), `the interest at 17.77 %, ${money(fees.interest!)}:\n${text}`);
      assert.match(text, /17\.77/, 'the annual rate from the setting');
      assert.doesNotMatch(text, /latest reference rate known/, 'no older-rate note: the setting reaches today');
    });
  });

  it('the client’s dashboard shows the same interest per invoice, the compensation and the basis', async () => {
    await withFrenchBusinessClient(async (fees) => {
      const panel = await vscode.commands.executeCommand<ObservedDashboardPanel>(Commands.openDashboard, target());
      try {
        await waitFor('the page to render', () => panel.lastRendered, 60_000);
        const posted = panel.lastPosted;
        assert.ok(posted?.type === 'update');
        const statutory = posted.model.statutory;
        assert.ok(statutory, 'a statutory section');
        assert.strictEqual(statutory.basis, 'Code de commerce, art. L441-10 et D441-5');
        assert.deepStrictEqual(statutory.rows.map((r) => [r.invoice, r.interest, r.rates, r.compensation]), [['FR-001', money(fees.interest!), '17.77%', '€40.00']]);
        assert.deepStrictEqual(statutory.total, { interest: money(fees.interest!), compensation: '€40.00', sum: money(fees.interest! + 4000) });
        assert.ok(!statutory.notes.some((n) => /latest reference rate known/.test(n)), statutory.notes.join('\n'));
        assert.strictEqual(posted.labels.statutory, 'Statutory late fees');
      } finally {
        panel.dispose();
      }
    });
  });
});
