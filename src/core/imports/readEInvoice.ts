/**
 * An e-invoice file to the invoices it holds, whatever the format: UBL, CII or
 * FatturaPA, recognised by the root element's local name. Never throws: a
 * document that cannot be imported gives one problem that says why.
 */
import { msg } from '../messages';
import { readCii } from './cii';
import { FATTURAPA_VERSIONS, readFatturaPa } from './fatturapa';
import type { EInvoiceResult } from './record';
import { Refusal, attribute, shown } from './tree';
import { readUbl } from './ubl';
import { parseXml } from './xml';

export type { EInvoiceFormat, EInvoiceRecord, EInvoiceResult, ImportProblem, Party } from './record';

/** `maxBytes`: the largest document read, in bytes (the caller's setting; a FatturaPA file with its attachments can be megabytes). */
export function readEInvoice(bytes: Uint8Array, maxBytes: number): EInvoiceResult {
  try {
    const parsed = parseXml(bytes, maxBytes);
    if (parsed.problem) {
      return { problem: parsed.problem };
    }
    const { root, name } = parsed;
    switch (name) {
      case 'Invoice':
      case 'CreditNote':
        return { records: [readUbl(root, name)] };
      case 'CrossIndustryInvoice':
        return { records: [readCii(root)] };
      case 'FatturaElettronica': {
        const version = attribute(root, 'versione');
        if (!FATTURAPA_VERSIONS.includes(version ?? '')) {
          return { problem: { message: msg('This FatturaPA document is version {0}; the versions read are FPR12 and FPA12.', shown(version ?? '')) } };
        }
        return { records: readFatturaPa(root) };
      }
      default:
        return {
          problem: {
            message: msg(
              'This XML document is not an e-invoice: its root element is {0}, where a UBL Invoice or CreditNote, a CII CrossIndustryInvoice or a FatturaPA FatturaElettronica was expected.',
              shown(name),
            ),
          },
        };
    }
  } catch (error) {
    if (error instanceof Refusal) {
      return { problem: { message: error.reason } };
    }
    return { problem: { message: msg('The document could not be read as an e-invoice.') } };
  }
}
