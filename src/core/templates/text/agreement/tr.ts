/** The termination agreement's words in Turkish (see ../agreement.ts). */
import type { AgreementTexts } from '../agreement';

export const tr: AgreementTexts = {
  title: (client) => `İş birliğinin sona erdirilmesine ilişkin mutabakat: ${client}`,
  heading: 'İş Birliğinin Sona Erdirilmesine İlişkin Mutabakat',
  parties: (provider, client, contact) =>
    `Bu mutabakat, ${provider ?? 'aşağıda imzası bulunan hizmet veren'} (“Hizmet Veren”) ile ${contact ? `${contact} tarafından temsil edilen ` : ''}${client} (“Müşteri”) arasında düzenlenmiştir.`,
  purpose: (today) => `Taraflar arasında yapılan görüşmenin ardından, iş birliğinin sona erdirilmesine ilişkin olarak ${today} tarihinde varılan mutabakat aşağıda yer almaktadır.`,
  endHeading: 'Sona erme tarihi',
  endOnDay: (lastDay) => `İş birliği, Hizmet Verenin son çalışma günü olan ${lastDay} tarihinde sona erer. Bu tarihe kadar sözleşme hükümleri geçerlidir.`,
  endImmediate: (lastDay) => `İş birliği ${lastDay} tarihinde derhâl sona erer.`,
  workHeading: 'Teslim edilecek işler',
  deliverableHeader: ['İş', 'Son teslim tarihi'],
  asIs: (by) => `Aşağıdaki işler tamamlanmayacak; en geç ${by} tarihine kadar mevcut hâliyle teslim edilir:`,
  allDelivered: 'Kararlaştırılan tüm işler teslim edilmiştir.',
  moneyHeading: 'Ödenmesi gereken tutarlar',
  invoiceHeader: ['Fatura', 'Düzenleme', 'Vade', 'Kalan tutar'],
  totalRow: 'Toplam',
  payTotal: (total, payBy) => `Müşteri, toplam ${total} tutarındaki bakiyeyi en geç ${payBy} tarihine kadar öder.`,
  nothingOwed: (today) => `${today} itibarıyla ödenmemiş fatura bulunmamaktadır.`,
  lateInterestWaiver: (payBy) =>
    `Müşterinin bu toplam tutarın tamamını ${payBy} tarihine kadar ödemesi koşuluyla Hizmet Veren, bu faturalar için işlemiş gecikme faizi (temerrüt faizi) ile tahsilat masraflarını talep etmekten vazgeçer; tutarın tamamı bu tarihe kadar ödenmezse Hizmet Verenin sözleşmeden ve kanundan doğan bu hakları saklı kalır.`,
  finalInvoice: (lastDay) => `${lastDay} tarihine kadar yapılan ve henüz faturalandırılmamış işler, olağan koşullarla ödenecek bir kapanış faturasıyla faturalandırılır.`,
  refund: (amount, by) =>
    amount
      ? `Hizmet Veren, Müşterinin yaptığı ödemelerden yapılmayacak işlere karşılık gelen ${amount} tutarını en geç ${by} tarihine kadar Müşteriye iade eder.`
      : `Hizmet Veren, Müşterinin yaptığı ödemelerden yapılmayacak işlere karşılık gelen kısmı, bu işlerle orantılı olarak en geç ${by} tarihine kadar Müşteriye iade eder.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Hizmet Veren, Müşterinin yaptığı ödemelerden yapılmayacak işlere karşılık gelen ${amount} tutarını en geç ${by} tarihine kadar Müşteriye iade eder veya Müşteri tercih ederse açık faturalardan mahsup eder.`
      : `Hizmet Veren, Müşterinin yaptığı ödemelerden yapılmayacak işlere karşılık gelen kısmı, bu işlerle orantılı olarak en geç ${by} tarihine kadar Müşteriye iade eder veya Müşteri tercih ederse açık faturalardan mahsup eder.`,
  handoverHeading: 'Devir teslim',
  handoverIntro: (by) => `Hizmet Veren, Müşteriye ait olan her şeyi en geç ${by} tarihine kadar Müşteriye teslim eder; özellikle:`,
  handoverItems: [
    'kaynak kodu ve depolar (sahiplik veya yönetici yetkisi devredilerek);',
    'tasarım dosyaları, belgeler ve görsel materyaller;',
    'Müşteri adına tutulan alan adları, barındırma hizmetleri ve üçüncü taraf hesapları;',
    'işin kullanımı ve bakımı için gerekli dokümantasyon.',
  ],
  rightsOnPayment:
    'Teslim edilen işler üzerindeki mali haklar, bu mutabakat kapsamında ödenmesi gereken tutarların tamamı ödendiğinde sözleşmede öngörüldüğü şekilde Müşteriye geçer.',
  credentials:
    'Bu belgede hiçbir şifre, anahtar veya erişim bilgisi yer almaz ve bunlar e-postayla gönderilmez: erişim bilgileri güvenli bir kanal üzerinden (örneğin bir şifre yöneticisinin paylaşım özelliğiyle ya da yüz yüze) teslim edilir veya Müşteri tarafından değiştirilir; ardından Hizmet Verenin erişimleri kaldırılır.',
  referralsHeading: 'Önerilen meslektaşlar',
  referralsIntro: 'İşin sürekliliği için Hizmet Veren şu kişileri önerir:',
  closingHeading: 'Son hükümler',
  release:
    'Bu yükümlülükler yerine getirildiğinde taraflar, bu iş birliği nedeniyle birbirlerinden başka bir talepte bulunmayacaktır; gizlilik yükümlülükleri yürürlükte kalır.',
  thanks: 'Hizmet Veren, iş birliği boyunca gösterdiği güven için Müşteriye teşekkür eder.',
  signaturesHeading: 'İmzalar',
  provider: 'Hizmet Veren',
  client: 'Müşteri',
  nameLine: (name) => `Ad soyad: ${name}`,
  dateLine: 'Tarih:',
  signatureLine: 'İmza:',
};
