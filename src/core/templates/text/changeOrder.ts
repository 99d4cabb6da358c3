/**
 * The words of the change order, per draft language. Arguments are already
 * formatted and, when they come from the client file, escaped.
 */
import { DraftLanguage } from '../locale';

type RequestType = 'revision' | 'change' | 'feature';

export interface ChangeOrderTexts {
  readonly heading: string;
  title(client: string): string;
  readonly subject: string;
  readonly scopeIntro: string;
  revisionsIncluded(n: number, nText: string): string;
  beyondAtExtraRate(rate: string): string;
  /** The contract has an hourly rate but no separate rate for extra work. */
  beyondAtHourlyRate(rate: string): string;
  readonly beyondNoRate: string;
  /** #, requested on, request, why it is extra, hours, price. */
  readonly columns: readonly [string, string, string, string, string, string];
  /** An in-scope revision past the included rounds: round `round` of which `included` are included. */
  revisionBeyond(round: string, included: number, includedText: string): string;
  /** A request outside the agreed scope, by type. */
  readonly outOfScope: Readonly<Record<RequestType, string>>;
  /** In place of a price, for a request logged without hours (or without a rate to price it). */
  readonly toBeEstimated: string;
  total(total: string, hours: string): string;
  /** Some items priced, `pending` of them to be estimated. */
  totalPartial(total: string, hours: string, pending: number, pendingText: string): string;
  /** A rate, but no item has hours yet. */
  readonly allToBeEstimated: string;
  /** No rate in the contract to price anything with. */
  readonly noRate: string;
  readonly approval: string;
  readonly approvedBy: string;
  readonly approvalDate: string;
  readonly nothingExtra: string;
  readonly closing: string;
}

const BLANK = '______________________';

