import * as assert from 'node:assert';
import { formatDate } from '../../../src/core/dates';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { formatMessage } from '../../../src/core/messages';
import { scopeCreep } from '../../../src/core/signals/scopeCreep';
import { client, day, input, makeFile } from '../support/build';

const TODAY = '2026-06-15';
const ago = (n: number) => formatDate(day(TODAY) - n);

type Req = { at: string; summary: string; type: 'revision' | 'change' | 'feature'; inScope?: boolean; billed?: boolean; hours?: number };
const rev = (at: string, summary: string, extra: Partial<Req> = {}): Req => ({ at, summary, type: 'revision', ...extra });
const change = (at: string, summary: string, extra: Partial<Req> = {}): Req => ({ at, summary, type: 'change', ...extra });
const feature = (at: string, summary: string, extra: Partial<Req> = {}): Req => ({ at, summary, type: 'feature', ...extra });

const CONTRACT = { signed: '2026-01-01', revisionsIncluded: 2, extraHourlyRate: 90, hourlyRate: 70 };

// Invoiced enough in the window that the share of what was invoiced stays small unless a test gives its own invoices.
const INVOICED = [{ number: 'BIG', issued: ago(10), amount: 100000 }];

function run(requests: Req[], fields: Record<string, unknown> = {}, rules: Rules = DEFAULT_RULES, currency = 'EUR') {
  return scopeCreep(input(makeFile([client({ contract: CONTRACT, invoices: INVOICED, requests, ...fields })], { currency }), TODAY, rules));
}

