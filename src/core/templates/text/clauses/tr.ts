/** The contract clauses in Turkish (see ../clauses.ts). */
import type { ClausesTexts } from '../clauses';
import { hm, range, joinAnd } from './format';

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
        `Ücrete her teslimat için ${v.revisions.text} revizyon turu dahildir. Bir revizyon turu, Müşterinin tek seferde ilettiği toplu değişiklik listesidir. Ek revizyon turları, Müşterinin önceden onayladığı bir teklif üzerine ${v.extraRate ? `saatlik ${v.extraRate} üzerinden` : 'Hizmet Verenin güncel saatlik ücreti üzerinden'} faturalandırılır.`,
      ],
    },
    paymentTerms: {
      name: 'Ödeme koşulları ve gecikme bedeli',
      body: (v) => [
        `Faturalar, düzenlenme tarihinden itibaren ${v.paymentDays.text} gün içinde ödenir. Vadesinde ödenmeyen tutarlara, vade tarihini izleyen günden tam ödeme tarihine kadar aylık ${v.lateFee} oranında gecikme bedeli uygulanır.`,
      ],
    },
    signatureDeposit: {
      name: 'İmza ve avans',
      body: (v) => [
        `Çalışmalara, işbu sözleşmenin her iki tarafça imzalanması ve kararlaştırılan ücretin ${v.deposit} oranında bir avansın tahsil edilmesinin ardından başlanır. Teslim süreleri bu iki tarihten sonra gelenden itibaren işlemeye başlar. Avans, son faturadan düşülür.`,
      ],
    },
    workingHours: {
      name: 'Çalışma saatleri ve acil talepler',
      body: (v) => [
        `Hizmet Veren ${v.workingDays}, saat ${v.start} ile ${v.end} arasında çalışır. Bu saatler dışında gelen mesajlar bir sonraki iş günü yanıtlanır.`,
        `Müşterinin bu saatler dışında ya da ${v.urgentHours.text} saat içinde teslim edilmek üzere istediği işler acil sayılır: yalnızca Hizmet Verenin onayıyla yapılır ve ${v.hourlyRate ? `saatlik ${v.hourlyRate} ücrete` : 'saatlik ücrete'} ${v.urgentSurcharge} ek ücret uygulanarak faturalandırılır.`,
      ],
    },
    changeOrders: {
      name: 'Değişiklik talepleri',
      body: (v) => [
        `İşbu sözleşmede tanımlanan kapsamın dışında kalan her talep; yapılacak işi, ücretini (${v.extraRate ? `saatlik ${v.extraRate} üzerinden` : 'Hizmet Verenin güncel saatlik ücreti üzerinden'} veya götürü teklifle) ve takvime etkisini belirten yazılı bir değişiklik talebine bağlanır. Bu işlere ancak Müşteri değişiklik talebini yazılı olarak onayladıktan sonra başlanır. Onaylanmış bir değişiklik talebi yoksa başlangıçta kararlaştırılan kapsam ve takvim geçerlidir.`,
      ],
    },
    notice: {
      name: 'Fesih ve bildirim süresi',
      body: (v) => [
        `Taraflardan her biri, ${v.noticeDays.text} gün önceden yazılı bildirimde bulunarak işbu sözleşmeyi feshedebilir. Bildirim süresi boyunca çalışmalar kararlaştırılan koşullarla sürer ve yapılan işler faturalandırılır. Ağır ihlal hâlinde, özellikle kötü niyetli veya etik dışı davranışlarda, sözleşme yazılı bildirimle derhâl feshedilebilir.`,
      ],
    },
    withdrawal: {
      name: 'Hizmet Verenin işten çekilmesi',
      body: (v) => [
        `Hizmet Veren işi yürütemeyecek duruma gelir veya yürütmek istemezse, bunu Müşteriye gecikmeksizin yazılı olarak bildirir. ${v.withdrawalDays.text} gün içinde Müşterinin kabul edeceği nitelikli bir yedek önerir ya da alınan ödemelerin, yapılmayan işle orantılı ve hakkaniyete uygun bir kısmını iade eder veya açık faturalardan mahsup eder. Bunun ardından Müşteri, Hizmet Vereni işbu sözleşmeden doğan diğer tüm yükümlülüklerinden ibra eder.`,
      ],
    },
    suspension: {
      name: 'Gecikmeli ödemede işin durdurulması',
      body: (v) => [
        `Bir fatura, vade tarihinden sonra ${v.suspendAfterDays.text} gün içinde ödenmezse Hizmet Veren, Müşteriye yazılı bildirimde bulunarak çalışmaları tutarın tamamı ödenene kadar durdurabilir. Teslim süreleri, durdurma süresi kadar uzar.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Tekrarlanan gecikmeli ödemeler',
      body: (v) => [
        `Ödemelerin ${v.latePayments.text} kez gecikmesinin ardından Hizmet Veren, sonraki tüm işler için peşin ödeme talep edebilir veya sözleşmeyi bildirim süresine ilişkin madde uyarınca feshedebilir.`,
      ],
    },
    ownership: {
      name: 'İşin mülkiyeti',
      body: () => [
        'Teslim edilen işler üzerindeki mülkiyet ve mali haklar, tüm borçların eksiksiz ödenmesiyle Müşteriye geçer. O tarihe kadar bu haklar Hizmet Verende kalır ve Müşteri teslim edilen işleri yalnızca inceleme amacıyla kullanabilir. Hizmet Verenin projeden önce sahip olduğu araçlar, kütüphaneler ve bilgi birikimi kendisinde kalır; Hizmet Veren, bunları teslim edilen işler kapsamında kullanması için Müşteriye lisans verir.',
      ],
    },
    cancellation: {
      name: 'İptal',
      body: (v) => [
        `Müşteri projeyi tamamlanmadan iptal ederse, iptal tarihine kadar yapılan işlerin bedelini ${v.hourlyRate ? `saatlik ${v.hourlyRate} üzerinden` : 'kararlaştırılan ücret üzerinden'} veya kararlaştırılan toplam ücretle orantılı olarak, yapılmış masraflarla birlikte öder. Ödenmiş avans bu tutardan mahsup edilir.`,
      ],
    },
  },
};
