/** The statutory late-payment figures in Turkish (see ../statutory.ts). */
import type { StatutoryTexts } from '../statutory';

const BASIS: Readonly<Record<string, string>> = {
  FR: 'Fransız Ticaret Kanunu (Code de commerce), m. L441-10 ve D441-5',
  IT: 'İtalya’nın 231/2002 sayılı Kanun Hükmünde Kararnamesi (D.Lgs. 231/2002), m. 5 ve 6',
  DE: 'Alman Medeni Kanunu (BGB), § 288',
  ES: 'İspanya’nın 3/2004 sayılı Kanunu, m. 7 ve 8',
  BE: 'Belçika’nın 2 Ağustos 2002 tarihli Kanunu, m. 5 ve 6',
  NL: 'Hollanda Medeni Kanunu (Burgerlijk Wetboek), m. 6:119a, 6:120 ve 6:96',
  GB: 'Birleşik Krallık’ın 1998 tarihli Ticari Borçlarda Geç Ödeme (Faiz) Kanunu (Late Payment of Commercial Debts (Interest) Act 1998)',
  TR: '6102 sayılı Türk Ticaret Kanunu, m. 1530',
};

export const tr: StatutoryTexts = {
  heading: 'Kanundan doğan gecikme faizi ve tazminat',
  basis: (country) => BASIS[country] ?? '2011/7/AB sayılı Direktif ve onu iç hukuka aktaran düzenleme',
  intro: (basis, date, withCompensation) =>
    // "Az olmamak üzere": the sum is a floor in the Netherlands and Turkey (TTK 1530 "asgari"), and every law here lets further costs be claimed.
    `İşletmeler arasındaki ticari işlemlerde uygulanacak kanun – ${basis} – geç ödemede yasal oranda gecikme faizi${
      withCompensation ? ' ve geç ödenen her fatura için tahsilat masraflarına karşılık, belirlediği tutardan az olmamak üzere bir tazminat' : ''
    } öngörmektedir. ${date} itibarıyla vadesi geçmiş faturalar için tutarlar şöyledir:`,
  invoiceLine: (invoice, days, interest, rates, compensation) => {
    const interestPart =
      interest === undefined ? 'gecikme faizi hesaplanamadı (bu dönem için bilinen bir referans oranı yok)' : `${interest} gecikme faizi (${days}, yıllık ${rates}, her günün kalan bakiyesi üzerinden)`;
    return `${invoice} numaralı fatura: ${interestPart}${compensation ? `; ${compensation} tazminat` : ''}`;
  },
  total: (date, interest, compensation, all, inReminder) => {
    const parts = [interest && `${interest} gecikme faizi`, compensation && `${compensation} tazminat`].filter(Boolean).join(' ve ');
    return `${date} itibarıyla kanundan doğan tutarlar: ${parts}${all ? `; toplam ${all}` : ''}.${inReminder ? ' Bu tutarlar yukarıdaki toplama dâhil değildir.' : ' Bu tutarlar yukarıdaki kalan bakiyeye dâhil değildir.'}`;
  },
  appliesAnyway:
    'Sözleşmemiz bu tutarları hariç tutmaktadır; ancak kanun bunlardan önceden vazgeçilmesine izin vermemekte (veya böyle bir hükmün ağır derecede hakkaniyete aykırı olduğunu varsaymaktadır). Bu nedenle bu tutarlar burada yine de gösterilmektedir.',
  capitalisedYearly:
    'Hollanda Medeni Kanunu m. 6:119a/3 uyarınca, gecikmenin her tam yılının sonunda o yıla ait faiz, faizin işlediği tutara eklenmiştir.',
  comparisonOnly: 'Bu nedenle yukarıdaki yasal faiz tutarları yalnızca karşılaştırma amacıyla verilmiştir.',
  olderRate: (date) => `Faiz, bilinen en son referans oranıyla, yani ${date} tarihli oranla hesaplanmıştır; daha yeni bir oran tutarı bir miktar değiştirebilir.`,
  contractFee: (reason, contract, statutory) => {
    switch (reason) {
      case 'atLeastThreeTimesLegalRate':
        return `Yasal oran yerine sözleşmede öngörülen gecikme faizi (yıllık ${contract}) uygulanır: bu oran, kanunun aradığı gibi, yasal faiz oranının en az üç katıdır.`;
      case 'belowThreeTimesLegalRate':
        return `Sözleşmedeki gecikme faizi (yıllık ${contract}), bir sözleşmenin belirleyebileceği en düşük oran olan yasal faiz oranının üç katından az olduğu için yasal oran uygulanır.`;
      case 'legalRateUnknown':
        return `Sözleşmedeki gecikme faizinin (yıllık ${contract}) mi yoksa yasal oranın mı uygulanacağı, o döneme ait yasal faiz oranına bağlıdır; bu oran burada bilinmemektedir.`;
      case 'higherThanStatutory':
        return `Sözleşmedeki gecikme faizi (yıllık ${contract}) yasal orandan${statutory ? ` (${statutory})` : ''} yüksek olduğu için uygulanır.`;
      case 'notHigherThanStatutory':
        return `Yasal oran${statutory ? ` (${statutory})` : ''} uygulanır: sözleşmedeki gecikme faizi (yıllık ${contract}) bundan yüksek değildir.`;
      case 'substantialRemedy':
        return `Sözleşmedeki gecikme faizi (yıllık ${contract}) yasal faizin yerine geçer: yasal orandan düşük olmadığı için gecikmeye karşı yeterli bir telafidir.`;
      case 'substantialRemedyForCourt':
        return `Sözleşmedeki gecikme faizi (yıllık ${contract}) yasal orandan düşüktür; yasal faizin yerine geçmeye yetip yetmediğine mahkeme karar verir.`;
      case 'agreedRate':
        return `Kanunun izin verdiği üzere, yasal oran yerine sözleşmede kararlaştırılan gecikme faizi (yıllık ${contract}) uygulanır.`;
      case 'notChecked':
        return `Bu kanuna göre sözleşmedeki gecikme faizinin (yıllık ${contract}) mi yoksa yasal faizin mi uygulanacağı kontrol edilmemiştir.`;
    }
  },
};