describe('signal scopeCreep', () => {
  it('is silent while revisions stay within the included rounds', () => {
    assert.strictEqual(run([rev('2026-05-01', 'R1'), rev('2026-05-02', 'R2')]), undefined);
  });

  it('counts revisions in date order, not in file order', () => {
    const signal = run([
      rev('2026-05-03T10:00', 'Third', { hours: 2 }),
      rev('2026-05-01', 'First', { hours: 5 }),
      rev('2026-05-03T09:00', 'Second', { hours: 7 }),
    ]);
    assert.ok(signal);
    assert.strictEqual(signal.id, 'scopeCreep');
    assert.strictEqual(signal.severity, 'warning');
    assert.strictEqual(signal.evidence.length, 1);
    assert.strictEqual(signal.evidence[0].kind, 'request');
    assert.deepStrictEqual(signal.evidence[0].path, ['clients', 0, 'requests', 0]);
    assert.strictEqual(
      formatMessage(signal.evidence[0].message),
      'Revision "Third" on 2026-05-03 is round 3, beyond the 2 included in the contract; 2 hours worth €180.00, not billed.',
    );
    assert.strictEqual(formatMessage(signal.message), 'One extra request beyond the contract is not billed: 2 hours, worth €180.00 at €90.00 an hour.');
  });

  it('does not count billed extras, though billed revisions use up the included rounds', () => {
    assert.strictEqual(run([rev('2026-05-01', 'R1'), rev('2026-05-02', 'R2'), rev('2026-05-03', 'R3', { billed: true })]), undefined);
    const signal = run([rev('2026-05-01', 'R1', { billed: true }), rev('2026-05-02', 'R2'), rev('2026-05-03', 'R3')]);
    assert.deepStrictEqual(signal?.evidence.map((e) => e.path), [['clients', 0, 'requests', 2]]);
    assert.strictEqual(run([change('2026-05-01', 'New page', { billed: true }), feature('2026-05-02', 'Chat', { billed: true })]), undefined);
  });

  it('treats an out-of-scope revision as an extra that leaves the included rounds alone', () => {
    const signal = run([rev('2026-05-01', 'R1'), rev('2026-05-02', 'Other colour', { inScope: false, hours: 1 }), rev('2026-05-03', 'R2')]);
    assert.deepStrictEqual(signal?.evidence.map((e) => e.path), [['clients', 0, 'requests', 1]]);
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Request "Other colour" on 2026-05-02 is outside the agreed scope; 1 hour worth €90.00, not billed.');
  });

  it('counts change and feature requests as out of scope unless marked in scope', () => {
    assert.strictEqual(run([change('2026-05-01', 'Agreed tweak', { inScope: true }), feature('2026-05-02', 'Agreed page', { inScope: true })]), undefined);
    const signal = run([change('2026-05-01', 'New layout'), feature('2026-05-02', 'Chat widget')]);
    assert.strictEqual(signal?.severity, 'warning');
    assert.strictEqual(signal?.evidence.length, 2);
  });

  it('counts no revision as extra when the contract sets no included rounds, unless it is out of scope', () => {
    const contract = { signed: '2026-01-01', extraHourlyRate: 90 };
    const revisions = [1, 2, 3, 4, 5].map((n) => rev(`2026-05-0${n}`, `R${n}`));
    assert.strictEqual(run(revisions, { contract }), undefined);
    assert.strictEqual(run(revisions, { contract: undefined }), undefined);
    assert.strictEqual(run([...revisions, rev('2026-05-09', 'Extra', { inScope: false })], { contract })?.severity, 'warning');
  });

  it('warns for 1 or 2 extras and is critical from 3, oldest first', () => {
    const base = [rev('2026-05-01', 'R1'), rev('2026-05-02', 'R2')];
    assert.strictEqual(run([...base, change('2026-05-05', 'C1')])?.severity, 'warning');
    assert.strictEqual(run([...base, change('2026-05-05', 'C1'), rev('2026-05-06', 'R3')])?.severity, 'warning');
    const signal = run([feature('2026-05-07', 'F1', { hours: 1 }), ...base, change('2026-05-05', 'C1', { hours: 1.5 }), rev('2026-05-06', 'R3', { hours: 0.5 })]);
    assert.strictEqual(signal?.severity, 'critical');
    assert.deepStrictEqual(
      signal?.evidence.map((e) => e.path),
      [
        ['clients', 0, 'requests', 3],
        ['clients', 0, 'requests', 4],
        ['clients', 0, 'requests', 0],
      ],
    );
    assert.strictEqual(formatMessage(signal.message), '3 extra requests beyond the contract are not billed: 3 hours, worth €270.00 at €90.00 an hour.');
  });

  describe('the share of what was invoiced', () => {
    // 1000 invoiced within the last 90 days (today - 89), 10000 just outside (today - 90).
    const invoices = [
      { number: 'IN', issued: ago(89), amount: 1000 },
      { number: 'OUT', issued: ago(90), amount: 10000 },
    ];

    it('stays a warning at exactly 20% and turns critical above it', () => {
      const at20 = run([change('2026-05-01', 'C1', { hours: 2 })], { invoices, contract: { ...CONTRACT, extraHourlyRate: 100 } });
      assert.strictEqual(at20?.severity, 'warning', '2 hours x 100 = 200 is 20% of 1000, not above');
      const above = run([change('2026-05-01', 'C1', { hours: 2.01 })], { invoices, contract: { ...CONTRACT, extraHourlyRate: 100 } });
      assert.strictEqual(above?.severity, 'critical', '201 is above 20% of 1000');
      assert.strictEqual(formatMessage(above.message), 'One unbilled extra request is worth €201.00, more than 20% of the €1,000.00 invoiced in the last 90 days.');
    });

    it('counts an invoice issued on the first day of the window (today - 89) and not the day before (today - 90)', () => {
      const onlyOut = [{ number: 'OUT', issued: ago(90), amount: 10000 }];
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 3 })], { invoices: onlyOut })?.severity, 'critical', 'nothing invoiced in the window: any priced extra is above 20%');
      const onlyIn = [{ number: 'IN', issued: ago(89), amount: 1000 }];
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 3 })], { invoices: onlyIn })?.severity, 'critical', '270 > 200');
    });

    it('is critical with nothing invoiced in the window and one priced extra, and says nothing was invoiced', () => {
      const none = run([change('2026-05-01', 'C1', { hours: 0.5 })], { invoices: [] });
      assert.strictEqual(none?.severity, 'critical');
      assert.strictEqual(formatMessage(none.message), 'One unbilled extra request is worth €45.00, and nothing was invoiced in the last 90 days.');
      const two = run([change('2026-05-01', 'C1', { hours: 1 }), feature('2026-05-02', 'F1', { hours: 1 })], { invoices: [{ number: 'OUT', issued: ago(90), amount: 10000 }] });
      assert.strictEqual(two?.severity, 'critical');
      assert.strictEqual(formatMessage(two.message), '2 unbilled extra requests are worth €180.00, and nothing was invoiced in the last 90 days.');
    });

    it('leaves extras without a price to the count when nothing was invoiced: no hours, or no extraHourlyRate', () => {
      assert.strictEqual(run([change('2026-05-01', 'C1')], { invoices: [] })?.severity, 'warning', 'no hours logged: worth nothing');
      const contract = { signed: '2026-01-01', hourlyRate: 50 };
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 4 })], { contract, invoices: [] })?.severity, 'warning', 'the share is judged at extraHourlyRate only');
    });

    it('prices the change order at the hourly rate without an extra rate, but judges the 20% only at extraHourlyRate, as signals-v1 says', () => {
      const contract = { signed: '2026-01-01', hourlyRate: 50 };
      const signal = run([change('2026-05-01', 'C1', { hours: 4 })], { invoices, contract });
      assert.strictEqual(signal?.severity, 'warning', '4 hours x 50 = 200, 20%');
      assert.match(formatMessage(signal.remedy), /contract rate of €50\.00 an hour/);
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 40 })], { invoices, contract })?.severity, 'warning', 'no extraHourlyRate: the count decides');
    });

    it('cannot price extras without any rate, and falls back on the count', () => {
      const contract = { signed: '2026-01-01', revisionsIncluded: 0 };
      const signal = run([rev('2026-05-01', 'R1', { hours: 100 })], { invoices, contract });
      assert.strictEqual(signal?.severity, 'warning');
      assert.strictEqual(formatMessage(signal.message), 'One extra request beyond the contract is not billed (100 hours); the contract sets no rate to price it.');
      assert.strictEqual(formatMessage(signal.evidence[0].message), 'Revision "R1" on 2026-05-01 is round 1, beyond the 0 included in the contract; 100 hours, not billed.');
    });

    it('takes the percentage and the window from the rules', () => {
      const rules: Rules = { ...DEFAULT_RULES, scopeCreep: { ...DEFAULT_RULES.scopeCreep, criticalPercentOfInvoiced: 50, invoicedWindowDays: 91 } };
      // The window of 91 days now takes in OUT: 11000 invoiced, 50% is 5500.
      const contract = { ...CONTRACT, extraHourlyRate: 100 };
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 55 })], { invoices, contract }, rules)?.severity, 'warning');
      assert.strictEqual(run([change('2026-05-01', 'C1', { hours: 55.01 })], { invoices, contract }, rules)?.severity, 'critical');
    });
  });

  it('takes the counts from the rules', () => {
    const rules: Rules = { ...DEFAULT_RULES, scopeCreep: { ...DEFAULT_RULES.scopeCreep, warning: 2, critical: 4 } };
    assert.strictEqual(run([change('2026-05-01', 'C1')], {}, rules), undefined);
    assert.strictEqual(run([change('2026-05-01', 'C1'), change('2026-05-02', 'C2'), change('2026-05-03', 'C3')], {}, rules)?.severity, 'warning');
    assert.strictEqual(run([1, 2, 3, 4].map((n) => change(`2026-05-0${n}`, `C${n}`)), {}, rules)?.severity, 'critical');
  });

  it('prices in a currency without decimals (JPY)', () => {
    const contract = { signed: '2026-01-01', revisionsIncluded: 1, extraHourlyRate: 9000 };
    const invoices = [{ number: 'J-1', issued: ago(10), amount: 100000 }];
    const signal = run([rev('2026-05-01', 'R1'), rev('2026-05-02', 'R2', { hours: 1.5 })], { contract, invoices }, DEFAULT_RULES, 'JPY');
    assert.strictEqual(signal?.severity, 'warning', '13500 is 13.5% of 100000');
    assert.strictEqual(formatMessage(signal.evidence[0].message), 'Revision "R2" on 2026-05-02 is round 2, beyond the 1 included in the contract; 1.5 hours worth ¥13,500, not billed.');
    assert.strictEqual(run([rev('2026-05-01', 'R1'), rev('2026-05-02', 'R2', { hours: 2.3 })], { contract, invoices }, DEFAULT_RULES, 'JPY')?.severity, 'critical', '20700 > 20000');
  });

  it("suggests a change order at the contract's extra rate", () => {
    const signal = run([change('2026-05-01', 'C1')]);
    assert.strictEqual(
      formatMessage(signal!.remedy),
      "Send a change order that lists these requests and prices them at the contract's extra rate of €90.00 an hour, and agree on it before doing more extra work. Either the client pays for the extras, or you part ways by mutual agreement.",
    );
  });
});
