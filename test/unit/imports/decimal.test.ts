import * as assert from 'node:assert/strict';
import { addDecimals, canonicalDecimal } from '../../../src/core/imports/decimal';

describe('e-invoice decimals', () => {
  it('writes each decimal one way, so that equal amounts compare equal', () => {
    assert.deepEqual(['+04675.00', '4675', '-0.50', '.5', '5.', '-0.00'].map(canonicalDecimal), ['4675', '4675', '-0.5', '0.5', '5', '0']);
  });

  it('refuses what is no decimal, and more digits than a double keeps exactly', () => {
    assert.deepEqual(['1e3', '1,50', '', '.', '0x10', 'NaN', '1234567890123456'].map(canonicalDecimal), Array(7).fill(undefined));
    assert.equal(canonicalDecimal('123456789012345'), '123456789012345');
  });

  it('adds without binary rounding', () => {
    assert.equal(addDecimals(['0.1', '0.2']), '0.3');
    assert.equal(addDecimals(['510.10', '509.90']), '1020');
    assert.equal(addDecimals(['-12.345', '12.3']), '-0.045');
    assert.equal(addDecimals(['999999999999999', '1']), undefined);
  });
});
