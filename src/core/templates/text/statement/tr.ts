/** The statement of account's words in Turkish (see ../statement.ts). */
import type { StatementTexts } from '../statement';

export const tr: StatementTexts = {
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
  lateFeeTotal: (date, total) => `${date} itibarıyla işlemiş gecikme faizi: ${total}. Bu tutar yukarıdaki kalan bakiyeye dâhil değildir.`,
  totalWithFee: (total) => `Gecikme faizi dâhil kalan bakiye: ${total}.`,
  closing: 'Bu tutarlardan herhangi biri kendi kayıtlarınızla örtüşmüyorsa lütfen bana bildirin; mutabakatı birlikte sağlayalım.',
  csv: {
    header: ['Tür', 'Tarih', 'Fatura no', 'Vade tarihi', 'Tutar', 'Ödenen', 'Kalan', 'Gecikme (gün)', 'Para birimi', 'Not'],
    invoice: 'Fatura',
    payment: 'Ödeme',
    fileStem: 'hesap-ekstresi',
  },
};
