import * as assert from 'node:assert';
import { cautionMessage, incomeCaution, roundMonthly } from '../../../src/core/portfolio/caution';
import { formatMessage } from '../../../src/core/messages';
import { summaryOf } from './support/indexes';

const year = (invoiced: number) => [{ month: '2026-01', invoiced, paid: 0 }];

describe('income share caution', () => {
  const clients = [
    { folder: '/work/north', summary: summaryOf('northwind', { name: 'Northwind Logistics', months: year(3_720_000) }) },
    { folder: '/work/south', summary: summaryOf('south', { name: 'South Bakery', months: year(2_280_000) }) },
    { folder: '/work/usd', summary: summaryOf('usd', { name: 'Dollar Co', currency: 'USD', months: year(900_000) }) },
  ];

  it('says what a client above half of its currency weighs, in one sentence', () => {
    const euroOnly = clients.filter((c) => c.summary.currency === 'EUR');
    const caution = incomeCaution(euroOnly, '/work/north', 'northwind');
    assert.deepStrictEqual(caution, { name: 'Northwind Logistics', currency: 'EUR', percent: 62, monthly: 310_000, amongCurrencies: false });
    assert.strictEqual(formatMessage(cautionMessage(caution)), 'Northwind Logistics is 62% of your invoicing over the last 12 months, about €3,100.00 a month.');
  });

  it('names the currency when others were invoiced too, since the share is of that currency alone', () => {
    assert.strictEqual(formatMessage(cautionMessage(incomeCaution(clients, '/work/north', 'northwind')!)), 'Northwind Logistics is 62% of your invoicing in EUR over the last 12 months, about €3,100.00 a month.');
    // A currency quoted but never invoiced in the year does not count as another.
    const idleDollars = [...clients.filter((c) => c.summary.currency === 'EUR'), { folder: '/work/idle', summary: summaryOf('idle', { currency: 'USD', months: year(0) }) }];
    assert.strictEqual(incomeCaution(idleDollars, '/work/north', 'northwind')?.amongCurrencies, false);
  });

  it('says nothing at half or below, for another folder’s client of the same id, or with nothing invoiced', () => {
    assert.strictEqual(incomeCaution(clients, '/work/south', 'south'), undefined);
    assert.strictEqual(incomeCaution(clients, '/work/south', 'northwind'), undefined, 'the same id in another folder is another client');
    const half = [
      { folder: '/a', summary: summaryOf('a', { months: year(500) }) },
      { folder: '/b', summary: summaryOf('b', { months: year(500) }) },
    ];
    assert.strictEqual(incomeCaution(half, '/a', 'a'), undefined, 'exactly half is not above half');
    assert.strictEqual(incomeCaution([{ folder: '/z', summary: summaryOf('z', { months: year(0) }) }], '/z', 'z'), undefined);
  });

  it('compares within the currency only: the only client billing in USD is all of its USD invoicing', () => {
    assert.strictEqual(incomeCaution(clients, '/work/usd', 'usd')?.percent, 100);
    assert.strictEqual(formatMessage(cautionMessage(incomeCaution(clients, '/work/usd', 'usd')!)), 'Dollar Co is 100% of your invoicing in USD over the last 12 months, about $750.00 a month.');
  });

  it('never says 50% for a share just above half', () => {
    const justAbove = [
      { folder: '/a', summary: summaryOf('a', { months: year(50_200) }) },
      { folder: '/b', summary: summaryOf('b', { months: year(49_800) }) },
    ];
    assert.strictEqual(incomeCaution(justAbove, '/a', 'a')?.percent, 51);
  });

  it('rounds the monthly figure as an estimate: to the hundred from 1,000 up, to the unit below, in the currency’s units', () => {
    assert.strictEqual(roundMonthly(308_450, 'EUR'), 310_000);
    assert.strictEqual(roundMonthly(98_449, 'EUR'), 98_400);
    assert.strictEqual(roundMonthly(123_456, 'JPY'), 123_500);
    assert.strictEqual(roundMonthly(949, 'JPY'), 949);
  });
});
