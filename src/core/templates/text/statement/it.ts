/** The statement of account's words in Italian (see ../statement.ts). */
import type { StatementTexts } from '../statement';
import { italianDelPercent } from '../moneyCommon';
import { itUntil } from '../typography';

export const it: StatementTexts = {
  title: (client) => `Estratto conto – ${client}`,
  heading: 'Estratto conto',
  intro: (date) => `Questo estratto conto, aggiornato ${itUntil(date)}, riporta tutte le fatture a Suo carico e tutti i pagamenti ricevuti.`,
  invoices: 'Fatture',
  invoiceColumns: ['Fattura', 'Emissione', 'Scadenza', 'Importo', 'Pagato', 'Saldo', 'Giorni di ritardo'],
  noInvoices: 'Non è stata ancora emessa alcuna fattura.',
  payments: 'Pagamenti ricevuti',
  paymentColumns: ['Data', 'Fattura', 'Importo'],
  noPayments: 'Non è stato ancora ricevuto alcun pagamento.',
  summary: 'Riepilogo',
  invoiced: 'Totale fatturato',
  paid: 'Totale pagato',
  outstanding: 'Saldo da pagare',
  overdue: 'di cui scaduto',
  credit: 'Pagato in eccesso (a Suo credito)',
  aging: 'Anzianità del saldo',
  agingIntro: 'Il saldo da pagare, suddiviso per giorni trascorsi dalla scadenza:',
  agingColumns: ['Giorni dalla scadenza', 'Importo'],
  buckets: {
    current: 'Non ancora scaduto',
    '1-30': '1–30 giorni',
    '31-60': '31–60 giorni',
    '61-90': '61–90 giorni',
    '91-120': '91–120 giorni',
    '120+': 'Oltre 120 giorni',
  },
  nothingOutstanding: 'Tutte le fatture risultano saldate: non c’è nulla da pagare. La ringrazio.',
  lateFee: 'Interessi di mora',
  noLateFeeInContract: 'Il contratto non prevede interessi di mora, quindi non ne vengono applicati.',
  noLateFeeAccrued: (percent, value) =>
    `Il contratto prevede interessi di mora ${italianDelPercent(value)}${percent} al mese sugli importi scaduti. Poiché nessun importo è scaduto, non sono maturati interessi.`,
  lateFeeRule: (percent, value, unit) =>
    `Il contratto prevede interessi di mora ${italianDelPercent(value)}${percent} al mese sugli importi scaduti. Maturano giorno per giorno, considerando il mese di 30 giorni, e per ogni fattura sono arrotondati al multiplo di ${unit} più vicino (in caso di parità, per eccesso):`,
  formula: (percent) => `interessi = saldo × ${percent} × giorni di ritardo ÷ 30`,
  lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice}: ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
  lateFeeTotal: (date, total) => `Interessi di mora maturati ${itUntil(date)}: ${total}. Non sono compresi nel saldo da pagare indicato sopra.`,
  totalWithFee: (total) => `Saldo da pagare, interessi di mora compresi: ${total}.`,
  closing: 'Se qualche importo non corrisponde alla Sua contabilità, me lo segnali pure: faremo insieme le opportune verifiche.',
  csv: {
    header: ['Tipo', 'Data', 'Fattura', 'Scadenza', 'Importo', 'Pagato', 'Saldo', 'Giorni di ritardo', 'Valuta', 'Nota'],
    invoice: 'Fattura',
    payment: 'Pagamento',
    fileStem: 'estratto-conto',
  },
};
