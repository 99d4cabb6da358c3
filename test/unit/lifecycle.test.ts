import * as assert from 'node:assert';
import { Disposable } from '../../src/lifecycle';

class Owner extends Disposable {
  own<T extends { dispose(): unknown }>(d: T): T {
    return this.register(d);
  }
}

const recorder = (log: string[], name: string, fail = false) => ({
  dispose: () => {
    log.push(name);
    if (fail) throw new Error(`${name} failed`);
  },
});

describe('Disposable (lifecycle)', () => {
  it('disposes what it registered once, last registered first, however often it is disposed', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.own(recorder(log, 'emitter'));
    owner.own(recorder(log, 'listener'));
    assert.strictEqual(owner.isDisposed, false);
    owner.dispose();
    owner.dispose();
    assert.deepStrictEqual(log, ['listener', 'emitter']);
    assert.strictEqual(owner.isDisposed, true);
  });

  it('disposes at once what is registered after it was disposed, instead of leaking it', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.dispose();
    const late = owner.own(recorder(log, 'late'));
    assert.deepStrictEqual(log, ['late']);
    owner.dispose();
    assert.deepStrictEqual(log, ['late'], 'not disposed a second time');
    assert.ok(late);
  });

  it('disposes the others when one throws, then rethrows the first error', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.own(recorder(log, 'a'));
    owner.own(recorder(log, 'b', true));
    owner.own(recorder(log, 'c', true));
    assert.throws(() => owner.dispose(), /c failed/);
    assert.deepStrictEqual(log, ['c', 'b', 'a']);
  });
});
