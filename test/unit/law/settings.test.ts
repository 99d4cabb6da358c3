import * as assert from 'node:assert/strict';
import { MAX_RATE_ENTRIES, readReferenceRates } from '../../../src/core/law';

describe('clientHealth.lateFees.referenceRates, read as untrusted input', () => {
  it('keeps well-formed entries and counts the others', () => {
    const read = readReferenceRates([
      { source: 'ECB', from: '2026-07-01', percent: 2.15 },
      { source: 'BoE', from: '2026-06-30', percent: 3.5 },
      { source: 'ECB', from: '2026-02-30', percent: 2 },
      { source: 'Fed', from: '2026-07-01', percent: 4 },
      { source: 'ECB', from: '2026-07-01', percent: 250 },
      { source: 'ECB', from: '2026-07-01', percent: '2.15' },
      { source: 'ECB', from: '2026-07-01', percent: 2, note: 'extra key' },
      { source: 'ECB', from: '2026-07-01' },
      'ECB 2026-07-01 2.15',
      null,
    ]);
    assert.deepEqual(read.rates, [
      { source: 'ECB', from: '2026-07-01', percent: 2.15 },
      { source: 'BoE', from: '2026-06-30', percent: 3.5 },
    ]);
    assert.equal(read.refused, 8);
  });

  it('takes nothing from a value that is not a list, and nothing from an absent one', () => {
    assert.deepEqual(readReferenceRates({ source: 'ECB' }), { rates: [], refused: 1 });
    assert.deepEqual(readReferenceRates(undefined), { rates: [], refused: 0 });
  });

  it('reads at most 500 entries', () => {
    const many = Array.from({ length: MAX_RATE_ENTRIES + 20 }, () => ({ source: 'ECB', from: '2026-07-01', percent: 2 }));
    const read = readReferenceRates(many);
    assert.equal(read.rates.length, MAX_RATE_ENTRIES);
    assert.equal(read.refused, 20);
  });

  it('ignores an inherited key: only the entry’s own keys are read', () => {
    const entry = Object.create({ percent: 2 }) as Record<string, unknown>;
    entry.source = 'ECB';
    entry.from = '2026-07-01';
    assert.equal(readReferenceRates([entry]).rates.length, 0);
  });
});
