/** The change order in Turkish, formal siz (see ../changeOrder.ts). */
import type { ChangeOrderTexts } from '../changeOrder';

export const tr: ChangeOrderTexts = {
  heading: 'Ek iş teklifi',
  title: (client) => `Ek iş teklifi – ${client}`,
  subject: (sections) =>
    sections === 'done'
      ? 'Ek iş teklifi: tamamlanan ek çalışmalar'
      : sections === 'both'
        ? 'Ek iş teklifi: tamamlanan ve onayınızı bekleyen ek çalışmalar'
        : 'Ek iş teklifi: onayınızı bekleyen ek çalışmalar',
  scopeIntro: 'Sözleşmemiz şunları kapsamaktadır:',
  revisionsIncluded: (n, text) =>
    n === 0 ? 'Sözleşmeye göre ücrete dâhil revizyon turu bulunmamaktadır.' : `Sözleşmeye göre ücrete ${text} revizyon turu dâhildir.`,
  rateExtra: (rate) => `Sözleşme kapsamı dışındaki işler, sözleşmede ek işler için belirlenen saatlik ${rate} ücret üzerinden faturalandırılır.`,
  rateHourly: (rate) =>
    `Sözleşmede ek işler için ayrı bir ücret belirlenmediğinden, sözleşme kapsamı dışındaki işler sözleşmedeki saatlik ${rate} ücret üzerinden faturalandırılır.`,
  rateNone: 'Sözleşmede ek işler için bir ücret belirlenmemiştir.',

  doneHeading: 'Tamamlanan çalışmalar',
  doneIntro: (first, last) => `Talebiniz üzerine sözleşme kapsamı dışında yapılan aşağıdaki çalışmalar ${first} ile ${last} tarihleri arasında tamamlanmıştır:`,
  doneIntroOneDay: (day) => `Talebiniz üzerine sözleşme kapsamı dışında yapılan aşağıdaki çalışmalar ${day} tarihinde tamamlanmıştır:`,
  doneTotal: (total, hours) => `Tamamlanan çalışmaların toplamı: ${hours} için ${total}. Bu tutarı bir sonraki faturama ekleyeceğim.`,
  donePartial: (total, hours, missing, text) =>
    `Tamamlanan çalışmaların toplamı: ${hours} için ${total}; bu tutarı bir sonraki faturama ekleyeceğim. Saatleri henüz kesinleşmemiş ${
      missing === 1 ? 'kalem' : `${text} kalem`
    } bu toplama dâhil değildir; saatler kesinleştiğinde faturaya ekleyeceğim.`,
  doneNoHours: 'Bu çalışmaların saatleri henüz kesinleşmemiştir; faturalandırmadan önce tutarı size ileteceğim.',
  doneNoRate: 'Bu çalışmaların ücretini faturalandırmadan önce size ileteceğim.',

  futureHeading: 'Onayınızı bekleyen çalışmalar',
  futureIntro: (afterDone) =>
    `Aşağıdaki talepler ${afterDone ? 'de ' : ''}sözleşme kapsamı dışında kalmaktadır. Yazılı onayınız olmadan bu çalışmalara başlanmayacaktır:`,
  futureTotal: (total, hours) => `Bu çalışmaların toplamı: ${hours} için ${total}.`,
  futurePartial: (total, hours, pending, text) =>
    `Fiyatlandırılan kalemlerin toplamı: ${hours} için ${total}. “Ücreti belirlenecek” olarak işaretlenen ${pending === 1 ? 'kalem bu toplama dâhil değildir; ücretini' : `${text} kalem bu toplama dâhil değildir; ücretlerini`} çalışmaya başlamadan önce size ileteceğim.`,
  allToBeEstimated: (n) =>
    n === 1
      ? 'Bu kalem henüz fiyatlandırılamamaktadır; tahmini ücretini çalışmaya başlamadan önce size ileteceğim.'
      : 'Bu kalemlerin hiçbiri henüz fiyatlandırılamamaktadır; her birinin tahmini ücretini çalışmaya başlamadan önce size ileteceğim.',
  noRate: (n) =>
    n === 1
      ? 'Bu kalem henüz fiyatlandırılmamıştır; ücretini çalışmaya başlamadan önce size ileteceğim.'
      : 'Bu kalemler henüz fiyatlandırılmamıştır; her birinin ücretini çalışmaya başlamadan önce size ileteceğim.',
  approval:
    'Lütfen bu çalışmalara başlanmadan önce onayınızı yazılı olarak bildiriniz; bu e-postaya onayınızı belirten bir yanıt yeterlidir. Onayınızı aldıktan sonra çalışmaya başlayacak ve bu kalemleri kararlaştırılan ücretler üzerinden faturalandıracağım.',

  item: (summary, requested, delivered, why, amount) =>
    `${summary} (${requested} tarihli talep${delivered ? `, ${delivered} tarihinde teslim edildi` : ''}; ${why}): ${amount}`,
  revisionBeyond: (round, included, text) =>
    included === 0
      ? `${round}. revizyon turu, sözleşmeye göre ücrete dâhil revizyon turu bulunmuyor`
      : `${round}. revizyon turu, ücrete dâhil ${text} revizyon turunun dışında`,
  outOfScope: {
    revision: 'kapsam dışı revizyon',
    change: 'kararlaştırılan işte değişiklik',
    feature: 'kapsam dışı yeni özellik',
  },
  toBeEstimated: 'ücreti belirlenecek',
  toBePriced: 'ücreti kararlaştırılacak',
  hoursToConfirm: 'saatleri kesinleşecek',

  nothingExtra: 'Sözleşme dışında faturalandırılmayı bekleyen ek iş bulunmamaktadır; şu an onaylanacak bir şey yoktur.',
  closing: 'Herhangi bir kalemi görüşmek isterseniz memnuniyetle yardımcı olurum.',
};
