import * as assert from 'node:assert';
import { ClientFileChecker } from '../../../src/core/clientFileChecker';
import { formatDate } from '../../../src/core/dates';
import { evaluate } from '../../../src/core/health/evaluate';
import { DEFAULT_RULES } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { PeerRate, PortfolioPeers, fileRates } from '../../../src/core/signals/lowRate';
import { client, day, makeFile } from '../support/build';
import { commit, evidence } from '../support/commits';

const TODAY = '2026-06-15';
const ago = (n: number) => formatDate(day(TODAY) - n);

function worked(id: string, paid: number, hours: number, extra: Record<string, unknown> = {}) {
  return client(
    {
      invoices: [{ number: `${id}-1`, issued: ago(40), amount: Math.max(paid, 1), payments: [{ date: ago(10), amount: paid }] }],
      hours: [{ date: ago(20), hours }],
      ...extra,
    },
    id,
  );
}

/** A rate of another file, in minor units an hour. */
const peer = (rate: number, currency = 'EUR', clientId = 'p', folder = '/work/other'): PeerRate => ({ currency, rate, clientId, folder });

function lowRateOf(clients: Record<string, unknown>[], peers?: PortfolioPeers, freelancer: Record<string, unknown> = {}) {
  const health = evaluate(makeFile(clients, freelancer), day(TODAY), DEFAULT_RULES, { peers });
  return health[0].signals.find((s) => s.id === 'lowRate');
}

