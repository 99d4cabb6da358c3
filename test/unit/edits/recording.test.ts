/**
 * The recording operations on a hand-written client file full of
 * comments, unknown fields and odd formatting: the result parses and
 * validates, every comment and unknown field is still there verbatim, the
 * model changed exactly as the operation says and nothing else, missing
 * arrays and objects are created, and the file keeps its own indentation and
 * line endings. A text with a syntax error is refused with the error's offset.
 */
import * as assert from 'node:assert';
import { Edit, applyEdits } from 'jsonc-parser';
import { formatMessage } from '../../../src/core/messages';
import { readClientFile } from '../../../src/core/clientFile';
import { ClientFile } from '../../../src/core/schema';
import { EditResult } from '../../../src/core/edits/operations';
import { detectFormatting } from '../../../src/core/edits/formatting';
import {
  addClient,
  logHours,
  logJournalEntry,
  logRequest,
  markContractSigned,
  markRequestBilled,
  nextInvoiceNumber,
  rateFit,
  recordInvoice,
  recordPayment,
  setStatus,
  spanEdit,
} from '../../../src/core/edits/recording';

// ---------------------------------------------------------------- the hand-written file

/**
 * Written with 4-space indentation and LF; the variants below turn it into tabs
 * and CRLF. Client 0 has everything, client 1 nothing optional (no invoices,
 * contract, fit, requests, journal or hours yet), client 2 is on one line.
 */
const BASE = `// Client Health file: a line comment before the root
/* a block comment
before the root */
{
    "$schema": "./clients.schema.json",
    "version": 1, // format version
    "x-root": "ROOT-UNKNOWN",
    "freelancer": {
        "name": "Camille Martin",
        "currency": "EUR", /* default currency */
        "x-freelancer": { "since": 2019, "tags": ["a", "b"] },
        "workingHours": { "days": ["mon", "tue"], "start": "09:00", "end": "18:00", "x-hours": "WH-UNKNOWN" },
    },
    "clients": [
        // before the first client
        {
            "id": "acme", // unique slug
            "name": "Acme SARL",
            "x-client": "CLIENT-UNKNOWN",
            "contact": { "name": "Jean Dupont", "email": "jean@acme.example", "x-contact": "CONTACT-UNKNOWN" },
            "status": "active", /* active | ending | ended */
            "contract": {
                "signed": null, // not signed yet
                "hourlyRate": 70,
                "paymentTermsDays": 30,
                "x-contract": "CONTRACT-UNKNOWN",
            },
            "invoices": [
                { "number": "2026-008", "issued": "2026-01-05", "amount": 100, "x-invoice": "INVOICE-UNKNOWN-1" },
                {
                    "number": "2026-009",
                    "issued": "2026-02-01",
                    "due": "2026-03-03", // net 30
                    "amount": 2400.5,
                    "payments": [
                        {
                            "date": "2026-03-10",
                            "amount": 1200,
                            "x-payment": "PAYMENT-UNKNOWN"
                        } // after the last payment
                    ],
                    "x-invoice": "INVOICE-UNKNOWN-2"
                }, // after the last invoice, before a trailing comma's bracket
            ],
            "requests": [
                {
                    "at": "2026-02-20T22:40",
                    "summary": "One more colour variant",
                    "type": "revision",
                    "billed": false,   // not billed yet
                    "x-request": "REQUEST-UNKNOWN"
                },
                {
                    "at": "2026-02-21",
                    "summary": "A new page", /* inside a request */
                    "type": "feature"
                } /* after the last request */
            ],
            "journal": [ /* at the start of the journal */
                {
                    "at": "2026-03-01T23:10",
                    "kind": "afterHoursContact",
                    "note": "Called at 23:10",
                    "x-journal": "JOURNAL-UNKNOWN"
                }
                // after the last journal entry
            ],
            "hours": [
                {
                    "date": "2026-02-02",
                    "hours": 3.5,
                    "x-hours-entry": "HOURS-UNKNOWN"
                },
            ],
            "fit": {
                "enjoyment": 4, // fun to work with
                "x-fit": "FIT-UNKNOWN"
            },
            "notes": "free text" // the last member of a client
        },
        /* between two clients */
        {
            "id": "bare",
            "name": "Bare Ltd", /* nothing else yet */
            "x-bare": "BARE-UNKNOWN"
            // after the last member of a bare client
        },
        { "id": "tiny", "name": "Tiny", "status": "ending", "x-tiny": "TINY-UNKNOWN" } // a client on one line
    ], // after the clients array
}
// after the root
`;

