import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { addDays, formatDate, localToday } from '../../../src/core/dates';
import { formatDay } from '../../../src/core/humanDates';
import { Client, ClientFile } from '../../../src/core/schema';
import type { ClientHealthApi } from '../../../src/extension';
import type { ClientNode, TreeNode } from '../../../src/tree/nodes';
import { activateExtension, clientFileUri, driveUntilSettled, folder, restoreClientFile, waitFor } from './helpers';
import { Answer, DEFAULT, ESCAPE, withAnswers } from './scriptedPrompts';


const today = formatDate(localToday());
const ref = (clientId: string) => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId });

function model(text: string): ClientFile {
  const read = readClientFile(text);
  assert.deepStrictEqual(read.problems, [], 'the file stays valid');
  return read.file!;
}

const latePayer = (file: ClientFile): Client => file.clients.find((c) => c.id === 'late-payer')!;

function healthFolderNode(api: ClientHealthApi): TreeNode {
  return api.tree.getChildren().find((n) => n.kind === 'folder' && n.store.folder.name === 'health')!;
}

function clientNodes(api: ClientHealthApi): ClientNode[] {
  return api.tree.getChildren(healthFolderNode(api)).filter((n): n is ClientNode => n.kind === 'client');
}

interface Case {
  readonly command: string;
  readonly target: (api: ClientHealthApi) => unknown;
  readonly answers: readonly Answer[];
  /** Checks the model after the command against the one before. */
  readonly check: (after: ClientFile, before: ClientFile) => void;
  /** What the tree shows once the command is done. */
  readonly shown?: (api: ClientHealthApi) => boolean;
}

