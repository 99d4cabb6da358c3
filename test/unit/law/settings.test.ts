import * as assert from 'node:assert/strict';
import { MAX_RATE_ENTRIES, mergeRates, rateOn, ratesFromSetting, ratesUpTo, readReferenceRates, SHIPPED_RATES } from '../../../src/core/law';

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

describe('ratesFromSetting: the setting as drafts and the dashboard use it', () => {
  it('refuses hostile values whole or entry by entry, and keeps the shipped rates', () => {
    for (const value of [42, 'ECB 2.15', true, { 0: { source: 'ECB', from: '2026-07-01', percent: 2 }, length: 1 }]) {
      const read = ratesFromSetting(value);
      assert.equal(read.refused, 1, JSON.stringify(value));
      assert.deepEqual(read.rates, mergeRates([]), 'the shipped rates only');
    }
    const entries = [
      { source: 'ecb', from: '2026-07-01', percent: 2 },
      { source: '__proto__', from: '2026-07-01', percent: 2 },
      { source: 'ECB', from: '2026-7-1', percent: 2 },
      { source: 'ECB', from: '2027-02-29', percent: 2 },
      { source: 'ECB', from: '2026-13-01', percent: 2 },
      { source: 'ECB', from: '2026-07-01T00:00', percent: 2 },
      { source: 'ECB', from: 20260701, percent: 2 },
      { source: 'ECB', from: '2026-07-01', percent: Number.NaN },
      { source: 'ECB', from: '2026-07-01', percent: Number.POSITIVE_INFINITY },
      { source: 'ECB', from: '2026-07-01', percent: -10.5 },
      { source: ['ECB'], from: '2026-07-01', percent: 2 },
      [{ source: 'ECB', from: '2026-07-01', percent: 2 }],
      JSON.parse('{"source":"ECB","from":"2026-07-01","percent":2,"__proto__":{"x":1}}'),
    ];
    const read = ratesFromSetting(entries);
    assert.equal(read.refused, entries.length);
    assert.deepEqual(read.rates, mergeRates([]));
  });

  it('reads a huge list quickly and no further than its bound', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => ({ source: 'ECB', from: '2026-07-01', percent: i % 50 }));
    const started = Date.now();
    const read = ratesFromSetting(huge);
    assert.ok(Date.now() - started < 2000, 'bounded work');
    assert.equal(read.refused, 200_000 - MAX_RATE_ENTRIES);
    // The last entry read for a day wins: index 499 has percent 499 % 50 = 49.
    assert.deepEqual(read.rates.filter((r) => r.source === 'ECB' && r.from === '2026-07-01'), [{ source: 'ECB', from: '2026-07-01', percent: 49 }]);
  });

  it('adds newer entries to the shipped ones, and the setting wins over a shipped entry of the same day', () => {
    const shipped = SHIPPED_RATES.find((r) => r.source === 'ECB' && r.from === '2026-01-01');
    assert.ok(shipped, 'the shipped data has the ECB rate of 1 January 2026');
    const read = ratesFromSetting([
      { source: 'ECB', from: '2026-01-01', percent: 9 },
      { source: 'ECB', from: '2026-07-01', percent: 2.4 },
    ]);
    assert.equal(read.refused, 0);
    assert.equal(rateOn(read.rates, 'ECB', '2026-03-01')?.percent, 9);
    assert.equal(rateOn(read.rates, 'ECB', '2026-07-01')?.percent, 2.4);
    assert.equal(ratesUpTo(read.rates, 'ECB'), '2026-07-01');
    assert.equal(read.rates.length, SHIPPED_RATES.length + 1);
  });
});
