/**
 * Import Invoices in the real workbench: e-invoices given to the command (as the
 * Explorer and a drop on the Clients view give them) are matched to clients,
 * previewed with their reasons, written as one edit that a single Undo takes
 * back, and nothing is written when the user cancels.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import type { ClientHealthApi } from '../../../src/extension';
import { urisOf } from '../../../src/tree/dropImport';
import type { TreeNode } from '../../../src/tree/nodes';
import type { Asked } from './scriptedPrompts';
import { activateExtension, clientFileUri, folder, restoreClientFile, waitFor } from './helpers';
import { withAnswers } from './scriptedPrompts';

const ubl = (number: string, issued: string, amount: string, buyer: { name: string; vat?: string }, root = 'Invoice') => `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>${number}</cbc:ID>
  <cbc:IssueDate>${issued}</cbc:IssueDate>
  <cbc:DueDate>2026-01-31</cbc:DueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Camille Martin</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>${buyer.vat ? `<cac:PartyTaxScheme><cbc:CompanyID>${buyer.vat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>` : ''}<cac:PartyLegalEntity><cbc:RegistrationName>${buyer.name}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">${amount}</cbc:PayableAmount></cac:LegalMonetaryTotal>
</${root}>
`;

function documents(): { dir: string; uris: vscode.Uri[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-import-'));
  const files: Record<string, string> = {
    'a-calm.xml': ubl('C-002', '2026-01-01', '750.00', { name: 'Calm Co' }),
    'b-unknown-buyer.xml': ubl('X-1', '2026-01-02', '300', { name: 'Calm Company SAS', vat: 'FR 12 345 678 901' }),
    'c-conflict.xml': ubl('LP-001', '2020-01-01', '999', { name: 'Late Payer Ltd' }),
    'd-credit.xml': ubl('CN-1', '2026-01-03', '50', { name: 'Calm Co' }, 'CreditNote'),
    'e-broken.xml': '<Invoice><cbc:ID>',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { dir, uris: Object.keys(files).map((name) => vscode.Uri.file(path.join(dir, name))) };
}

const calm = (text: string) => readClientFile(text).file!.clients.find((c) => c.id === 'calm')!;

/** The line under the preview's item with this label: its reason, then its document. */
const detailOf = (preview: Asked, label: string) => preview.details?.[preview.labels?.indexOf(label) ?? -1] ?? '';

