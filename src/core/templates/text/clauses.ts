/**
 * The contract clauses, in each draft language, written as clauses of that
 * language's contracts ("le Prestataire", "il Professionista / il Committente",
 * "Hizmet Veren / Müşteri"). Values arrive formatted (or as snippet tab stops).
 */
import { DraftLanguage } from '../locale';
import { Count } from './termination';
import { itArticle } from './typography';

export const CLAUSE_IDS = [
  'revisions',
  'paymentTerms',
  'signatureDeposit',
  'workingHours',
  'changeOrders',
  'notice',
  'withdrawal',
  'suspension',
  'repeatedLatePayment',
  'ownership',
  'cancellation',
] as const;

export type ClauseId = (typeof CLAUSE_IDS)[number];

/** Every figure a clause can name, formatted for the language. */
export interface ClauseValues {
  readonly revisions: Count;
  /** Per hour, for extra revisions and out-of-scope work; undefined: the rate in force. */
  readonly extraRate: string | undefined;
  /** The agreed hourly rate; undefined: the agreed rate. */
  readonly hourlyRate: string | undefined;
  readonly paymentDays: Count;
  readonly lateFee: string;
  readonly deposit: string;
  readonly workingDays: string;
  readonly start: string;
  readonly end: string;
  readonly urgentHours: Count;
  readonly urgentSurcharge: string;
  readonly noticeDays: Count;
  readonly withdrawalDays: Count;
  readonly suspendAfterDays: Count;
  readonly latePayments: Count;
}

export interface ClauseText {
  readonly name: string;
  readonly body: (v: ClauseValues) => readonly string[];
}

export interface ClausesTexts {
  readonly clauses: Readonly<Record<ClauseId, ClauseText>>;
  /** Day names, Monday first, as they read in "from Monday to Friday". */
  readonly workingDays: (days: readonly number[]) => string;
  /** A time of day, minutes after midnight. */
  readonly time: (minutes: number) => string;
  /** Title of a document with every clause. */
  readonly allTitle: string;
  readonly slots: { readonly rate: string; readonly workingDays: string };
}

