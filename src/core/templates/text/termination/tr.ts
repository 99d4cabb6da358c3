/** The termination email's words in Turkish (see ../termination.ts). */
import type { TerminationTexts } from '../termination';

export const tr: TerminationTexts = {
  reasonLabels: {
    payment: 'Ödeme sorunları',
    scopeCreep: 'Kapsamın sürekli genişlemesi',
    styleMismatch: 'Tarz veya yaklaşım uyuşmazlığı',
    abuse: 'Etik dışı talepler veya kötü muamele',
    noLongerFit: 'İş artık bana uygun değil (iş ya da işletmem değişti)',
    noContract: 'Sözleşme yok',
    rateTooLow: 'Ücret çok düşük veya sürekli pazarlık',
    notEnoughWork: 'Yeterli iş yok',
    disrespectOfTime: 'Zamanıma saygı gösterilmemesi',
  },
  title: (client) => `İş birliğini sonlandırma e-postası: ${client}`,
  subject: (client) => `İş birliğimizin sona ermesi – ${client}`,
  subjectImmediate: (client) => `İş birliğimizin derhâl sona ermesi – ${client}`,
  opening: 'Aramızdaki iş birliğini sona erdirme kararımı yazılı olarak teyit etmek isterim.',
  reasons: {
    payment:
      'Son aylarda ödemeler birçok kez kararlaştırdığımız vadelerden sonra yapıldı. İşimi planlayabilmem ödemelerin zamanında yapılmasına bağlı; bu koşullarda çalışmaya devam etmem artık mümkün değil.',
    scopeCreep:
      'Projenin ihtiyaçları başlangıçta kararlaştırdığımız kapsamın çok ötesine geçti ve ek talepleri mevcut bütçe içinde karşılamam artık mümkün değil. Her eklemeyi yeniden pazarlık konusu yapmak yerine, iş birliğimizi burada tamamlamanın ikimiz için de daha doğru olacağını düşünüyorum.',
    styleMismatch:
      'Çalışma yaklaşımımın projeniz için hedeflediğiniz yönle örtüşmediğini gördüm. Tarzı vizyonunuza daha yakın bir profesyonelin size daha iyi hizmet vereceğine inanıyorum.',
    noLongerFit:
      'Son aylarda işim farklı bir yöne doğru gelişti ve bu tür çalışmalar artık en iyi yaptığım işle örtüşmüyor. Projeniz, kendisine tüm dikkatini verebilecek birini hak ediyor.',
    noContract:
      'Her iki tarafı da koruduğu için yalnızca imzalı bir sözleşmeyle çalışmayı ilke edindim. Bir sözleşme üzerinde uzlaşamadığımız için çalışmaya devam edemiyorum.',
    rateTooLow:
      'Ücretlerimi yeniden gözden geçirdim ve iş birliğimizin koşulları güncel fiyatlandırmamla artık uyuşmuyor. Her işin fiyatını ayrı ayrı pazarlık etmek yerine, yollarımızı iyi ilişkiler içinde ayırmayı tercih ediyorum.',
    notEnoughWork:
      'İş hacmi, diğer taahhütlerimin yanında hak ettiği ilgiyi ve zamanı ayırabileceğim düzeyin altına düştü.',
    disrespectOfTime:
      'Tüm müşterilerime iyi iş çıkarabilmek için çalışma saatlerime bağlı kalmam gerekiyor; bu projedeki acil ve mesai dışı taleplerin yoğunluğu buna artık izin vermiyor.',
  },
  openingImmediate: (today) => `İş birliğimizi bugün, ${today} itibarıyla derhâl sona erdiriyorum.`,
  immediateStop: 'Devam eden çalışmalar bugün itibarıyla durdurulmuştur ve mevcut hâliyle size teslim edilecektir.',
  lastDayContract: (client, lastDay, notice) =>
    `${client} için son çalışma günüm, sözleşmemizdeki ${notice.text} günlük bildirim süresine uygun olarak ${lastDay} olacaktır.`,
  lastDayDefault: (client, lastDay, notice) =>
    `${client} için son çalışma günüm ${lastDay} olacaktır; böylece devir teslim için ${notice.text} günümüz olacak.`,
  lastDayChosen: (client, lastDay) => `${client} için son çalışma günüm ${lastDay} olacaktır.`,
  deliverIntro: 'O tarihe kadar şu işleri tamamlayacağım:',
  deliverable: (name, due) => (due ? `${name} (teslim tarihi: ${due})` : name),
  notFinishedIntro: 'Aşağıdaki işler bu tarihe kadar tamamlanamayacak; bunları mevcut hâliyle size teslim edeceğim:',
  refund: (amount, by) =>
    amount
      ? `Yaptığınız ödemelerin bir kısmı tamamlanmayacak işlere karşılık geliyor; bu nedenle ${amount} tutarını ${by} tarihine kadar size iade edeceğim.`
      : `Yaptığınız ödemelerin bir kısmı tamamlanmayacak işlere karşılık geliyor; bu nedenle bu kısmı, yapılmayan işle orantılı olarak ${by} tarihine kadar size iade edeceğim.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Yaptığınız ödemelerin ${amount} tutarındaki kısmı tamamlanmayacak işlere karşılık geliyor. Bu tutarı yukarıdaki toplam borca mahsup edebilir ya da tercih ederseniz ${by} tarihine kadar size iade edebilirim; hangisini istediğinizi bana bildirmenizi rica ederim.`
      : `Yaptığınız ödemelerin bir kısmı tamamlanmayacak işlere karşılık geliyor. Bu kısmı, yapılmayan işle orantılı olarak yukarıdaki toplam borca mahsup edebilir ya da tercih ederseniz ${by} tarihine kadar size iade edebilirim; hangisini istediğinizi bana bildirmenizi rica ederim.`,
  owedIntro: 'Aşağıdaki faturalar henüz ödenmemiştir:',
  invoice: (number, issued, due, outstanding) => `${number} numaralı fatura (düzenleme: ${issued}, vade: ${due}): ${outstanding}`,
  total: (total, payBy) => `Ödenmesi gereken toplam tutar: ${total}. Ödemeyi ${payBy} tarihine kadar yapmanızı rica ederim.`,
  handover: (by) =>
    `Size ait tüm dosyaları, hesapları ve erişimleri ${by} tarihine kadar teslim edeceğim; şifreler size e-postayla değil, güvenli bir kanal üzerinden iletilecektir.`,
  referralsIntro: 'Faydalı olacaksa, gönül rahatlığıyla önerebileceğim meslektaşlarım şunlar:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'Dilerseniz, işi devralabilecek başka serbest çalışanları memnuniyetle önerebilirim.',
  thanks: (client) => `Bana duyduğunuz güven ve birlikte yürüttüğümüz çalışmalar için içtenlikle teşekkür eder, ${client} için başarılar dilerim.`,
  closing: 'Saygılarımla,',
  closingImmediate: 'Saygılarımla,',
  slots: {
    client: 'Müşteri adı',
    contact: 'Ad Bey veya Hanım',
    date: 'tarih',
    amount: 'tutar',
    deliverable: 'Teslim edilecek iş',
    invoice: 'fatura numarası',
    colleague: 'Meslektaş adı',
    colleagueContact: 'meslektas@ornek.com',
    yourName: 'Adınız',
    yourEmail: 'siz@ornek.com',
  },
  subjectLabel: 'Konu:',
};
