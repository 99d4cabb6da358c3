import * as assert from 'node:assert/strict';

describe('the order of journal kinds in the prompt', () => {
  it('offers every kind once, the everyday ones first and abusive last', async () => {
    const { JOURNAL_KINDS, JOURNAL_KIND_ORDER } = await import('../../src/core/vocabulary');
    assert.deepEqual([...JOURNAL_KIND_ORDER].sort(), [...JOURNAL_KINDS].sort());
    assert.equal(JOURNAL_KIND_ORDER[0], 'note');
    assert.equal(JOURNAL_KIND_ORDER.at(-1), 'abusive');
  });
});
