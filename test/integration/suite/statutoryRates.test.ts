/**
 * clientHealth.lateFees.referenceRates in the editor: a firm reminder drafted for a French freelancer's business
 * client with an overdue invoice states the statutory interest computed with the setting's rate, newer than any
 * shipped one (the law and the setting's parser load with the drafts, dist/drafts.js).
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { formatDate, localToday, parseDate } from '../../../src/core/dates';
import { clientFacts } from '../../../src/core/health/facts';
import { clientLateFees, mergeRates, SHIPPED_RATES } from '../../../src/core/law';
import { formatterFor } from '../../../src/core/templates/locale';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, restoreClientFile, waitFor } from './helpers';
import { ESCAPE, withAnswers } from './scriptedPrompts';

/** The first day of the half-year a day falls in, as the French rule reads its rate (1 January, 1 July). */
const halfYearStart = (text: string) => `${text.slice(0, 4)}-${Number(text.slice(5, 7)) <= 6 ? '01' : '07'}-01`;

describe('Statutory late fees with the reference-rate setting, in the real editor', () => {
  afterEach(closeAllEditorsDiscarding);

  it('a firm reminder to a French business client states the interest at the setting’s newer ECB rate', async () => {
    const api = await activateExtension();
    const uri = clientFileUri('health');
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    const config = vscode.workspace.getConfiguration('clientHealth', folder('health'));
    const today = localToday();
    const due = formatDate(today - 40);
    // A rate for every half-year the 40 days touch, at a figure no shipped entry has: 7.77 + 10 points = 17.77 %.
    const rates = [...new Set([halfYearStart(formatDate(today - 39)), halfYearStart(formatDate(today))])].map((from) => ({ source: 'ECB', from, percent: 7.77 }));
    const latestShipped = SHIPPED_RATES.filter((r) => r.source === 'ECB').map((r) => r.from).sort().at(-1)!;
    assert.ok(rates.some((r) => r.from > latestShipped), 'the setting holds a rate newer than the shipped data');
    const file = readClientFile(original).file!;
    const edited = {
      ...file,
      freelancer: { ...file.freelancer, country: 'FR' },
      clients: [
        ...file.clients,
        { id: 'fr-business', name: 'Société Exemple SAS', isBusiness: true, invoices: [{ number: 'FR-001', issued: formatDate(today - 70), due, amount: 3650 }] },
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
      const target = { kind: 'clientRef', folder: folder('health').uri.toString(), clientId: 'fr-business' };
      const { result } = await withAnswers(api, ['Firm', ESCAPE], () => vscode.commands.executeCommand<boolean>('clientHealth.draftPaymentReminder', target));
      assert.strictEqual(result, true);
      const text = vscode.window.activeTextEditor!.document.getText();

      const fees = clientLateFees(clientFacts(store.file!, store.file!.clients.length - 1, today), today, mergeRates(rates.map((r) => ({ ...r, source: 'ECB' as const }))));
      assert.ok(typeof fees === 'object' && fees.interest !== undefined && fees.interest > 0);
      const money = (minor: number) => formatterFor('en').money(minor, 'EUR');
      assert.ok(text.includes('Code de commerce') || text.includes('French Commercial Code'), text);
      assert.ok(text.includes(money(fees.interest)), `the interest at 17.77 %, ${money(fees.interest)}:\n${text}`);
      assert.match(text, /17\.77/, 'the annual rate from the setting');
      assert.doesNotMatch(text, /latest reference rate known/, 'no older-rate note: the setting reaches today');
      assert.ok(parseDate(due)! < today);
    } finally {
      await config.update('lateFees.referenceRates', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await restoreClientFile('health', original);
    }
  });
});
