import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { lowRate } from '../../../src/core/signals/lowRate';
import { client, day, input, makeFile } from '../support/build';
import { commit, evidence } from '../support/commits';

// The 180-day window runs from today - 179 to today; today - 180 is outside.
const TODAY = '2026-06-15';
const ago = (n: number) => formatDate(day(TODAY) - n);

type Fields = Record<string, unknown>;

/** A client paid `paid` in one payment `paidAgo` days ago, for `hours` logged in one entry `hoursAgo` days ago. */
function worked(id: string, paid: number, hours: number, extra: Fields = {}, paidAgo = 10, hoursAgo = 20): Fields {
  return client(
    {
      invoices: [{ number: `${id}-1`, issued: ago(40), amount: Math.max(paid, 1), payments: [{ date: ago(paidAgo), amount: paid }] }],
      hours: [{ date: ago(hoursAgo), hours }],
      ...extra,
    },
    id,
  );
}

function run(clients: Fields[], freelancer: Fields = { standardHourlyRate: 100 }, rules: Rules = DEFAULT_RULES) {
  return lowRate(input(makeFile(clients, freelancer), TODAY, rules));
}

describe('signal lowRate', () => {
  describe('against the standard rate', () => {
    it('is silent at exactly 80% and warns just below it, to the cent', () => {
      assert.strictEqual(run([worked('a', 800, 10)]), undefined);
      const signal = run([worked('a', 799.99, 10)]);
      assert.ok(signal);
      assert.strictEqual(signal.id, 'lowRate');
      assert.strictEqual(signal.severity, 'warning');
      assert.strictEqual(formatMessage(signal.message), 'Over the last 180 days this client paid €80.00 an hour, 79% of your standard rate of €100.00.');
      assert.strictEqual(signal.evidence.length, 1);
      assert.strictEqual(signal.evidence[0].kind, 'figure');
      assert.deepStrictEqual(signal.evidence[0].path, ['clients', 0]);
      assert.strictEqual(
        formatMessage(signal.evidence[0].message),
        'In the last 180 days the client paid €799.99 for 10 hours, €80.00 an hour: 79% of your standard rate of €100.00.',
      );
    });

    it('is a warning at exactly 50% and critical just below it', () => {
      assert.strictEqual(run([worked('a', 500, 10)])?.severity, 'warning');
      assert.strictEqual(run([worked('a', 499.99, 10)])?.severity, 'critical');
      assert.strictEqual(run([worked('a', 0, 10)])?.severity, 'critical', 'nothing paid for 10 hours');
    });

    it('needs at least 10 hours in the window', () => {
      assert.strictEqual(run([worked('a', 0, 9.99)]), undefined);
      assert.strictEqual(run([worked('a', 0, 10)])?.severity, 'critical');
    });

    it('adds hours without float drift', () => {
      const hours = [0.1, 0.2, 9.7].map((h, i) => ({ date: ago(i + 1), hours: h }));
      const signal = run([client({ hours, invoices: [{ number: 'x', issued: ago(5), amount: 500, payments: [{ date: ago(1), amount: 499.99 }] }] })]);
      assert.strictEqual(signal?.severity, 'critical');
    });

    it('counts hours and payments from today - 179, not today - 180', () => {
      // 10 hours in the window; 5 more on the edge day, outside. 700 paid in the window; 1000 on the edge day, outside.
      const a = client({
        hours: [
          { date: ago(179), hours: 10 },
          { date: ago(180), hours: 5 },
        ],
        invoices: [
          {
            number: 'a-1',
            issued: ago(200),
            amount: 2000,
            payments: [
              { date: ago(180), amount: 1000 },
              { date: ago(179), amount: 700 },
            ],
          },
        ],
      });
      const signal = run([a]);
      assert.strictEqual(signal?.severity, 'warning');
      assert.deepStrictEqual(signal?.message.args.slice(0, 2), [180, { money: 7000, currency: 'EUR' }]);
      assert.strictEqual(run([worked('a', 0, 10, {}, 10, 180)]), undefined, 'hours only on the edge day: under 10 hours in the window');
      assert.strictEqual(run([worked('a', 1000, 10, {}, 0, 0)]), undefined, 'today counts');
    });

    it('compares in a currency without decimals (JPY)', () => {
      const freelancer = { currency: 'JPY', standardHourlyRate: 10000 };
      assert.strictEqual(run([worked('a', 80000, 10)], freelancer), undefined);
      const signal = run([worked('a', 79999, 10)], freelancer);
      assert.strictEqual(signal?.severity, 'warning');
      assert.strictEqual(formatMessage(signal.message), 'Over the last 180 days this client paid ¥8,000 an hour, 79% of your standard rate of ¥10,000.');
    });

    it('takes the standard rate as an amount in the client currency', () => {
      const signal = run([worked('a', 79999, 10, { currency: 'JPY' })], { currency: 'EUR', standardHourlyRate: 10000 });
      assert.strictEqual(signal?.severity, 'warning');
    });
  });

  describe('against the median of the other clients', () => {
    const noStandard = {};

    it('is silent with neither a standard rate nor other clients to compare with', () => {
      assert.strictEqual(run([worked('a', 0, 10)], noStandard), undefined);
    });

    it('uses the middle rate of an odd number of clients', () => {
      const others = [worked('b', 1000, 10), worked('c', 2000, 10), worked('d', 500, 10)]; // 100, 200, 50: median 100
      assert.strictEqual(run([worked('a', 800, 10), ...others], noStandard), undefined);
      const signal = run([worked('a', 790, 10), ...others], noStandard);
      assert.strictEqual(signal?.severity, 'warning');
      assert.strictEqual(formatMessage(signal.message), 'Over the last 180 days this client paid €79.00 an hour, 79% of what your other clients pay (median €100.00).');
      assert.strictEqual(
        formatMessage(signal.evidence[0].message),
        'In the last 180 days the client paid €790.00 for 10 hours, €79.00 an hour: 79% of €100.00, the median of 3 other clients.',
      );
    });

    it('uses the mean of the two middle rates of an even number of clients', () => {
      const others = [worked('b', 1000, 10), worked('c', 2000, 10)]; // median 150: 80% is 120, 50% is 75
      assert.strictEqual(run([worked('a', 1200, 10), ...others], noStandard), undefined);
      assert.strictEqual(run([worked('a', 1199.99, 10), ...others], noStandard)?.severity, 'warning');
      assert.strictEqual(run([worked('a', 750, 10), ...others], noStandard)?.severity, 'warning');
      assert.strictEqual(run([worked('a', 749.99, 10), ...others], noStandard)?.severity, 'critical');
    });

    it('leaves out other clients under the minimum hours, in another currency, or with work outside the window', () => {
      const others = [
        worked('b', 1000, 10),
        worked('c', 9000, 9.5), // too few hours
        worked('d', 9000, 10, { currency: 'USD' }), // another currency
        worked('e', 9000, 10, {}, 10, 180), // hours outside the window
      ];
      const signal = run([worked('a', 790, 10), ...others], noStandard);
      assert.strictEqual(signal?.severity, 'warning');
      assert.match(formatMessage(signal.evidence[0].message), /79% of €100\.00, the rate of your one other client\.$/);
    });

    it('still counts an ended client among the others', () => {
      assert.strictEqual(run([worked('a', 790, 10), worked('b', 1000, 10, { status: 'ended' })], noStandard)?.severity, 'warning');
    });

    it('fires on either comparison and names the worse one', () => {
      // 150 an hour is well above the standard 100, but below 80% of the median 200.
      const others = [worked('b', 2000, 10)];
      const signal = run([worked('a', 1500, 10), ...others]);
      assert.strictEqual(signal?.severity, 'warning');
      assert.match(formatMessage(signal.message), /75% of what your other clients pay \(median €200\.00\)/);
      assert.strictEqual(
        formatMessage(signal.evidence[0].message),
        'In the last 180 days the client paid €1,500.00 for 10 hours, €150.00 an hour: 150% of your standard rate of €100.00, and 75% of €200.00, the rate of your one other client.',
      );
      // And the other way round: the median is low, the standard rate is not met.
      const critical = run([worked('a', 400, 10), worked('b', 500, 10)]);
      assert.strictEqual(critical?.severity, 'critical');
      assert.match(formatMessage(critical.message), /40% of your standard rate/);
    });
  });

  it('takes the window, minimum hours and percentages from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, lowRate: { windowDays: 30, minHours: 5, warningPercent: 90, criticalPercent: 60 } };
    assert.strictEqual(run([worked('a', 450, 5)], undefined, rules), undefined, '90 an hour is exactly 90%, not below');
    assert.strictEqual(run([worked('a', 449.99, 5)], undefined, rules)?.severity, 'warning');
    assert.strictEqual(run([worked('a', 299.99, 5)], undefined, rules)?.severity, 'critical');
    assert.strictEqual(run([worked('a', 0, 5, {}, 10, 30)], undefined, rules), undefined, 'hours on today - 30 are outside a 30-day window');
  });

  it('suggests announcing a new rate', () => {
    assert.match(formatMessage(run([worked('a', 0, 10)])!.remedy), /new rate for future work/);
  });
});