export const CHANGE_ORDER_TEXTS: Readonly<Record<DraftLanguage, ChangeOrderTexts>> = {
  en: {
    heading: 'Change order',
    title: (client) => `Change order – ${client}`,
    subject: 'Change order: extra work for your approval',
    scopeIntro: 'Our contract covers:',
    revisionsIncluded: (n, text) =>
      n === 0 ? 'The contract includes no revision rounds.' : n === 1 ? 'The contract includes one revision round.' : `The contract includes ${text} revision rounds.`,
    beyondAtExtraRate: (rate) =>
      `The requests below go beyond what we agreed. Before any work starts on them, here is what each would cost at the contract's rate for extra work, ${rate} an hour.`,
    beyondAtHourlyRate: (rate) =>
      `The requests below go beyond what we agreed. Before any work starts on them, here is what each would cost at the contract's hourly rate of ${rate}, as it sets no separate rate for extra work.`,
    beyondNoRate: 'The requests below go beyond what we agreed. Before any work starts on them, here they are for your approval.',
    columns: ['#', 'Requested on', 'Request', 'Why it is extra', 'Hours', 'Price'],
    revisionBeyond: (round, included, text) =>
      included === 0
        ? `Revision round ${round}; no rounds are included`
        : included === 1
          ? `Revision round ${round}, beyond the one included`
          : `Revision round ${round}, beyond the ${text} included`,
    outOfScope: {
      revision: 'Revision outside the agreed scope',
      change: 'A change to what was agreed',
      feature: 'A new feature, outside the agreed scope',
    },
    toBeEstimated: 'To be estimated',
    total: (total, hours) => `Total: ${total} for ${hours}.`,
    totalPartial: (total, hours, pending, text) =>
      `Total of the priced items: ${total} for ${hours}. ${
        pending === 1
          ? 'The item marked “to be estimated” is not included: I will send you its price before starting on it.'
          : `The ${text} items marked “to be estimated” are not included: I will send you their prices before starting on them.`
      }`,
    allToBeEstimated: 'None of these items can be priced yet: I will send you an estimate for each before starting on it.',
    noRate: 'The contract sets no rate for extra work, so these items are not priced yet: I will send you a price for each before starting on it.',
    approval:
      'Please approve this change order before work starts: a reply to this email confirming it is enough. I will start on these items once I have your approval, and invoice them at the prices above.',
    approvedBy: `Approved by: ${BLANK}`,
    approvalDate: `Date: ${BLANK}`,
    nothingExtra: 'No extra work beyond the contract is waiting to be billed: there is nothing to approve at the moment.',
    closing: 'Thank you, and do not hesitate to ask if you would like to go over any of these items.',
  },
  fr: {
    heading: 'Devis complémentaire',
    title: (client) => `Devis complémentaire – ${client}`,
    subject: 'Devis complémentaire : travaux supplémentaires à valider',
    scopeIntro: 'Notre contrat couvre :',
    revisionsIncluded: (n, text) => (n === 0 ? 'Le contrat n’inclut aucune révision.' : n === 1 ? 'Le contrat inclut une révision.' : `Le contrat inclut ${text} révisions.`),
    beyondAtExtraRate: (rate) =>
      `Les demandes ci-dessous vont au-delà de ce qui a été convenu. Avant de commencer, voici le chiffrage de chacune au tarif prévu au contrat pour les travaux supplémentaires, soit ${rate} de l’heure.`,
    beyondAtHourlyRate: (rate) =>
      `Les demandes ci-dessous vont au-delà de ce qui a été convenu. Avant de commencer, voici le chiffrage de chacune au taux horaire du contrat, soit ${rate} de l’heure, celui-ci ne prévoyant pas de tarif distinct pour les travaux supplémentaires.`,
    beyondNoRate: 'Les demandes ci-dessous vont au-delà de ce qui a été convenu. Avant de commencer, je vous les soumets pour accord.',
    columns: ['N°', 'Date de la demande', 'Demande', 'Motif', 'Heures', 'Prix'],
    revisionBeyond: (round, included, text) =>
      included === 0
        ? `Révision n° ${round} ; aucune révision n’est incluse`
        : included === 1
          ? `Révision n° ${round}, au-delà de la révision incluse`
          : `Révision n° ${round}, au-delà des ${text} révisions incluses`,
    outOfScope: {
      revision: 'Révision hors du périmètre convenu',
      change: 'Modification de ce qui avait été convenu',
      feature: 'Nouvelle fonctionnalité, hors du périmètre convenu',
    },
    toBeEstimated: 'À estimer',
    total: (total, hours) => `Total : ${total} pour ${hours}.`,
    totalPartial: (total, hours, pending, text) =>
      `Total des éléments chiffrés : ${total} pour ${hours}. ${
        pending === 1
          ? 'L’élément marqué « à estimer » n’y est pas inclus : je vous en communiquerai le prix avant de commencer.'
          : `Les ${text} éléments marqués « à estimer » n’y sont pas inclus : je vous en communiquerai le prix avant de commencer.`
      }`,
    allToBeEstimated: 'Aucun de ces éléments ne peut encore être chiffré : je vous communiquerai une estimation pour chacun avant de commencer.',
    noRate:
      'Le contrat ne fixe pas de tarif pour les travaux supplémentaires : ces éléments ne sont donc pas encore chiffrés. Je vous communiquerai un prix pour chacun avant de commencer.',
    approval:
      'Merci de valider ce devis avant le début des travaux : une réponse à ce message le confirmant suffit. Je commencerai ces travaux dès réception de votre accord et les facturerai aux prix indiqués ci-dessus.',
    approvedBy: `Bon pour accord, nom et signature : ${BLANK}`,
    approvalDate: `Date : ${BLANK}`,
    nothingExtra: 'Aucun travail supplémentaire n’est en attente de facturation : il n’y a rien à valider pour le moment.',
    closing: 'Je reste à votre disposition pour en parler si vous le souhaitez.',
  },
  it: {
    heading: 'Preventivo integrativo',
    title: (client) => `Preventivo integrativo – ${client}`,
    subject: 'Preventivo integrativo: lavori extra da approvare',
    scopeIntro: 'Il nostro contratto comprende:',
    revisionsIncluded: (n, text) =>
      n === 0 ? 'Il contratto non include revisioni.' : n === 1 ? 'Il contratto include una revisione.' : `Il contratto include ${text} revisioni.`,
    beyondAtExtraRate: (rate) =>
      `Le richieste seguenti vanno oltre quanto concordato. Prima di iniziare, Le indico il costo di ciascuna alla tariffa prevista dal contratto per il lavoro extra, pari a ${rate} l’ora.`,
    beyondAtHourlyRate: (rate) =>
      `Le richieste seguenti vanno oltre quanto concordato. Prima di iniziare, Le indico il costo di ciascuna alla tariffa oraria del contratto, pari a ${rate}, poiché il contratto non prevede una tariffa distinta per il lavoro extra.`,
    beyondNoRate: 'Le richieste seguenti vanno oltre quanto concordato. Prima di iniziare, Gliele sottopongo per approvazione.',
    columns: ['N.', 'Data richiesta', 'Richiesta', 'Motivo', 'Ore', 'Prezzo'],
    revisionBeyond: (round, included, text) =>
      included === 0
        ? `Revisione n. ${round}; non sono incluse revisioni`
        : included === 1
          ? `Revisione n. ${round}, oltre quella inclusa`
          : `Revisione n. ${round}, oltre le ${text} incluse`,
    outOfScope: {
      revision: 'Revisione fuori dall’ambito concordato',
      change: 'Modifica rispetto a quanto concordato',
      feature: 'Nuova funzionalità, fuori dall’ambito concordato',
    },
    toBeEstimated: 'Da stimare',
    total: (total, hours) => `Totale: ${total} per ${hours}.`,
    totalPartial: (total, hours, pending, text) =>
      `Totale delle voci con prezzo: ${total} per ${hours}. ${
        pending === 1
          ? 'La voce indicata come «da stimare» non è compresa: Le comunicherò il prezzo prima di iniziare.'
          : `Le ${text} voci indicate come «da stimare» non sono comprese: Le comunicherò il prezzo prima di iniziare.`
      }`,
    allToBeEstimated: 'Per nessuna di queste voci è ancora possibile indicare un prezzo: Le invierò una stima per ciascuna prima di iniziare.',
    noRate:
      'Il contratto non fissa una tariffa per il lavoro extra, quindi queste voci sono ancora senza prezzo: Le comunicherò il prezzo di ciascuna prima di iniziare.',
    approval:
      'La prego di approvare questo preventivo prima dell’inizio dei lavori: basta una risposta a questa email che lo confermi. Inizierò a lavorare su queste voci non appena avrò ricevuto la Sua approvazione e le fatturerò ai prezzi indicati sopra.',
    approvedBy: `Per accettazione, nome e firma: ${BLANK}`,
    approvalDate: `Data: ${BLANK}`,
    nothingExtra: 'Non ci sono lavori extra in attesa di fatturazione: al momento non c’è nulla da approvare.',
    closing: 'Resto a disposizione per parlarne, se lo desidera.',
  },
  tr: {
    heading: 'Ek iş teklifi',
    title: (client) => `Ek iş teklifi – ${client}`,
    subject: 'Ek iş teklifi: onayınızı bekleyen ek çalışmalar',
    scopeIntro: 'Sözleşmemiz şunları kapsamaktadır:',
    revisionsIncluded: (n, text) => (n === 0 ? 'Sözleşmede revizyon hakkı bulunmamaktadır.' : `Sözleşme ${text} revizyon hakkı içermektedir.`),
    beyondAtExtraRate: (rate) =>
      `Aşağıdaki talepler kararlaştırılan kapsamın dışında kalmaktadır. Çalışmaya başlamadan önce, her birinin sözleşmede ek işler için belirlenen saatlik ${rate} ücret üzerinden maliyetini bilgilerinize sunarım.`,
    beyondAtHourlyRate: (rate) =>
      `Aşağıdaki talepler kararlaştırılan kapsamın dışında kalmaktadır. Sözleşmede ek işler için ayrı bir ücret belirlenmediğinden, çalışmaya başlamadan önce her birinin sözleşmedeki saatlik ${rate} ücret üzerinden maliyetini bilgilerinize sunarım.`,
    beyondNoRate: 'Aşağıdaki talepler kararlaştırılan kapsamın dışında kalmaktadır. Çalışmaya başlamadan önce bunları onayınıza sunarım.',
    columns: ['No', 'Talep tarihi', 'Talep', 'Gerekçe', 'Saat', 'Ücret'],
    revisionBeyond: (round, included, text) =>
      included === 0 ? `${round}. revizyon; sözleşmede revizyon hakkı yok` : `${round}. revizyon; sözleşmeye dahil ${text} revizyonun dışında`,
    outOfScope: {
      revision: 'Kapsam dışı revizyon',
      change: 'Kararlaştırılan işte değişiklik',
      feature: 'Kapsam dışı yeni özellik',
    },
    toBeEstimated: 'Ücreti belirlenecek',
    total: (total, hours) => `Toplam: ${hours} için ${total}.`,
    totalPartial: (total, hours, pending, text) =>
      `Fiyatlandırılan kalemlerin toplamı: ${hours} için ${total}. “Ücreti belirlenecek” olarak işaretlenen ${pending === 1 ? 'kalem bu toplama dahil değildir; ücretini' : `${text} kalem bu toplama dahil değildir; ücretlerini`} çalışmaya başlamadan önce size ileteceğim.`,
    allToBeEstimated: 'Bu kalemlerin hiçbiri henüz fiyatlandırılamamaktadır; her birinin tahmini ücretini çalışmaya başlamadan önce size ileteceğim.',
    noRate: 'Sözleşmede ek işler için bir ücret belirlenmediğinden bu kalemler henüz fiyatlandırılmamıştır; her birinin ücretini çalışmaya başlamadan önce size ileteceğim.',
    approval:
      'Lütfen bu teklifi çalışmaya başlamadan önce onaylayınız; onayınızı belirten bir yanıt e-postası yeterlidir. Bu kalemler üzerinde onayınızı aldıktan sonra çalışmaya başlayacak ve yukarıdaki ücretler üzerinden faturalandıracağım.',
    approvedBy: `Onaylayan (ad, imza): ${BLANK}`,
    approvalDate: `Tarih: ${BLANK}`,
    nothingExtra: 'Sözleşme dışında faturalandırılmayı bekleyen ek iş bulunmamaktadır; şu an onaylanacak bir şey yoktur.',
    closing: 'Herhangi bir kalemi görüşmek isterseniz memnuniyetle yardımcı olurum.',
  },
};
