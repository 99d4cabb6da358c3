/**
 * The words of the statement of account and of its CSV export, per draft
 * language. Arguments are already formatted (money, dates, percentages) and,
 * when they come from the client file, already escaped.
 */
import { AgingBucket } from '../../health/types';
import { DraftLanguage } from '../locale';
import { italianDate, italianDelPercent } from './moneyCommon';

export interface StatementTexts {
  title(client: string): string;
  readonly heading: string;
  intro(date: string): string;
  readonly invoices: string;
  /** Invoice, issued, due, amount, paid, balance, days late. */
  readonly invoiceColumns: readonly [string, string, string, string, string, string, string];
  readonly noInvoices: string;
  readonly payments: string;
  /** Date, invoice, amount. */
  readonly paymentColumns: readonly [string, string, string];
  readonly noPayments: string;
  readonly summary: string;
  readonly invoiced: string;
  readonly paid: string;
  readonly outstanding: string;
  readonly overdue: string;
  /** Paid beyond the invoiced amounts: a credit in the client's favour. */
  readonly credit: string;
  readonly aging: string;
  readonly agingIntro: string;
  readonly agingColumns: readonly [string, string];
  readonly buckets: Readonly<Record<AgingBucket, string>>;
  readonly nothingOutstanding: string;
  readonly lateFee: string;
  readonly noLateFeeInContract: string;
  /** `percent` formatted; `percentValue` the number, for languages whose article depends on it. */
  noLateFeeAccrued(percent: string, percentValue: number): string;
  /** How the fee is computed; `unit` is the smallest amount of the currency (0,01 €, ¥1). */
  lateFeeRule(percent: string, percentValue: number, unit: string): string;
  /** The general formula, shown verbatim. */
  formula(percent: string): string;
  /** One invoice's fee with its numbers filled in. */
  lateFeeLine(invoice: string, balance: string, percent: string, days: string, fee: string): string;
  lateFeeTotal(date: string, total: string): string;
  totalWithFee(total: string): string;
  readonly closing: string;
  readonly csv: {
    /** Type, date, invoice, due, amount, paid, balance, days late, currency, note. */
    readonly header: readonly [string, string, string, string, string, string, string, string, string, string];
    readonly invoice: string;
    readonly payment: string;
    /** The start of the suggested file name, ASCII. */
    readonly fileStem: string;
  };
}

