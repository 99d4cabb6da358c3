/**
 * ClientFileChecker keeps each client's model, health and ranges between edits; whatever it keeps, it must give
 * what the full check gives (readClientFile, then evaluate) for the same text, date and rules. Random edits of
 * generated files and of the hostile corpus, checked one after the other by one checker, each compared with the
 * full check: problems, model, evidence ranges and health.
 */
import * as assert from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ClientFileChecker } from '../../src/core/clientFileChecker';
import { ReadResult, readClientFile } from '../../src/core/clientFile';
import { DayNumber, parseDate } from '../../src/core/dates';
import { evaluate } from '../../src/core/health/evaluate';
import { Rules, resolveRules } from '../../src/core/health/rules';
import { ClientHealth } from '../../src/core/health/types';
import { plainRanges } from '../../src/core/plainRanges';
import { plainValue } from '../../src/core/plainJson';

const ROOT = resolve(__dirname, '../../..');
// TypeScript compiles import() to require(); the generator is an ES module.
const importModule = new Function('p', 'return import(p)') as (specifier: string) => Promise<{
  generateClientFile(shape: object): string;
  prng(seed: number): () => number;
}>;

type Edit = (text: string, rand: () => number) => string;

/** The ranges of the file's clients, when it has an array of them. */
function clientSpans(text: string): { offset: number; length: number }[] {
  const clients = (plainValue(text) as { clients?: unknown } | undefined)?.clients;
  return Array.isArray(clients) ? plainRanges(text, clients.map((_, i) => ['clients', i])) : [];
}

const pickIn = <T>(list: readonly T[], rand: () => number): T | undefined => (list.length > 0 ? list[Math.floor(rand() * list.length)] : undefined);
const splice = (text: string, at: number, remove: number, insert: string) => text.slice(0, at) + insert + text.slice(at + remove);

/** Positions of a pattern's matches. */
const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m.index);

