/** The contract clauses in Turkish (see ../clauses.ts). */
import { clauseLaw, type ClausesTexts, type ClauseValues } from '../clauses';
import { hm, range, joinAnd } from './format';

/** The recovery-cost paragraph of the payment clause under the law of the freelancer's country, in Turkish; none for another. */
function recoveryCosts(v: ClauseValues): string[] {
  switch (clauseLaw(v, 'TR')) {
    case 'TR':
      // TTK 1530 sets no fixed sum: the Central Bank announces the minimum each year, so the clause names the rule, not an amount.
      return ['Taraflar arasındaki iş, Türk Ticaret Kanunu m. 1530 kapsamında bir ticari iş olduğu ölçüde Hizmet Veren, gecikme faizine ek olarak, alacağın tahsili masrafları için Türkiye Cumhuriyet Merkez Bankasınca her yıl ilan edilen asgari giderim tutarını da talep edebilir.'];
    case 'FR':
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için Fransız Ticaret Kanunu (Code de commerce) m. L441-10 ve D441-5 uyarınca kendiliğinden 40 euro tutarında götürü tahsil masrafı tazminatı da öder; yapılan tahsil masrafları bu tutarı aşarsa belgelenmesi hâlinde ek tazminat talep hakkı saklıdır.'];
    case 'IT':
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için İtalya’nın 231/2002 sayılı Kanun Hükmünde Kararnamesi m. 6 uyarınca tahsil masraflarına karşılık 40 euro tutarında götürü bir bedel de öder; daha fazla zararın ispatı hakkı saklıdır.'];
    case 'BE':
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için Belçika’nın ticari işlemlerde geç ödemeyle mücadeleye ilişkin 2 Ağustos 2002 tarihli Kanunu m. 6 uyarınca kendiliğinden ve ihtara gerek olmaksızın 40 euro tutarında götürü tahsil masrafı tazminatı da öder; diğer tahsil masrafları için makul bir tazminat talep hakkı saklıdır.'];
    case 'NL':
      // BW 6:96(4) sets a floor, not a fixed sum: the compensation is the reasonable costs (6:96(2)(c)), never less than 40 euros.
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için Hollanda Medeni Kanunu (Burgerlijk Wetboek) m. 6:96 f. 4 ve m. 6:119a uyarınca, ihtara gerek olmaksızın vade tarihini izleyen günden itibaren, makul tahsil masraflarına eşit ve 40 eurodan az olmamak üzere bir tahsil masrafı tazminatı da öder.'];
    case 'DE':
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için Alman Medeni Kanunu (BGB) § 288 f. 5 uyarınca 40 euro tutarında götürü tahsil masrafı tazminatı da öder; bu tutar, hukuki takip masraflarından doğan tazminattan mahsup edilir.'];
    case 'ES':
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için İspanya’nın 3/2004 sayılı Kanunu m. 8 uyarınca, ayrıca talebe gerek olmaksızın, kendiliğinden 40 euro tutarında sabit tahsil masrafı tazminatı da öder; bu tutarı aşan ve usulüne uygun olarak belgelenen tahsil masraflarının talep hakkı saklıdır.'];
    case 'GB':
      // The bands of s. 5A(2), as in rules.ts.
      return ['Müşteri ticari veya mesleki faaliyeti kapsamında hareket ettiği ölçüde, geç ödenen her fatura için Birleşik Krallık’ın 1998 tarihli Ticari Borçlarda Geç Ödeme (Faiz) Kanunu (Late Payment of Commercial Debts (Interest) Act 1998) m. 5A uyarınca, borcun tutarına göre belirlenen sabit bir tahsil masrafı tazminatı da öder: 1.000 sterlinin altındaki borçlar için 40 sterlin, 1.000 sterlin ve üzerindeki ancak 10.000 sterlinin altındaki borçlar için 70 sterlin, 10.000 sterlin ve üzerindeki borçlar için 100 sterlin; bu tutarı aşan makul tahsil masraflarının talep hakkı saklıdır.'];
    default:
      return [];
  }
}

