import * as assert from 'node:assert/strict';
import { formatterFor } from '../../../src/core/templates/locale';
import { toMinor } from '../../../src/core/money';

describe('Turkish drafts write the currency after the amount', () => {
  const money = (amount: number, currency: string) => formatterFor('tr').money(toMinor(amount, currency), currency);

  it('as Turkish business letters do: 2.000,00 €, not €2.000,00', () => {
    assert.equal(money(2000, 'EUR'), '2.000,00\u00a0€');
    assert.equal(money(0.01, 'EUR'), '0,01\u00a0€');
    assert.equal(money(1234.5, 'USD'), '1.234,50\u00a0$');
    assert.equal(money(150000, 'JPY'), '150.000\u00a0¥');
    assert.equal(money(1234.5, 'CHF'), '1.234,50\u00a0CHF');
    assert.equal(money(-5, 'EUR'), '-5,00\u00a0€');
    // Intl separates a code from the minus sign with a space, which must not stay once the code moves.
    assert.equal(money(-2000, 'CHF'), '-2.000,00\u00a0CHF');
  });

  it('groups Italian numbers as Italian amounts are grouped', () => {
    assert.equal(formatterFor('it').number(1200), '1.200');
    assert.equal(formatterFor('it').money(toMinor(1200, 'EUR'), 'EUR'), '1.200,00\u00a0€');
  });

  it('its own currency as TL', () => {
    assert.equal(money(1500, 'TRY'), '1.500,00\u00a0TL');
  });

  it('and leaves the other languages to Intl', () => {
    assert.equal(formatterFor('en').money(toMinor(2000, 'EUR'), 'EUR'), '€2,000.00');
  });
});
