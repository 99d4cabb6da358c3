import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Compiled to out/test/unit, so the repository root is three levels up. */
const root = path.resolve(__dirname, '../../..');
const LANGUAGES = ['fr', 'it', 'tr'] as const;

type CollectStrings = (srcDir: string, language?: string) => Promise<string[]>;

// tsc compiles to CommonJS and would turn `import()` into `require()`, which cannot load an ES module.
const importModule = new Function('p', 'return import(p)') as (specifier: string) => Promise<{ collectStrings: CollectStrings }>;

async function readJson(relative: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(root, relative), 'utf8')) as Record<string, unknown>;
}

/** The `{n}` placeholders of a string, sorted, with repetitions. */
function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

/** A key of one plural category of a message (src/core/messages.ts). */
const PLURAL_KEY = /\{(zero|one|two|few|many|other)\}$/;

/** The `command:` links of a value, sorted, with repetitions. */
function commandLinks(text: string): string[] {
  return (text.match(/command:[^\s)]+/g) ?? []).sort();
}

/** A string that has no words of its own may stay the same in every language. */
/** Words that are spelled the same in a language, checked by a person (Italian "No" is "No", French "points" is "points"). */
const SAME_WORD: Record<string, readonly string[]> = { it: ['No'], fr: ['−{0} points', 'Client'] };

function mayStayIdentical(text: string, lang: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\d+\}/g, '')) || (SAME_WORD[lang] ?? []).includes(text);
}

describe('localisation', () => {
  let strings: string[] = [];
  let english: Record<string, unknown> = {};

  /** The keys each bundle must hold: the collected strings, with a key per plural category of its language for each plural message. */
  const keysOf: Record<string, string[]> = {};

  before(async function () {
    // Parses every source once per language with the TypeScript compiler: seconds on a busy machine.
    this.timeout(120_000);
    const { collectStrings } = await importModule(pathToFileURL(path.join(root, 'scripts', 'l10nStrings.mjs')).href);
    strings = await collectStrings(path.join(root, 'src'));
    for (const lang of LANGUAGES) {
      keysOf[lang] = await collectStrings(path.join(root, 'src'), lang);
    }
    english = await readJson('package.nls.json');
  });

  it('collects the runtime strings of the sources', () => {
    assert.ok(strings.length > 0, 'collectStrings found no strings');
    assert.deepEqual(strings, [...new Set(strings)], 'collectStrings returned duplicates');
    assert.deepEqual(strings, [...strings].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'collectStrings is not sorted');
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      let bundle: Record<string, unknown> = {};
      let nls: Record<string, unknown> = {};
      let keys: string[] = [];

      before(async () => {
        bundle = await readJson(`l10n/bundle.l10n.${lang}.json`);
        nls = await readJson(`package.nls.${lang}.json`);
        keys = keysOf[lang];
      });

      it('translates every collected string', () => {
        const missing = keys.filter((s) => !Object.prototype.hasOwnProperty.call(bundle, s));
        assert.deepEqual(missing, [], `l10n/bundle.l10n.${lang}.json lacks translations`);
      });

      it('has no stale keys', () => {
        const known = new Set(keys);
        const stale = Object.keys(bundle).filter((key) => !known.has(key));
        assert.deepEqual(stale, [], `l10n/bundle.l10n.${lang}.json has keys no longer in the sources`);
      });

      it('keeps the placeholders of every string', () => {
        // A plural form may leave out an argument, as English "once" leaves out the count; it never adds one.
        const fits = (key: string, value: string) =>
          PLURAL_KEY.test(key) ? placeholders(value).every((p) => placeholders(key).includes(p)) : placeholders(value).join() === placeholders(key).join();
        const wrong = Object.entries(bundle)
          .filter(([key, value]) => typeof value !== 'string' || !fits(key, value))
          .map(([key, value]) => `${key} -> ${String(value)}`);
        assert.deepEqual(wrong, [], 'placeholders differ');
      });

      it('translates rather than copies', () => {
        const untranslated = Object.entries(bundle)
          .filter(([key, value]) => typeof value !== 'string' || value.trim() === '' || (value === key && !mayStayIdentical(key, lang)))
          .map(([key]) => key);
        assert.deepEqual(untranslated, [], 'empty or untranslated strings');
      });

      it('translates package.nls.json with the same keys and command links', () => {
        assert.deepEqual(Object.keys(nls).sort(), Object.keys(english).sort(), `package.nls.${lang}.json keys differ`);
        for (const [key, value] of Object.entries(english)) {
          const translated = nls[key];
          assert.equal(typeof translated, 'string', `${key} is not a string`);
          assert.notEqual((translated as string).trim(), '', `${key} is empty`);
          assert.deepEqual(commandLinks(translated as string), commandLinks(String(value)), `${key} changes its command: links`);
        }
      });
    });
  }
});