describe('Import Invoices in the workbench', function () {
  this.timeout(60_000);
  let api: ClientHealthApi;
  let original: string;

  before(async () => {
    api = await activateExtension();
    original = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
  });

  afterEach(async () => {
    await restoreClientFile('health', original);
  });

  it('previews what is added, in conflict, skipped and not read, writes it as one edit, and one Undo takes it all back', async () => {
    const { uris } = documents();
    const store = api.stores.forFolder(folder('health'))!;
    const { result, asked } = await withAnswers(api, ['Calm Co', 'Store it', '$(check)'], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }, uris),
    );
    assert.strictEqual(result, true);
    // The buyer no client matched is asked about once, then the tax id is offered for storing.
    assert.match(asked[0].text ?? '', /Calm Company SAS \(FR 12 345 678 901\)/);
    assert.match(asked[1].text ?? '', /Store the tax number FR 12 345 678 901 on Calm Co/);
    const preview = asked[2];
    assert.deepStrictEqual(
      preview.labels?.filter((l) => !l.startsWith('$(')),
      ['2 to add', 'C-002', 'X-1', '1 in conflict with the client file', 'LP-001', '1 skipped', 'CN-1', '1 document not read', uris[4].fsPath],
      JSON.stringify(preview.labels),
    );
    assert.match(preview.labels?.[0] ?? '', /Import 2 invoices into health[\\/]\.freelance[\\/]clients\.json|Import 2 invoices into \.freelance[\\/]clients\.json/);
    // Each row says why, and from which document.
    assert.match(detailOf(preview, 'LP-001'), /^On file: issued 2020-01-01, due —, 1000; in the document: issued 2020-01-01, due 2026-01-31, 999\. Nothing is changed\. \(.*c-conflict\.xml\)$/);
    assert.match(detailOf(preview, 'CN-1'), /^A credit note: the client file has no credit notes yet, so it is not imported\. \(.*d-credit\.xml\)$/);
    assert.match(detailOf(preview, uris[4].fsPath), /^Line 1, column \d+: The document is not well-formed XML/);

    const uri = clientFileUri('health');
    const written = fs.readFileSync(uri.fsPath, 'utf8');
    assert.deepStrictEqual(calm(written).invoices?.map((i) => [i.number, i.amount]), [['C-001', 500], ['C-002', 750], ['X-1', 300]]);
    assert.strictEqual(calm(written).taxId, 'FR 12 345 678 901');
    assert.ok(written.includes('// Signals that do not depend on today'), 'comments kept');
    assert.deepStrictEqual(
      readClientFile(written).file!.clients.find((c) => c.id === 'late-payer'),
      readClientFile(original).file!.clients.find((c) => c.id === 'late-payer'),
      'the conflicting invoice on file is not changed',
    );

    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    await waitFor('one Undo to take the whole import back', () => (document.getText() === original ? true : undefined));
  });

  it('writes nothing when the preview is cancelled, for files dropped on the Clients view', async () => {
    const { uris } = documents();
    const transfer = new vscode.DataTransfer();
    transfer.set('text/uri-list', new vscode.DataTransferItem(uris.slice(0, 1).map((u) => u.toString()).join('\r\n')));
    // Dropped beside the rows, not on a folder: the user picks which folder's client file.
    const { asked } = await withAnswers(api, ['health', '$(close)'], () => api.tree.dropController.handleDrop(undefined, transfer));
    assert.deepStrictEqual(asked.map((a) => a.kind), ['pick', 'pick']);
    assert.ok(asked[1].labels?.includes('C-002'), JSON.stringify(asked[1].labels));
    assert.strictEqual(fs.readFileSync(clientFileUri('health').fsPath, 'utf8'), original);
  });

  it('asks once which column of a CSV export is which, saves the mapping in the folder, and imports with it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-import-csv-'));
    const csv = path.join(dir, 'export.csv');
    fs.writeFileSync(csv, '\ufeffFacture;Date;Échéance;Montant TTC;Client\nF-2026-01;15/01/2026;14/02/2026;1.250,50;Calm Co\nF-2026-02;31/02/2026;;10,00;Calm Co\n');
    const store = api.stores.forFolder(folder('health'))!;
    const config = () => vscode.workspace.getConfiguration('clientHealth', folder('health').uri);
    try {
      const { result, asked } = await withAnswers(api, ['$(check) Use this mapping', '$(check)'], () =>
        vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }, [vscode.Uri.file(csv)]),
      );
      assert.strictEqual(result, true);
      // The whole mapping is shown before it is used: each field with its column.
      const mapping = asked[0];
      assert.ok(mapping.labels?.includes('Invoice number') && mapping.descriptions?.includes('"Facture"'), JSON.stringify(mapping));
      assert.ok(mapping.descriptions?.includes('DD/MM/YYYY') && mapping.descriptions?.includes('1.234,56'), JSON.stringify(mapping.descriptions));
      // The row with an impossible date is listed as skipped, with its row.
      assert.ok(asked[1].labels?.includes('F-2026-02') || asked[1].labels?.some((l) => l.startsWith('Row')), JSON.stringify(asked[1].labels));
      assert.deepStrictEqual(config().get('import.csvColumns'), {
        number: 'Facture', issued: 'Date', due: 'Échéance', amount: 'Montant TTC', clientName: 'Client', dateFormat: 'DD/MM/YYYY', decimalSeparator: ',',
      });
      const written = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
      assert.deepStrictEqual(calm(written).invoices?.at(-1), { number: 'F-2026-01', issued: '2026-01-15', due: '2026-02-14', amount: 1250.5 });
      // The next export of the same tool imports without a question about its columns.
      await restoreClientFile('health', original);
      const again = await withAnswers(api, ['$(check)'], () => vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }, [vscode.Uri.file(csv)]));
      assert.strictEqual(again.result, true);
      // Only the preview is asked (the confirmation that follows is a notification).
      assert.deepStrictEqual(again.asked.filter((a) => a.kind !== 'notify').map((a) => a.kind), ['pick']);
      assert.ok(again.asked[0].labels?.includes('F-2026-01'), JSON.stringify(again.asked[0].labels));
    } finally {
      await config().update('import.csvColumns', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('imports the documents of a folder picked, in its subfolders too, leaving other files and hidden folders alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-import-folder-'));
    fs.mkdirSync(path.join(dir, '2026', 'january'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.drafts'));
    fs.writeFileSync(path.join(dir, 'top.xml'), ubl('C-010', '2026-01-05', '120.00', { name: 'Calm Co' }));
    fs.writeFileSync(path.join(dir, '2026', 'january', 'nested.xml'), ubl('C-011', '2026-01-06', '130.00', { name: 'Calm Co' }));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an invoice');
    fs.writeFileSync(path.join(dir, '.drafts', 'draft.xml'), ubl('C-099', '2026-01-07', '1.00', { name: 'Calm Co' }));
    const store = api.stores.forFolder(folder('health'))!;
    // The command's own open dialog, answered with the folder, as a user who picks it.
    const { result, asked } = await withAnswers(api, [dir, '$(check)'], () => vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }));
    assert.strictEqual(result, true);
    assert.strictEqual(asked[0].kind, 'open');
    // Folders are read in name order, each entry as it comes: 2026/ before top.xml.
    assert.deepStrictEqual(asked[1].labels?.filter((l) => !l.startsWith('$(')), ['2 to add', 'C-011', 'C-010'], JSON.stringify(asked[1].labels));
    const written = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
    assert.deepStrictEqual(calm(written).invoices?.slice(-2).map((i) => [i.number, i.amount]), [['C-011', 130], ['C-010', 120]]);
  });

  it('says a folder holds only PDF or signed invoices, which are not read, rather than that it holds nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-import-pdfs-'));
    fs.writeFileSync(path.join(dir, 'F-1.pdf'), '%PDF-1.7\n');
    fs.writeFileSync(path.join(dir, 'IT01234567890_00001.xml.p7m'), 'signed');
    const store = api.stores.forFolder(folder('health'))!;
    const before = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
    const { result, asked } = await withAnswers(api, [dir], () => vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }));
    assert.strictEqual(result, false);
    assert.match(asked.find((a) => a.kind === 'notify')?.text ?? '', /^Only PDF or signed \(\.p7m\) files were found there/, JSON.stringify(asked));
    assert.strictEqual(fs.readFileSync(clientFileUri('health').fsPath, 'utf8'), before);
  });

  it('imports files dropped on a client row into that folder\'s client file, each to the client its document names', async () => {
    const { uris } = documents();
    const folderNode = api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health')!;
    const latePayer = api.tree.getChildren(folderNode).find((n): n is Extract<TreeNode, { kind: 'client' }> => n.kind === 'client' && n.client.id === 'late-payer')!;
    const transfer = new vscode.DataTransfer();
    transfer.set('text/uri-list', new vscode.DataTransferItem(`# dropped from the Explorer\r\n${uris[0].toString()}\r\n`));
    const { asked } = await withAnswers(api, ['$(check)'], () => api.tree.dropController.handleDrop(latePayer, transfer));
    // No folder is asked for: the row dropped on names it. The preview is the only question.
    assert.deepStrictEqual(asked.filter((a) => a.kind !== 'notify').map((a) => a.kind), ['pick']);
    const written = fs.readFileSync(clientFileUri('health').fsPath, 'utf8');
    assert.deepStrictEqual(calm(written).invoices?.at(-1), { number: 'C-002', issued: '2026-01-01', due: '2026-01-31', amount: 750 });
    assert.ok(!readClientFile(written).file!.clients.find((c) => c.id === 'late-payer')!.invoices?.some((i) => i.number === 'C-002'), 'not into the client dropped on');
  });

  it('reads a dropped uri-list as RFC 2483 says: one URI a line, comments and lines that are no URI left out', () => {
    const uris = urisOf('# a comment\r\nfile:///tmp/a.xml\r\n\r\nnot a uri\n  file:///tmp/b%20c.csv  \n');
    assert.deepStrictEqual(uris.map((u) => u.path), ['/tmp/a.xml', '/tmp/b c.csv']);
  });

  it('asks once about a buyer that is none of the clients, however many of its invoices there are', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-import-once-'));
    const uris = ['S-1', 'S-2'].map((number) => {
      const file = path.join(dir, `${number}.xml`);
      fs.writeFileSync(file, ubl(number, '2026-01-05', '80.00', { name: 'Stranger GmbH' }));
      return vscode.Uri.file(file);
    });
    const store = api.stores.forFolder(folder('health'))!;
    const { asked } = await withAnswers(api, ['$(circle-slash)', '$(close)'], () => vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }, uris));
    assert.deepStrictEqual(asked.map((a) => a.kind), ['pick', 'pick']);
    assert.match(asked[0].text ?? '', /Stranger GmbH/);
    assert.deepStrictEqual(asked[1].labels?.filter((l) => !l.startsWith('$(')), ['2 skipped', 'S-1', 'S-2'], JSON.stringify(asked[1].labels));
  });

  it('tells the user, in the preview of a FreshBooks export, that tax columns are not added and to check each total', async () => {
    const freshbooks = path.resolve(__dirname, '../../../../test/fixtures/csv/freshbooks-invoice-details.csv');
    const store = api.stores.forFolder(folder('health'))!;
    // Neither buyer of the export is a client of this folder: both are skipped, then the preview is closed.
    const { asked } = await withAnswers(api, ['$(circle-slash)', '$(circle-slash)', '$(close)'], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.importInvoices', { store }, [vscode.Uri.file(freshbooks)]),
    );
    const preview = asked[2];
    const labels = preview.labels ?? [];
    assert.ok(labels.includes('Check before importing'), JSON.stringify(labels));
    assert.match(detailOf(preview, labels[labels.indexOf('Check before importing') + 1]), /"Line Total".*tax columns are not added.*Check each total/);
    assert.strictEqual(fs.readFileSync(clientFileUri('health').fsPath, 'utf8'), original);
  });
});
