import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, Views } from '../../src/commandIds';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const languages = ['', '.fr', '.it', '.tr'].map((suffix) => JSON.parse(fs.readFileSync(path.join(root, `package.nls${suffix}.json`), 'utf8')));

describe('the walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const known = new Set<string>([...Object.values(Commands), `workbench.view.extension.${Views.container}`]);

  it('has its six steps, in order, editor time (opt-in) last', () => {
    assert.deepStrictEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['createFile', 'recordInvoice', 'readHealth', 'draftTermination', 'insertClause', 'editorTime'],
    );
  });

  it('gives each step a button that runs a real command, completed by that command or view, in every language', () => {
    for (const step of walkthrough.steps) {
      const key = /^%(.+)%$/.exec(step.description)![1];
      for (const nls of languages) {
        const links = [...String(nls[key]).matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
        assert.strictEqual(links.length, 1, `${step.id}: one button in ${nls[key]}`);
        assert.ok(known.has(links[0]), `${step.id} runs ${links[0]}`);
        const [event] = step.completionEvents;
        assert.ok(event === `onCommand:${links[0]}` || event === `onView:${Views.clients}`, `${step.id} completes on ${event}`);
      }
      assert.ok(fs.existsSync(path.join(root, step.media.image)), `${step.id} media ${step.media.image}`);
    }
  });

  it('offers editor time with a button that turns the setting on, and says it stays on this machine', () => {
    const step = walkthrough.steps.find((s: { id: string }) => s.id === 'editorTime');
    assert.deepStrictEqual(step.completionEvents, [`onCommand:${Commands.turnOnEditorTime}`]);
    const key = /^%(.+)%$/.exec(step.description)![1];
    assert.match(languages[0][key], /stays on this machine/);
  });
});
