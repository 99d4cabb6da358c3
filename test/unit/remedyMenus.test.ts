/**
 * The tree's remedy buttons are declared in package.json (menus can only live
 * there) and chosen in code by REMEDY_COMMANDS (status bar, dashboard): this
 * reads the manifest and checks that both say the same for every signal row.
 * A signal row's context value is `signal.<id>.<severity>` (src/tree/items.ts;
 * the health integration tests read it from the real tree).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Views } from '../../src/commandIds';
import { SIGNAL_IDS, Severity } from '../../src/core/health/types';
import { REMEDY_COMMANDS } from '../../src/remedyCommands';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

/**
 * Evaluates the when-clauses these menus use: terms joined by `&&`, each
 * `view == x`, `viewItem == x` or `viewItem =~ /regexp/`. Any other syntax
 * throws, so a clause this test cannot read fails it rather than passing unread.
 */
function whenMatches(when: string, context: { view: string; viewItem: string }): boolean {
  return when.split('&&').every((term) => {
    const t = term.trim();
    const equal = /^(view|viewItem) == ([\w.]+)$/.exec(t);
    if (equal) {
      return context[equal[1] as 'view' | 'viewItem'] === equal[2];
    }
    const regex = /^viewItem =~ \/(.+)\/([a-z]*)$/.exec(t);
    if (regex) {
      return new RegExp(regex[1], regex[2]).test(context.viewItem);
    }
    throw new Error(`a when-clause term this test cannot evaluate: ${t}`);
  });
}

function menuFor(viewItem: string): { inline: string[]; context: string[] } {
  const entries: MenuEntry[] = manifest.contributes.menus['view/item/context'];
  const shown = entries.filter((e) => whenMatches(e.when ?? '', { view: Views.clients, viewItem }));
  return {
    inline: shown.filter((e) => e.group === 'inline').map((e) => e.command),
    context: shown.filter((e) => e.group !== 'inline').map((e) => e.command),
  };
}

const remedies = new Set<string>(Object.values(REMEDY_COMMANDS));
const SEVERITIES: Severity[] = ['warning', 'critical'];

describe('remedy buttons in the tree', () => {
  for (const id of SIGNAL_IDS) {
    it(`a ${id} row's inline button and context menu offer ${REMEDY_COMMANDS[id]}, and no other remedy inline`, () => {
      for (const severity of SEVERITIES) {
        const menu = menuFor(`signal.${id}.${severity}`);
        assert.deepEqual(menu.inline.filter((c) => remedies.has(c)), [REMEDY_COMMANDS[id]], `inline, ${severity}`);
        assert.ok(menu.context.includes(REMEDY_COMMANDS[id]), `context menu, ${severity}: ${menu.context.join(', ')}`);
      }
    });
  }

  it('uses only commands the manifest declares, under the Client Health category', () => {
    const declared = new Map<string, { category?: string }>(manifest.contributes.commands.map((c: { command: string }) => [c.command, c]));
    for (const command of remedies) {
      assert.ok(declared.has(command), command);
      assert.equal(declared.get(command)!.category, '%category%', command);
    }
  });

  it('reads the clauses it is given, and refuses syntax it does not know', () => {
    const context = { view: Views.clients, viewItem: 'signal.overdue.warning' };
    assert.equal(whenMatches('view == clientHealth.clients && viewItem =~ /^signal\\.overdue\\./', context), true);
    assert.equal(whenMatches('view == clientHealth.clients && viewItem == folder', context), false);
    assert.throws(() => whenMatches('view == clientHealth.clients || viewItem == folder', context));
  });
});
