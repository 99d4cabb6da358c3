import * as assert from 'node:assert/strict';
import { readClientFile } from '../../../src/core/clientFile';
import { formatMessage } from '../../../src/core/messages';

const file = (freelancer: Record<string, unknown>, client: Record<string, unknown> = {}, contract: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, freelancer: { name: 'Me', currency: 'EUR', ...freelancer }, clients: [{ id: 'acme', name: 'Acme', contract: { ...contract }, ...client }] });

const errors = (text: string) => readClientFile(text).problems.filter((p) => p.severity === 'error').map((p) => formatMessage(p.message));

describe('client file: the late-payment fields', () => {
  it('takes an ISO 3166-1 country in capitals, a business flag and the contract opt-out', () => {
    const read = readClientFile(file({ country: 'GB' }, { isBusiness: false }, { statutoryLateFees: false }));
    assert.deepEqual(errors(file({ country: 'GB' }, { isBusiness: false }, { statutoryLateFees: false })), []);
    assert.equal(read.file?.freelancer.country, 'GB');
    assert.equal(read.file?.clients[0].isBusiness, false);
    assert.equal(read.file?.clients[0].contract?.statutoryLateFees, false);
  });

  for (const country of ['fr', 'UK', 'FRA', 'EU', 'XX']) {
    it(`refuses "${country}", which is no ISO 3166-1 code in capitals, with the rule in words`, () => {
      assert.deepEqual(errors(file({ country })), [`Expected a two-letter ISO 3166-1 country code in capitals, such as FR, IT, GB or TR; found "${country}".`]);
    });
  }

  it('refuses a business flag or an opt-out that is not true or false', () => {
    assert.equal(errors(file({}, { isBusiness: 'no' })).length, 1);
    assert.equal(errors(file({}, {}, { statutoryLateFees: 0 })).length, 1);
  });
});
