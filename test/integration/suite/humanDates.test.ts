/**
 * Dates and words as a person reads them: the "when" prompts show dates in the
 * display language and accept "2026-10-14 10:30" as well as the T form, the file
 * gets its own notation, and the dashboard's When, Type and Kind columns read
 * as words. Answered at the prompts boundary; the dashboard read from the model
 * its page renders.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { readClientFile } from '../../../src/core/clientFile';
import { formatDate, localToday } from '../../../src/core/dates';
import { formatWhen } from '../../../src/core/humanDates';
import { Client } from '../../../src/core/schema';
import { JOURNAL_KINDS } from '../../../src/core/vocabulary';
import type { ObservedDashboardPanel as DashboardPanel } from '../../../src/testMode/observedDashboard';
import { activateExtension, clientFileUri, folder, restoreClientFile, waitFor } from './helpers';
import { Asked, DEFAULT, withAnswers } from './scriptedPrompts';

const ref = (clientId: string) => ({ kind: 'clientRef', folder: folder('health').uri.toString(), clientId }) as const;
const today = formatDate(localToday());
/** "2 Dec 2026" or "2 Dec 2026, 09:00" in English (the suite's display language), never 2026-12-02. */
const HUMAN = /^\d{1,2} [A-Z][a-z]{2,3} \d{4}(, \d{2}:\d{2})?$/;

function latePayer(): Client {
  const read = readClientFile(fs.readFileSync(clientFileUri('health').fsPath, 'utf8'));
  assert.deepStrictEqual(read.problems, []);
  return read.file!.clients.find((c) => c.id === 'late-payer')!;
}

/** The "when" pick: its suggestions show the day (and time) as people read it, not as the file stores it. */
function checkWhenPick(step: Asked): void {
  assert.strictEqual(step.kind, 'pick');
  const labels = step.labels!;
  const descriptions = step.descriptions!;
  const shown = (label: string) => descriptions[labels.indexOf(label)];
  assert.strictEqual(shown('Today, without a time'), formatWhen(today, 'en'));
  assert.match(shown('Today, without a time')!, HUMAN);
  const workingDay = new Date().getDay() >= 1 && new Date().getDay() <= 5;
  if (workingDay) {
    assert.strictEqual(shown('Today, at the start of your working day'), formatWhen(`${today}T09:00`, 'en'));
    assert.match(shown('Today, at the start of your working day')!, /, 09:00$/);
  }
  if (labels.includes('Now')) {
    assert.match(shown('Now')!, HUMAN);
  }
  for (const d of descriptions) {
    assert.doesNotMatch(d ?? '', /\d{4}-\d{2}-\d{2}/, 'no date in the file notation');
  }
}