const CASES: Record<string, Case> = {
  'Add Client': {
    command: 'clientHealth.addClient',
    target: healthFolderNode,
    answers: [
      'Nova Studio',
      DEFAULT,
      'Ana Lima',
      { rejected: 'ana@', then: 'ana@nova.example' },
      'Signed on another date…',
      { rejected: '2026-02-30', then: '2026-01-15' },
      { rejected: '30.5', then: DEFAULT },
      { rejected: '-85', then: '1,250' },
    ],
    check: (after, before) => {
      assert.strictEqual(after.clients.length, before.clients.length + 1);
      assert.deepStrictEqual(after.clients.at(-1), {
        id: 'nova-studio',
        name: 'Nova Studio',
        status: 'active',
        contact: { name: 'Ana Lima', email: 'ana@nova.example' },
        contract: { signed: '2026-01-15', paymentTermsDays: 30, hourlyRate: 1250 },
      });
    },
    shown: (api) => clientNodes(api).some((n) => n.client.name === 'Nova Studio'),
  },
  'Record Invoice': {
    command: 'clientHealth.recordInvoice',
    target: () => ref('late-payer'),
    answers: [{ rejected: 'LP-001', then: DEFAULT }, DEFAULT, { rejected: '0', then: '1,250.50' }, { rejected: '2019-12-31', then: DEFAULT }],
    check: (after) => {
      assert.deepStrictEqual(latePayer(after).invoices!.at(-1), {
        number: 'LP-002',
        issued: today,
        due: formatDate(addDays(localToday(), 30)),
        amount: 1250.5,
      });
    },
  },
  'Record Payment': {
    command: 'clientHealth.recordPayment',
    target: () => ref('late-payer'),
    answers: ['LP-001', DEFAULT, { rejected: '2026-02-30', then: DEFAULT }],
    check: (after) => assert.deepStrictEqual(latePayer(after).invoices![0].payments!.at(-1), { date: today, amount: 600 }),
    shown: (api) => !api.health.healthOf(clientNodes(api)[0].store)[0].signals.some((s) => s.id === 'overdue'),
  },
  'Log Request': {
    command: 'clientHealth.logRequest',
    target: () => ref('late-payer'),
    answers: [{ rejected: '   ', then: 'Dark mode' }, 'Feature', DEFAULT, DEFAULT, 'Yes', { rejected: '-1', then: '3' }, DEFAULT],
    check: (after) => {
      const { at, ...request } = latePayer(after).requests!.at(-1)!;
      assert.deepStrictEqual(request, { summary: 'Dark mode', type: 'feature', inScope: false, billed: false, delivered: true, hours: 3 });
      // The first suggestion is today at the start of the working day (Monday to Friday, 09:00 by default), never the moment of typing.
      const workingDay = new Date().getDay() >= 1 && new Date().getDay() <= 5;
      assert.strictEqual(at, workingDay ? `${today}T09:00` : today);
    },
  },
  'Mark Request Billed': {
    command: 'clientHealth.markRequestBilled',
    target: () => ref('late-payer'),
    answers: ['Third round of changes'],
    check: (after) => assert.deepStrictEqual(latePayer(after).requests!.map((r) => r.billed), [undefined, undefined, true]),
  },
  'Mark Request Delivered': {
    command: 'clientHealth.markRequestDelivered',
    target: () => ref('late-payer'),
    answers: ['Third round of changes', { rejected: '2020-02-30', then: '2020-01-20' }],
    check: (after) => assert.deepStrictEqual(latePayer(after).requests!.map((r) => r.delivered), [undefined, undefined, '2020-01-20']),
  },
  'Log Journal Entry': {
    command: 'clientHealth.logJournalEntry',
    target: () => ref('late-payer'),
    answers: ['Discount request', 'Asked for 30% off the last invoice', 'Another date or time…', { rejected: '2026-03-01T24:00', then: '2026-03-01T18:30' }],
    check: (after) =>
      assert.deepStrictEqual(latePayer(after).journal!.at(-1), { at: '2026-03-01T18:30', kind: 'discountRequest', note: 'Asked for 30% off the last invoice' }),
  },
  'Log Hours': {
    command: 'clientHealth.logHours',
    target: () => ref('late-payer'),
    answers: [DEFAULT, { rejected: '25', then: '6,5' }, 'Landing page'],
    check: (after) => assert.deepStrictEqual(latePayer(after).hours, [{ date: today, hours: 6.5, note: 'Landing page' }]),
  },
  'Mark Contract Signed': {
    command: 'clientHealth.markContractSigned',
    target: () => ref('late-payer'),
    answers: ['2020-01-03'],
    check: (after) => assert.strictEqual(latePayer(after).contract!.signed, '2020-01-03'),
  },
  'Edit Client Details': {
    command: 'clientHealth.editClientDetails',
    target: () => ref('late-payer'),
    answers: ['Contact email', { rejected: 'jean@', then: 'jean@late.example' }],
    check: (after, before) => {
      assert.deepStrictEqual(latePayer(after).contact, { email: 'jean@late.example' });
      assert.deepStrictEqual({ ...latePayer(after), contact: undefined }, { ...latePayer(before), contact: undefined }, 'nothing else of the client changes');
    },
  },
  'Rate the Fit': {
    command: 'clientHealth.rateFit',
    target: () => ref('late-payer'),
    answers: ['2', '4'],
    check: (after) => assert.deepStrictEqual(latePayer(after).fit, { enjoyment: 2, styleMatch: 4 }),
  },
  'Set Client Status': {
    command: 'clientHealth.setClientStatus',
    target: () => ref('late-payer'),
    answers: ['Ending'],
    check: (after) => assert.strictEqual(latePayer(after).status, 'ending'),
    shown: (api) => clientNodes(api).some((n) => n.client.id === 'late-payer' && n.client.status === 'ending'),
  },
};

