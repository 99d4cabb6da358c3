/**
 * Everything the import command calls, in one module: the extension bundles it
 * apart (dist/imports.js) and loads it on the first import, because the XML
 * parser is a third of the size activation would otherwise load.
 */
export { readEInvoice } from './readEInvoice';
export { readImportFile } from './readImportFile';
export { readCsvHeader } from './csv';
export { COLUMN_FIELDS, CSV_COLUMNS_SETTING, CSV_DATE_FORMATS, readCsvColumns } from './csvColumns';
export { CSV_PRESETS, CSV_PRESET_NAMES, fitsHeader } from './csvPresets';
export { importKind } from './sniff';
export { buyerKey, normalTaxId, planImport } from './planImport';