const EDITS: Record<string, Edit> = {
  // A digit inside one client: an amount, a date or an hour count (an invalid date falls back to the full check).
  digit: (text, rand) => {
    const span = pickIn(clientSpans(text), rand);
    if (!span) return text;
    const at = pickIn(matches(text.slice(span.offset, span.offset + span.length), /[0-9]/g), rand);
    return at === undefined ? text : splice(text, span.offset + at, 1, String(Math.floor(rand() * 10)));
  },
  // A letter typed into a name or a note.
  letter: (text, rand) => {
    const at = pickIn(matches(text, /"(name|note|summary)": "/g), rand);
    return at === undefined ? text : splice(text, text.indexOf(': "', at) + 3, 0, 'xé');
  },
  // Lines shift: a blank line, or a comment, before some later client.
  lines: (text, rand) => {
    const at = pickIn(matches(text, /,\n/g), rand);
    return at === undefined ? text : splice(text, at + 1, 0, rand() < 0.5 ? '\n\n' : '\n  // a comment\n');
  },
  removeClient: (text, rand) => {
    const spans = clientSpans(text);
    const k = Math.floor(rand() * spans.length);
    if (spans.length === 0) return text;
    const { offset, length } = spans[k];
    if (k + 1 < spans.length) return splice(text, offset, spans[k + 1].offset - offset, '');
    return k > 0 ? splice(text, spans[k - 1].offset + spans[k - 1].length, offset + length - (spans[k - 1].offset + spans[k - 1].length), '') : splice(text, offset, length, '');
  },
  // A copy of a client after it: a duplicate id, then (half the time) a new id.
  copyClient: (text, rand) => {
    const span = pickIn(clientSpans(text), rand);
    if (!span) return text;
    let copy = text.slice(span.offset, span.offset + span.length);
    if (rand() < 0.5) copy = copy.replace(/"id": "([^"]*)"/, `"id": "$1-${Math.floor(rand() * 1e6)}"`);
    return splice(text, span.offset + span.length, 0, `,\n    ${copy}`);
  },
  swapClients: (text, rand) => {
    const spans = clientSpans(text);
    if (spans.length < 2) return text;
    const i = Math.floor(rand() * (spans.length - 1));
    const [a, b] = [spans[i], spans[i + 1]];
    const at = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
    return text.slice(0, a.offset) + at(b) + text.slice(a.offset + a.length, b.offset) + at(a) + text.slice(b.offset + b.length);
  },
  // A key of a client misspelt by a letter dropped: a hint when the key is optional, a schema error when it is not.
  misspell: (text, rand) => {
    const span = pickIn(clientSpans(text), rand);
    if (!span) return text;
    const at = pickIn(matches(text.slice(span.offset, span.offset + span.length), /"[a-zA-Z]{5,}":/g), rand);
    if (at === undefined) return text;
    const end = text.indexOf('":', span.offset + at + 1);
    return splice(text, end - 1, 1, '');
  },
  // A cross check that fails: a due date a century before its issue date.
  dueBefore: (text, rand) => {
    const at = pickIn(matches(text, /"due": "20/g), rand);
    return at === undefined ? text : splice(text, at + 8, 2, '19');
  },
  // The freelancer's block, which every client's health reads.
  freelancer: (text, rand) => {
    const rate = /"standardHourlyRate": [0-9.]+/.exec(text);
    if (rate && rand() < 0.6) return splice(text, rate.index, rate[0].length, `"standardHourlyRate": ${Math.floor(rand() * 200)}`);
    const currency = /"currency": "[A-Z]{3}"/.exec(text);
    return currency ? splice(text, currency.index, currency[0].length, `"currency": "${pickIn(['EUR', 'USD', 'JPY', 'CHF'], rand)}"`) : text;
  },
  // Hours in the recent window, which move lowRate's comparison of every client in the currency.
  hours: (text, rand) => {
    const at = pickIn(matches(text, /"hours": [0-9.]+/g), rand);
    return at === undefined ? text : splice(text, at + 9, 0, String(1 + Math.floor(rand() * 9)));
  },
  // Between two clients, where the checker joins what it kept to what it reads again: a sign, a digit, a comment
  // opened, a string opened, the array closed and another opened.
  between: (text, rand) => {
    const spans = clientSpans(text);
    const k = Math.floor(rand() * spans.length);
    if (spans.length === 0) return text;
    if (k + 1 < spans.length && rand() < 0.3) {
      // The separator replaced.
      const end = spans[k].offset + spans[k].length;
      return splice(text, end, spans[k + 1].offset - end, pickIn(['], "more": [', '], "clients": [', ']}, {"x": [', ' ', ',,', ', null,', '/* , */ ,'], rand)!);
    }
    const at = rand() < 0.5 ? spans[k].offset : spans[k].offset + spans[k].length;
    return splice(text, at, 0, pickIn(['], "more": [', '-', '1', '/*', '//', '"', ',', ']', '}', '{', ' null,', '{},', ',{}'], rand)!);
  },
  // Breaks the syntax: a character deleted or a stray one typed (the next step may restore the text).
  break: (text, rand) => {
    const at = Math.floor(rand() * text.length);
    return rand() < 0.5 ? splice(text, at, 1, '') : splice(text, at, 0, pickIn(['{', '"', ',', ']', 'x'], rand)!);
  },
};

/** Evidence paths of the health, and some paths besides: a client's name, a missing entry, the freelancer. */
function pathsOf(health: readonly ClientHealth[], text: string): (string | number)[][] {
  const paths: (string | number)[][] = [['freelancer', 'name'], ['version'], ['clients', 0], ['clients', 0, 'invoices', 9999]];
  for (const client of health) {
    paths.push(['clients', client.index, 'name'], ['clients', client.index, 'nothing', 3]);
    client.signals.forEach((s) => s.evidence.forEach((e) => paths.push([...e.path])));
  }
  return text.length > 0 ? paths : [];
}

function compare(checker: ClientFileChecker, text: string, today: DayNumber, rules: Rules, where: string): ReadResult {
  const full = readClientFile(text);
  const mine = checker.read(text);
  assert.deepStrictEqual(mine.problems, full.problems, `${where}: problems`);
  assert.deepStrictEqual(mine.file, full.file, `${where}: model`);
  if (full.file) {
    const health = evaluate(full.file, today, rules);
    assert.deepStrictEqual(checker.evaluate(mine.file!, today, rules), health, `${where}: health`);
    const paths = pathsOf(health, text);
    assert.deepStrictEqual(mine.locate(paths), full.locate(paths), `${where}: ranges`);
    // A second time, from the ranges the checker kept.
    assert.deepStrictEqual(mine.locate(paths), full.locate(paths), `${where}: ranges kept`);
  }
  return mine;
}

function walk(start: string, steps: number, seed: (n: number) => () => number, where: string): void {
  const rand = seed(0);
  const checker = new ClientFileChecker();
  const names = Object.keys(EDITS);
  let text = start;
  let today = parseDate('2026-11-22')!;
  let rules = resolveRules(undefined);
  compare(checker, text, today, rules, `${where} start`);
  for (let step = 0; step < steps; step++) {
    const r = rand();
    let name: string;
    if (r < 0.05) {
      name = 'today';
      today = (today + 1 + Math.floor(rand() * 40));
    } else if (r < 0.1) {
      name = 'rules';
      rules = resolveRules({ lowRate: { warningPercent: 60 + Math.floor(rand() * 40) }, overdue: { graceDays: Math.floor(rand() * 20) } });
    } else {
      name = names[Math.floor(rand() * names.length)];
      const before = text;
      text = EDITS[name](text, rand);
      if (name === 'break') {
        compare(checker, text, today, rules, `${where} step ${step} break`);
        // And fixed again, half the time.
        if (rand() < 0.5) text = before;
      }
    }
    compare(checker, text, today, rules, `${where} step ${step} ${name}`);
  }
}

describe('ClientFileChecker: the same result as the full check', function () {
  this.timeout(300_000);
  let generate: Awaited<ReturnType<typeof importModule>>;

  before(async () => {
    generate = await importModule(join(ROOT, 'scripts/bench/generate.mjs'));
  });

  it('over random edits of generated files', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const text = generate.generateClientFile({ clients: 2 + seed * 2, invoices: 12, requests: 8, journal: 6, hours: 30, years: 2, seed });
      walk(text, 60, (n) => generate.prng(seed * 1000 + n), `generated seed ${seed}`);
    }
  });

  it('over random edits of the 30-client, five-year benchmark file', () => {
    const text = generate.generateClientFile({ clients: 30, invoices: 60, requests: 40, journal: 30, hours: 200, years: 5, seed: 5 });
    walk(text, 25, (n) => generate.prng(77 + n), 'five years');
  });

  it('over random edits of the hostile corpus', () => {
    const dir = join(ROOT, 'test/fixtures/hostile');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('manifest'));
    files.forEach((file, k) => {
      const text = readFileSync(join(dir, file), 'utf8');
      walk(text, 12, (n) => generate.prng(500 + k * 10 + n), file);
    });
  });

  it('joins kept clients to re-read ones only where the file joins them', () => {
    const text = generate.generateClientFile({ clients: 4, invoices: 6, requests: 4, journal: 4, hours: 10, years: 2, seed: 9 });
    const today = parseDate('2026-11-22')!;
    const rules = resolveRules(undefined);
    const spans = clientSpans(text);
    const separators = ['], "more": [', '], "clients": [', ']}, {"x": [', ']} //', ' ', ',,', ', null,', '/* , */ ,', ', /*', ', "', ', -', '\n,\n'];
    const inserts = ['-', '1', '/*', '//', '"', ',', ']', '}', '{', ' null,', '{},', ',{}', '], "more": ['];
    const edits: [string, string][] = [];
    for (let k = 0; k + 1 < spans.length; k++) {
      const end = spans[k].offset + spans[k].length;
      separators.forEach((sep) => edits.push([`separator ${k} -> ${sep}`, splice(text, end, spans[k + 1].offset - end, sep)]));
    }
    for (const span of spans) {
      for (const at of [span.offset, span.offset + 1, span.offset + span.length - 1, span.offset + span.length]) {
        inserts.forEach((insert) => edits.push([`${insert} at ${at}`, splice(text, at, 0, insert)]));
      }
    }
    edits.forEach(([name, edited]) => {
      const checker = new ClientFileChecker();
      compare(checker, text, today, rules, `${name}: before`);
      compare(checker, edited, today, rules, name);
      compare(checker, text, today, rules, `${name}: undone`);
    });
  });

  it('re-validates and re-evaluates only the client whose text changed', () => {
    const text = generate.generateClientFile({ clients: 5, invoices: 12, requests: 8, journal: 6, hours: 30, years: 2, seed: 3 });
    const today = parseDate('2026-11-22')!;
    const rules = resolveRules(undefined);
    const checker = new ClientFileChecker();
    const before = checker.read(text).file!;
    const healthBefore = checker.evaluate(before, today, rules);
    // A letter in the third client's notes: no rate, no date, no figure changes.
    const spans = clientSpans(text);
    const at = text.indexOf('"note": "', spans[2].offset) + 9;
    const edited = compare(checker, splice(text, at, 0, 'z'), today, rules, 'one client').file!;
    const healthAfter = checker.evaluate(edited, today, rules);
    edited.clients.forEach((client, i) => assert.strictEqual(client === before.clients[i], i !== 2, `client ${i}: model kept`));
    healthAfter.forEach((health, i) => assert.strictEqual(health === healthBefore[i], i !== 2, `client ${i}: health kept`));
  });

  it('shows the hints the full check shows when a file has more than it reports', () => {
    const text = generate.generateClientFile({ clients: 30, invoices: 6, requests: 40, journal: 4, hours: 10, years: 2, seed: 4 });
    const today = parseDate('2026-11-22')!;
    const rules = resolveRules(undefined);
    const spans = clientSpans(text);
    const misspelt = (t: string, client: number) => splice(t, t.indexOf('"noticeDays"', clientSpans(t)[client].offset), '"noticeDays"'.length, '"noticeDay"');
    // Past 1,000 unknown keys (each request carries one) the full check looks no further: the last client's hint is not shown.
    for (const [name, edited] of [
      ['first client misspelt', misspelt(text, 0)],
      ['last client misspelt', misspelt(text, spans.length - 1)],
      ['over a hundred hints', text.replaceAll('"inScope"', '"inScop"')],
    ] as const) {
      const checker = new ClientFileChecker();
      const first = compare(checker, edited, today, rules, name);
      assert.ok(name !== 'over a hundred hints' || first.problems.length === 100, `${name}: ${first.problems.length} problems`);
      const at = edited.indexOf('"note": "', clientSpans(edited)[15].offset) + 9;
      compare(checker, splice(edited, at, 0, 'z'), today, rules, `${name}, then a client edited`);
    }
  });

  it('keeps the other clients while one of them carries a hint or a cross-check problem', () => {
    const text = generate.generateClientFile({ clients: 5, invoices: 12, requests: 8, journal: 6, hours: 30, years: 2, seed: 3 });
    const today = parseDate('2026-11-22')!;
    const rules = resolveRules(undefined);
    const spans = clientSpans(text);
    // The first client's noticeDays misspelt (a hint); the second's first due date before its issue date (an error).
    const hinted = splice(text, text.indexOf('"noticeDays"', spans[0].offset), '"noticeDays"'.length, '"noticeDay"');
    const checker = new ClientFileChecker();
    const before = compare(checker, hinted, today, rules, 'hinted');
    assert.deepStrictEqual(
      before.problems.map((p) => p.code),
      ['unknownKeyHint'],
    );
    const at = hinted.indexOf('"note": "', clientSpans(hinted)[2].offset) + 9;
    const edited = compare(checker, splice(hinted, at, 0, 'z'), today, rules, 'hinted, one client edited');
    edited.file!.clients.forEach((client, i) => assert.strictEqual(client === before.file!.clients[i], i !== 2, `client ${i}: model kept`));
    const invoices = hinted.indexOf('"invoices"', clientSpans(hinted)[1].offset);
    const broken = splice(splice(hinted, at, 0, 'z'), hinted.indexOf('"due": "20', invoices) + 8, 2, '19');
    const invalid = compare(checker, broken, today, rules, 'a due date before its issue date');
    assert.deepStrictEqual(
      invalid.problems.map((p) => p.code),
      ['unknownKeyHint', 'dueBeforeIssued'],
    );
  });
});
