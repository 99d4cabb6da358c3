import * as assert from 'node:assert';
import { Problem, readClientFile } from '../../src/core/clientFile';
import { formatMessage } from '../../src/core/messages';

/** The full example of docs/client-file-v1.md, comments included. */
const EXAMPLE = `{
  "version": 1,
  "freelancer": {
    "name": "Camille Martin",
    "email": "camille@example.com",
    "currency": "EUR",                 // ISO 4217; default for clients
    "standardHourlyRate": 85,          // today's rate for new work (optional)
    "workingHours": {                  // optional; default mon-fri 09:00-18:00
      "days": ["mon", "tue", "wed", "thu", "fri"],
      "start": "09:00",
      "end": "18:00"
    },
    "language": "fr"                   // optional: en | fr | it | tr, for drafts
  },
  "clients": [
    {
      "id": "acme",                    // unique slug within the file
      "name": "Acme SARL",
      "contact": { "name": "Jean Dupont", "email": "jean@acme.example" },
      "status": "active",              // active | ending | ended
      "currency": "EUR",               // optional, overrides freelancer.currency
      "contract": {                    // optional as a whole
        "signed": "2026-01-15",        // absent or null: not signed
        "start": "2026-01-10",
        "hourlyRate": 70,
        "paymentTermsDays": 30,        // net 30; default 30 when absent
        "lateFeePercentPerMonth": 1.5,
        "revisionsIncluded": 2,        // revision rounds included in the price
        "extraHourlyRate": 90,         // rate for out-of-scope work and extra revisions
        "noticeDays": 14,
        "scope": ["Landing page redesign", "Blog migration"]
      },
      "deliverables": [
        { "name": "Blog migration", "due": "2026-04-01", "done": false }
      ],
      "invoices": [
        {
          "number": "2026-001",
          "issued": "2026-02-01",
          "due": "2026-03-03",         // optional: issued + paymentTermsDays
          "amount": 2400,
          "payments": [ { "date": "2026-03-10", "amount": 1200 } ]
        }
      ],
      "requests": [                    // what the client asked for, as it came
        {
          "at": "2026-02-20T22:40",    // local date-time, or a date
          "summary": "One more colour variant of the hero",
          "type": "revision",          // revision | change | feature
          "inScope": false,            // default: true for revision, false otherwise
          "billed": false,
          "hours": 2                   // optional estimate or actual
        }
      ],
      "journal": [                     // the paper trail
        {
          "at": "2026-03-01T23:10",
          "kind": "afterHoursContact", // see kinds below
          "note": "Called at 23:10 about a typo"
        }
      ],
      "hours": [ { "date": "2026-02-02", "hours": 3.5, "note": "Header" } ],
      "fit": { "enjoyment": 2, "styleMatch": 4 },   // 1 (awful) to 5 (great)
      "referrals": [ { "name": "Alex Rossi", "contact": "alex@example.com", "note": "strong in Vue" } ],
      "notes": "free text"
    }
  ]
}`;

/** Replaces a piece of the example that must occur exactly once, so that no edit silently misses. */
function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `fixture has no ${JSON.stringify(from)}`);
  assert.strictEqual(text.indexOf(from, first + 1), -1, `fixture has ${JSON.stringify(from)} more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Zero-based line of the only line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const lines = text.split(/\r\n|\n/);
  const found = lines.flatMap((line, i) => (line.includes(needle) ? [i] : []));
  assert.strictEqual(found.length, 1, `${JSON.stringify(needle)} should be on exactly one line, found on ${found.length}`);
  return found[0];
}

function rangeText(text: string, p: Problem): string {
  return text.slice(p.offset, p.offset + p.length);
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.start.line}:${p.start.character} ${p.code} ${formatMessage(p.message)}`).join('\n');
}

/** Reads `text`, expects exactly one problem, and returns it. */
function onlyProblem(text: string): Problem {
  const result = readClientFile(text);
  assert.strictEqual(result.problems.length, 1, describeProblems(result.problems));
  return result.problems[0];
}

