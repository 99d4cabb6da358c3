/** FatturaPA 1.2 (FPR12 between businesses, FPA12 to public administrations): one record per FatturaElettronicaBody. */
import { msg } from '../messages';
import { addDecimals } from './decimal';
import type { EInvoiceRecord, Party } from './record';
import { Element, Refusal, all, amountOf, cleanName, currencyOf, first, invoiceNumber, isoDate, optional, required, textOf } from './tree';

export const FATTURAPA_VERSIONS = ['FPR12', 'FPA12'];

export function readFatturaPa(root: Element): EInvoiceRecord[] {
  const header = first(root, 'FatturaElettronicaHeader');
  const seller = party(first(header, 'CedentePrestatore', 'DatiAnagrafici'));
  const buyer = party(first(header, 'CessionarioCommittente', 'DatiAnagrafici'));
  const bodies = all(root, 'FatturaElettronicaBody');
  if (bodies.length === 0) {
    required(undefined, 'FatturaElettronicaBody');
  }
  return bodies.map((body) => {
    const general = first(body, 'DatiGenerali', 'DatiGeneraliDocumento');
    const payments = all(body, 'DatiPagamento', 'DettaglioPagamento');
    return {
      format: 'fatturapa',
      kind: textOf(first(general, 'TipoDocumento')) === 'TD04' ? 'creditNote' : 'invoice',
      number: invoiceNumber(textOf(first(general, 'Numero')), 'DatiGeneraliDocumento/Numero'),
      issued: required(isoDate(textOf(first(general, 'Data')), 'DatiGeneraliDocumento/Data'), 'DatiGeneraliDocumento/Data'),
      ...optional(
        'due',
        payments.map((p) => isoDate(textOf(first(p, 'DataScadenzaPagamento')), 'DataScadenzaPagamento')).find((d) => d !== undefined),
      ),
      currency: currencyOf(textOf(first(general, 'Divisa')), 'DatiGeneraliDocumento/Divisa'),
      amount: amount(body, general, payments),
      seller,
      buyer,
    };
  });
}

/** What the client pays: the payment lines (after a withholding), else the document's total, else the VAT summaries. */
function amount(body: Element, general: Element | undefined, payments: Element[]): string {
  const paid = payments.map((p) => amountOf(textOf(first(p, 'ImportoPagamento')), 'ImportoPagamento')).filter((a) => a !== undefined);
  const total = amountOf(textOf(first(general, 'ImportoTotaleDocumento')), 'ImportoTotaleDocumento');
  const summaries = all(body, 'DatiBeniServizi', 'DatiRiepilogo').flatMap((r) => [
    required(amountOf(textOf(first(r, 'ImponibileImporto')), 'DatiRiepilogo/ImponibileImporto'), 'DatiRiepilogo/ImponibileImporto'),
    amountOf(textOf(first(r, 'Imposta')), 'DatiRiepilogo/Imposta') ?? '0',
  ]);
  if (paid.length === 0 && total === undefined && summaries.length === 0) {
    required(undefined, 'ImportoPagamento, ImportoTotaleDocumento or DatiRiepilogo');
  }
  const sum = paid.length > 0 ? addDecimals(paid) : (total ?? addDecimals(summaries));
  if (sum === undefined) {
    throw new Refusal(msg('The amounts of the invoice add up to more digits than can be kept exactly.'));
  }
  return sum;
}

function party(data: Element | undefined): Party {
  const vat = first(data, 'IdFiscaleIVA');
  const country = textOf(first(vat, 'IdPaese'));
  const code = textOf(first(vat, 'IdCodice'));
  const taxId = cleanName(code === undefined ? textOf(first(data, 'CodiceFiscale')) : `${country ?? ''}${code}`);
  const registry = first(data, 'Anagrafica');
  const person = [textOf(first(registry, 'Nome')), textOf(first(registry, 'Cognome'))].filter((s) => s !== undefined).join(' ');
  const name = cleanName(textOf(first(registry, 'Denominazione')) ?? (person || undefined));
  return { ...optional('name', name), ...optional('taxId', taxId) };
}
