import * as assert from 'node:assert/strict';
import { inert, withoutLinks } from '../../src/core/controlChars';

describe('inert', () => {
  it('writes out every character that could forge a line or reorder what is read, and leaves text alone', () => {
    assert.equal(inert('a\nb\u001b[2Jc'), 'a\\u000ab\\u001b[2Jc');
    // Overrides, isolates and the marks that move neutral characters (a "Pay 100" shown as "001 yaP").
    assert.equal(inert('\u202eA\u2066B\u2069\u200fC\u200eD\u061cE'), '\\u202eA\\u2066B\\u2069\\u200fC\\u200eD\\u061cE');
    assert.equal(inert('\u2028\u2029\u0085'), '\\u2028\\u2029\\u0085');
    assert.equal(inert('Société Générale – €4,550.00 ✓ 日本'), 'Société Générale – €4,550.00 ✓ 日本');
  });

  it('withoutLinks leaves no "](" a Markdown or notification link could be made of, and nothing else changed', () => {
    assert.equal(withoutLinks('[Undo](command:workbench.action.quit) and [a] (b)'), '[Undo] (command:workbench.action.quit) and [a] (b)');
    assert.equal(withoutLinks('Invoice C-1 (March) [paid]'), 'Invoice C-1 (March) [paid]');
  });
});
