/** Representative clients for the exit drafts and clauses, and the checks every rendering must pass. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { ClientFile } from '../../../src/core/schema';
import { Draft } from '../../../src/core/templates/document';
import { DraftInput } from '../../../src/core/templates/input';
import { DraftLanguage } from '../../../src/core/templates/locale';
import { renderMarkdown, renderPlainText } from '../../../src/core/templates/markdown';
import { client, day, makeFile } from '../support/build';

export const TODAY = '2026-03-16';
export const HOSTILE_TAG = '<img src=x onerror=alert(1)>';
export const HOSTILE_TABLE = '| *x*';

const freelancer = { name: 'Camille Martin', email: 'camille@example.com', currency: 'EUR' };

/**
 * full: a signed contract with every figure, deliverables done / due before the last day / due after it / undated,
 * invoices paid, part-paid and not yet due (owed 1,200 + 800 = 2,000 EUR), referrals.
 */
export const FULL = makeFile(
  [
    client({
      name: 'Acme SARL',
      contact: { name: 'Jean Dupont', email: 'jean@acme.example' },
      contract: {
        signed: '2026-01-05',
        start: '2026-01-10',
        hourlyRate: 70,
        paymentTermsDays: 30,
        lateFeePercentPerMonth: 1.5,
        revisionsIncluded: 3,
        extraHourlyRate: 90,
        noticeDays: 21,
      },
      deliverables: [
        { name: 'Landing page', due: '2026-02-20', done: true },
        { name: 'Blog migration', due: '2026-03-27' },
        { name: 'Online shop', due: '2026-05-15', done: false },
        { name: 'Style guide' },
      ],
      invoices: [
        { number: '2026-001', issued: '2026-01-15', amount: 1500, payments: [{ date: '2026-02-10', amount: 1500 }] },
        { number: '2026-002', issued: '2026-02-01', amount: 2400, payments: [{ date: '2026-03-10', amount: 1200 }] },
        { number: '2026-003', issued: '2026-03-10', amount: 800 },
      ],
      referrals: [
        { name: 'Alex Rossi', contact: 'alex@example.com', note: 'strong in Vue' },
        { name: 'Deniz Kaya', note: 'design systems' },
      ],
      fit: { enjoyment: 2, styleMatch: 1 },
    }),
  ],
  freelancer,
);

/** No contract at all: the default notice, one unpaid invoice of 500 EUR, nothing else. */
export const NO_CONTRACT = makeFile(
  [client({ name: 'Globex', contact: { name: 'Hank Scorpio' }, invoices: [{ number: 'G-1', issued: '2026-02-20', amount: 500 }] })],
  freelancer,
);

/** No contact, a contract without a notice period, nothing owed. */
export const NO_CONTACT = makeFile(
  [
    client({
      name: 'Initech',
      contract: { signed: '2026-01-01', hourlyRate: 60 },
      invoices: [{ number: 'I-1', issued: '2026-01-01', amount: 300, payments: [{ date: '2026-01-20', amount: 300 }] }],
      deliverables: [{ name: 'TPS report tool', due: '2026-04-30' }],
    }),
  ],
  { currency: 'EUR' },
);

/** Names that Markdown would read as HTML or a table, everywhere the file allows text. */
export const HOSTILE = makeFile(
  [
    client({
      name: HOSTILE_TABLE,
      contact: { name: HOSTILE_TAG, email: 'x@example.com', salutation: HOSTILE_TAG },
      contract: { noticeDays: 10 },
      deliverables: [{ name: HOSTILE_TAG, due: '2026-03-20' }, { name: `# ${HOSTILE_TABLE}`, due: '2026-06-01' }],
      invoices: [{ number: '*1*', issued: '2026-03-01', amount: 100, payments: [{ date: '2026-03-02', amount: 40 }] }],
      referrals: [{ name: HOSTILE_TAG, contact: HOSTILE_TABLE, note: '[link](javascript:alert(1))' }],
    }),
  ],
  { name: HOSTILE_TAG, email: 'me@example.com', currency: 'EUR' },
);

/** Yen, which has no minor unit: owed 150,000 - 50,000 + 30,000 = 130,000 JPY. */
export const JPY = makeFile(
  [
    client({
      name: 'Sakura KK',
      currency: 'JPY',
      contact: { name: 'Yuki Tanaka', email: 'yuki@sakura.example' },
      contract: { signed: '2026-01-01', hourlyRate: 8000, extraHourlyRate: 10000, noticeDays: 30, paymentTermsDays: 45 },
      invoices: [
        { number: 'S-1', issued: '2026-01-31', amount: 150000, payments: [{ date: '2026-02-28', amount: 50000 }] },
        { number: 'S-2', issued: '2026-02-28', amount: 30000 },
      ],
      deliverables: [{ name: 'App', due: '2026-04-10' }],
    }),
  ],
  freelancer,
);

/** A client with nothing but a name, and a freelancer with no name or email. */
export const BARE = makeFile([client({ name: 'Bare' })], {});

export const CLIENTS: Readonly<Record<string, ClientFile>> = { full: FULL, noContract: NO_CONTRACT, noContact: NO_CONTACT, hostile: HOSTILE, jpy: JPY, bare: BARE };

export function inputFor(file: ClientFile, language: DraftLanguage, today = TODAY): DraftInput {
  return { file, clientIndex: 0, today: day(today), rules: DEFAULT_RULES, language };
}

/** Both renderings of a draft, checked for leftovers of templating and for unescaped client text. */
export function renderChecked(draft: Draft, label: string): { markdown: string; text: string } {
  const markdown = renderMarkdown(draft.blocks);
  const text = renderPlainText(draft.blocks);
  for (const [kind, out] of [
    ['markdown', markdown],
    ['text', text],
    ['title', draft.title],
    ['subject', draft.subject ?? ''],
  ] as const) {
    assert.doesNotMatch(out, /undefined|NaN|\bnull\b|\[object|\u0001|\u0002|\$\{|\{\d+\}|\{\w+\}/, `${label}: leftover in ${kind}`);
  }
  assert.ok(markdown.trim().length > 0, `${label}: empty`);
  // Client text reaches Markdown escaped: no live tag, no emphasis, no table pipe outside a table.
  assert.doesNotMatch(markdown, /(^|[^\\])<img/, `${label}: raw HTML tag in Markdown`);
  assert.doesNotMatch(markdown, /(^|[^\\])\*x/, `${label}: live emphasis from client text`);
  assert.doesNotMatch(markdown, /(^|[^\\])\[link\]/, `${label}: live link from client text`);
  return { markdown, text };
}

const root = path.resolve(__dirname, '../../../..');
const goldenDir = path.join(root, 'test', 'fixtures', 'golden', 'drafts');

/** Compares with test/fixtures/golden/drafts/<name>; UPDATE_GOLDEN=1 rewrites the file. */
export function golden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${name} (UPDATE_GOLDEN=1 writes it)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`);
}
