/** UN/CEFACT Cross Industry Invoice: the XML of Factur-X / ZUGFeRD and XRechnung CII. */
import { msg } from '../messages';
import { addDecimals } from './decimal';
import type { EInvoiceRecord, Party } from './record';
import { Element, Refusal, all, amountOf, attribute, cleanName, currencyOf, first, invoiceNumber, isoDate, optional, required, textOf } from './tree';

const SETTLEMENT = ['SupplyChainTradeTransaction', 'ApplicableHeaderTradeSettlement'];
const AGREEMENT = ['SupplyChainTradeTransaction', 'ApplicableHeaderTradeAgreement'];

export function readCii(root: Element): EInvoiceRecord {
  const document = first(root, 'ExchangedDocument');
  const settlement = first(root, ...SETTLEMENT);
  const totals = first(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const duePayable = amountOf(textOf(first(totals, 'DuePayableAmount')), 'DuePayableAmount');
  const prepaid = amountOf(textOf(first(totals, 'TotalPrepaidAmount')), 'TotalPrepaidAmount');
  const grandTotal = amountOf(textOf(first(totals, 'GrandTotalAmount')), 'GrandTotalAmount');
  // The grand total already holds what was prepaid: it stands in when the amount due is not stated.
  const amount = duePayable === undefined ? required(grandTotal, 'DuePayableAmount') : prepaid === undefined ? duePayable : addDecimals([duePayable, prepaid]);
  if (amount === undefined) {
    throw new Refusal(msg('The amounts of the invoice add up to more digits than can be kept exactly.'));
  }
  const due = all(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime')
    .map((d) => ciiDate(d, 'DueDateDateTime'))
    .find((d) => d !== undefined);
  return {
    format: 'cii',
    kind: textOf(first(document, 'TypeCode')) === '381' ? 'creditNote' : 'invoice',
    number: invoiceNumber(textOf(first(document, 'ID')), 'ExchangedDocument/ID'),
    issued: required(ciiDate(first(document, 'IssueDateTime'), 'IssueDateTime'), 'IssueDateTime'),
    ...optional('due', due),
    currency: currencyOf(textOf(first(settlement, 'InvoiceCurrencyCode')), 'InvoiceCurrencyCode'),
    amount,
    ...optional('prepaid', prepaid),
    seller: party(first(root, ...AGREEMENT, 'SellerTradeParty')),
    buyer: party(first(root, ...AGREEMENT, 'BuyerTradeParty')),
  };
}

/** `udt:DateTimeString format="102"` (YYYYMMDD) as YYYY-MM-DD; any other format is refused by name. */
function ciiDate(element: Element | undefined, field: string): string | undefined {
  const string = first(element, 'DateTimeString');
  const text = textOf(string);
  if (text === undefined) {
    return undefined;
  }
  const format = attribute(string, 'format') ?? '102';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (format !== '102' || !m) {
    throw new Refusal(msg('{0} is not a date in format 102 (YYYYMMDD).', field));
  }
  return isoDate(`${m[1]}-${m[2]}-${m[3]}`, field);
}

function party(element: Element | undefined): Party {
  const registrations = all(element, 'SpecifiedTaxRegistration', 'ID');
  // VA is the VAT number; FC, the fiscal number, serves when there is none.
  const id = registrations.find((r) => attribute(r, 'schemeID') === 'VA') ?? registrations.find((r) => attribute(r, 'schemeID') === 'FC');
  const name = cleanName(textOf(first(element, 'Name')));
  const taxId = cleanName(textOf(id));
  return { ...optional('name', name), ...optional('taxId', taxId) };
}