describe('signal lowRate with hours from git', () => {
  // Ten 2-hour sessions (two commits 90 minutes apart, plus 30 minutes) 20 to 29 days ago: 20 hours.
  const sessions = () => Array.from({ length: 10 }, (_, i) => [commit(`${ago(20 + i)}T10:00:00+02:00`), commit(`${ago(20 + i)}T11:30:00+02:00`)]).flat();
  const paid = (amount: number, extra: Fields = {}) =>
    client({ invoices: [{ number: 'a-1', issued: ago(40), amount, payments: [{ date: ago(10), amount }] }], ...extra }, 'a');
  const withGit = (fields: Fields, useForHours: 'whenNoHoursLogged' | 'never' | 'always') =>
    lowRate({ ...input(makeFile([fields], { standardHourlyRate: 100 }), TODAY), git: new Map([[0, evidence(sessions(), useForHours)]]) });

  it('uses them where no hours are logged in the window, and says so', () => {
    const signal = withGit(paid(1000), 'whenNoHoursLogged')!;
    assert.strictEqual(signal.severity, 'warning', 'exactly 50%');
    assert.strictEqual(formatMessage(signal.message), 'Over the last 180 days this client paid €50.00 for each hour your commits show, 50% of your standard rate of €100.00.');
    assert.strictEqual(
      formatMessage(signal.evidence[1].message),
      'The hours are from git, not logged: 20 hours estimated from your commits of the last 180 days, in 10 work sessions (commits less than 2 hours apart, plus 30 minutes before the first of each).',
    );
  });

  it('keeps the logged hours when the window has some, unless the setting says always; never ignores git', () => {
    const logged = paid(1000, { hours: [{ date: ago(5), hours: 10 }] });
    assert.strictEqual(withGit(logged, 'whenNoHoursLogged'), undefined, '€100 an hour over 10 logged hours');
    assert.strictEqual(withGit(logged, 'always')?.severity, 'warning');
    assert.strictEqual(withGit(paid(1000), 'never'), undefined, 'no logged hours: nothing to judge');
  });

  it('needs 10 hours from git as from the log', () => {
    const few = lowRate({ ...input(makeFile([paid(0)], { standardHourlyRate: 100 }), TODAY), git: new Map([[0, evidence([commit(`${ago(3)}T10:00:00Z`)])]]) });
    assert.strictEqual(few, undefined);
  });
});
