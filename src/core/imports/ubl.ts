/** UBL 2.1 Invoice and CreditNote: Peppol BIS Billing 3.0, XRechnung UBL, UBL-TR. */
import { addDecimals } from './decimal';
import type { EInvoiceRecord, Party } from './record';
import { Element, Refusal, all, amountOf, attribute, cleanName, currencyOf, first, invoiceNumber, isoDate, optional, required, textOf } from './tree';
import { msg } from '../messages';

export function readUbl(root: Element, rootName: 'Invoice' | 'CreditNote'): EInvoiceRecord {
  const total = first(root, 'LegalMonetaryTotal');
  const payable = required(amountOf(textOf(first(total, 'PayableAmount')), 'LegalMonetaryTotal/PayableAmount'), 'LegalMonetaryTotal/PayableAmount');
  const prepaid = amountOf(textOf(first(total, 'PrepaidAmount')), 'LegalMonetaryTotal/PrepaidAmount');
  const amount = prepaid === undefined ? payable : addDecimals([payable, prepaid]);
  if (amount === undefined) {
    throw new Refusal(msg('The amounts of the invoice add up to more digits than can be kept exactly.'));
  }
  const typeCode = textOf(first(root, 'InvoiceTypeCode')) ?? textOf(first(root, 'CreditNoteTypeCode'));
  const due = textOf(first(root, 'DueDate')) ?? all(root, 'PaymentMeans', 'PaymentDueDate').map(textOf).find((d) => d !== undefined);
  return {
    format: 'ubl',
    // 381 is the credit note's code even where a sender put it in an Invoice.
    kind: rootName === 'CreditNote' || typeCode === '381' ? 'creditNote' : 'invoice',
    number: invoiceNumber(textOf(first(root, 'ID')), 'ID'),
    issued: required(isoDate(textOf(first(root, 'IssueDate')), 'IssueDate'), 'IssueDate'),
    ...optional('due', isoDate(due, 'DueDate')),
    currency: currencyOf(textOf(first(root, 'DocumentCurrencyCode')), 'DocumentCurrencyCode'),
    amount,
    ...optional('prepaid', prepaid),
    seller: party(first(root, 'AccountingSupplierParty', 'Party')),
    buyer: party(first(root, 'AccountingCustomerParty', 'Party')),
  };
}

/** Legal name first, as CII's Name is the legal name: the same invoice in both syntaxes gives the same party. */
function party(element: Element | undefined): Party {
  const name = cleanName(textOf(first(element, 'PartyLegalEntity', 'RegistrationName')) ?? textOf(first(element, 'PartyName', 'Name')));
  const schemes = all(element, 'PartyTaxScheme');
  const vat = schemes.find((s) => textOf(first(s, 'TaxScheme', 'ID'))?.toUpperCase() === 'VAT') ?? schemes[0];
  // UBL-TR carries the Turkish tax number as a party identification with scheme VKN (companies) or TCKN (persons).
  const turkish = all(element, 'PartyIdentification', 'ID').find((id) => /^(VKN|TCKN)$/.test(attribute(id, 'schemeID') ?? ''));
  const taxId = cleanName(textOf(first(vat, 'CompanyID')) ?? textOf(turkish));
  return { ...optional('name', name), ...optional('taxId', taxId) };
}