/** The problem underlines exactly `value`, on the only line that contains `needle`. */
function assertAt(text: string, p: Problem, value: string, needle = value): void {
  assert.strictEqual(rangeText(text, p), value);
  const line = lineOf(text, needle);
  assert.strictEqual(p.start.line, line);
  const lineText = text.split(/\r\n|\n/)[line];
  assert.strictEqual(p.start.character, lineText.indexOf(value));
  assert.deepStrictEqual(p.end, { line, character: lineText.indexOf(value) + value.length });
}

describe('readClientFile', () => {
  describe('a valid file', () => {
    it('accepts the full example of the format, comments included, with no problem at all', () => {
      const result = readClientFile(EXAMPLE);
      assert.deepStrictEqual(result.problems, []);
      assert.ok(result.file);
      assert.strictEqual(result.file.version, 1);
      assert.strictEqual(result.file.freelancer.name, 'Camille Martin');
      assert.strictEqual(result.file.clients.length, 1);
      const client = result.file.clients[0];
      assert.strictEqual(client.id, 'acme');
      assert.strictEqual(client.contract?.signed, '2026-01-15');
      assert.strictEqual(client.invoices?.[0].payments?.[0].amount, 1200);
      assert.strictEqual(client.journal?.[0].kind, 'afterHoursContact');
      assert.deepStrictEqual(client.fit, { enjoyment: 2, styleMatch: 4 });
    });

    it('reads the contact salutation as a field of the format', () => {
      const result = readClientFile(edit(EXAMPLE, '"name": "Jean Dupont",', '"name": "Jean Dupont", "salutation": "Monsieur Dupont",'));
      assert.deepStrictEqual(result.problems, []);
      assert.strictEqual(result.file?.clients[0].contact?.salutation, 'Monsieur Dupont');
    });

    it('keeps unknown fields, at every level, in the parsed value', () => {
      let text = edit(EXAMPLE, '"version": 1,', '"version": 1, "x-exportedBy": "tool",');
      text = edit(text, '"name": "Camille Martin",', '"name": "Camille Martin", "siret": "123 456 789",');
      text = edit(text, '"id": "acme",', '"id": "acme", "customerSince": 2019,');
      text = edit(text, '"number": "2026-001",', '"number": "2026-001", "pdf": { "path": "a.pdf" },');
      const result = readClientFile(text);
      assert.deepStrictEqual(result.problems, []);
      const file = result.file as unknown as Record<string, any>;
      assert.strictEqual(file['x-exportedBy'], 'tool');
      assert.strictEqual(file.freelancer.siret, '123 456 789');
      assert.strictEqual(file.clients[0].customerSince, 2019);
      assert.deepStrictEqual(file.clients[0].invoices[0].pdf, { path: 'a.pdf' });
    });

    it('accepts a date-time at 23:59', () => {
      const text = edit(EXAMPLE, '"at": "2026-03-01T23:10"', '"at": "2026-03-01T23:59"');
      assert.deepStrictEqual(readClientFile(text).problems, []);
    });

    it('accepts trailing commas', () => {
      let text = edit(EXAMPLE, '"notes": "free text"', '"notes": "free text",');
      text = edit(text, '"days": ["mon", "tue", "wed", "thu", "fri"]', '"days": ["mon", "tue", "wed", "thu", "fri",]');
      const result = readClientFile(text);
      assert.deepStrictEqual(result.problems, []);
      assert.ok(result.file);
    });
  });

  describe('rejects, at the exact line and value', () => {
    it('an impossible date (2026-02-30)', () => {
      const text = edit(EXAMPLE, '"issued": "2026-02-01"', '"issued": "2026-02-30"');
      const p = onlyProblem(text);
      assert.strictEqual(p.severity, 'error');
      assertAt(text, p, '"2026-02-30"');
      assert.strictEqual(readClientFile(text).file, undefined);
    });

    it('a negative amount', () => {
      const text = edit(EXAMPLE, '"amount": 2400', '"amount": -2400');
      const p = onlyProblem(text);
      assert.strictEqual(p.severity, 'error');
      assertAt(text, p, '-2400');
    });

    it('text where a number is expected', () => {
      const text = edit(EXAMPLE, '"hourlyRate": 70', '"hourlyRate": "70"');
      const p = onlyProblem(text);
      assertAt(text, p, '"70"', '"hourlyRate"');
    });

    it('a contact salutation that is not text', () => {
      const text = edit(EXAMPLE, '"name": "Jean Dupont",', '"name": "Jean Dupont", "salutation": 42,');
      const p = onlyProblem(text);
      assert.strictEqual(p.severity, 'error');
      assertAt(text, p, '42', '"salutation"');
    });

    it('an unknown journal kind', () => {
      const text = edit(EXAMPLE, '"kind": "afterHoursContact"', '"kind": "lateNightCall"');
      const p = onlyProblem(text);
      assertAt(text, p, '"lateNightCall"');
    });

    it('a currency code that is not ISO 4217 (EURO)', () => {
      const text = edit(EXAMPLE, '"currency": "EUR",               // optional', '"currency": "EURO",              // optional');
      const result = readClientFile(text);
      assert.strictEqual(result.file, undefined);
      assert.ok(result.problems.length >= 1, 'no problem reported');
      for (const p of result.problems) {
        assertAt(text, p, '"EURO"');
      }
    });

    it('a currency code that is not ISO 4217 (EURO), reported once', () => {
      const text = edit(EXAMPLE, '"currency": "EUR",               // optional', '"currency": "EURO",              // optional');
      const p = onlyProblem(text);
      assertAt(text, p, '"EURO"');
    });

    it('a date in the wrong shape (2026-2-1), reported once', () => {
      const text = edit(EXAMPLE, '"issued": "2026-02-01"', '"issued": "2026-2-1"');
      const p = onlyProblem(text);
      assertAt(text, p, '"2026-2-1"');
    });

    it('24:00 in a journal date-time', () => {
      const text = edit(EXAMPLE, '"at": "2026-03-01T23:10"', '"at": "2026-03-01T24:00"');
      const p = onlyProblem(text);
      assertAt(text, p, '"2026-03-01T24:00"');
    });

    it('duplicate client ids, pointing at the second one', () => {
      const second = '{ "id": "acme", "name": "Acme bis" }';
      const text = edit(EXAMPLE, '"notes": "free text"\n    }', `"notes": "free text"\n    },\n    ${second}`);
      const p = onlyProblem(text);
      assert.strictEqual(p.code, 'duplicateClientId');
      assert.strictEqual(p.severity, 'error');
      assertAt(text, p, '"acme"', second);
      assert.match(formatMessage(p.message), /"acme"/);
      assert.strictEqual(readClientFile(text).file, undefined);
    });

    it('duplicate client ids even when another field of the file is also wrong', () => {
      const second = '{ "id": "acme", "name": "Acme bis", "status": "paused" }';
      let text = edit(EXAMPLE, '"notes": "free text"\n    }', `"notes": "free text"\n    },\n    ${second}`);
      text = edit(text, '"amount": 2400', '"amount": -2400');
      const result = readClientFile(text);
      assert.strictEqual(result.problems.length, 3, describeProblems(result.problems));
      const duplicate = result.problems.find((p) => p.code === 'duplicateClientId');
      assert.ok(duplicate, describeProblems(result.problems));
      assertAt(text, duplicate, '"acme"', second);
      const others = result.problems.filter((p) => p !== duplicate).map((p) => rangeText(text, p));
      assert.deepStrictEqual(others.sort(), ['"paused"', '-2400']);
    });

    it('a missing required field, underlining the opening brace of its object, not the whole object', () => {
      const text = edit(EXAMPLE, '"number": "2026-001",\n', '');
      const p = onlyProblem(text);
      assert.strictEqual(p.length, 1);
      assert.strictEqual(rangeText(text, p), '{');
      // The invoice object opens on the line after `"invoices": [`.
      assert.strictEqual(p.start.line, lineOf(text, '"invoices": [') + 1);
      assert.match(formatMessage(p.message), /"number"/);
    });

    it('a missing client name, underlining the brace that opens the client', () => {
      const text = edit(EXAMPLE, '"name": "Acme SARL",', '');
      const p = onlyProblem(text);
      assert.strictEqual(p.length, 1);
      assert.strictEqual(rangeText(text, p), '{');
      assert.strictEqual(p.start.line, lineOf(text, '"clients": [') + 1);
      assert.match(formatMessage(p.message), /"name"/);
    });

    it('a missing top-level field, underlining only the first brace of the file', () => {
      const text = '{\n  "version": 1,\n  "clients": []\n}\n';
      const p = onlyProblem(text);
      assert.deepStrictEqual({ offset: p.offset, length: p.length }, { offset: 0, length: 1 });
      assert.match(formatMessage(p.message), /"freelancer"/);
    });

    it('a __proto__ key, without polluting Object.prototype', () => {
      const text = edit(EXAMPLE, '"id": "acme",', '"id": "acme", "__proto__": { "polluted": true, "status": "ended" },');
      const result = readClientFile(text);
      assert.strictEqual(result.problems.length, 1, describeProblems(result.problems));
      const p = result.problems[0];
      assert.strictEqual(p.severity, 'error');
      assert.strictEqual(p.code, 'forbiddenKey');
      assertAt(text, p, '"__proto__"');
      assert.strictEqual(result.file, undefined);
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
      assert.ok(!Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'));
    });

    it('a __proto__ key at the top of the file', () => {
      const text = '{\n  "__proto__": { "polluted": true },\n  "version": 1, "freelancer": {}, "clients": []\n}';
      const p = onlyProblem(text);
      assert.strictEqual(p.code, 'forbiddenKey');
      assert.strictEqual(rangeText(text, p), '"__proto__"');
      assert.strictEqual(p.start.line, 1);
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    });

    it('a duplicated key: reported at its second copy, and the file is not used', () => {
      const text = edit(EXAMPLE, '"amount": 2400,', '"amount": 2400, "amount": -5,');
      const p = onlyProblem(text);
      assert.strictEqual(p.code, 'duplicateKey');
      assert.strictEqual(rangeText(text, p), '"amount"');
      assert.strictEqual(p.offset, text.indexOf('"amount": -5'));
      assert.match(formatMessage(p.message), /"amount" appears twice/);
      assert.strictEqual(readClientFile(text).file, undefined);
    });
  });

  describe('encoding and line endings', () => {
    it('accepts a byte order mark at the start of a valid file', () => {
      const result = readClientFile('\uFEFF' + EXAMPLE);
      assert.deepStrictEqual(result.problems, []);
      assert.ok(result.file);
    });

    it('keeps offsets relative to the text as given when it starts with a BOM', () => {
      const plain = edit(EXAMPLE, '"amount": 2400', '"amount": -2400');
      const text = '\uFEFF' + plain;
      const p = onlyProblem(text);
      assert.strictEqual(rangeText(text, p), '-2400');
      assert.strictEqual(p.offset, onlyProblem(plain).offset + 1);
      assert.strictEqual(p.start.line, lineOf(plain, '-2400'));
    });

    it('reads CRLF files and counts their lines right', () => {
      const crlf = EXAMPLE.replace(/\n/g, '\r\n');
      assert.deepStrictEqual(readClientFile(crlf).problems, []);
      const text = edit(crlf, '"kind": "afterHoursContact"', '"kind": "lateNightCall"');
      const p = onlyProblem(text);
      assertAt(text, p, '"lateNightCall"');
      // Same line and column as in the LF file.
      const lf = onlyProblem(text.replace(/\r\n/g, '\n'));
      assert.deepStrictEqual([p.start, p.end], [lf.start, lf.end]);
    });
  });

  describe('files that cannot be read', () => {
    it('reports an empty file as one error at the start', () => {
      for (const text of ['', '   \n\n', '\uFEFF']) {
        const result = readClientFile(text);
        assert.strictEqual(result.file, undefined);
        assert.strictEqual(result.problems.length, 1, JSON.stringify(text));
        const p = result.problems[0];
        assert.strictEqual(p.severity, 'error');
        assert.strictEqual(p.code, 'empty');
        assert.deepStrictEqual(p.start, { line: 0, character: 0 });
        assert.match(formatMessage(p.message), /empty/);
      }
    });

    it('says the same of deep nesting with a syntax error, however deep the caller already is', () => {
      // Deep enough that the parser's recursion may exhaust the stack of a caller that is itself deep.
      const levels = 4_000;
      const text = `{"version": 1, "freelancer": {}, "clients": [${'['.repeat(levels)}1 2${']'.repeat(levels)}]}`;
      const codes = () => readClientFile(text).problems.map((p) => `${p.code}@${p.offset}`);
      const shallow = codes();
      const fromDepth = (n: number): string[] => (n === 0 ? codes() : fromDepth(n - 1));
      // At the 65th bracket from the file's start: `{`, the clients' `[`, then 63 more.
      assert.deepStrictEqual(shallow, ['tooDeep@' + (text.indexOf('[', text.indexOf('"clients"')) + 63)]);
      for (const depth of [1_000, 3_000, 6_000]) {
        assert.deepStrictEqual(fromDepth(depth), shallow, `called ${depth} frames deep`);
      }
    });

    it('reports a missing comma on the line of the item after it', () => {
      const text = edit(EXAMPLE, '"name": "Acme SARL",', '"name": "Acme SARL"');
      const result = readClientFile(text);
      assert.strictEqual(result.file, undefined);
      assert.ok(result.problems.length >= 1);
      const p = result.problems[0];
      assert.strictEqual(p.code, 'syntax');
      assert.strictEqual(p.severity, 'error');
      assert.strictEqual(p.start.line, lineOf(text, '"contact": {'));
      assert.match(formatMessage(p.message), /comma/);
    });
  });

  describe('messages', () => {
    const cases: [string, string, string, RegExp][] = [
      ['"issued": "2026-02-01"', '"issued": "2026-02-30"', '"2026-02-30"', /calendar date/],
      ['"amount": 2400', '"amount": -2400', '-2400', /negative/],
      ['"hourlyRate": 70', '"hourlyRate": "70"', '"70"', /number/],
      ['"kind": "afterHoursContact"', '"kind": "lateNightCall"', '"lateNightCall"', /afterHoursContact/],
      ['"at": "2026-03-01T23:10"', '"at": "2026-03-01T24:00"', '"2026-03-01T24:00"', /time/],
      ['"currency": "EUR",               // optional', '"currency": "EURO", // optional', '"EURO"', /currency/],
    ];
    for (const [from, to, found, topic] of cases) {
      it(`reads as plain English and names the value found: ${to}`, () => {
        const text = edit(EXAMPLE, from, to);
        const problems = readClientFile(text).problems;
        assert.ok(problems.length >= 1);
        for (const p of problems) {
          const message = formatMessage(p.message);
          assert.ok(message.includes(`found ${found}`), message);
          assert.match(message, topic);
          assert.match(message, /^[A-Z"]/, 'starts like a sentence');
          assert.match(message, /\.$/, 'ends like a sentence');
          assert.doesNotMatch(message, /\{\d+\}/, 'no unfilled placeholder');
          assert.doesNotMatch(message, /invalid_|Invalid input|expected (string|number)|received/i, 'no validator jargon');
        }
      });
    }
  });
});