export const STATEMENT_TEXTS: Readonly<Record<DraftLanguage, StatementTexts>> = {
  en: {
    title: (client) => `Statement of account – ${client}`,
    heading: 'Statement of account',
    intro: (date) => `This statement lists every invoice and every payment on your account as of ${date}.`,
    invoices: 'Invoices',
    invoiceColumns: ['Invoice', 'Issued', 'Due', 'Amount', 'Paid', 'Balance', 'Days late'],
    noInvoices: 'No invoices have been issued yet.',
    payments: 'Payments received',
    paymentColumns: ['Date', 'Invoice', 'Amount'],
    noPayments: 'No payments have been received yet.',
    summary: 'Summary',
    invoiced: 'Total invoiced',
    paid: 'Total paid',
    outstanding: 'Balance outstanding',
    overdue: 'of which overdue',
    credit: 'Overpaid (credit in your favour)',
    aging: 'Aging of the balance',
    agingIntro: 'The balance outstanding, by days past the due date:',
    agingColumns: ['Days past due', 'Amount'],
    buckets: {
      current: 'Not yet overdue',
      '1-30': '1–30 days',
      '31-60': '31–60 days',
      '61-90': '61–90 days',
      '91-120': '91–120 days',
      '120+': 'More than 120 days',
    },
    nothingOutstanding: 'Every invoice is paid in full: nothing is outstanding. Thank you.',
    lateFee: 'Late fee',
    noLateFeeInContract: 'The contract sets no late fee, so none is charged.',
    noLateFeeAccrued: (percent) => `The contract provides for a late fee of ${percent} a month on overdue balances. As nothing is overdue, no fee has accrued.`,
    lateFeeRule: (percent, _value, unit) =>
      `The contract provides for a late fee of ${percent} a month on overdue balances. It accrues day by day, counting a month as 30 days, and each invoice's fee is rounded to the nearest ${unit} (halves round up):`,
    formula: (percent) => `late fee = balance × ${percent} × days late ÷ 30`,
    lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice}: ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
    lateFeeTotal: (date, total) => `Late fee accrued as of ${date}: ${total}. It is not included in the balance outstanding above.`,
    totalWithFee: (total) => `Balance outstanding including the late fee: ${total}.`,
    closing: 'If any of these figures differ from your records, please let me know and we will reconcile them together.',
    csv: {
      header: ['Type', 'Date', 'Invoice', 'Due', 'Amount', 'Paid', 'Balance', 'Days late', 'Currency', 'Note'],
      invoice: 'Invoice',
      payment: 'Payment',
      fileStem: 'statement',
    },
  },
  fr: {
    title: (client) => `Relevé de compte – ${client}`,
    heading: 'Relevé de compte',
    intro: (date) => `Ce relevé reprend l’ensemble des factures émises et des règlements reçus sur votre compte au ${date}.`,
    invoices: 'Factures',
    invoiceColumns: ['Facture', 'Émise le', 'Échéance', 'Montant', 'Réglé', 'Solde', 'Jours de retard'],
    noInvoices: 'Aucune facture n’a encore été émise.',
    payments: 'Règlements reçus',
    paymentColumns: ['Date', 'Facture', 'Montant'],
    noPayments: 'Aucun règlement n’a encore été reçu.',
    summary: 'Récapitulatif',
    invoiced: 'Total facturé',
    paid: 'Total réglé',
    outstanding: 'Solde restant dû',
    overdue: 'dont échu',
    credit: 'Trop-perçu (en votre faveur)',
    aging: 'Balance âgée',
    agingIntro: 'Le solde restant dû, réparti selon le retard par rapport à l’échéance :',
    agingColumns: ['Retard', 'Montant'],
    buckets: {
      current: 'Non échu',
      '1-30': '1 à 30 jours',
      '31-60': '31 à 60 jours',
      '61-90': '61 à 90 jours',
      '91-120': '91 à 120 jours',
      '120+': 'Plus de 120 jours',
    },
    nothingOutstanding: 'Toutes les factures sont intégralement réglées : aucun solde n’est dû. Merci.',
    lateFee: 'Pénalités de retard',
    noLateFeeInContract: 'Le contrat ne prévoit pas de pénalités de retard ; aucune n’est donc appliquée.',
    noLateFeeAccrued: (percent) =>
      `Le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues. Aucune somme n’étant échue, aucune pénalité n’a couru.`,
    lateFeeRule: (percent, _value, unit) =>
      `Le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues. Elles courent jour par jour, sur la base d’un mois de 30 jours, et sont arrondies pour chaque facture à ${unit} près (la demie au supérieur) :`,
    formula: (percent) => `pénalités = solde × ${percent} × jours de retard ÷ 30`,
    lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice} : ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
    lateFeeTotal: (date, total) => `Pénalités de retard courues au ${date} : ${total}. Elles ne sont pas comprises dans le solde restant dû indiqué plus haut.`,
    totalWithFee: (total) => `Solde restant dû, pénalités de retard comprises : ${total}.`,
    closing: 'Si l’un de ces montants ne correspond pas à vos écritures, n’hésitez pas à me le signaler : nous ferons le rapprochement ensemble.',
    csv: {
      header: ['Type', 'Date', 'Facture', 'Échéance', 'Montant', 'Réglé', 'Solde', 'Jours de retard', 'Devise', 'Note'],
      invoice: 'Facture',
      payment: 'Règlement',
      fileStem: 'releve-de-compte',
    },
  },
  it: {
    title: (client) => `Estratto conto – ${client}`,
    heading: 'Estratto conto',
    intro: (date) => `Questo estratto conto riporta tutte le fatture emesse e tutti i pagamenti ricevuti sul Suo conto ${italianDate('al', date)}.`,
    invoices: 'Fatture',
    invoiceColumns: ['Fattura', 'Emessa il', 'Scadenza', 'Importo', 'Pagato', 'Saldo', 'Giorni di ritardo'],
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
      `Il contratto prevede interessi di mora ${italianDelPercent(value)}${percent} al mese sugli importi scaduti. Maturano giorno per giorno, considerando il mese di 30 giorni, e per ogni fattura sono arrotondati al multiplo di ${unit} più vicino (la metà per eccesso):`,
    formula: (percent) => `interessi = saldo × ${percent} × giorni di ritardo ÷ 30`,
    lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice}: ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
    lateFeeTotal: (date, total) => `Interessi di mora maturati ${italianDate('al', date)}: ${total}. Non sono compresi nel saldo da pagare indicato sopra.`,
    totalWithFee: (total) => `Saldo da pagare, interessi di mora compresi: ${total}.`,
    closing: 'Se qualche importo non corrisponde alla Sua contabilità, me lo segnali pure: faremo insieme le opportune verifiche.',
    csv: {
      header: ['Tipo', 'Data', 'Fattura', 'Scadenza', 'Importo', 'Pagato', 'Saldo', 'Giorni di ritardo', 'Valuta', 'Nota'],
      invoice: 'Fattura',
      payment: 'Pagamento',
      fileStem: 'estratto-conto',
    },
  },
  tr: {
    title: (client) => `Cari hesap ekstresi – ${client}`,
    heading: 'Cari hesap ekstresi',
    intro: (date) => `Bu ekstre, ${date} itibarıyla hesabınıza ait tüm faturaları ve alınan tüm ödemeleri göstermektedir.`,
    invoices: 'Faturalar',
    invoiceColumns: ['Fatura no', 'Düzenleme tarihi', 'Vade tarihi', 'Tutar', 'Ödenen', 'Kalan', 'Gecikme (gün)'],
    noInvoices: 'Henüz düzenlenmiş bir fatura bulunmamaktadır.',
    payments: 'Alınan ödemeler',
    paymentColumns: ['Tarih', 'Fatura no', 'Tutar'],
    noPayments: 'Henüz alınmış bir ödeme bulunmamaktadır.',
    summary: 'Özet',
    invoiced: 'Toplam fatura tutarı',
    paid: 'Toplam ödenen',
    outstanding: 'Kalan bakiye',
    overdue: 'Vadesi geçmiş kısım',
    credit: 'Fazla ödeme (lehinize alacak)',
    aging: 'Bakiye yaşlandırması',
    agingIntro: 'Kalan bakiyenin, vade tarihinden bu yana geçen süreye göre dağılımı:',
    agingColumns: ['Vadeden bu yana', 'Tutar'],
    buckets: {
      current: 'Vadesi gelmemiş',
      '1-30': '1–30 gün',
      '31-60': '31–60 gün',
      '61-90': '61–90 gün',
      '91-120': '91–120 gün',
      '120+': '120 günden fazla',
    },
    nothingOutstanding: 'Tüm faturalar eksiksiz ödenmiştir; kalan bakiye bulunmamaktadır. Teşekkür ederim.',
    lateFee: 'Gecikme faizi',
    noLateFeeInContract: 'Sözleşmede gecikme faizi öngörülmediğinden herhangi bir gecikme faizi uygulanmamaktadır.',
    noLateFeeAccrued: (percent) =>
      `Sözleşme, vadesi geçen tutarlar için aylık ${percent} gecikme faizi öngörmektedir. Vadesi geçmiş tutar bulunmadığından faiz işlememiştir.`,
    lateFeeRule: (percent, _value, unit) =>
      `Sözleşme, vadesi geçen tutarlar için aylık ${percent} gecikme faizi öngörmektedir. Faiz, bir ay 30 gün sayılarak günlük olarak işler ve her fatura için ${unit} hassasiyetle yuvarlanır (yarım değerler yukarı yuvarlanır):`,
    formula: (percent) => `gecikme faizi = kalan × ${percent} × gecikme günü ÷ 30`,
    lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice}: ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
    lateFeeTotal: (date, total) => `${date} itibarıyla işlemiş gecikme faizi: ${total}. Bu tutar yukarıdaki kalan bakiyeye dahil değildir.`,
    totalWithFee: (total) => `Gecikme faizi dahil kalan bakiye: ${total}.`,
    closing: 'Bu tutarlardan herhangi biri kendi kayıtlarınızla örtüşmüyorsa lütfen bana bildirin; mutabakatı birlikte sağlayalım.',
    csv: {
      header: ['Tür', 'Tarih', 'Fatura no', 'Vade tarihi', 'Tutar', 'Ödenen', 'Kalan', 'Gecikme (gün)', 'Para birimi', 'Not'],
      invoice: 'Fatura',
      payment: 'Ödeme',
      fileStem: 'hesap-ekstresi',
    },
  },
};
