/** Client files and checks shared by the tests of the money drafts (statement, CSV, reminder, change order). */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { ClientFile } from '../../../src/core/schema';
import { DraftInput } from '../../../src/core/templates/input';
import { DraftLanguage } from '../../../src/core/templates/locale';
import { client, day, makeFile } from '../support/build';

export const TODAY = '2026-06-15';
export const LANGS: readonly DraftLanguage[] = ['en', 'fr', 'it', 'tr'];

const FREELANCER = { name: 'Camille Martin', email: 'camille@example.com', currency: 'EUR' };

const CONTRACT = {
  signed: '2025-11-20',
  start: '2025-11-25',
  hourlyRate: 70,
  paymentTermsDays: 30,
  lateFeePercentPerMonth: 1.5,
  revisionsIncluded: 2,
  extraHourlyRate: 90,
  noticeDays: 14,
  scope: ['Landing page redesign', 'Blog migration'],
};

/** Overdue in several buckets (120+, 61-90, 1-30), with partial payments, one invoice not yet due and one paid. */
const OVERDUE_INVOICES = [
  { number: '2025-012', issued: '2025-12-01', due: '2025-12-31', amount: 800, payments: [{ date: '2026-01-10', amount: 800 }] },
  { number: '2026-001', issued: '2026-01-05', due: '2026-02-04', amount: 2400, payments: [{ date: '2026-02-20', amount: 1200 }] },
  { number: '2026-002', issued: '2026-03-02', due: '2026-04-01', amount: 1000.5, payments: [{ date: '2026-04-15', amount: 250.25 }] },
  { number: '2026-003', issued: '2026-04-20', due: '2026-05-20', amount: 333.33 },
  { number: '2026-004', issued: '2026-05-31', due: '2026-06-30', amount: 500, payments: [{ date: '2026-06-10', amount: 100 }] },
];

const REQUESTS = [
  { at: '2026-02-10T10:00', summary: 'Tighter hero spacing', type: 'revision', hours: 1 },
  { at: '2026-02-18T11:00', summary: 'Second colour pass', type: 'revision', hours: 1.5 },
  { at: '2026-03-03T22:40', summary: 'One more colour variant of the hero', type: 'revision', hours: 2 },
  { at: '2026-03-10', summary: 'Newsletter signup form', type: 'feature', hours: 3.5 },
  { at: '2026-04-02T09:30', summary: 'Swap the blog theme', type: 'change' },
  { at: '2026-04-05', summary: 'Already billed: extra landing section', type: 'feature', billed: true, hours: 4 },
  { at: '2026-04-06', summary: 'Fix a typo in the footer', type: 'change', inScope: true, hours: 0.5 },
];

export const CONTACT = { name: 'Jean Dupont', email: 'jean@acme.example' };

export function overdueFile(contract: Record<string, unknown> = CONTRACT): ClientFile {
  return makeFile([client({ name: 'Acme SARL', contact: CONTACT, contract, invoices: OVERDUE_INVOICES, requests: REQUESTS })], FREELANCER);
}

export function noLateFeeFile(): ClientFile {
  const { lateFeePercentPerMonth: _fee, ...contract } = CONTRACT;
  return overdueFile(contract);
}

/** Everything paid, nothing extra. */
export function paidFile(): ClientFile {
  return makeFile(
    [
      client({
        name: 'Paid Up Ltd',
        contact: CONTACT,
        contract: CONTRACT,
        invoices: [{ number: 'P-1', issued: '2026-03-01', due: '2026-03-31', amount: 1500, payments: [{ date: '2026-03-25', amount: 1500 }] }],
      }),
    ],
    FREELANCER,
  );
}

/** Open invoices, none due yet: the friendly reminder. */
export function upcomingFile(): ClientFile {
  return makeFile(
    [
      client({
        name: 'Acme SARL',
        contact: CONTACT,
        contract: CONTRACT,
        invoices: [
          { number: '2026-010', issued: '2026-06-01', due: '2026-07-01', amount: 1200 },
          { number: '2026-011', issued: '2026-06-10', due: '2026-07-10', amount: 450.5, payments: [{ date: '2026-06-12', amount: 50.5 }] },
        ],
      }),
    ],
    FREELANCER,
  );
}