/** Every comment of BASE, verbatim. */
const COMMENTS = [
  '// Client Health file: a line comment before the root',
  '/* a block comment\nbefore the root */',
  '// format version',
  '/* default currency */',
  '// before the first client',
  '// unique slug',
  '/* active | ending | ended */',
  '// not signed yet',
  '// net 30',
  '// after the last payment',
  "// after the last invoice, before a trailing comma's bracket",
  '// not billed yet',
  '/* inside a request */',
  '/* after the last request */',
  '/* at the start of the journal */',
  '// after the last journal entry',
  '// fun to work with',
  '// the last member of a client',
  '/* between two clients */',
  '/* nothing else yet */',
  '// after the last member of a bare client',
  '// a client on one line',
  '// after the clients array',
  '// after the root',
];

/** Every unknown field of BASE, as written (key and value). */
const UNKNOWN = [
  '"x-root": "ROOT-UNKNOWN"',
  '"since": 2019',
  '"x-hours": "WH-UNKNOWN"',
  '"x-client": "CLIENT-UNKNOWN"',
  '"x-contact": "CONTACT-UNKNOWN"',
  '"x-contract": "CONTRACT-UNKNOWN"',
  '"x-invoice": "INVOICE-UNKNOWN-1"',
  '"x-payment": "PAYMENT-UNKNOWN"',
  '"x-invoice": "INVOICE-UNKNOWN-2"',
  '"x-request": "REQUEST-UNKNOWN"',
  '"x-journal": "JOURNAL-UNKNOWN"',
  '"x-hours-entry": "HOURS-UNKNOWN"',
  '"x-fit": "FIT-UNKNOWN"',
  '"x-bare": "BARE-UNKNOWN"',
  '"x-tiny": "TINY-UNKNOWN"',
];

interface Variant {
  readonly name: string;
  readonly unit: string;
  readonly eol: string;
}

const VARIANTS: Variant[] = [
  { name: '4 spaces, LF', unit: '    ', eol: '\n' },
  { name: 'tabs, LF', unit: '\t', eol: '\n' },
  { name: '4 spaces, CRLF', unit: '    ', eol: '\r\n' },
  { name: 'tabs, CRLF', unit: '\t', eol: '\r\n' },
  { name: '2 spaces, CRLF', unit: '  ', eol: '\r\n' },
];

/** BASE (or another 4-space LF text) in the variant's indentation and line endings. */
function inVariant(text: string, v: Variant): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(?: {4})+/, (lead) => v.unit.repeat(lead.length / 4)))
    .join(v.eol);
}

// ---------------------------------------------------------------- helpers

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    n++;
  }
  return n;
}

