/**
 * Mappings for the invoice exports of Invoice Ninja and FreshBooks, and a first
 * guess for any other export, for the user to confirm before anything is read.
 *
 * Neither product's documentation lists the columns of its export (checked on
 * 2026-12-03: Invoice Ninja's user guide, invoiceninja/invoiceninja.github.io
 * `source/en/import-and-export.md`, says a report's Export button writes CSV;
 * FreshBooks' API reference names the Invoice Details report and its
 * `invoice_details.csv` download). The presets are therefore taken from source:
 *
 * - Invoice Ninja v5: `app/Export/CSV/BaseExport.php` at commit a148eec (2024-09-19).
 *   An invoice report's header is "<Entity> <label>" with the English labels of
 *   `lang/en/texts.php`: "Client Name", "Client Currency", "Invoice Invoice Number"
 *   (sic, prefix and label both say invoice), "Invoice Date", "Invoice Due Date",
 *   "Invoice Amount", "Invoice Balance", "Invoice Paid to Date", "Invoice Status"; dates as stored,
 *   YYYY-MM-DD; amounts as plain numbers. The report has no payment dates, so its
 *   "Paid to Date" is not imported. A company whose locale is not English gets
 *   translated headers, which this preset does not match (the user maps them).
 * - FreshBooks: the Invoice Details CSV as Invoice Ninja's own FreshBooks importer
 *   reads it (`app/Import/Transformer/Freshbooks/InvoiceTransformer.php` and its
 *   test file `tests/Feature/Import/freshbooks_invoices.csv`, same commit): one row
 *   per line with "Client Name", "Invoice #", "Date Issued", "Invoice Status",
 *   "Date Paid", ..., "Line Total", "Currency"; no due date. Not checked against
 *   FreshBooks itself: marked as such in docs/import.md. Whether "Line Total" includes
 *   tax is not settled either: see PRESET_NOTES, which says so to the user.
 */
import { Message, msg } from '../messages';
import { COLUMN_FIELDS, CsvColumns, CsvDateFormat } from './csvColumns';

export const CSV_PRESETS = {
  invoiceninja: {
    number: 'Invoice Invoice Number',
    issued: 'Invoice Date',
    due: 'Invoice Due Date',
    amount: 'Invoice Amount',
    currency: 'Client Currency',
    clientName: 'Client Name',
    // Invoice::stringStatus in English: a draft was never sent, a cancelled or reversed invoice is not owed.
    status: 'Invoice Status',
    skipStatuses: ['Draft', 'Cancelled', 'Reversed'],
    dateFormat: 'YYYY-MM-DD',
    decimalSeparator: '.',
    delimiter: ',',
  },
  freshbooks: {
    number: 'Invoice #',
    issued: 'Date Issued',
    amount: 'Line Total',
    rowsAreLines: true,
    // Invoice Ninja's importer records a dated FreshBooks invoice as paid in full on that date, as this does.
    paidDate: 'Date Paid',
    currency: 'Currency',
    clientName: 'Client Name',
    // The statuses Invoice Ninja's FreshBooks importer knows are draft and sent; a draft was never sent.
    status: 'Invoice Status',
    skipStatuses: ['draft'],
    dateFormat: 'YYYY-MM-DD',
    decimalSeparator: '.',
    delimiter: ',',
  },
} as const satisfies Record<string, CsvColumns>;

export type CsvPresetName = keyof typeof CSV_PRESETS;
export const CSV_PRESET_NAMES = Object.keys(CSV_PRESETS) as CsvPresetName[];

/**
 * What the user is told whenever a file is read with a preset that rests on something its maker does not
 * document. FreshBooks: whether "Line Total" includes the line's tax is not settled (December 2026: no
 * FreshBooks help page or API reference describes the export's columns; Invoice Ninja's importer sums
 * Line Total and reads "Tax 1 Amount" as a rate, and its test file has no taxed line), so the total is
 * taken as it is and the user checks it before importing.
 */
export const PRESET_NOTES: Partial<Record<CsvPresetName, Message>> = {
  freshbooks: msg(
    'Read as a FreshBooks Invoice Details export: an invoice\'s amount is the sum of its "Line Total" cells, and the tax columns are not added to it, as FreshBooks does not document whether "Line Total" includes tax. Check each total against the invoice in FreshBooks before importing.',
  ),
};

