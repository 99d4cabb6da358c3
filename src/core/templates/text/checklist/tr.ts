/** The offboarding checklist's words in Turkish (see ../checklist.ts). */
import type { ChecklistTexts } from '../checklist';

export const tr: ChecklistTexts = {
  title: (client) => `Sonlandırma kontrol listesi: ${client}`,
  heading: (client) => `İş birliğinin sonlandırılması: ${client}`,
  intro: (lastDay) => `Son çalışma günü: ${lastDay}.`,
  talkHeading: 'Kararı bildirin',
  call: (contact) =>
    `Kararınızı ${contact} ile telefonda konuşarak bildirin, mesajla değil: sakin kalın, teşekkür edin ve ısrar edilse de kararınızdan dönmeyin`,
  someone: 'yetkili kişi',
  email: 'Görüşmeyi yazılı olarak teyit eden sonlandırma e-postasını gönderin',
  agreement: 'Yazılı mutabakatı (teslim edilecekler, ödenecekler, son gün) gönderin ve imzalatın',
  moneyHeading: 'Ödemeler',
  finalInvoice: (lastDay) => `${lastDay} tarihine kadar yapılan işler için kapanış faturasını kesin`,
  statement: 'Hesap ekstresi gönderin: her fatura, her ödeme, kalan bakiye',
  collect: (total, invoices) => `Son ödemeyi tahsil edin: ödenmesi gereken ${total} (${invoices})`,
  nothingOwed: 'Son ödeme tahsil edildi: ödenmemiş tutar yok',
  refund: (by) => `Ödenmiş ama tamamlanmayacak işlerin payını ${by} tarihine kadar iade edin veya açık faturalardan mahsup edin`,
  workHeading: 'Teslim edilecek işler',
  deliver: (name, due) => (due ? `Teslim edin: ${name} (son tarih: ${due})` : `Teslim edin: ${name}`),
  handAsIs: (name) => `Mevcut hâliyle teslim edin: ${name}`,
  handoverHeading: 'Devir teslim',
  repositories: 'Kod depoları: sahipliği veya yönetici yetkisini devredin, müşterinin siz olmadan da depoya kod gönderip projeyi yayına alabildiğini kontrol edin',
  credentials: 'Erişim bilgileri: şifre yöneticisiyle ya da yüz yüze teslim edin veya müşteriye değiştirtin; asla e-postayla göndermeyin',
  domains: 'Alan adları ve DNS: kayıt firması hesabı, yenileme tarihleri, DNS kayıtları',
  hosting: 'Barındırma ve dağıtım: sunucular, CI süreçleri, yedekler, faturaların müşteriye devri',
  designFiles: 'Tasarım dosyaları, belgeler ve materyaller, müşterinin açabileceği biçimlerde',
  accounts: 'Üçüncü taraf hesapları (analitik, e-posta, ödeme, uygulama mağazaları): sahipliği müşteriye geçirin',
  closeHeading: 'Kapanış',
  recommend: (names) => `Önerilerinizi iletin: ${names}`,
  findReferrals: 'Önerebileceğiniz bir iki meslektaşınızı düşünün',
  removeAccess: 'Müşterinin sistemlerindeki erişiminizi ve sizin sistemlerinizdeki müşteri erişimlerini kaldırın (ortak klasörler, sohbet alanları, takvimler)',
  archive: 'Müşteriyi arşivleyin: müşteri dosyasında `"status": "ended"` yazın',
  quiet: 'Son günden sonra müşterinin kanallarındaki bildirimleri kapatın',
  selfCare: 'Kendinize iyi bakın: zorlu bir dönemi kapatmak için kendinize bir öğleden sonra izin verin',
  shortNotice: (notice, suggested, since) =>
    `Bitiş tarihini bildirmeden önce bildirim süresini kontrol edin: ${since} tarihinde başlayan bir iş birliği için ${notice.text} gün. Fransız hukukunda, yerleşik bir ticari ilişkiyi süresine göre fazla kısa bir bildirim süresiyle sona erdirmek ilişkinin ani olarak kesilmesi sayılır ve tazminat doğurabilir (Fransız Ticaret Kanunu m. L442-1 II); bunun yerine ${suggested.text} gün öngörün veya bitiş tarihini müşteriyle yazılı olarak kararlaştırın`,
};