const hm = (minutes: number, sep: string) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}${sep}${String(minutes % 60).padStart(2, '0')}`;

/** Consecutive days (Monday first) as one range, else undefined. */
function range(days: readonly number[]): [number, number] | undefined {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted.length >= 3 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1) ? [sorted[0], sorted[sorted.length - 1]] : undefined;
}

const joinAnd = (items: readonly string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);

const plural = (c: Count, one: string, other: string) => `${c.text} ${c.n === 1 ? one : other}`;

const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const en: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `from ${EN_DAYS[r[0]]} to ${EN_DAYS[r[1]]}` : `on ${joinAnd([...days].sort().map((d) => `${EN_DAYS[d]}s`), 'and')}`;
  },
  time: (m) => hm(m, ':'),
  allTitle: 'Contract clauses',
  slots: { rate: 'rate', workingDays: 'from Monday to Friday' },
  clauses: {
    revisions: {
      name: 'Revisions',
      body: (v) => [
        `The price includes ${plural(v.revisions, 'round', 'rounds')} of revisions per deliverable. A round of revisions is one consolidated list of changes sent by the Client. Further rounds are billed ${v.extraRate ? `at ${v.extraRate} per hour` : 'at the Provider’s hourly rate in force'}, on an estimate the Client approves beforehand.`,
      ],
    },
    paymentTerms: {
      name: 'Payment terms and late fees',
      body: (v) => [
        `Invoices are payable within ${plural(v.paymentDays, 'day', 'days')} of their issue date. Any amount unpaid after its due date bears a late fee of ${v.lateFee} per month, from the day after the due date until payment in full.`,
      ],
    },
    signatureDeposit: {
      name: 'Signature and deposit',
      body: (v) => [
        `Work begins once this contract has been signed by both parties and a deposit of ${v.deposit} of the agreed price has been received. Deadlines run from the later of these two dates. The deposit is deducted from the final invoice.`,
      ],
    },
    workingHours: {
      name: 'Working hours and urgent work',
      body: (v) => [
        `The Provider works ${v.workingDays}, from ${v.start} to ${v.end}. Messages received outside these hours are answered on the next working day.`,
        `Work the Client requests outside these hours, or for delivery within ${plural(v.urgentHours, 'hour', 'hours')}, is urgent: it is carried out only with the Provider’s agreement and is billed at ${v.hourlyRate ? `the hourly rate of ${v.hourlyRate}` : 'the hourly rate'} plus ${v.urgentSurcharge}.`,
      ],
    },
    changeOrders: {
      name: 'Change orders',
      body: (v) => [
        `Any request outside the scope described in this contract is set out in a written change order stating the work, its price (${v.extraRate ? `at ${v.extraRate} per hour` : 'at the Provider’s hourly rate in force'} or as a fixed quote) and its effect on the schedule. Work on it begins once the Client has approved the change order in writing. Without an approved change order, the original scope and schedule apply.`,
      ],
    },
    notice: {
      name: 'Notice period',
      body: (v) => [
        `Either party may end this contract by giving ${plural(v.noticeDays, 'day’s', 'days’')} written notice. During the notice period, work continues on the agreed terms and the work done is invoiced. In the event of a serious breach, in particular abusive or unethical conduct, the contract may be ended in writing with immediate effect.`,
      ],
    },
    withdrawal: {
      name: 'Withdrawal of the Provider',
      body: (v) => [
        `If the Provider can no longer, or no longer wishes to, carry out the work, the Provider informs the Client in writing without delay. Within ${plural(v.withdrawalDays, 'day', 'days')}, the Provider either proposes a qualified substitute acceptable to the Client, or refunds (or credits against open invoices) a fair share of the amounts paid, in proportion to the work not done. Once this is done, the Client releases the Provider from any further obligation under this contract.`,
      ],
    },
    suspension: {
      name: 'Suspension for late payment',
      body: (v) => [
        `If an invoice remains unpaid ${plural(v.suspendAfterDays, 'day', 'days')} after its due date, the Provider may suspend work, after notifying the Client in writing, until the balance is paid in full. Deadlines are extended by the length of the suspension.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Repeated late payment',
      body: (v) => [
        `After ${plural(v.latePayments, 'late payment', 'late payments')}, the Provider may require any further work to be paid in advance, or end this contract under the notice clause.`,
      ],
    },
    ownership: {
      name: 'Ownership of the work',
      body: () => [
        'Ownership of the deliverables, and the rights to use them, pass to the Client upon payment in full of all amounts due. Until then, they remain the Provider’s, and the Client may use the deliverables only to review them. Tools, libraries and know-how the Provider had before the project remain the Provider’s; the Client receives a licence to use them as part of the deliverables.',
      ],
    },
    cancellation: {
      name: 'Cancellation',
      body: (v) => [
        `If the Client cancels the project before completion, the Client pays for the work done up to the date of cancellation, ${v.hourlyRate ? `at ${v.hourlyRate} per hour` : 'at the agreed rate'} or in proportion to the agreed price, plus any costs already committed. The deposit is set against this amount.`,
      ],
    },
  },
};

const FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const fr: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `du ${FR_DAYS[r[0]]} au ${FR_DAYS[r[1]]}` : `le ${joinAnd([...days].sort().map((d) => FR_DAYS[d]), 'et le')}`.replace(/, /g, ', le ');
  },
  time: (m) => (m % 60 === 0 ? `${Math.floor(m / 60)}\u00a0h` : `${Math.floor(m / 60)}\u00a0h\u00a0${String(m % 60).padStart(2, '0')}`),
  allTitle: 'Clauses contractuelles',
  slots: { rate: 'taux', workingDays: 'du lundi au vendredi' },
  clauses: {
    revisions: {
      name: 'Révisions',
      body: (v) => [
        `Le prix comprend ${plural(v.revisions, 'cycle', 'cycles')} de révisions par livrable. Un cycle de révisions correspond à une liste unique et consolidée de modifications transmise par le Client. Tout cycle supplémentaire est facturé ${v.extraRate ? `au taux horaire de ${v.extraRate}` : 'au taux horaire en vigueur du Prestataire'}, sur devis préalablement accepté par le Client.`,
      ],
    },
    paymentTerms: {
      name: 'Conditions de paiement et pénalités de retard',
      body: (v) => [
        `Les factures sont payables à ${plural(v.paymentDays, 'jour', 'jours')} à compter de leur date d’émission. Toute somme non réglée à l’échéance donne lieu de plein droit à des pénalités de retard au taux de ${v.lateFee} par mois, à compter du lendemain de la date d’échéance et jusqu’au paiement intégral, ainsi que, le cas échéant, à l’indemnité forfaitaire pour frais de recouvrement prévue par la loi.`,
      ],
    },
    signatureDeposit: {
      name: 'Signature et acompte',
      body: (v) => [
        `Les travaux débutent après la signature du présent contrat par les deux parties et l’encaissement d’un acompte de ${v.deposit} du prix convenu. Les délais courent à compter de la plus tardive de ces deux dates. L’acompte est déduit de la facture finale.`,
      ],
    },
    workingHours: {
      name: 'Horaires de travail et demandes urgentes',
      body: (v) => [
        `Le Prestataire travaille ${v.workingDays}, de ${v.start} à ${v.end}. Les messages reçus en dehors de ces horaires sont traités le jour ouvré suivant.`,
        `Toute intervention demandée par le Client en dehors de ces horaires, ou pour une livraison sous ${plural(v.urgentHours, 'heure', 'heures')}, est considérée comme urgente : elle n’est réalisée qu’avec l’accord du Prestataire et donne lieu à une majoration de ${v.urgentSurcharge} ${v.hourlyRate ? `du taux horaire de ${v.hourlyRate}` : 'du taux horaire'}.`,
      ],
    },
    changeOrders: {
      name: 'Modifications du périmètre',
      body: (v) => [
        `Toute demande sortant du périmètre défini au présent contrat fait l’objet d’un bon de modification écrit précisant les travaux concernés, leur prix (${v.extraRate ? `au taux horaire de ${v.extraRate}` : 'au taux horaire en vigueur du Prestataire'} ou sur devis forfaitaire) et leur incidence sur le calendrier. Ces travaux ne débutent qu’après acceptation écrite du bon de modification par le Client. À défaut, le périmètre et le calendrier initiaux s’appliquent.`,
      ],
    },
    notice: {
      name: 'Résiliation et préavis',
      body: (v) => [
        `Chacune des parties peut résilier le présent contrat par écrit, moyennant un préavis de ${plural(v.noticeDays, 'jour', 'jours')}. Pendant la durée du préavis, les travaux se poursuivent dans les conditions convenues et les prestations réalisées sont facturées. En cas de manquement grave, notamment de comportement abusif ou contraire à l’éthique, le contrat peut être résilié par écrit avec effet immédiat.`,
      ],
    },
    withdrawal: {
      name: 'Retrait du Prestataire',
      body: (v) => [
        `Si le Prestataire n’est plus en mesure d’exécuter la mission ou ne souhaite plus le faire, il en informe le Client par écrit sans délai. Dans un délai de ${plural(v.withdrawalDays, 'jour', 'jours')}, il propose au Client un remplaçant qualifié, soumis à son accord, ou lui rembourse (ou impute sur les factures en cours) une part équitable des sommes versées, au prorata des travaux non réalisés. Le Client libère alors le Prestataire de toute autre obligation au titre du présent contrat.`,
      ],
    },
    suspension: {
      name: 'Suspension en cas de retard de paiement',
      body: (v) => [
        `Si une facture demeure impayée ${plural(v.suspendAfterDays, 'jour', 'jours')} après sa date d’échéance, le Prestataire peut suspendre l’exécution des travaux, après en avoir informé le Client par écrit, jusqu’au paiement intégral des sommes dues. Les délais sont prolongés d’une durée égale à celle de la suspension.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Retards de paiement répétés',
      body: (v) => [
        `Après ${plural(v.latePayments, 'retard', 'retards')} de paiement, le Prestataire peut exiger le paiement d’avance de toute nouvelle prestation, ou résilier le présent contrat dans les conditions prévues à la clause de préavis.`,
      ],
    },
    ownership: {
      name: 'Propriété des livrables',
      body: () => [
        'Les droits de propriété et d’exploitation sur les livrables sont transférés au Client à compter du paiement intégral des sommes dues. Jusqu’à ce paiement, le Prestataire en demeure titulaire et le Client ne peut utiliser les livrables qu’à des fins de validation. Les outils, bibliothèques et savoir-faire antérieurs au projet restent la propriété du Prestataire, qui en concède au Client une licence d’utilisation dans le cadre des livrables.',
      ],
    },
    cancellation: {
      name: 'Annulation',
      body: (v) => [
        `En cas d’annulation du projet par le Client avant son terme, le Client règle les travaux réalisés jusqu’à la date d’annulation, ${v.hourlyRate ? `au taux horaire de ${v.hourlyRate}` : 'au tarif convenu'} ou au prorata du prix convenu, ainsi que les frais déjà engagés. L’acompte versé s’impute sur ce montant.`,
      ],
    },
  },
};

const IT_DAYS = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
const it: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `dal ${IT_DAYS[r[0]]} ${r[1] === 6 ? 'alla' : 'al'} ${IT_DAYS[r[1]]}` : `il ${joinAnd([...days].sort().map((d) => IT_DAYS[d]), 'e')}`;
  },
  time: (m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`,
  allTitle: 'Clausole contrattuali',
  slots: { rate: 'tariffa', workingDays: 'dal lunedì al venerdì' },
  clauses: {
    revisions: {
      name: 'Revisioni',
      body: (v) => [
        `Il corrispettivo comprende ${plural(v.revisions, 'ciclo', 'cicli')} di revisione per ciascuna consegna. Per ciclo di revisione si intende un unico elenco consolidato di modifiche inviato dal Committente. Ogni ciclo ulteriore è fatturato ${v.extraRate ? `alla tariffa oraria di ${v.extraRate}` : 'alla tariffa oraria in vigore del Professionista'}, previo preventivo approvato dal Committente.`,
      ],
    },
    paymentTerms: {
      name: 'Termini di pagamento e interessi di mora',
      body: (v) => [
        `Le fatture sono pagabili entro ${plural(v.paymentDays, 'giorno', 'giorni')} dalla data di emissione. Sulle somme non pagate alla scadenza decorrono, dal giorno successivo alla scadenza e fino al saldo, interessi di mora ${itArticle(v.lateFee, 'del', 'dell’')} mensile, oltre, ove applicabile, al risarcimento forfettario dei costi di recupero previsto dalla legge.`,
      ],
    },
    signatureDeposit: {
      name: 'Firma e acconto',
      body: (v) => [
        `Le attività hanno inizio dopo la sottoscrizione del presente contratto da parte di entrambe le parti e il ricevimento di un acconto pari ${itArticle(v.deposit, 'al', 'all’')} del corrispettivo concordato. I termini di consegna decorrono dalla più tarda di tali date. L’acconto è detratto dalla fattura finale.`,
      ],
    },
    workingHours: {
      name: 'Orario di lavoro e richieste urgenti',
      body: (v) => [
        `Il Professionista lavora ${v.workingDays}, dalle ${v.start} alle ${v.end}. I messaggi ricevuti al di fuori di tale orario sono gestiti il giorno lavorativo successivo.`,
        `Gli interventi richiesti dal Committente al di fuori di tale orario, o con consegna entro ${plural(v.urgentHours, 'ora', 'ore')}, sono considerati urgenti: sono eseguiti solo previo accordo del Professionista e comportano una maggiorazione ${itArticle(v.urgentSurcharge, 'del', 'dell’')} ${v.hourlyRate ? `sulla tariffa oraria di ${v.hourlyRate}` : 'sulla tariffa oraria'}.`,
      ],
    },
    changeOrders: {
      name: 'Varianti',
      body: (v) => [
        `Ogni richiesta che esuli dall’oggetto del presente contratto è formalizzata in una variante scritta che indica le attività, il relativo corrispettivo (${v.extraRate ? `alla tariffa oraria di ${v.extraRate}` : 'alla tariffa oraria in vigore del Professionista'} o a preventivo) e l’effetto sui tempi di consegna. Le relative attività hanno inizio solo dopo l’approvazione scritta della variante da parte del Committente. In mancanza, restano validi l’oggetto e i tempi originari.`,
      ],
    },
    notice: {
      name: 'Recesso e preavviso',
      body: (v) => [
        `Ciascuna parte può recedere dal presente contratto mediante comunicazione scritta, con un preavviso di ${plural(v.noticeDays, 'giorno', 'giorni')}. Durante il preavviso le attività proseguono alle condizioni concordate e le prestazioni svolte sono fatturate. In caso di grave inadempimento, in particolare di comportamenti offensivi o contrari all’etica, il contratto può essere risolto per iscritto con effetto immediato.`,
      ],
    },
    withdrawal: {
      name: 'Rinuncia del Professionista',
      body: (v) => [
        `Se il Professionista non è più in grado di eseguire l’incarico o non intende più farlo, ne informa senza indugio il Committente per iscritto. Entro ${plural(v.withdrawalDays, 'giorno', 'giorni')} propone un sostituto qualificato, gradito al Committente, oppure rimborsa (o compensa con le fatture aperte) una quota equa delle somme ricevute, in proporzione alle attività non svolte. Fatto ciò, il Committente libera il Professionista da ogni ulteriore obbligo derivante dal presente contratto.`,
      ],
    },
    suspension: {
      name: 'Sospensione per ritardato pagamento',
      body: (v) => [
        `Se una fattura resta insoluta ${plural(v.suspendAfterDays, 'giorno', 'giorni')} dopo la scadenza, il Professionista può sospendere le attività, previa comunicazione scritta al Committente, fino al pagamento integrale. I termini di consegna sono prorogati per un periodo pari alla sospensione.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Ritardi di pagamento ripetuti',
      body: (v) => [
        `Dopo ${plural(v.latePayments, 'ritardo', 'ritardi')} di pagamento, il Professionista può richiedere il pagamento anticipato di ogni ulteriore attività oppure recedere dal contratto secondo la clausola sul preavviso.`,
      ],
    },
    ownership: {
      name: 'Proprietà degli elaborati',
      body: () => [
        'La proprietà degli elaborati e i relativi diritti di utilizzazione passano al Committente con il pagamento integrale di quanto dovuto. Fino ad allora restano in capo al Professionista, e il Committente può utilizzare gli elaborati solo ai fini della verifica. Strumenti, librerie e know-how preesistenti al progetto restano di proprietà del Professionista, che ne concede al Committente una licenza d’uso nell’ambito degli elaborati.',
      ],
    },
    cancellation: {
      name: 'Annullamento',
      body: (v) => [
        `Se il Committente annulla il progetto prima del suo completamento, corrisponde il compenso per le attività svolte fino alla data dell’annullamento, ${v.hourlyRate ? `alla tariffa oraria di ${v.hourlyRate}` : 'alla tariffa concordata'} o in proporzione al corrispettivo pattuito, oltre alle spese già sostenute. L’acconto versato è imputato a tale importo.`,
      ],
    },
  },
};

const TR_DAYS = ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'];
const TR_FROM = ['pazartesiden', 'salıdan', 'çarşambadan', 'perşembeden', 'cumadan', 'cumartesiden', 'pazardan'];
const TR_TO = ['pazartesiye', 'salıya', 'çarşambaya', 'perşembeye', 'cumaya', 'cumartesiye', 'pazara'];
const tr: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `${TR_FROM[r[0]]} ${TR_TO[r[1]]} kadar` : `${joinAnd([...days].sort().map((d) => TR_DAYS[d]), 've')} günleri`;
  },
  time: (m) => hm(m, '.'),
  allTitle: 'Sözleşme maddeleri',
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

export const CLAUSES_TEXTS: Readonly<Record<DraftLanguage, ClausesTexts>> = { en, fr, it, tr };