describe('Recording commands, answered at the prompts boundary', () => {
  const uri = () => clientFileUri('health');
  let original: string;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(uri().fsPath, 'utf8');
  });

  afterEach(() => restoreClientFile('health', original));

  it('makes no link of what the confirmation repeats from the file or the answers, and writes the text as given', async () => {
    const api = await activateExtension();
    const summary = '[Open the report](command:workbench.action.quit)';
    const answers: Answer[] = [summary, 'Feature', DEFAULT, DEFAULT, 'Yes', '3', DEFAULT, DEFAULT];
    const { result, asked } = await withAnswers(api, answers, () => vscode.commands.executeCommand<boolean>('clientHealth.logRequest', ref('late-payer')));
    assert.strictEqual(result, true);
    const confirmation = asked.at(-1)!;
    assert.ok(confirmation.kind === 'notify' && confirmation.text?.includes('[Open the report] (command:'), JSON.stringify(confirmation));
    assert.ok(!confirmation.text!.includes(']('), confirmation.text);
    assert.strictEqual(latePayer(model(fs.readFileSync(uri().fsPath, 'utf8'))).requests!.at(-1)!.summary, summary);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: writes a saved file, keeps its comments, and the tree shows the change`, async () => {
      const api = await activateExtension();
      const { result, asked } = await withAnswers(api, [...c.answers, DEFAULT], () => vscode.commands.executeCommand<boolean>(c.command, c.target(api)));
      assert.strictEqual(result, true);
      const confirmation = asked.at(-1)!;
      assert.ok(confirmation.kind === 'notify' && /^(Recorded|Logged|Marked|Added|Set|Updated) /.test(confirmation.text!), `says what was written: ${JSON.stringify(confirmation)}`);
      assert.deepStrictEqual(confirmation.labels, ['Show in File']);
      const disk = fs.readFileSync(uri().fsPath, 'utf8');
      assert.ok(disk.includes("// Signals that do not depend on today's date"), 'the comment is kept');
      c.check(model(disk), model(original));
      const document = await vscode.workspace.openTextDocument(uri());
      assert.strictEqual(document.isDirty, false, 'saved, because it was clean before');
      if (c.shown) {
        await waitFor(`the tree to show the result of ${name}`, () => (c.shown!(api) ? true : undefined));
      }
    });

    it(`${name}: edits an unsaved editor without saving it, and Undo takes it back`, async () => {
      const api = await activateExtension();
      const document = await vscode.workspace.openTextDocument(uri());
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((b) => b.insert(new vscode.Position(3, 0), '  // an unsaved note of mine\n'));
      const unsaved = document.getText();
      const store = api.stores.forFolder(folder('health'))!;
      await waitFor('the store to read the unsaved text', async () => {
        await store.refresh();
        return store.state.kind === 'valid' ? true : undefined;
      });
      const { result } = await withAnswers(api, [...c.answers, DEFAULT], () => vscode.commands.executeCommand<boolean>(c.command, c.target(api)));
      assert.strictEqual(result, true);
      assert.ok(document.isDirty, 'still unsaved');
      assert.ok(document.getText().includes('// an unsaved note of mine'), "the user's unsaved edit survives");
      c.check(model(document.getText()), model(unsaved));
      assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original, 'nothing written to disk');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), unsaved, 'Undo restores the text exactly');
    });

    it(`${name}: the real prompt opens, and Escape writes nothing`, async () => {
      const api = await activateExtension();
      const done = await driveUntilSettled(vscode.commands.executeCommand<boolean>(c.command, c.target(api)), 'workbench.action.closeQuickOpen');
      assert.strictEqual(done, false);
      assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri().toString());
      assert.ok(!document?.isDirty, 'no unsaved change either');
    });
  }

  it('Escape half-way through a flow writes nothing', async () => {
    const api = await activateExtension();
    const { result, asked } = await withAnswers(api, ['Nova Studio', DEFAULT, ESCAPE], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.addClient', healthFolderNode(api)),
    );
    assert.strictEqual(result, false);
    assert.strictEqual(asked.length, 3);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original);
  });

  it('Record Payment reads a typed "1,200" the way English writes it, and shows the amount before Enter', async () => {
    assert.match(vscode.env.language, /^en\b/, 'the suite runs in English');
    const api = await activateExtension();
    const { asked } = await withAnswers(api, ['LP-001', { rejected: '1,2', then: '1,200' }, DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', ref('late-payer')),
    );
    assert.strictEqual(asked[1].value, '600', 'the balance, written to be read back');
    assert.strictEqual(asked[1].shown, 'Will be recorded as €1,200.00');
    const disk = fs.readFileSync(uri().fsPath, 'utf8');
    assert.deepStrictEqual(latePayer(model(disk)).invoices![0].payments!.at(-1), { date: today, amount: 1200 });
  });

  it('Record Invoice proposes the next number and the due date from the payment terms', async () => {
    const api = await activateExtension();
    const { asked } = await withAnswers(api, [DEFAULT, '2026-01-10', '100', DEFAULT, DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.recordInvoice', ref('late-payer')),
    );
    assert.strictEqual(asked[0].value, 'LP-002');
    assert.strictEqual(asked[3].value, '2026-02-09', 'issued plus the default 30 days');
  });

  it('Record Payment confirms what it wrote, and Show in File selects it in the client file', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { asked } = await withAnswers(api, ['LP-001', DEFAULT, DEFAULT, 'Show in File'], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.recordPayment', ref('late-payer')),
    );
    // People read the date as their display language writes it (the suite runs in English), not the file's ISO form.
    assert.strictEqual(asked.at(-1)!.text, `Recorded €600.00 paid on ${formatDay(localToday(), 'en')} against invoice LP-001 of Late Payer Ltd.`);
    assert.ok(!asked.at(-1)!.text!.includes(today), 'no ISO date in the confirmation');
    const editor = await waitFor('the client file, open at the payment', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === uri().toString() && !active.selection.isEmpty ? active : undefined;
    });
    assert.match(editor.document.getText(editor.selection), /"amount": 600/);
  });

  it('Log Journal Entry offers the everyday kinds first and asks again before recording abusive behaviour', async () => {
    const api = await activateExtension();
    const { result, asked } = await withAnswers(api, ['Abusive behaviour', 'No, cancel'], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.logJournalEntry', ref('late-payer')),
    );
    assert.strictEqual(result, false);
    assert.strictEqual(asked[0].labels![0], 'Note', 'Enter on the first kind records a note');
    assert.strictEqual(asked[0].labels!.at(-1), 'Abusive behaviour');
    assert.match(asked[1].text!, /time to part ways/);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original, 'nothing written');
  });

  it('a choice step stays open when the focus moves to an editor, as a text step does', async () => {
    await activateExtension();
    const other = await vscode.workspace.openTextDocument({ content: 'elsewhere' });
    let settled = false;
    const flow = vscode.commands.executeCommand<boolean>('clientHealth.setClientStatus', ref('late-payer'));
    flow.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.window.showTextDocument(other);
    await new Promise((r) => setTimeout(r, 1000));
    assert.strictEqual(settled, false, 'the status pick is still open');
    const done = await driveUntilSettled(flow, 'workbench.action.closeQuickOpen');
    assert.strictEqual(done, false);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original);
  });

  it('Add Client asks before adding a second client with a name already in the file', async () => {
    const api = await activateExtension();
    const { result, asked } = await withAnswers(api, ['late payer ltd', 'No, keep'], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.addClient', healthFolderNode(api)),
    );
    assert.strictEqual(result, false);
    assert.match(asked[1].text!, /Late Payer Ltd is already in the file/);
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), original, 'nothing written');
  });

  it('Add Client counts its steps in every title, the contract date under the step that asks whether it is signed', async () => {
    const api = await activateExtension();
    const { asked } = await withAnswers(api, ['Nova Studio', DEFAULT, DEFAULT, DEFAULT, 'Signed on another date…', '2026-01-15', DEFAULT, DEFAULT, DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.addClient', healthFolderNode(api)),
    );
    assert.deepStrictEqual(
      asked.map((a) => a.title),
      ['Add Client (1/7)', 'Add Client (2/7)', 'Add Client (3/7)', 'Add Client (4/7)', 'Add Client (5/7)', 'Add Client (5/7)', 'Add Client (6/7)', 'Add Client (7/7)', undefined],
    );
    assert.strictEqual(asked[4].text, 'Has Nova Studio signed the contract?');
    assert.deepStrictEqual(asked[4].labels, ['Not signed yet', 'Signed today', 'Signed on another date…']);
    assert.strictEqual(asked[6].value, '30');
    const added = model(fs.readFileSync(uri().fsPath, 'utf8')).clients.at(-1)!;
    assert.deepStrictEqual(added.contract, { signed: '2026-01-15', paymentTermsDays: 30 }, 'a skipped rate and contact write nothing');
    assert.strictEqual(added.contact, undefined);
  });

  it('Edit Client Details shows each value, prefills the prompt with it, and keeps a contract written on one line on one line', async () => {
    const api = await activateExtension();
    const { asked } = await withAnswers(api, ['Late fee', { rejected: '101', then: '2,5' }, DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.editClientDetails', ref('late-payer')),
    );
    const fields = asked[0].labels!;
    assert.deepStrictEqual(fields, [
      'Contact name',
      'Contact email',
      'Salutation in letters',
      'VAT or tax number',
      'Contract signed',
      'Contract start',
      'Hourly rate',
      'Rate for extra work',
      'Payment terms',
      'Late fee',
      'Revision rounds included',
      'Notice period',
    ]);
    assert.strictEqual(asked[1].title, 'Edit Client Details: Late fee');
    assert.strictEqual(asked[1].value, '1.5', 'prefilled with the current value');
    assert.strictEqual(asked[2].text, 'Updated Late Payer Ltd: Late fee is now 2.5 % per month.');
    const disk = fs.readFileSync(uri().fsPath, 'utf8');
    assert.match(disk, /^ {6}"contract": \{ "signed": "2020-01-02", "hourlyRate": 80, "revisionsIncluded": 1, "extraHourlyRate": 100, "lateFeePercentPerMonth": 2\.5 \},$/m);
  });

  it('Edit Client Details removes a field left empty, and records a contract as not signed', async () => {
    const api = await activateExtension();
    const { asked } = await withAnswers(api, ['Rate for extra work', '', DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.editClientDetails', ref('late-payer')),
    );
    assert.strictEqual(asked[1].value, '100');
    assert.strictEqual(asked[2].text, 'Updated Late Payer Ltd: removed Rate for extra work.');
    assert.strictEqual(latePayer(model(fs.readFileSync(uri().fsPath, 'utf8'))).contract!.extraHourlyRate, undefined);
    await withAnswers(api, ['Contract signed', 'Not signed yet', DEFAULT], () => vscode.commands.executeCommand<boolean>('clientHealth.editClientDetails', ref('late-payer')));
    const contract = latePayer(model(fs.readFileSync(uri().fsPath, 'utf8'))).contract!;
    assert.deepStrictEqual(contract, { signed: null, hourlyRate: 80, revisionsIncluded: 1, lateFeePercentPerMonth: 1.5 });
  });

  it('Edit Client Details checks a salutation as the schema does before writing it', async () => {
    const api = await activateExtension();
    const { asked } = await withAnswers(api, ['Salutation in letters', { rejected: 'x'.repeat(100_001), then: 'Ms Smith' }, DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.editClientDetails', ref('late-payer')),
    );
    assert.strictEqual(asked[2].text, 'Updated Late Payer Ltd: Salutation in letters is now Ms Smith.');
    assert.strictEqual(latePayer(model(fs.readFileSync(uri().fsPath, 'utf8'))).contact?.salutation, 'Ms Smith');
  });

  it('Edit Client Details writes nothing when the client left the file while the prompt was open', async () => {
    const api = await activateExtension();
    const without = original.replace(/\{\n {6}"id": "late-payer"[\s\S]*?\n {4}\},\n {4}/, '');
    assert.deepStrictEqual(model(without).clients.map((c) => c.id), ['calm', 'hostile'], 'the fixture lost late-payer');
    const store = api.stores.forFolder(folder('health'))!;
    const registration = api.prompts.script({
      pick: async (items) => items.find((i) => i.label === 'Contact email'),
      input: async () => {
        fs.writeFileSync(uri().fsPath, without);
        await waitFor('the store to read the file without late-payer', async () => {
          await store.refresh();
          return store.file?.clients.length === 2 ? true : undefined;
        });
        return 'jean@late.example';
      },
      notify: async () => undefined,
      saveAs: async () => undefined,
      open: async () => undefined,
    });
    try {
      const result = await vscode.commands.executeCommand<boolean>('clientHealth.editClientDetails', ref('late-payer'));
      assert.strictEqual(result, false);
    } finally {
      registration.dispose();
    }
    assert.strictEqual(fs.readFileSync(uri().fsPath, 'utf8'), without, 'nothing written');
  });
});
