import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { readClientFile } from '../../src/core/clientFile';
import { editDistance, foldKey, keyHints } from '../../src/core/keyHints';
import { formatMessage } from '../../src/core/messages';

/** A valid file whose first client gets `extra` merged in, and its contract `contract`. */
function fileWith(client: Record<string, unknown> = {}, contract: Record<string, unknown> = {}, freelancer: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      version: 1,
      freelancer: { currency: 'EUR', ...freelancer },
      clients: [{ id: 'acme', name: 'Acme', contract: { signed: '2026-01-01', ...contract }, ...client }],
    },
    null,
    2,
  );
}

const hints = (text: string) => readClientFile(text).problems.filter((p) => p.code === 'unknownKeyHint');

describe('hints for unknown keys that look like known ones', () => {
  it('suggests the known key for a typo, at the key, as information, and the file stays valid with the key kept', () => {
    const text = fileWith({}, { paymentTermDays: 30 });
    const read = readClientFile(text);
    assert.deepStrictEqual(
      read.problems.map((p) => [p.severity, p.code, formatMessage(p.message), text.slice(p.offset, p.offset + p.length)]),
      [['info', 'unknownKeyHint', 'Unknown key "paymentTermDays", kept as written. Did you mean "paymentTermsDays"?', '"paymentTermDays"']],
    );
    assert.ok(read.file, 'a hint never makes the file invalid');
    assert.strictEqual((read.file.clients[0].contract as Record<string, unknown>).paymentTermDays, 30);
  });

  it('names look-alike letters from another alphabet, and shows them escaped', () => {
    const [hint] = hints(fileWith({ ['st\u0430tus']: 'active' }));
    assert.ok(hint);
    assert.strictEqual(hint.severity, 'info');
    assert.strictEqual(
      formatMessage(hint.message),
      'Unknown key "st\\u0430tus", kept as written: some of its characters only look like those of "status". Did you mean "status"?',
    );
    const [greek] = hints(fileWith({}, { ['extraH\u03bfurlyRate']: 90 }));
    assert.match(formatMessage(greek.message), /only look like those of "extraHourlyRate"/);
    const [invisible] = hints(fileWith({ ['no\u200btes']: 'x' }));
    assert.match(formatMessage(invisible.message), /"no\\u200btes".*only look like those of "notes"/);
  });

  it('finds typos at every known place: freelancer, working hours, invoices, payments, requests', () => {
    const text = JSON.stringify({
      version: 1,
      freelancer: { currency: 'EUR', standardHourlyRte: 80, workingHours: { strat: '09:00' } },
      clients: [
        {
          id: 'acme',
          name: 'Acme',
          invoices: [{ number: 'A-1', issued: '2026-01-01', amount: 10, payments: [{ date: '2026-01-02', amount: 10, noet: 'x' }] }],
          requests: [{ at: '2026-01-03', summary: 'x', type: 'change', biled: true }],
        },
      ],
    });
    assert.deepStrictEqual(
      hints(text).map((h) => formatMessage(h.message).replace(/^Unknown key "(.*)", kept as written\. Did you mean "(.*)"\?$/, '$1>$2')),
      ['standardHourlyRte>standardHourlyRate', 'strat>start', 'noet>note', 'biled>billed'],
    );
  });

  it('names the late-payment fields, now known to the format, when one is misspelt', () => {
    const found = hints(fileWith({ isBusines: false }, { statutoryLateFee: false }, { contry: 'FR' }));
    assert.deepStrictEqual(
      found.map((h) => formatMessage(h.message).replace(/^Unknown key "(.*)", kept as written\. Did you mean "(.*)"\?$/, '$1>$2')).sort(),
      ['contry>country', 'isBusines>isBusiness', 'statutoryLateFee>statutoryLateFees'],
    );
  });

  it('stays silent for keys far from any known one, for fields of the format added later, and outside known places', () => {
    assert.deepStrictEqual(hints(fileWith({ myOwnTag: 'x', isBusiness: true, taxId: 'FR1' }, { statutoryLateFees: false }, { country: 'FR', taxId: 'FR2' })), []);
    assert.deepStrictEqual(hints(fileWith({ custom: { nmae: 'x', stauts: 'y' } })), [], 'inside an unknown object');
    assert.deepStrictEqual(hints(fileWith({ notes: 'a', notes2: 'b' })), [], 'the key it resembles is there too: a deliberate field');
  });

  it('allows two edits for keys of 5 letters or more and one for shorter ones', () => {
    assert.strictEqual(hints(fileWith({}, { hourlyRaet: 1 })).length, 1, 'transposition: one edit');
    assert.strictEqual(hints(fileWith({}, { hourRate: 1 })).length, 1, 'two deletions');
    assert.strictEqual(hints(fileWith({}, { hrRate: 1 })).length, 0, 'four edits');
    assert.strictEqual(hints(fileWith({ fti: {} })).length, 1, 'one edit of a 3-letter key');
    assert.strictEqual(hints(fileWith({ fxx: {} })).length, 0, 'two edits of a 3-letter key');
  });

  it('gives at most 100 hints, however many near-miss keys a file holds', () => {
    const requests = Array.from({ length: 500 }, (_, i) => ({ at: '2026-01-03', summary: `r${i}`, type: 'change', biled: true }));
    assert.strictEqual(hints(fileWith({ requests })).length, 100);
  });

  it('measures the distance with transpositions and stops above the limit', () => {
    assert.strictEqual(editDistance('stauts', 'status', 2), 1);
    assert.strictEqual(editDistance('paymentTermDays', 'paymentTermsDays', 2), 1);
    assert.strictEqual(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.strictEqual(editDistance('a', 'abcdef', 2), 3);
    assert.strictEqual(foldKey('\uff53t\u0430tus\u200b'), 'status');
  });

  it('prints a hint on stderr as "hint:" in the CLI, which still exits 0 with the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'client-health-hints-'));
    try {
      const file = join(dir, 'clients.json');
      writeFileSync(file, fileWith({}, { paymentTermDays: 30 }));
      const out: string[] = [];
      const err: string[] = [];
      const code = run(['check', file, '--today', '2026-06-01', '--json'], { out: (t) => out.push(t), err: (t) => err.push(t), color: false, now: new Date(2026, 5, 1) });
      assert.strictEqual(code, 0);
      assert.strictEqual(err.length, 1, err.join('\n'));
      assert.match(err[0], /^.*clients\.json:\d+:\d+: hint: Unknown key "paymentTermDays", kept as written\. Did you mean "paymentTermsDays"\?$/);
      assert.strictEqual(JSON.parse(out.join('')).clients[0].id, 'acme');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('key hints on a hostile file', () => {
  it('looks at no more than 1,000 unknown keys, however many the file holds', () => {
    const extras: Record<string, number> = {};
    for (let i = 0; i < 5_000; i++) extras[`zzzzzz${i}`] = i;
    // One typo after the 1,000th unknown key is not looked at: the walk stopped.
    const file = { version: 1, freelancer: { name: 'Me', ...extras, curency: 'EUR' }, clients: [] };
    assert.deepEqual(keyHints(file), []);
    const early = { version: 1, freelancer: { curency: 'EUR', name: 'Me', ...extras }, clients: [] };
    assert.equal(keyHints(early).length, 1);
  });
});
