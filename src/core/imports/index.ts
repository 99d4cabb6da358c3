/**
 * Everything the import command calls, in one module: the extension bundles it
 * apart (dist/imports.js) and loads it on the first import, because the XML
 * parser is a third of the size activation would otherwise load.
 */
export { readEInvoice } from './readEInvoice';
export { buyerKey, normalTaxId, planImport } from './planImport';
