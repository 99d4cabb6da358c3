/**
 * Git evidence in the editor (docs/git-evidence.md): commits made late at night in the `tracked` folder's repository raise
 * `overtime` in the Clients view and once in the Problems panel, each commit a row that opens it, and Log Hours from Git writes the days
 * ticked. The commits are made at test time with chosen author dates; the test then takes its email away, so
 * the folder has no evidence again for the tests after it. Then editor time (opt-in) counts typing in the
 * folder on a fake clock, and the same command offers its days beside git's.
 */
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatDate, localToday } from '../../../src/core/dates';
import { formatWhen } from '../../../src/core/humanDates';
import { readClientFile } from '../../../src/core/clientFile';
import type { TreeNode } from '../../../src/tree/nodes';
import { activateExtension, clientFileUri, closeAllEditorsDiscarding, folder, restoreClientFile, waitFor } from './helpers';
import type { ObservedDashboardPanel } from '../../../src/testMode/observedDashboard';
import { DEFAULT, ESCAPE, withAnswers } from './scriptedPrompts';

const EMAIL = 'night-owl@client-health.invalid';

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=Night Owl', '-c', `user.email=${EMAIL}`, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('Git evidence in the editor', function () {
  this.timeout(60_000);
  const today = localToday();
  // Two evenings this week, well inside the 30-day window and after any working day's end.
  const older = formatDate(today - 3);
  const newer = formatDate(today - 2);
  let root = '';
  let original = '';

  before(async () => {
    await activateExtension();
    root = folder('tracked').uri.fsPath;
    original = fs.readFileSync(clientFileUri('tracked').fsPath, 'utf8');
    let n = 0;
    const commitAt = (iso: string, subject: string) => {
      const file = `night-${++n}.txt`;
      fs.writeFileSync(path.join(root, file), `${subject}\n`);
      git(root, ['add', file]);
      git(root, ['commit', '-q', '-m', subject], { GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso, GIT_AUTHOR_EMAIL: EMAIL, GIT_COMMITTER_EMAIL: EMAIL });
    };
    // 23:00 to 23:30 (1 hour with the half hour before) and 22:00 to 22:40 (1 h 10), in the author's own +00:00.
    for (const [i, time] of ['23:00', '23:15', '23:30'].entries()) commitAt(`${older}T${time}:00+00:00`, `Late fix ${i + 1}`);
    for (const [i, time] of ['22:00', '22:20', '22:40'].entries()) commitAt(`${newer}T${time}:00+00:00`, `Hotfix ${i + 1}`);
    git(root, ['config', 'user.email', EMAIL]);
  });

  after(async () => {
    const api = await activateExtension();
    api.editorTime.now = Date.now;
    await api.editorTime.clear();
    await vscode.workspace.getConfiguration('clientHealth').update('tracking.enabled', undefined, vscode.ConfigurationTarget.Global);
    git(root, ['config', '--unset', 'user.email']);
    await vscode.commands.executeCommand('clientHealth.refresh');
    await restoreClientFile('tracked', original);
  });

  const leaky = async () => {
    const api = await activateExtension();
    const trackedNode = api.tree.getChildren().find((n) => label(api.tree.getTreeItem(n)) === 'tracked');
    assert.ok(trackedNode, 'the tracked folder is in the Clients view');
    return { api, client: api.tree.getChildren(trackedNode)[0] };
  };

  it('shows overtime in the Clients view, with each late commit as a row that opens it', async () => {
    await vscode.commands.executeCommand('clientHealth.refresh');
    const { api, client } = await leaky();
    const signal = await waitFor('the overtime signal', async () => {
      const { client: now } = await leaky();
      return api.tree.getChildren(now).find((n: TreeNode) => n.kind === 'signal' && n.signal.id === 'overtime');
    }, 30_000);
    assert.ok(client);
    const item = api.tree.getTreeItem(signal);
    assert.strictEqual(item.contextValue, 'signal.overtime.critical');
    // In the Problems panel once, on the client's name: a commit is not a line of the client file.
    const problems = await waitFor('overtime in the Problems panel', () => {
      const found = vscode.languages.getDiagnostics(clientFileUri('tracked')).filter((d) => d.code === 'overtime');
      return found.length > 0 ? found : undefined;
    });
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /^Leaky Ltd: 6 of your 6 commits for this client in the last 30 days \(100%\)/);
    const nameLine = original.split('\n').findIndex((l) => l.includes('"name": "Leaky Ltd"'));
    assert.strictEqual(problems[0].range.start.line, nameLine);
    const rows = api.tree.getChildren(signal);
    assert.strictEqual(rows.length, 6);
    const first = api.tree.getTreeItem(rows[0]);
    // Newest first: short hash, the author's local date and time, the subject.
    assert.match(label(first), new RegExp(`^Commit [0-9a-f]{7,} on ${newer} at 22:40: Hotfix 3$`));
    assert.strictEqual(first.contextValue, 'evidence.commit.overtime');
    assert.strictEqual(first.command?.command, 'clientHealth.showCommit');
    const [, hash] = first.command.arguments as [vscode.Uri, string];
    // VS Code's git extension (enabled in these tests) shows the commit in its own view: a multi-file diff titled by its short hash.
    await waitFor('the git extension to know the repository', async () => {
      const git = vscode.extensions.getExtension<{ getAPI(v: 1): { getRepository(u: vscode.Uri): unknown } }>('vscode.git');
      await git?.activate();
      return git?.exports.getAPI(1).getRepository(folder('tracked').uri) ?? undefined;
    }, 30_000);
    await vscode.commands.executeCommand(first.command.command, ...(first.command.arguments ?? []));
    const tab = await waitFor('the commit in the git view', () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active?.label.startsWith(hash.slice(0, 7)) ? active : undefined;
    });
    assert.match(tab.label, /Hotfix 3/);
    assert.ok(tab.input && typeof tab.input === 'object' && 'textDiffs' in tab.input, `a multi-file diff, not ${JSON.stringify(tab.input)}`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'client-health-commit'), 'no fallback document beside it');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // With git turned off in VS Code, Client Health's own read-only document instead.
    await vscode.workspace.getConfiguration('git').update('enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand(first.command.command, ...(first.command.arguments ?? []));
      const shown = await waitFor('the commit document', () => {
        const doc = vscode.window.activeTextEditor?.document;
        return doc?.uri.scheme === 'client-health-commit' ? doc : undefined;
      });
      assert.match(shown.getText(), /^commit [0-9a-f]{40}\n/);
      assert.match(shown.getText(), /Hotfix 3/);
      assert.match(shown.getText(), /night-6\.txt \| 1 \+/);
    } finally {
      await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('logs hours from git for the days ticked only, in one edit', async () => {
    const { api, client } = await leaky();
    const tick = formatWhen(older, vscode.env.language);
    // The last answer dismisses the confirmation, which offers to show the entry in the file.
    const { result, asked } = await withAnswers(api, [tick, ESCAPE], () => vscode.commands.executeCommand<boolean>('clientHealth.logHoursFromGit', client));
    assert.strictEqual(result, true);
    assert.match(asked.find((a) => a.kind === 'notify')?.text ?? '', /^Logged hours for Leaky Ltd on /);
    const choice = asked.find((a) => a.kind === 'pickMany');
    assert.ok(choice, JSON.stringify(asked));
    assert.deepStrictEqual(choice.labels, [formatWhen(newer, vscode.env.language), tick], 'newest first');
    assert.deepStrictEqual(choice.descriptions, ['about 1.17 h from git', 'about 1 h from git']);
    const file = readClientFile(fs.readFileSync(clientFileUri('tracked').fsPath, 'utf8')).file;
    assert.deepStrictEqual(file?.clients[0].hours, [{ date: older, hours: 1, note: 'Estimated from git' }]);
  });

  /** A local instant on a day before today: the tracker is given it as its clock. */
  const at = (day: string, hour: number, minute: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`).getTime();
  const yesterday = formatDate(today - 1);

  /** Types one character every `minutesApart` minutes of the fake clock, `times` times, in a file of the tracked folder. */
  async function typeOn(api: Awaited<ReturnType<typeof activateExtension>>, start: number, minutesApart: number, times: number): Promise<void> {
    api.editorTime.now = () => start;
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, 'night-1.txt')));
    for (let i = 0; i <= times; i++) {
      const t = start + i * minutesApart * 60_000;
      api.editorTime.now = () => t;
      assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x')));
    }
  }

  it('counts editor time from typing in the folder, with a 5-minute idle cut, once the setting is on', async () => {
    const api = await activateExtension();
    await api.editorTime.clear();
    assert.strictEqual(vscode.window.state.focused, true, 'the test window has focus: a window in the background counts nothing');
    await vscode.workspace.getConfiguration('clientHealth').update('tracking.enabled', true, vscode.ConfigurationTarget.Global);
    api.editorTime.sync(); // the setting's change event may come after update() resolves
    // Day `newer`: 10 keystrokes 3 minutes apart (30 minutes), then one 20 minutes later (a pause: not counted).
    await typeOn(api, at(newer, 10, 0), 3, 10);
    await typeOn(api, at(newer, 10, 50), 3, 0);
    // Yesterday: 45 minutes.
    await typeOn(api, at(yesterday, 14, 0), 4.5, 10);
    await api.editorTime.flush();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const store = api.stores.present().find((s) => s.folder.name === 'tracked')!;
    const seconds = await api.editorTime.secondsFor(store);
    assert.deepStrictEqual(
      [...seconds].map(([d, s]) => [formatDate(d), s]).sort(),
      [
        [newer, 1800],
        [yesterday, 2700],
      ],
    );
  });

  it('offers editor days beside git days in Log Hours, each with its source, and writes the ticked one', async () => {
    const { api, client } = await leaky();
    const tick = formatWhen(yesterday, vscode.env.language);
    const { result, asked } = await withAnswers(api, [tick, ESCAPE], () => vscode.commands.executeCommand<boolean>('clientHealth.logHoursFromGit', client));
    assert.strictEqual(result, true);
    const choice = asked.find((a) => a.kind === 'pickMany');
    assert.ok(choice, JSON.stringify(asked));
    assert.strictEqual(choice.title, 'Log Hours from Git and Editor Time');
    assert.deepStrictEqual(choice.labels, [tick, formatWhen(newer, vscode.env.language)], 'newest first; the day logged already is not offered');
    assert.deepStrictEqual(choice.descriptions, ['0.75 h of editor time', 'git about 1.17 h, editor 0.5 h: logs 1.17 h']);
    const file = readClientFile(fs.readFileSync(clientFileUri('tracked').fsPath, 'utf8')).file;
    assert.deepStrictEqual(file?.clients[0].hours, [
      { date: older, hours: 1, note: 'Estimated from git' },
      { date: yesterday, hours: 0.75, note: 'Counted from editor time' },
    ]);
  });

  it('shows logged, git and editor hours side by side per month in the dashboard, and new editor time as it is stored', async () => {
    const { api, client } = await leaky();
    const panel = await vscode.commands.executeCommand<ObservedDashboardPanel>('clientHealth.openDashboard', client);
    try {
      await waitFor('the page to render', () => panel.lastRendered, 60_000);
      const posted = panel.lastPosted;
      assert.ok(posted?.type === 'update' && posted.model.hours, JSON.stringify(posted));
      const hours = posted.model.hours;
      assert.deepStrictEqual(hours.sources, { git: true, editor: true });
      assert.strictEqual(hours.rows.length, 12);
      const sum = (column: 'logged' | 'git' | 'editor') => hours.rows.reduce((total, r) => total + Number(r[column] || 0), 0);
      assert.ok(Math.abs(sum('logged') - 1.75) < 0.011, `logged ${sum('logged')}`);
      assert.ok(Math.abs(sum('git') - 2.17) < 0.011, `git ${sum('git')}`);
      assert.ok(Math.abs(sum('editor') - 1.25) < 0.011, `editor ${sum('editor')}`);
      assert.deepStrictEqual(panel.cspViolations, []);

      // Half an hour more in the folder today: the open page shows it once stored, with no change to the client file.
      await typeOn(api, at(formatDate(today), 9, 0), 3, 10);
      await api.editorTime.flush();
      await waitFor('the page to show the new editor time', () => {
        const update = panel.lastPosted;
        const rows = update?.type === 'update' ? update.model.hours?.rows ?? [] : [];
        return Math.abs(rows.reduce((total, r) => total + Number(r.editor || 0), 0) - 1.75) < 0.011 ? true : undefined;
      }, 10_000);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      panel.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('ends the statement with the commits of its period when clientHealth.drafts.workDelivered is on', async () => {
    const { api, client } = await leaky();
    await vscode.workspace.getConfiguration('clientHealth').update('drafts.workDelivered', true, vscode.ConfigurationTarget.Global);
    try {
      const { result } = await withAnswers(api, [DEFAULT], () => vscode.commands.executeCommand<boolean>('clientHealth.draftStatement', client));
      assert.strictEqual(result, true);
      const text = vscode.window.activeTextEditor!.document.getText();
      const appendix = text.slice(text.indexOf('## Appendix: work delivered'));
      assert.ok(appendix.startsWith('## Appendix'), text);
      assert.match(appendix, /^- `[0-9a-f]{7,}` Late fix 1$/m);
      assert.match(appendix, /^- `[0-9a-f]{7,}` Hotfix 3$/m);
    } finally {
      await vscode.workspace.getConfiguration('clientHealth').update('drafts.workDelivered', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditorsDiscarding();
    }
  });

  it('waits for the read a draft needs: the appendix is there though the commits were not read when it was asked for', async () => {
    const { api, client } = await leaky();
    const store = api.stores.present().find((s) => s.folder.name === 'tracked')!;
    // The repository gone, read to the end: the folder has no evidence. Then it is back, and its read is still to
    // come (the watcher waits 1.5 s after the last change), as it is while the first read of a large history runs.
    const away = path.join(root, '.git-away');
    fs.renameSync(path.join(root, '.git'), away);
    try {
      await vscode.commands.executeCommand('clientHealth.refresh');
      assert.strictEqual(api.health.gitEvidenceFor(store), undefined);
    } finally {
      fs.renameSync(away, path.join(root, '.git'));
    }
    await vscode.workspace.getConfiguration('clientHealth').update('drafts.workDelivered', true, vscode.ConfigurationTarget.Global);
    try {
      const { result } = await withAnswers(api, [DEFAULT], () => vscode.commands.executeCommand<boolean>('clientHealth.draftStatement', client));
      assert.strictEqual(result, true);
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^## Appendix: work delivered$/m, text);
      assert.match(text, /^- `[0-9a-f]{7,}` Hotfix 3$/m);
    } finally {
      await vscode.workspace.getConfiguration('clientHealth').update('drafts.workDelivered', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditorsDiscarding();
    }
  });

  it("counts no work from before the client's contract started, and Log Hours says why it offers no day", async () => {
    const api = await activateExtension();
    const before = fs.readFileSync(clientFileUri('tracked').fsPath, 'utf8');
    const store = api.stores.present().find((s) => s.folder.name === 'tracked')!;
    // Every commit and editor day of the folder is older than tomorrow: none of it is this client's.
    const start = formatDate(today + 1);
    const file = JSON.parse(before);
    file.clients[0].contract = { signed: formatDate(today - 30), start };
    fs.writeFileSync(clientFileUri('tracked').fsPath, JSON.stringify(file, null, 2));
    try {
      await waitFor('the new start date to be read', async () => {
        await store.refresh();
        return store.file?.clients[0].contract?.start === start ? true : undefined;
      });
      const { client } = await leaky();
      const { result, asked } = await withAnswers(api, [], () => vscode.commands.executeCommand<boolean>('clientHealth.logHoursFromGit', client));
      assert.strictEqual(result, false);
      assert.deepStrictEqual(asked.map((a) => a.kind), ['notify'], JSON.stringify(asked));
      assert.strictEqual(
        asked[0].text,
        `Your commits and editor time in this folder all date from before the contract with Leaky Ltd started on ${formatWhen(start, vscode.env.language)}: they are not counted for this client.`,
      );
    } finally {
      await restoreClientFile('tracked', before);
    }
  });
});