/** The validated model of `text`, failing with the problems when there is an error. */
function valid(text: string): ClientFile {
  const result = readClientFile(text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  assert.deepStrictEqual(
    errors.map((p) => `${p.code} at ${p.start.line + 1}:${p.start.character + 1}: ${formatMessage(p.message)}`),
    [],
    `the text has errors:\n${text}`,
  );
  assert.ok(result.file, 'no model');
  return result.file;
}

function apply(text: string, result: EditResult): string {
  assert.ok(result.ok, `the operation refused a valid text (offset ${result.ok ? '' : result.offset})`);
  return applyEdits(text, result.edits);
}

/** Comments and unknown fields are all still there, each exactly once, written as they were. */
function assertKept(after: string, eol: string): void {
  for (const comment of COMMENTS) {
    const written = comment.replace(/\n/g, eol);
    assert.strictEqual(count(after, written), 1, `comment ${JSON.stringify(written)} lost or doubled in:\n${after}`);
  }
  for (const field of UNKNOWN) {
    assert.strictEqual(count(after, field), 1, `unknown field ${field} lost or doubled in:\n${after}`);
  }
}

/** The file keeps its line endings: CRLF has no lone \n or \r, LF has no \r. */
function assertLineEndings(after: string, eol: string): void {
  if (eol === '\r\n') {
    assert.ok(!/(^|[^\r])\n/.test(after), `a lone \\n in a CRLF file:\n${JSON.stringify(after)}`);
    assert.ok(!/\r(?!\n)/.test(after), `a lone \\r in a CRLF file:\n${JSON.stringify(after)}`);
  } else {
    assert.ok(!after.includes('\r'), `a \\r in an LF file:\n${JSON.stringify(after)}`);
  }
}

/** Every line the edit touched is indented with whole units of the file's own indentation. */
function assertIndentation(before: string, after: string, unit: string, eol: string): void {
  const edit = spanEdit(before, after);
  const start = after.lastIndexOf('\n', edit.offset - 1) + 1;
  const endOfChange = edit.offset + edit.content.length;
  const next = after.indexOf('\n', endOfChange);
  const region = after.slice(start, next === -1 ? after.length : next);
  for (const line of region.split(eol)) {
    const lead = /^[ \t]*/.exec(line)![0];
    const ok = unit === '\t' ? !lead.includes(' ') : !lead.includes('\t') && lead.length % unit.length === 0;
    assert.ok(ok, `line ${JSON.stringify(line)} is not indented with ${JSON.stringify(unit)}; the edit:\n${region}`);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Model = Mutable<ClientFile> & Record<string, unknown>;

interface Case {
  readonly title: string;
  readonly run: (text: string) => EditResult;
  /** Changes a copy of the model as the operation says it changes the file. */
  readonly expect: (model: Model) => void;
  /** The array that got a new last entry, and that entry, when the operation appends. */
  readonly appended?: { at: (file: ClientFile) => readonly unknown[] | undefined; entry: unknown };
}

const ACME = 0;
const BARE = 1;
const TINY = 2;

const invoice = { number: '2026-010', issued: '2026-04-01', due: '2026-05-01', amount: 1234.56, note: 'April' };
const payment = { date: '2026-04-15', amount: 200.1 };
const request = { at: '2026-04-02T21:15', summary: 'Add a dark mode', type: 'feature' as const, inScope: false, billed: false, hours: 2.5 };
const entry = { at: '2026-04-03T08:00', kind: 'urgentDemand' as const, note: 'Needs it "today"' };
const hours = { date: '2026-04-04', hours: 0.25, note: 'Call' };
const newClient = { id: 'newco', name: 'NewCo', status: 'active' as const };

const CASES: Case[] = [
  {
    title: 'addClient appends a client after a one-line client and a comment',
    run: (t) => addClient(t, newClient),
    expect: (m) => m.clients.push(structuredClone(newClient)),
    appended: { at: (f) => f.clients, entry: newClient },
  },
  {
    title: 'recordInvoice appends after a last invoice with a trailing comma and a comment',
    run: (t) => recordInvoice(t, ACME, invoice),
    expect: (m) => m.clients[ACME].invoices!.push(structuredClone(invoice)),
    appended: { at: (f) => f.clients[ACME].invoices, entry: invoice },
  },
  {
    title: 'recordInvoice creates the invoices of a client with none yet',
    run: (t) => recordInvoice(t, BARE, invoice),
    expect: (m) => {
      m.clients[BARE].invoices = [structuredClone(invoice)];
    },
    appended: { at: (f) => f.clients[BARE].invoices, entry: invoice },
  },
  {
    title: 'recordPayment appends after a last payment followed by a line comment',
    run: (t) => recordPayment(t, ACME, 1, payment),
    expect: (m) => m.clients[ACME].invoices![1].payments!.push(structuredClone(payment)),
    appended: { at: (f) => f.clients[ACME].invoices![1].payments, entry: payment },
  },
  {
    title: 'recordPayment creates the payments of a one-line invoice with none yet',
    run: (t) => recordPayment(t, ACME, 0, payment),
    expect: (m) => {
      m.clients[ACME].invoices![0].payments = [structuredClone(payment)];
    },
    appended: { at: (f) => f.clients[ACME].invoices![0].payments, entry: payment },
  },
  {
    title: 'logRequest appends after a last request followed by a block comment',
    run: (t) => logRequest(t, ACME, request),
    expect: (m) => m.clients[ACME].requests!.push(structuredClone(request)),
    appended: { at: (f) => f.clients[ACME].requests, entry: request },
  },
  {
    title: 'logRequest creates the requests of a client with none yet',
    run: (t) => logRequest(t, BARE, request),
    expect: (m) => {
      m.clients[BARE].requests = [structuredClone(request)];
    },
    appended: { at: (f) => f.clients[BARE].requests, entry: request },
  },
  {
    title: 'markRequestBilled turns billed false into true',
    run: (t) => markRequestBilled(t, ACME, 0),
    expect: (m) => {
      m.clients[ACME].requests![0].billed = true;
    },
  },
  {
    title: 'markRequestBilled adds billed to a request without it',
    run: (t) => markRequestBilled(t, ACME, 1),
    expect: (m) => {
      m.clients[ACME].requests![1].billed = true;
    },
  },
  {
    title: 'logJournalEntry appends after a last entry followed by a comment line',
    run: (t) => logJournalEntry(t, ACME, entry),
    expect: (m) => m.clients[ACME].journal!.push(structuredClone(entry)),
    appended: { at: (f) => f.clients[ACME].journal, entry },
  },
  {
    title: 'logJournalEntry creates the journal of a client with none yet',
    run: (t) => logJournalEntry(t, BARE, entry),
    expect: (m) => {
      m.clients[BARE].journal = [structuredClone(entry)];
    },
    appended: { at: (f) => f.clients[BARE].journal, entry },
  },
  {
    title: 'logHours appends after a last entry with a trailing comma',
    run: (t) => logHours(t, ACME, hours),
    expect: (m) => m.clients[ACME].hours!.push(structuredClone(hours)),
    appended: { at: (f) => f.clients[ACME].hours, entry: hours },
  },
  {
    title: 'logHours creates the hours of a client with none yet',
    run: (t) => logHours(t, BARE, hours),
    expect: (m) => {
      m.clients[BARE].hours = [structuredClone(hours)];
    },
    appended: { at: (f) => f.clients[BARE].hours, entry: hours },
  },
  {
    title: 'markContractSigned replaces a null signed date',
    run: (t) => markContractSigned(t, ACME, '2026-04-05'),
    expect: (m) => {
      m.clients[ACME].contract!.signed = '2026-04-05';
    },
  },
  {
    title: 'markContractSigned creates the contract of a client with none yet',
    run: (t) => markContractSigned(t, BARE, '2026-04-05'),
    expect: (m) => {
      m.clients[BARE].contract = { signed: '2026-04-05' };
    },
  },
  {
    title: 'setStatus replaces a status followed by a block comment',
    run: (t) => setStatus(t, ACME, 'ending'),
    expect: (m) => {
      m.clients[ACME].status = 'ending';
    },
  },
  {
    title: 'setStatus adds the status of a client without one',
    run: (t) => setStatus(t, BARE, 'ended'),
    expect: (m) => {
      m.clients[BARE].status = 'ended';
    },
  },
  {
    title: 'setStatus replaces the status of a one-line client',
    run: (t) => setStatus(t, TINY, 'active'),
    expect: (m) => {
      m.clients[TINY].status = 'active';
    },
  },
  {
    title: 'rateFit replaces one rating and adds the other',
    run: (t) => rateFit(t, ACME, { enjoyment: 2, styleMatch: 5 }),
    expect: (m) => {
      m.clients[ACME].fit = { ...m.clients[ACME].fit, enjoyment: 2, styleMatch: 5 };
    },
  },
  {
    title: 'rateFit with one rating leaves the other alone',
    run: (t) => rateFit(t, ACME, { styleMatch: 1 }),
    expect: (m) => {
      m.clients[ACME].fit = { ...m.clients[ACME].fit, styleMatch: 1 };
    },
  },
  {
    title: 'rateFit creates the fit of a client with none yet',
    run: (t) => rateFit(t, BARE, { enjoyment: 5, styleMatch: 3 }),
    expect: (m) => {
      m.clients[BARE].fit = { enjoyment: 5, styleMatch: 3 };
    },
  },
];

// ---------------------------------------------------------------- tests

describe('recording operations on a hand-written file', () => {
  it('the hand-written file is valid and every comment and unknown field is in it once', () => {
    for (const v of VARIANTS) {
      const text = inVariant(BASE, v);
      const file = valid(text);
      assertKept(text, v.eol);
      assert.strictEqual(file.clients.length, 3);
      assert.strictEqual(file.clients[BARE].invoices, undefined);
      assert.strictEqual(file.clients[BARE].contract, undefined);
      assert.strictEqual(file.clients[BARE].fit, undefined);
      assert.deepStrictEqual(detectFormatting(text), v.unit === '\t' ? { insertSpaces: false, tabSize: 4, eol: v.eol } : { insertSpaces: true, tabSize: v.unit.length, eol: v.eol });
    }
  });

  for (const v of VARIANTS) {
    describe(v.name, () => {
      const text = inVariant(BASE, v);
      for (const c of CASES) {
        it(c.title, () => {
          const before = valid(text);
          const after = apply(text, c.run(text));
          const model = valid(after);

          // Exactly the change the operation says, nothing else.
          const expected = structuredClone(before) as Model;
          c.expect(expected);
          assert.deepStrictEqual(model, expected);
          assert.notDeepStrictEqual(model, before);
          if (c.appended) {
            const list = c.appended.at(model)!;
            const old = c.appended.at(before) ?? [];
            assert.strictEqual(list.length, old.length + 1);
            assert.deepStrictEqual(list[list.length - 1], c.appended.entry, 'the new entry is last in its array');
            assert.deepStrictEqual(list.slice(0, -1), old);
          }

          assertKept(after, v.eol);
          assertLineEndings(after, v.eol);
          assertIndentation(text, after, v.unit, v.eol);
          // Nothing before the first change or after the last one moved.
          const edit = spanEdit(text, after);
          assert.strictEqual(after.slice(0, edit.offset), text.slice(0, edit.offset));
          assert.strictEqual(after.slice(edit.offset + edit.content.length), text.slice(edit.offset + edit.length));
        });
      }

      it('all the operations one after the other', () => {
        let current = text;
        let expected = structuredClone(valid(text)) as Model;
        for (const c of CASES) {
          current = apply(current, c.run(current));
          c.expect(expected);
          assert.deepStrictEqual(valid(current), expected, c.title);
          assertKept(current, v.eol);
          assertLineEndings(current, v.eol);
          expected = structuredClone(expected);
        }
      });
    });
  }

  describe('new lines in the file’s own indentation and line endings', () => {
    it('a tab-indented CRLF file gets tab-indented CRLF lines for a new array', () => {
      const text = inVariant(BASE, { name: '', unit: '\t', eol: '\r\n' });
      const after = apply(text, logHours(text, BARE, { date: '2026-04-04', hours: 1 }));
      assert.ok(after.includes('\r\n\t\t\t"hours": [\r\n\t\t\t\t{\r\n\t\t\t\t\t"date": "2026-04-04",\r\n\t\t\t\t\t"hours": 1\r\n\t\t\t\t}\r\n\t\t\t]'), JSON.stringify(after));
    });

    it('a 4-space file gets 4-space lines for a new object', () => {
      const after = apply(BASE, markContractSigned(BASE, BARE, '2026-04-05'));
      assert.ok(after.includes('\n            "contract": {\n                "signed": "2026-04-05"\n            }'), after);
    });

    it('a 2-space CRLF file gets a 2-space CRLF client', () => {
      const text = '{\r\n  "version": 1,\r\n  "freelancer": { "currency": "EUR" },\r\n  "clients": [\r\n    { "id": "a", "name": "A" }\r\n  ]\r\n}\r\n';
      const after = apply(text, addClient(text, { id: 'b', name: 'B' }));
      assert.ok(after.includes(',\r\n    {\r\n      "id": "b",\r\n      "name": "B"\r\n    }\r\n  ]\r\n}\r\n'), JSON.stringify(after));
      assert.deepStrictEqual(valid(after).clients.map((c) => c.id), ['a', 'b']);
    });

    it('addClient fills an empty clients array, even one holding only a comment', () => {
      for (const clients of ['[]', '[ /* none yet */ ]', '[\n    // none yet\n  ]']) {
        const text = `{\n  "version": 1,\n  "freelancer": { "currency": "EUR" },\n  "clients": ${clients}\n}\n`;
        const after = apply(text, addClient(text, { id: 'first', name: 'First' }));
        assert.deepStrictEqual(valid(after).clients, [{ id: 'first', name: 'First' }]);
        const comment = /\/[/*] none yet( \*\/)?/.exec(clients)?.[0];
        if (comment) {
          assert.strictEqual(count(after, comment), 1, after);
        }
      }
    });

    it('a value that JSON.stringify drops (undefined) is not written', () => {
      const text = inVariant(BASE, VARIANTS[0]);
      const after = apply(text, logHours(text, BARE, { date: '2026-04-04', hours: 1, note: undefined }));
      assert.deepStrictEqual(valid(after).clients[BARE].hours, [{ date: '2026-04-04', hours: 1 }]);
    });
  });

  describe('refusal on a text with a syntax error', () => {
    const OPS: [string, (t: string) => EditResult][] = [
      ['addClient', (t) => addClient(t, newClient)],
      ['recordInvoice', (t) => recordInvoice(t, ACME, invoice)],
      ['recordPayment', (t) => recordPayment(t, ACME, 1, payment)],
      ['logRequest', (t) => logRequest(t, ACME, request)],
      ['markRequestBilled', (t) => markRequestBilled(t, ACME, 0)],
      ['logJournalEntry', (t) => logJournalEntry(t, ACME, entry)],
      ['logHours', (t) => logHours(t, ACME, hours)],
      ['markContractSigned', (t) => markContractSigned(t, ACME, '2026-04-05')],
      ['setStatus', (t) => setStatus(t, ACME, 'ended')],
      ['rateFit', (t) => rateFit(t, ACME, { enjoyment: 1, styleMatch: 2 })],
    ];
    const BROKEN: [string, string][] = [
      ['a missing comma', BASE.replace('"name": "Acme SARL",', '"name": "Acme SARL"')],
      ['an unclosed block comment', BASE.replace('/* between two clients */', '/* between two clients')],
      ['an unclosed string', BASE.replace('"Bare Ltd"', '"Bare Ltd')],
      ['a stray character', BASE.replace('"version": 1,', '"version": 1,;')],
      ['a truncated file', BASE.slice(0, BASE.indexOf('"requests"'))],
      ['text after the root', BASE + '{}'],
      ['an empty text', ''],
    ];
    for (const [what, text] of BROKEN) {
      const problems = readClientFile(text).problems;
      for (const [name, op] of OPS) {
        it(`${name} refuses ${what}, giving the offset of the first error`, () => {
          assert.ok(problems.length > 0 && problems.every((p) => p.code === 'syntax' || p.code === 'empty'), 'the fixture has a syntax error');
          assert.deepStrictEqual(op(text), { ok: false, offset: problems[0].offset });
        });
      }
    }

    it('the offset points at the error: the missing comma', () => {
      const text = '{\n  "version": 1\n  "freelancer": {},\n  "clients": []\n}';
      assert.deepStrictEqual(setStatus(text, 0, 'active'), { ok: false, offset: text.indexOf('"freelancer"') });
      assert.deepStrictEqual(addClient(text, { id: 'a', name: 'A' }), { ok: false, offset: text.indexOf('"freelancer"') });
    });

    it('rateFit with no rating still refuses a text with a syntax error', () => {
      assert.deepStrictEqual(rateFit('{ "version": ', 0, {}), { ok: false, offset: 13 });
      assert.deepStrictEqual(rateFit('{ "version": ', 0, { enjoyment: undefined }), { ok: false, offset: 13 });
    });
  });

  describe('a byte order mark', () => {
    it('an operation edits a file that starts with a byte order mark, keeping the mark', () => {
      const text = '\uFEFF{\n  "version": 1,\n  "freelancer": { "currency": "EUR" },\n  "clients": []\n}\n';
      assert.deepStrictEqual(readClientFile(text).problems, []);
      const after = apply(text, addClient(text, { id: 'a', name: 'A' }));
      assert.ok(after.startsWith('\uFEFF{'));
      assert.deepStrictEqual(valid(after).clients, [{ id: 'a', name: 'A' }]);
    });
  });

  describe('formatting of existing text', () => {
    /** The example of docs/client-file-v1.md, cut down to what matters here. */
    const SPEC = `{
  "version": 1,
  "freelancer": { "currency": "EUR" },
  "clients": [
    {
      "id": "acme",
      "name": "Acme SARL",
      "invoices": [
        {
          "number": "2026-001",
          "issued": "2026-02-01",
          "amount": 2400,
          "payments": [ { "date": "2026-03-10", "amount": 1200 } ]
        }
      ],
      "hours": [ { "date": "2026-02-02", "hours": 3.5, "note": "Header" } ],
      "fit": { "enjoyment": 2, "styleMatch": 4 },   // 1 (awful) to 5 (great)
      "notes": "free text"
    }
  ]
}
`;

    it('replacing a value touches only that value', () => {
      const fit = rateFit(SPEC, 0, { enjoyment: 5 });
      assert.ok(fit.ok);
      assert.deepStrictEqual(fit.edits, [{ offset: SPEC.indexOf('"enjoyment": 2') + '"enjoyment": '.length, length: 1, content: '5' }]);
      const after = apply(SPEC, setStatus(SPEC, 0, 'ending'));
      assert.ok(after.includes('"hours": [ { "date": "2026-02-02", "hours": 3.5, "note": "Header" } ],'));
      assert.ok(after.includes('"fit": { "enjoyment": 2, "styleMatch": 4 },   // 1 (awful) to 5 (great)'));
    });

    it('appending to a multi-line array leaves the earlier entries as they were written', () => {
      const after = apply(SPEC, recordInvoice(SPEC, 0, { number: '2026-002', issued: '2026-03-01', amount: 10 }));
      assert.ok(after.includes('"payments": [ { "date": "2026-03-10", "amount": 1200 } ]'), after);
    });

    // jsonc-parser's modify() reformats the lines an insertion touches: a one-line array (as the
    // format's own example writes "hours" and "payments"), or a last entry on one line, would be
    // spread over several lines. appendTo() writes these insertions itself.
    it('appending to a one-line array keeps the existing entries exactly as written', () => {
      const hoursAfter = apply(SPEC, logHours(SPEC, 0, { date: '2026-03-01', hours: 2 }));
      assert.ok(hoursAfter.includes('{ "date": "2026-02-02", "hours": 3.5, "note": "Header" }'), hoursAfter);
      const paymentAfter = apply(SPEC, recordPayment(SPEC, 0, 0, { date: '2026-03-20', amount: 1200 }));
      assert.ok(paymentAfter.includes('{ "date": "2026-03-10", "amount": 1200 }'), paymentAfter);
      const tiny = inVariant(BASE, VARIANTS[0]);
      const clientAfter = apply(tiny, addClient(tiny, newClient));
      assert.ok(clientAfter.includes('{ "id": "tiny", "name": "Tiny", "status": "ending", "x-tiny": "TINY-UNKNOWN" }, // a client on one line'), clientAfter);
    });
  });

  describe('detectFormatting', () => {
    it('reads the unit of indentation and the line ending', () => {
      assert.deepStrictEqual(detectFormatting('{\n  "a": 1\n}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
      assert.deepStrictEqual(detectFormatting('{\r\n    "a": 1\r\n}'), { insertSpaces: true, tabSize: 4, eol: '\r\n' });
      assert.deepStrictEqual(detectFormatting('{\n\t"a": 1\n}'), { insertSpaces: false, tabSize: 4, eol: '\n' });
      assert.deepStrictEqual(detectFormatting('{"a": 1}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
      assert.deepStrictEqual(detectFormatting('{\n    // a comment line does not count\n  "a": 1\n}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
    });

    it('a block comment above the root does not decide the indentation', () => {
      const text = '/*\n   freelance clients of 2026\n*/\n{\n\t"version": 1,\n\t"freelancer": { "currency": "EUR" },\n\t"clients": [\n\t\t{\n\t\t\t"id": "a",\n\t\t\t"name": "A"\n\t\t}\n\t]\n}\n';
      assert.deepStrictEqual(detectFormatting(text), { insertSpaces: false, tabSize: 4, eol: '\n' });
      const after = apply(text, logHours(text, 0, { date: '2026-01-01', hours: 1 }));
      assert.ok(!/^\t* +/m.test(after.slice(after.indexOf('{'))), after);
    });
  });

  describe('nextInvoiceNumber', () => {
    const cases: [readonly string[], number, string][] = [
      [['2026-009'], 2026, '2026-010'],
      [['2026-008', '2026-009'], 2026, '2026-010'],
      [['INV-99'], 2026, 'INV-100'],
      [['A7b'], 2026, 'A8b'],
      [[], 2026, '2026-001'],
      [[], 2031, '2031-001'],
      [['Acompte'], 2026, '2026-001'],
      [['F00099'], 2026, 'F00100'],
      [['2026-999'], 2026, '2026-1000'],
      [['41'], 2026, '42'],
      [['2025-012'], 2026, '2025-013'],
      [['2026-07-03/9'], 2026, '2026-07-03/10'],
      [['2026-003', '2026-001'], 2026, '2026-002'],
    ];
    for (const [numbers, year, next] of cases) {
      it(`${JSON.stringify(numbers)} in ${year} -> ${next}`, () => {
        assert.strictEqual(nextInvoiceNumber(numbers, year), next);
      });
    }

    it('a number with more digits than a double holds is still incremented by one', () => {
      assert.strictEqual(nextInvoiceNumber(['INV-12345678901234567890'], 2026), 'INV-12345678901234567891');
      assert.strictEqual(nextInvoiceNumber(['999999999999999999999'], 2026), '1000000000000000000000');
    });

    it('the proposed number is never one the client already uses', () => {
      const numbers = ['2026-001', 'Acompte'];
      assert.ok(!numbers.includes(nextInvoiceNumber(numbers, 2026)));
    });
  });

  describe('spanEdit', () => {
    const apply1 = (before: string, edit: Edit) => before.slice(0, edit.offset) + edit.content + before.slice(edit.offset + edit.length);

    it('is empty for equal texts', () => {
      assert.deepStrictEqual(spanEdit('abc', 'abc'), { offset: 3, length: 0, content: '' });
      assert.deepStrictEqual(spanEdit('', ''), { offset: 0, length: 0, content: '' });
    });

    it('is exactly the insertion, deletion or replacement', () => {
      assert.deepStrictEqual(spanEdit('{"a": 1}', '{"a": 1, "b": 2}'), { offset: 7, length: 0, content: ', "b": 2' });
      assert.deepStrictEqual(spanEdit('{"a": 1, "b": 2}', '{"a": 1}'), { offset: 7, length: 8, content: '' });
      assert.deepStrictEqual(spanEdit('"fit": 4,', '"fit": 5,'), { offset: 7, length: 1, content: '5' });
      assert.deepStrictEqual(spanEdit('', 'x'), { offset: 0, length: 0, content: 'x' });
      assert.deepStrictEqual(spanEdit('x', ''), { offset: 0, length: 1, content: '' });
      assert.deepStrictEqual(spanEdit('a\r\nb', 'a\r\nc\r\nb'), { offset: 3, length: 0, content: 'c\r\n' });
    });

    it('never counts a character twice when prefix and suffix overlap', () => {
      assert.deepStrictEqual(spanEdit('aa', 'aaa'), { offset: 2, length: 0, content: 'a' });
      assert.deepStrictEqual(spanEdit('aaa', 'aa'), { offset: 2, length: 1, content: '' });
      assert.deepStrictEqual(spanEdit('abab', 'ab'), { offset: 2, length: 2, content: '' });
    });

    it('is the smallest single edit (exhaustive over short texts)', () => {
      const alphabet = ['a', 'b', '\r', '\n'];
      const texts = [''];
      for (let len = 1; len <= 4; len++) {
        for (let i = 0; i < alphabet.length ** len; i++) {
          let s = '';
          for (let k = 0, n = i; k < len; k++, n = Math.floor(n / alphabet.length)) {
            s += alphabet[n % alphabet.length];
          }
          texts.push(s);
        }
      }
      // Every pair among a sample: the edit applies, and its size is the least possible.
      const sample = texts.filter((_, i) => i % 3 === 0);
      for (const before of sample) {
        for (const after of sample) {
          const edit = spanEdit(before, after);
          assert.strictEqual(apply1(before, edit), after, JSON.stringify([before, after, edit]));
          let best = Infinity;
          for (let p = 0; p <= Math.min(before.length, after.length); p++) {
            for (let s = 0; p + s <= Math.min(before.length, after.length); s++) {
              if (before.slice(0, p) === after.slice(0, p) && before.slice(before.length - s) === after.slice(after.length - s)) {
                best = Math.min(best, before.length - p - s + (after.length - p - s));
              }
            }
          }
          assert.strictEqual(edit.length + edit.content.length, best, JSON.stringify([before, after, edit]));
        }
      }
    });

    it('rateFit returns one minimal edit for its several changes', () => {
      const text = inVariant(BASE, VARIANTS[0]);
      const result = rateFit(text, ACME, { enjoyment: 2, styleMatch: 5 });
      assert.ok(result.ok);
      assert.strictEqual(result.edits.length, 1);
      const after = applyEdits(text, result.edits);
      assert.deepStrictEqual(result.edits[0], spanEdit(text, after));
      const at = text.indexOf('"enjoyment": 4') + '"enjoyment": '.length;
      assert.strictEqual(result.edits[0].offset, at, 'starts at the first changed character');
    });
  });
});