/** JPY has no minor digits; a 2% late fee. */
export function jpyFile(): ClientFile {
  return makeFile(
    [
      client({
        name: '株式会社サクラ',
        currency: 'JPY',
        contact: { name: 'Sato Haruki' },
        contract: { ...CONTRACT, lateFeePercentPerMonth: 2, extraHourlyRate: 9000, hourlyRate: 7000 },
        invoices: [
          { number: 'J-1', issued: '2026-04-01', due: '2026-05-08', amount: 12345, payments: [{ date: '2026-05-01', amount: 345 }] },
          { number: 'J-2', issued: '2026-05-01', due: '2026-06-08', amount: 120000 },
        ],
        requests: [{ at: '2026-05-02', summary: 'Extra banner', type: 'feature', hours: 1.25 }],
      }),
    ],
    { ...FREELANCER, currency: 'JPY' },
  );
}

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_PIPE = '| pipe *star*';

/** Names, numbers and summaries that Markdown or a spreadsheet would read as markup. */
export function hostileFile(): ClientFile {
  return makeFile(
    [
      client({
        name: HOSTILE_NAME,
        contact: { name: HOSTILE_PIPE, email: 'x@evil.example', salutation: HOSTILE_PIPE },
        contract: { ...CONTRACT, scope: ['# not a heading', '- not a list', '{0} ${x} [link](javascript:alert(1))'] },
        invoices: [
          { number: HOSTILE_NAME, issued: '2026-04-01', due: '2026-05-01', amount: 100, note: 'said "paid", twice,\nthen nothing' },
          { number: HOSTILE_PIPE, issued: '2026-04-02', due: '2026-05-02', amount: 200, payments: [{ date: '2026-05-10', amount: 50, note: '=HYPERLINK("http://x")' }] },
          { number: 'A,"1"\nB', issued: '2026-04-03', due: '2026-05-03', amount: 300 },
          { number: '=1+1', issued: '2026-04-04', due: '2026-05-04', amount: 10 },
        ],
        requests: [
          { at: '2026-04-10', summary: HOSTILE_PIPE, type: 'feature', hours: 1 },
          { at: '2026-04-11', summary: `${HOSTILE_NAME}\n===`, type: 'change' },
        ],
      }),
    ],
    { ...FREELANCER, name: '*Camille* <b>bold</b>', email: 'camille_m@example.com' },
  );
}

export interface Sample {
  readonly name: string;
  readonly file: () => ClientFile;
}

export const SAMPLES: readonly Sample[] = [
  { name: 'overdue in several buckets', file: overdueFile },
  { name: 'no late fee', file: noLateFeeFile },
  { name: 'nothing owed', file: paidFile },
  { name: 'nothing due yet', file: upcomingFile },
  { name: 'JPY', file: jpyFile },
  { name: 'hostile names', file: hostileFile },
  { name: 'no contract, no contact, no freelancer name', file: () => makeFile([client({ invoices: [{ number: 'N-1', issued: '2026-01-01', amount: 99.99 }], requests: [{ at: '2026-01-02', summary: 'Extra page', type: 'feature', hours: 2 }] })]) },
  { name: 'no invoices at all', file: () => makeFile([client({ contract: CONTRACT })], FREELANCER) },
];

export function draftInput(file: ClientFile, language: DraftLanguage, today = TODAY, rules: Rules = DEFAULT_RULES): DraftInput {
  return { file, clientIndex: 0, today: day(today), rules, language };
}

/** Nothing a template could have left behind: placeholders, undefined values, NaN, objects. */
export function assertFilled(text: string, what: string): void {
  // An escaped brace (\{) is client text, not a placeholder.
  const unescaped = text.replace(/\\[{}$]/g, '');
  assert.doesNotMatch(unescaped, /\{[^}]*\}|\$\{/, `${what}: unfilled placeholder`);
  assert.doesNotMatch(text, /undefined|NaN|\bnull\b|\[object|Infinity/, `${what}: an unformatted value`);
}

/** The hostile strings appear only escaped. */
export function assertEscaped(markdown: string, what: string): void {
  assert.ok(!markdown.includes(HOSTILE_NAME), `${what}: raw HTML from the file`);
  assert.ok(!markdown.includes('*star*') || markdown.includes('\\*star\\*'), `${what}: raw emphasis from the file`);
  assert.doesNotMatch(markdown.replace(/\\\\/g, ''), /(?<!\\)\*star/, `${what}: unescaped star`);
  assert.doesNotMatch(markdown, /(?<!\\)<img/, `${what}: unescaped <img`);
}

/** Compiled to out/test/unit/templates: the repository root is four levels up. */
export const ROOT = path.resolve(__dirname, '../../../..');
const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'golden', 'drafts');

/** Compares with test/fixtures/golden/drafts/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export async function assertGolden(name: string, actual: string, normalize: (text: string) => string = (t) => t): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    await fs.mkdir(GOLDEN, { recursive: true });
    await fs.writeFile(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = await fs.readFile(file, 'utf8');
  } catch {
    assert.fail(`golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 to write it`);
  }
  assert.equal(normalize(actual), normalize(expected), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)`);
}