describe('Human dates and words', function () {
  this.timeout(90_000);
  const uri = () => clientFileUri('health');
  let original: string;
  let panel: DashboardPanel | undefined;

  before(async () => {
    await activateExtension();
    original = fs.readFileSync(uri().fsPath, 'utf8');
  });

  afterEach(async () => {
    panel?.dispose();
    panel = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The webview took the focus: give it back to the editor area, for later tests' editor commands.
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await restoreClientFile('health', original);
  });

  it('Log Request takes "2026-10-14 10:30", shows the day it reads, writes the T form, and the dashboard shows it in words', async () => {
    const api = await activateExtension();
    const { result, asked } = await withAnswers(
      api,
      ['Export to PDF', 'Change', DEFAULT, DEFAULT, DEFAULT, '', 'Another date or time…', { rejected: '2026-10-14 24:00', then: { rejected: '14/10/2026', then: ' 2026-10-14 10:30 ' } }, DEFAULT],
      () => vscode.commands.executeCommand<boolean>('clientHealth.logRequest', ref('late-payer')),
    );
    assert.strictEqual(result, true);
    checkWhenPick(asked[6]);
    const typed = asked[7];
    assert.match(typed.text!, /YYYY-MM-DD HH:MM.*a date alone/, 'the prompt says which forms it takes');
    assert.match(typed.value!, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'the value to edit is in the space form');
    assert.deepStrictEqual(typed.refusals, [
      'There is no time 24:00: use a 24-hour clock, from 00:00 to 23:59.',
      'Enter a date and time such as 2026-03-01 18:30 (or 2026-03-01T18:30), or a date alone such as 2026-03-01.',
    ]);
    assert.strictEqual(typed.shown, `That is ${formatWhen('2026-10-14T10:30', 'en', true)}.`);
    assert.match(typed.shown, /^That is Wednesday,? 14 October 2026 at 10:30\.$/);
    assert.deepStrictEqual(latePayer().requests!.at(-1), { at: '2026-10-14T10:30', summary: 'Export to PDF', type: 'change', inScope: false, billed: false, delivered: false });

    panel = (await vscode.commands.executeCommand<DashboardPanel>('clientHealth.openDashboard', ref('late-payer')))!;
    const model = await waitFor('the dashboard with the new request', () => {
      const posted = panel!.lastPosted;
      return posted?.type === 'update' && posted.model.requests.some((r) => r.summary === 'Export to PDF') ? posted.model : undefined;
    }, 60_000);
    const row = model.requests.find((r) => r.summary === 'Export to PDF')!;
    assert.strictEqual(row.when, '14 Oct 2026, 10:30');
    assert.strictEqual(row.typeLabel, 'Change');
    assert.strictEqual(row.at, '2026-10-14T10:30', 'the stored value stays for filtering');
    assert.deepStrictEqual(
      model.requests.map((r) => [r.when, r.typeLabel]).slice(0, 3),
      [
        ['10 Jan 2020, 10:00', 'Revision'],
        ['12 Jan 2020, 10:00', 'Revision'],
        ['14 Jan 2020, 10:00', 'Revision'],
      ],
    );
  });

  it('Log Journal Entry offers each kind by its label, never its id, and takes the T form too', async () => {
    const api = await activateExtension();
    const { result, asked } = await withAnswers(
      api,
      ['Contact outside working hours', 'Called at night about a typo', 'Another date or time…', '2026-11-03T21:15', DEFAULT],
      () => vscode.commands.executeCommand<boolean>('clientHealth.logJournalEntry', ref('late-payer')),
    );
    assert.strictEqual(result, true);
    assert.deepStrictEqual(asked[0].labels, [
      'Note',
      'Positive exchange',
      'Negative exchange',
      'Urgent demand',
      'Contact outside working hours',
      'Discount request',
      'Missed meeting',
      'Refused to sign a contract',
      'Unethical request',
      'Abusive behaviour',
    ]);
    for (const label of asked[0].labels) {
      assert.ok(!(JOURNAL_KINDS as readonly string[]).includes(label), `${label} is an id`);
    }
    checkWhenPick(asked[2]);
    assert.strictEqual(asked[3].shown, `That is ${formatWhen('2026-11-03T21:15', 'en', true)}.`);
    assert.deepStrictEqual(latePayer().journal, [{ at: '2026-11-03T21:15', kind: 'afterHoursContact', note: 'Called at night about a typo' }]);

    panel = (await vscode.commands.executeCommand<DashboardPanel>('clientHealth.openDashboard', ref('late-payer')))!;
    const model = await waitFor('the dashboard with the journal entry', () => {
      const posted = panel!.lastPosted;
      return posted?.type === 'update' && posted.model.journal.length === 1 ? posted.model : undefined;
    }, 60_000);
    assert.deepStrictEqual(model.journal, [
      { at: '2026-11-03T21:15', when: '3 Nov 2026, 21:15', kind: 'afterHoursContact', kindLabel: 'Contact outside working hours', note: 'Called at night about a typo' },
    ]);
  });

  it('a date alone is kept without a time, and the dashboard shows the day alone', async () => {
    const api = await activateExtension();
    const { result } = await withAnswers(api, ['Note', 'Quiet week', 'Today, without a time', DEFAULT], () =>
      vscode.commands.executeCommand<boolean>('clientHealth.logJournalEntry', ref('late-payer')),
    );
    assert.strictEqual(result, true);
    assert.deepStrictEqual(latePayer().journal, [{ at: today, kind: 'note', note: 'Quiet week' }]);
    panel = (await vscode.commands.executeCommand<DashboardPanel>('clientHealth.openDashboard', ref('late-payer')))!;
    const model = await waitFor('the dashboard with the note', () => {
      const posted = panel!.lastPosted;
      return posted?.type === 'update' && posted.model.journal.length === 1 ? posted.model : undefined;
    }, 60_000);
    assert.strictEqual(model.journal[0].when, formatWhen(today, 'en'));
    assert.match(model.journal[0].when, /^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    assert.strictEqual(model.journal[0].kindLabel, 'Note');
  });
});
