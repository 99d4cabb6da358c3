/** The payment reminder's words in Turkish (see ../reminder.ts). */
import type { ReminderTexts } from '../reminder';

export const tr: ReminderTexts = {
  title: (step, client) =>
    ({ friendly: `Ödeme hatırlatması – ${client}`, firm: `Gecikmiş ödeme hatırlatması – ${client}`, final: `Son ödeme hatırlatması – ${client}` })[step],
  subject: (step, count, n) =>
    count === 1
      ? { friendly: `Hatırlatma: ${n} numaralı fatura`, firm: `Vadesi geçmiş ödeme: ${n} numaralı fatura`, final: `Son hatırlatma: ${n} numaralı fatura` }[step]
      : {
          friendly: `Hatırlatma: ödemesi beklenen ${count} fatura`,
          firm: `Vadesi geçmiş ödemeler: ${count} fatura`,
          final: `Son hatırlatma: vadesi geçmiş ${count} fatura`,
        }[step],
  nothingOpenSubject: 'Hesabınızda açık bakiye bulunmamaktadır',
  nothingOpen: 'Şu anda hesabınızda ödenmemiş fatura bulunmamaktadır; tüm ödemeler tamamlanmıştır. Teşekkür ederim.',
  invoiceLine: (invoice, due, balance, daysLate) => `${invoice} numaralı fatura (vade tarihi: ${due}): kalan ${balance}${daysLate ? `, ${daysLate} gecikmeli` : ''}`,
  total: (total) => `Toplam kalan bakiye: ${total}.`,
  totalWithOverdue: (total, overdue) => `Toplam kalan bakiye: ${total}; bunun ${overdue} tutarındaki kısmının vadesi geçmiştir.`,
  friendlyIntro: (count) => `Umarım her şey yolundadır. Ödemesi beklenen aşağıdaki ${count === 1 ? 'faturayı' : 'faturaları'} nazikçe hatırlatmak isterim:`,
  friendlyClose:
    'Ödemeyi zaten gerçekleştirdiyseniz teşekkür ederim; bu mesajı dikkate almayabilirsiniz. Fatura kopyasına veya başka bir bilgiye ihtiyacınız olursa lütfen bana bildirin.',
  firmIntro: (count, n) => `Kayıtlarıma göre hesabınızda vadesi geçmiş ${count === 1 ? 'bir fatura' : `${n} fatura`} bulunmaktadır. Ayrıntılar aşağıdadır:`,
  firmAsk:
    'Ödemeyi en kısa sürede gerçekleştirmenizi ya da ne zaman yapabileceğinizi bana bildirmenizi rica ederim. Faturalarla ilgili bir sorunuz varsa lütfen iletin; birlikte çözüm bulalım.',
  firmFee: (percent) => `Hatırlatmak isterim ki sözleşmemiz, vadesi geçen tutarlar için aylık ${percent} gecikme faizi öngörmektedir.`,
  alreadyPaid: 'Ödemeyi zaten yaptıysanız teşekkür ederim; bu mesajı dikkate almayabilirsiniz.',
  finalIntro: 'Hesabınızdaki vadesi geçmiş ve hâlâ ödenmemiş bakiyeyle ilgili olarak tekrar yazıyorum. Ayrıntılar aşağıdadır:',
  finalFee: (percent, _value, date, accrued) =>
    `Sözleşmemiz uyarınca vadesi geçen tutarlara aylık ${percent} gecikme faizi uygulanmaktadır. ${date} itibarıyla işlemiş gecikme faizi, bir ay 30 gün sayılarak ${accrued} olup yukarıdaki toplama dâhil değildir.`,
  finalDeadline: (overdue, date) =>
    `Vadesi geçmiş ${overdue} tutarındaki bakiyenin en geç ${date} tarihine kadar ödenmesini rica ederim. Bu tarihe kadar ödeme ulaşmazsa, o tarihten itibaren ödeme yapılana kadar çalışmalara ara vermek durumunda kalacağım.`,
  finalOpenDoor: 'Bu noktaya gelmemeyi gerçekten tercih ederim; ödemeyi geciktiren bir durum varsa lütfen bana bildirin, birlikte bir çözüm bulalım.',
};
