/**
 * A command named in a message, a walkthrough button or a prompt's title is the command the user
 * finds in the Command Palette: in every language its words are exactly the command's title.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Compiled to out/test/unit, so the repository root is three levels up. */
const root = path.resolve(__dirname, '../../..');
const read = (relative: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8')) as Record<string, string>;

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { commands: { command: string; title: string }[] } };
const english = read('package.nls.json');
/** Command id -> its nls key, for the commands titled through package.nls. */
const titleKeys = new Map(manifest.contributes.commands.filter((c) => /^%.+%$/.test(c.title)).map((c) => [c.command, c.title.slice(1, -1)]));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('command names in every language', () => {
  it('knows the commands', () => {
    assert.ok(titleKeys.size >= 20, `${titleKeys.size} commands`);
  });

  for (const lang of ['', 'fr', 'it', 'tr']) {
    describe(lang || 'en', () => {
      const nls = lang ? read(`package.nls.${lang}.json`) : english;
      const bundle = lang ? read(`l10n/bundle.l10n.${lang}.json`) : undefined;
      const title = (id: string) => nls[titleKeys.get(id) ?? ''];

      it('labels each command link of the manifest (welcome views, walkthrough) with the command title', () => {
        const wrong: string[] = [];
        for (const [key, value] of Object.entries(nls)) {
          for (const [, label, id] of value.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\)/g)) {
            if (titleKeys.has(id) && label !== title(id)) {
              wrong.push(`${key}: [${label}] is not "${title(id)}"`);
            }
          }
        }
        assert.deepEqual(wrong, []);
      });

      it('translates a command title used as a prompt title or button as the command is titled', function () {
        if (!bundle) {
          this.skip();
        }
        const wrong = [...titleKeys]
          .filter(([id, key]) => Object.prototype.hasOwnProperty.call(bundle, english[key]) && bundle[english[key]] !== title(id))
          .map(([id, key]) => `"${english[key]}" -> "${bundle[english[key]]}", the command is "${title(id)}"`);
        assert.deepEqual(wrong, []);
      });

      it('quotes a command in a message by its exact title', function () {
        if (!bundle) {
          this.skip();
        }
        const wrong: string[] = [];
        for (const [key, value] of Object.entries(bundle)) {
          for (const [id, nlsKey] of titleKeys) {
            // The English message quotes the command, with or without its category.
            if (new RegExp(`"(?:Client Health: )?${escape(english[nlsKey])}"`).test(key) && !value.includes(title(id))) {
              wrong.push(`${key} -> ${value}: names the command "${title(id)}" otherwise`);
            }
          }
        }
        assert.deepEqual(wrong, []);
      });
    });
  }
});