describe('signal lowRate across the portfolio', () => {
  it('takes the median over the clients of other files too, and names how many it covers', () => {
    // Alone in its file, €79 an hour is compared with nothing; the portfolio's €100, €200 and €50 put the median at €100.
    assert.strictEqual(lowRateOf([worked('a', 790, 10)]), undefined);
    const peers = { rates: [peer(10000), peer(20000), peer(5000)] };
    const signal = lowRateOf([worked('a', 790, 10)], peers);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(formatMessage(signal.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of €100.00, the median of your 3 other clients paid in EUR.');
    assert.match(formatMessage(signal.evidence[0].message), /79% of €100\.00, the median of 3 other clients\.$/);
    assert.strictEqual(lowRateOf([worked('a', 800, 10)], peers), undefined, 'exactly 80% of the median');
  });

  it('counts the clients of the same file with those of the others', () => {
    const signal = lowRateOf([worked('a', 790, 10), worked('b', 1000, 10)], { rates: [peer(10000)] });
    assert.strictEqual(formatMessage(signal!.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of €100.00, the median of your 2 other clients paid in EUR.');
  });

  it('says "your one other client" for one', () => {
    const signal = lowRateOf([worked('a', 790, 10)], { rates: [peer(10000)] });
    assert.strictEqual(formatMessage(signal!.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of the €100.00 an hour of your one other client paid in EUR.');
  });

  it('compares with no other currency without an exchange rate the user set', () => {
    assert.strictEqual(lowRateOf([worked('a', 790, 10)], { rates: [peer(1_000_000, 'USD')] }), undefined);
    assert.strictEqual(lowRateOf([worked('a', 790, 10)], { rates: [peer(1_000_000, 'USD')], exchangeRates: { GBP: 1.2 } }), undefined);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.strictEqual(lowRateOf([worked('a', 790, 10)], { rates: [peer(1_000_000, 'USD')], exchangeRates: { USD: bad } }), undefined, `rate ${bad}`);
    }
    // An inherited property is not a rate.
    assert.strictEqual(lowRateOf([worked('a', 790, 10)], { rates: [peer(1_000_000, 'toString')], exchangeRates: {} }), undefined);
  });

  it('converts at the user’s rates into the freelancer’s currency, and says so', () => {
    // $200 an hour at 0.5 is €100: €79 is 79% of it.
    const peers = { rates: [peer(20000, 'USD')], exchangeRates: { USD: 0.5 } };
    const signal = lowRateOf([worked('a', 790, 10)], peers);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(
      formatMessage(signal.message),
      'Over the last 180 days this client paid €79.00 an hour, 79% of the €100.00 an hour of your one other client, converted at your exchange rates.',
    );
    // A client billed in USD against a peer in EUR: both through the freelancer's EUR.
    const usd = lowRateOf([worked('a', 1580, 10, { currency: 'USD' })], { rates: [peer(10000, 'EUR')], exchangeRates: { USD: 0.5 } });
    assert.strictEqual(usd?.severity, 'warning');
    assert.match(formatMessage(usd.message), /79% of the \$200\.00 an hour of your one other client, converted/);
    // Neither is the freelancer's currency: each goes through it.
    const gbp = lowRateOf([worked('a', 790, 10, { currency: 'GBP' })], { rates: [peer(10000, 'CHF')], exchangeRates: { GBP: 1, CHF: 1 } });
    assert.strictEqual(gbp?.severity, 'warning');
  });

  it('with hours from git, says so and still names how many clients the median covers', () => {
    // No hours logged: ten sessions of 10:00 to 11:30 (2 hours each with the 30 minutes before) make 20 hours; €1,580 paid is €79 an hour.
    const sessions = Array.from({ length: 10 }, (_, i) => [commit(`${ago(20 + i)}T10:00:00+02:00`), commit(`${ago(20 + i)}T11:30:00+02:00`)]).flat();
    const unlogged = client({ invoices: [{ number: 'a-1', issued: ago(40), amount: 1580, payments: [{ date: ago(10), amount: 1580 }] }] }, 'a');
    const evaluateWith = (peers: PortfolioPeers) =>
      evaluate(makeFile([unlogged]), day(TODAY), DEFAULT_RULES, { peers, gitEvidence: evidence(sessions) })[0].signals.find((s) => s.id === 'lowRate');
    assert.strictEqual(
      formatMessage(evaluateWith({ rates: [peer(10000), peer(20000), peer(5000)] })!.message),
      'Over the last 180 days this client paid €79.00 for each hour your commits show, 79% of €100.00, the median of your 3 other clients paid in EUR.',
    );
    assert.strictEqual(
      formatMessage(evaluateWith({ rates: [peer(20000, 'USD')], exchangeRates: { USD: 0.5 } })!.message),
      'Over the last 180 days this client paid €79.00 for each hour your commits show, 79% of the €100.00 an hour of your one other client, converted at your exchange rates.',
    );
  });

  it('changes nothing for a file alone when no portfolio is given', () => {
    const file = makeFile([worked('a', 790, 10), worked('b', 1000, 10)]);
    const alone = evaluate(file, day(TODAY));
    assert.deepStrictEqual(evaluate(file, day(TODAY), DEFAULT_RULES, undefined), alone);
    assert.strictEqual(formatMessage(alone[0].signals.find((s) => s.id === 'lowRate')!.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of what your other clients pay (median €100.00).');
  });

  it('gives each client’s rate of a file, for the other files', () => {
    const file = makeFile([worked('a', 790, 10), worked('b', 1000, 9), worked('c', 300, 10, { currency: 'USD' })]);
    assert.deepStrictEqual(fileRates(file, day(TODAY), DEFAULT_RULES, '/f'), [
      { currency: 'EUR', rate: 7900, clientId: 'a', folder: '/f' },
      { currency: 'USD', rate: 3000, clientId: 'c', folder: '/f' },
    ]);
  });

  it('is re-evaluated by the checker when the portfolio changes, as evaluate gives it', () => {
    const checker = new ClientFileChecker();
    const file = makeFile([worked('a', 790, 10), worked('b', 10000, 10)]);
    const low = { rates: [peer(7000), peer(7000)] };
    const high = { rates: [peer(20000), peer(20000)] };
    for (const peers of [undefined, { rates: [] }, low, high, { ...low, exchangeRates: { USD: 1 } }, low, undefined]) {
      assert.deepStrictEqual(checker.evaluate(file, day(TODAY), DEFAULT_RULES, peers), evaluate(file, day(TODAY), DEFAULT_RULES, { peers }));
    }
  });
});