const TR_DAYS = ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'];
const TR_FROM = ['pazartesiden', 'salıdan', 'çarşambadan', 'perşembeden', 'cumadan', 'cumartesiden', 'pazardan'];
const TR_TO = ['pazartesiye', 'salıya', 'çarşambaya', 'perşembeye', 'cumaya', 'cumartesiye', 'pazara'];
export const tr: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `${TR_FROM[r[0]]} ${TR_TO[r[1]]} kadar` : `${joinAnd([...days].sort().map((d) => TR_DAYS[d]), 've')} günleri`;
  },
  time: (m) => hm(m, '.'),
  slots: { rate: 'ücret', workingDays: 'pazartesiden cumaya kadar' },
  clauses: {
    revisions: {
      name: 'Revizyonlar',
      body: (v) => [
        `Ücrete her teslimat için ${v.revisions.text} revizyon turu dâhildir. Bir revizyon turu, Müşterinin tek seferde ilettiği toplu değişiklik listesidir. Ek revizyon turları, Müşterinin önceden yazılı olarak onayladığı bir ek iş teklifiyle ${v.extraRate ? `saatlik ${v.extraRate} ücret üzerinden` : 'Hizmet Verenin güncel saatlik ücreti üzerinden'} faturalandırılır.`,
      ],
    },
    paymentTerms: {
      // "Gecikme faizi (temerrüt faizi)": interest for late payment, never "gecikme bedeli", which reads as a penalty clause (TBK 179).
      name: 'Ödeme koşulları ve gecikme faizi',
      body: (v) => [
        `Faturalar, düzenlenme tarihinden itibaren ${v.paymentDays.text} gün içinde ödenir. Müşteri, vadenin dolmasıyla ayrıca ihtara gerek olmaksızın temerrüde düşer. Vadesinde ödenmeyen tutarlara, vade tarihini izleyen günden ödemenin tamamının yapıldığı güne kadar aylık ${v.lateFee} oranında gecikme faizi (temerrüt faizi) işler.`,
        ...recoveryCosts(v),
      ],
    },
    signatureDeposit: {
      name: 'İmza ve avans',
      body: (v) => [
        `Çalışmalara, işbu sözleşmenin her iki tarafça imzalanmasının ve kararlaştırılan ücret üzerinden ${v.deposit} oranında hesaplanan avansın tahsil edilmesinin ardından başlanır. Teslim süreleri, bu ikisinden sonuncusunun gerçekleştiği tarihten itibaren işlemeye başlar. Avans, son faturadan düşülür.`,
      ],
    },
    workingHours: {
      name: 'Çalışma saatleri ve acil talepler',
      body: (v) => [
        `Hizmet Veren ${v.workingDays}, saat ${v.start} ile ${v.end} arasında çalışır. Bu saatler dışında gelen mesajlar bir sonraki iş günü yanıtlanır.`,
        `Müşterinin bu saatler dışında ya da ${v.urgentHours.text} saat içinde teslim edilmek üzere istediği işler acil sayılır: yalnızca Hizmet Verenin onayıyla yapılır ve ${v.hourlyRate ? `saatlik ${v.hourlyRate} ücrete` : 'saatlik ücrete'} ${v.urgentSurcharge} zam uygulanarak faturalandırılır.`,
      ],
    },
    changeOrders: {
      // One name for the change order in every Turkish text: the draft's title, this clause and the command.
      name: 'Ek iş teklifleri',
      body: (v) => [
        `İşbu sözleşmede tanımlanan kapsamın dışında kalan her talep için Hizmet Veren, yapılacak işi, ücretini (${v.extraRate ? `saatlik ${v.extraRate} ücret üzerinden` : 'Hizmet Verenin güncel saatlik ücreti üzerinden'} veya götürü bedelle) ve takvime etkisini belirten yazılı bir ek iş teklifi sunar. Bu işlere ancak Müşteri ek iş teklifini yazılı olarak onayladıktan sonra başlanır. Onaylanmış bir ek iş teklifi yoksa başlangıçta kararlaştırılan kapsam ve takvim geçerlidir.`,
      ],
    },
    notice: {
      name: 'Fesih ve bildirim süresi',
      body: (v) => [
        `Taraflardan her biri, ${v.noticeDays.text} gün önceden yazılı bildirimde bulunarak işbu sözleşmeyi feshedebilir. Bildirim süresi boyunca çalışmalar kararlaştırılan koşullarla sürer ve yapılan işler faturalandırılır. Haklı bir sebep bulunduğunda, özellikle ağır bir sözleşme ihlali, kötü muamele veya etik dışı bir talep hâlinde, sözleşme yazılı bildirimle derhâl feshedilebilir.`,
      ],
    },
    withdrawal: {
      name: 'Hizmet Verenin işten çekilmesi',
      body: (v) => [
        `Hizmet Veren işi yürütemeyecek duruma gelir veya yürütmek istemezse, bunu Müşteriye gecikmeksizin yazılı olarak bildirir. ${v.withdrawalDays.text} gün içinde ya yerine geçebilecek nitelikli bir kişiyi Müşterinin onayına sunar ya da alınan ödemelerin, yapılmayan işle orantılı ve hakkaniyete uygun bir kısmını iade eder veya açık faturalardan mahsup eder. Bunun ardından Müşteri, Hizmet Vereni işbu sözleşmeden doğan diğer tüm yükümlülüklerinden ibra eder.`,
      ],
    },
    suspension: {
      name: 'Gecikmeli ödemede işin durdurulması',
      body: (v) => [
        `Bir fatura, vade tarihinden itibaren ${v.suspendAfterDays.text} gün içinde ödenmezse Hizmet Veren, Müşteriye yazılı bildirimde bulunarak çalışmaları ödeme yapılana kadar durdurabilir. Teslim süreleri, durdurma süresi kadar uzar.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Tekrarlanan gecikmeli ödemeler',
      body: (v) => [
        `Ödemeler ${v.latePayments.text} kez geciktikten sonra Hizmet Veren, sonraki tüm işler için peşin ödeme isteyebilir veya sözleşmeyi bildirim süresine ilişkin madde uyarınca feshedebilir.`,
      ],
    },
    ownership: {
      // FSEK 52: a transfer of economic rights is void unless written and each right transferred is named; FSEK 48 lets it be limited in time, place and content, so the clause says all three.
      name: 'Fikrî haklar ve mülkiyet',
      body: () => [
        'Teslim edilen işler (kaynak kodu, tasarımlar ve belgeler dâhil) üzerindeki mali haklar, Müşterinin bu işlere ilişkin tüm borçlarını eksiksiz ödemesiyle Müşteriye devredilir. Devredilen haklar, 5846 sayılı Fikir ve Sanat Eserleri Kanunu (FSEK) m. 21 ila 25 hükümlerinde sayılan şu mali haklardır: (a) işleme hakkı: işleri değiştirme, uyarlama, başka bir dile veya platforma aktarma ve bunlardan yeni işler geliştirme; (b) çoğaltma hakkı: işlerin aslını veya kopyalarını her türlü ortamda, kısmen veya tamamen çoğaltma, bilgisayar programlarını yükleme, çalıştırma ve saklama; (c) yayma hakkı: işlerin aslını veya kopyalarını satma, kiralama veya başka yollarla dağıtma; (d) temsil hakkı: işleri umuma açık yerlerde doğrudan veya araçlarla sunma ve gösterme; (e) umuma iletim hakkı: işleri internet dâhil tel veya telsiz araçlarla umuma iletme ve herkesin seçtiği yer ve zamanda erişimine sunma.',
        'Bu haklar süre bakımından kanuni koruma süresi boyunca, yer bakımından tüm dünyada ve içerik bakımından bilinen tüm kullanım biçimleri ve ortamlar için, münhasır olarak devredilir; Müşteri bunları üçüncü kişilere devredebilir veya bunlar için kullanım izni verebilir. Devrin bedeli, kararlaştırılan ücrete dâhildir.',
        'Ödeme tamamlanana kadar bu haklar Hizmet Verende kalır ve Müşteri teslim edilen işleri yalnızca inceleme ve test amacıyla kullanabilir. Hizmet Veren, Müşterinin işler üzerinde değişiklik yapmasına ve işleri Hizmet Verenin adını belirtmeden kullanmasına izin verir.',
        'Hizmet Verenin projeden önce sahip olduğu veya projeden bağımsız olarak geliştirdiği araçlar, kütüphaneler ve bilgi birikimi Hizmet Verende kalır; Hizmet Veren, bunları teslim edilen işlerin parçası olarak kullanması için Müşteriye süresiz, münhasır olmayan ve işlerle birlikte devredilebilir bir kullanım izni verir. İşlerde yer alan üçüncü kişilere ait açık kaynak bileşenler kendi lisanslarına tabidir.',
      ],
    },
    cancellation: {
      name: 'İptal',
      body: (v) => [
        `Müşteri projeyi tamamlanmadan iptal ederse, iptal tarihine kadar yapılan işlerin bedelini ${v.hourlyRate ? `saatlik ${v.hourlyRate} ücret üzerinden` : 'kararlaştırılan ücret üzerinden'} veya kararlaştırılan toplam ücretle orantılı olarak, yapılmış masraflarla birlikte öder. Ödenmiş avans bu tutardan mahsup edilir.`,
      ],
    },
  },
};
