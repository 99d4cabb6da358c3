/** The client file the chat tools' tests read, and how they read a record plan's confirmation. */
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/lineIndex';
import { readClientFile } from '../../../src/core/clientFile';
import { parseDate } from '../../../src/core/dates';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { ToolContext } from '../../../src/core/tools/toolContext';

export const TEXT = `{
  "version": 1,
  "freelancer": { "name": "Camille Martin", "currency": "EUR" },
  "clients": [
    {
      "id": "calm",
      "name": "Calm Co",
      "contract": { "signed": "2026-01-02", "hourlyRate": 80 },
      "invoices": [{ "number": "C-1", "issued": "2026-09-01", "amount": 500, "payments": [{ "date": "2026-09-20", "amount": 500 }] }]
    },
    {
      "id": "northwind",
      "name": "Northwind Logistics",
      "contact": { "name": "Ada Secretname", "email": "ada@northwind.example" },
      "contract": { "signed": "2026-01-02", "hourlyRate": 90, "lateFeePercentPerMonth": 1.5 },
      "invoices": [
        { "number": "NW-2026-09", "issued": "2026-09-01", "due": "2026-10-01", "amount": 4550 }
      ],
      "journal": [{ "at": "2026-11-02T22:30", "kind": "abusive", "note": "Private insult text" }],
      "requests": [
        { "at": "2026-10-05", "summary": "Tracking page", "type": "feature", "inScope": false, "hours": 6 },
        { "at": "2026-10-20T09:15", "summary": "Export to CSV", "type": "change", "inScope": false, "billed": true, "hours": 2 }
      ]
    }
  ]
}
`;

export const today = parseDate('2026-12-02')!;

export function context(text = TEXT): ToolContext {
  const read = readClientFile(text);
  assert.ok(read.file);
  const lines = new LineIndex(text);
  return {
    today,
    rules: DEFAULT_RULES,
    sources: [
      {
        folder: 'work',
        label: 'work/.freelance/clients.json',
        file: read.file,
        health: evaluate(read.file, today),
        lineOf: (path) => lines.positionAt(read.locate([path])[0].offset).line + 1,
      },
    ],
  };
}

/** The confirmation as English text, its sentences in order. */
export const confirmation = (plan: { confirmation: readonly Parameters<typeof formatMessage>[0][] }) => plan.confirmation.map((m) => formatMessage(m)).join(' ');