/** The preset this mapping is, whatever the order of its keys: one given by name, or saved in the settings. */
export function presetOf(columns: CsvColumns): CsvPresetName | undefined {
  const canonical = (c: CsvColumns) => JSON.stringify(Object.entries(c).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = canonical(columns);
  return CSV_PRESET_NAMES.find((name) => canonical(CSV_PRESETS[name]) === text);
}

/** Headers compared as a person reads them: case, surrounding and repeated spaces aside. */
export const sameHeader = (a: string, b: string): boolean => normalHeader(a) === normalHeader(b);
const normalHeader = (h: string) => h.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const mappedHeaders = (columns: CsvColumns): string[] => COLUMN_FIELDS.flatMap((field) => (columns[field] === undefined ? [] : [columns[field]]));

/** The preset whose every mapped column is in the header, if exactly one is. */
/** Every column the mapping names is in the header: a mapping saved for one export fits another file of it. */
export const fitsHeader = (columns: CsvColumns, header: readonly string[]): boolean =>
  mappedHeaders(columns).every((h) => header.some((cell) => sameHeader(cell, h)));

export function presetFor(header: readonly string[]): CsvPresetName | undefined {
  const fits = CSV_PRESET_NAMES.filter((name) => mappedHeaders(CSV_PRESETS[name]).every((h) => header.some((cell) => sameHeader(cell, h))));
  return fits.length === 1 ? fits[0] : undefined;
}

export type CsvProposal =
  | { readonly preset: CsvPresetName; readonly columns: CsvColumns; readonly missing?: undefined }
  /** A guess from the header's words; `missing` names the fields it found no column for (number, issued, amount). */
  | { readonly preset?: undefined; readonly columns: Partial<CsvColumns>; readonly missing: readonly ColumnFieldName[] };

type ColumnFieldName = (typeof COLUMN_FIELDS)[number];

// Header words per field, in several languages of the users (en, fr, it, tr, de): the first header that
// matches a pattern of a field is taken, fields in this order, each header used once.
const GUESSES: readonly [ColumnFieldName, RegExp][] = [
  ['number', /^(invoice\s*(no\.?|number|#|num)|number|no\.?|#|n(um[ée]ro|°)\s*(de\s*)?(facture)?|facture|numero(\s*fattura)?|fattura|fatura\s*no|belegnummer|rechnungsnummer|rechnungs-?nr\.?)$/i],
  ['due', /(due|[ée]ch[ée]ance|scadenza|vade|f[äa]llig)/i],
  ['paidDate', /(date\s*paid|paid\s*(on|date)|pay(ment)?\s*date|date\s*de\s*paiement|data\s*(di\s*)?pagamento|[öo]deme\s*tarihi|bezahlt\s*am|zahlungsdatum)/i],
  ['issued', /(^date$|issue|invoice\s*date|date\s*(de\s*)?(la\s*)?facture|date\s*d['’]?[ée]mission|^data$|data\s*(fattura|emissione)|tarih|rechnungsdatum|^datum$)/i],
  ['amount', /(^total$|total\s*(amount|due|ttc)?$|invoice\s*(amount|total)|^amount$|montant(\s*ttc)?|importo(\s*totale)?|totale|tutar|toplam|betrag|gesamt)/i],
  ['currency', /^(currency|devise|valuta|para\s*birimi|d[öo]viz|w[äa]hrung)$/i],
  ['clientTaxId', /(vat|tax\s*id|tva|partita\s*iva|p\.?\s*iva|vergi|ust-?id|siret)/i],
  ['clientName', /(client|customer|buyer|cliente|m[üu]şteri|kunde)/i],
];

/**
 * A mapping for the user to confirm: a preset when the header is one, else a guess by header words.
 * With `sample` (the first rows after the header), the date format and the decimal separator are
 * guessed from the cells of the columns found; without, or when the cells do not tell, ISO dates and
 * a decimal point are proposed.
 */
export function proposeCsvColumns(header: readonly string[], sample: readonly (readonly string[])[] = []): CsvProposal {
  const preset = presetFor(header);
  if (preset !== undefined) {
    return { preset, columns: CSV_PRESETS[preset] };
  }
  const used = new Set<number>();
  const guessed: Partial<Record<ColumnFieldName, string>> = {};
  for (const [field, pattern] of GUESSES) {
    const at = header.findIndex((cell, i) => !used.has(i) && pattern.test(cell.trim()));
    if (at >= 0) {
      used.add(at);
      guessed[field] = header[at].trim();
    }
  }
  const missing = (['number', 'issued', 'amount'] as const).filter((f) => guessed[f] === undefined);
  const cells = (fields: readonly ColumnFieldName[]) =>
    fields.flatMap((f) => {
      const at = guessed[f] === undefined ? -1 : header.findIndex((h) => h.trim() === guessed[f]);
      return at < 0 ? [] : sample.map((row) => (row[at] ?? '').trim()).filter((c) => c !== '');
    });
  return { columns: { ...guessed, dateFormat: dateFormatOf(cells(['issued', 'due', 'paidDate'])), decimalSeparator: decimalSeparatorOf(cells(['amount', 'paidAmount'])) }, missing };
}

/** The format every date cell fits; between day-first and month-first, a day past 12 decides, and day-first when none does. */
export function dateFormatOf(cells: readonly string[]): CsvDateFormat {
  if (cells.length === 0 || cells.every((c) => /^\d{4}-\d{2}-\d{2}/.test(c))) {
    return 'YYYY-MM-DD';
  }
  if (cells.every((c) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(c))) {
    return 'DD.MM.YYYY';
  }
  const slashed = cells.map((c) => /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(c));
  if (slashed.every((m) => m !== null)) {
    return slashed.some((m) => Number(m[2]) > 12) ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
  }
  return 'YYYY-MM-DD';
}

/** `,` when an amount ends in a comma and one or two digits (`980,00`, `1.234,5`) and none in a point; else `.`. */
export function decimalSeparatorOf(cells: readonly string[]): '.' | ',' {
  const comma = cells.some((c) => /,\d{1,2}$/.test(c));
  const point = cells.some((c) => /\.\d{1,2}$/.test(c));
  return comma && !point ? ',' : '.';
}
