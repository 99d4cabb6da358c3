/**
 * The words of the termination agreement, the written follow-up to the call,
 * in each draft language (see text/termination.ts for the conventions).
 */
import { DraftLanguage } from '../locale';
import { itDay, itOf, itUntil } from './typography';

export interface AgreementTexts {
  readonly title: (client: string) => string;
  readonly heading: string;
  readonly parties: (provider: string | undefined, client: string, contact: string | undefined) => string;
  readonly purpose: (today: string) => string;
  readonly endHeading: string;
  readonly endOnDay: (lastDay: string) => string;
  readonly endImmediate: (lastDay: string) => string;
  readonly workHeading: string;
  readonly deliverableHeader: readonly [string, string];
  readonly asIs: (by: string) => string;
  readonly allDelivered: string;
  readonly moneyHeading: string;
  readonly invoiceHeader: readonly [string, string, string, string];
  readonly totalRow: string;
  readonly payTotal: (total: string, payBy: string) => string;
  readonly nothingOwed: (today: string) => string;
  readonly finalInvoice: (lastDay: string) => string;
  readonly refund: (amount: string | undefined, by: string) => string;
  readonly handoverHeading: string;
  readonly handoverIntro: (by: string) => string;
  readonly handoverItems: readonly string[];
  readonly credentials: string;
  readonly referralsHeading: string;
  readonly referralsIntro: string;
  readonly closingHeading: string;
  readonly release: string;
  readonly thanks: string;
  readonly signaturesHeading: string;
  readonly provider: string;
  readonly client: string;
  readonly nameLine: (name: string) => string;
  readonly dateLine: string;
  readonly signatureLine: string;
}

const en: AgreementTexts = {
  title: (client) => `Termination agreement: ${client}`,
  heading: 'Agreement to end the collaboration',
  parties: (provider, client, contact) =>
    `Between ${provider ?? 'the undersigned service provider'} (“the Provider”) and ${client}${contact ? `, represented by ${contact}` : ''} (“the Client”).`,
  purpose: (today) => `Following our conversation, this document records what we agreed on ${today} for the end of our collaboration.`,
  endHeading: 'End date',
  endOnDay: (lastDay) => `The collaboration ends on ${lastDay}, the Provider’s last working day. The terms of the contract apply until then.`,
  endImmediate: (lastDay) => `The collaboration ends with immediate effect on ${lastDay}.`,
  workHeading: 'Work still delivered',
  deliverableHeader: ['Deliverable', 'Delivered by'],
  asIs: (by) => `The following work will not be finished; it is handed over in its current state by ${by}:`,
  allDelivered: 'All agreed deliverables have been delivered.',
  moneyHeading: 'Amounts still owed',
  invoiceHeader: ['Invoice', 'Issued', 'Due', 'Outstanding'],
  totalRow: 'Total',
  payTotal: (total, payBy) => `The Client pays the total of ${total} by ${payBy}.`,
  nothingOwed: (today) => `No invoice is outstanding on ${today}.`,
  finalInvoice: (lastDay) => `Work done up to ${lastDay} and not yet invoiced is billed in a final invoice, payable on its usual terms.`,
  refund: (amount, by) =>
    amount
      ? `The Provider refunds ${amount}, the share of the amounts paid that covers work not done, by ${by}, or credits it against the open invoices if the Client prefers.`
      : `The Provider refunds the share of the amounts paid that covers work not done, in proportion to that work, by ${by}, or credits it against the open invoices if the Client prefers.`,
  handoverHeading: 'Handover',
  handoverIntro: (by) => `By ${by}, the Provider hands over to the Client everything that belongs to the Client, in particular:`,
  handoverItems: [
    'source code and repositories, with ownership or admin rights transferred;',
    'design files, documents and assets;',
    'domain names, hosting and third-party accounts held on the Client’s behalf;',
    'the documentation needed to operate and maintain the work.',
  ],
  credentials:
    'No password, key or other credential appears in this document or is sent by email: credentials are handed over through a secure channel (such as a password manager’s sharing feature or in person) or rotated by the Client, after which the Provider’s access is removed.',
  referralsHeading: 'Referrals',
  referralsIntro: 'To ensure continuity, the Provider recommends:',
  closingHeading: 'Final provisions',
  release:
    'Once these commitments are met, neither party has any further claim against the other in respect of this collaboration; obligations of confidentiality remain in force.',
  thanks: 'The Provider thanks the Client for the trust placed in them throughout the collaboration.',
  signaturesHeading: 'Signatures',
  provider: 'For the Provider',
  client: 'For the Client',
  nameLine: (name) => `Name: ${name}`,
  dateLine: 'Date:',
  signatureLine: 'Signature:',
};

const fr: AgreementTexts = {
  title: (client) => `Accord de fin de collaboration : ${client}`,
  heading: 'Accord de fin de collaboration',
  parties: (provider, client, contact) =>
    `Entre ${provider ?? 'le prestataire soussigné'} (ci-après « le Prestataire ») et ${client}${contact ? `, en la personne de ${contact}` : ''} (ci-après « le Client »).`,
  purpose: (today) => `À la suite de notre entretien, le présent document consigne les modalités de fin de collaboration convenues le ${today}.`,
  endHeading: 'Date de fin',
  endOnDay: (lastDay) => `La collaboration prend fin le ${lastDay}, dernier jour de travail du Prestataire. Les conditions du contrat s’appliquent jusqu’à cette date.`,
  endImmediate: (lastDay) => `La collaboration prend fin avec effet immédiat le ${lastDay}.`,
  workHeading: 'Travaux restant à livrer',
  deliverableHeader: ['Livrable', 'Livré au plus tard le'],
  asIs: (by) => `Les travaux suivants ne seront pas achevés ; ils sont remis en l’état au plus tard le ${by} :`,
  allDelivered: 'L’ensemble des livrables convenus a été livré.',
  moneyHeading: 'Sommes restant dues',
  invoiceHeader: ['Facture', 'Émise le', 'Échéance', 'Reste dû'],
  totalRow: 'Total',
  payTotal: (total, payBy) => `Le Client règle la somme totale de ${total} au plus tard le ${payBy}.`,
  nothingOwed: (today) => `Aucune facture ne reste impayée au ${today}.`,
  finalInvoice: (lastDay) =>
    `Les prestations réalisées jusqu’au ${lastDay} et non encore facturées font l’objet d’une facture de clôture, payable aux conditions habituelles.`,
  refund: (amount, by) =>
    amount
      ? `Le Prestataire rembourse au Client la somme de ${amount}, correspondant aux travaux payés et non réalisés, au plus tard le ${by}, ou l’impute sur les factures en cours si le Client le préfère.`
      : `Le Prestataire rembourse au Client la part des sommes versées correspondant aux travaux non réalisés, au prorata de ceux-ci, au plus tard le ${by}, ou l’impute sur les factures en cours si le Client le préfère.`,
  handoverHeading: 'Restitution',
  handoverIntro: (by) => `Au plus tard le ${by}, le Prestataire remet au Client l’ensemble des éléments qui lui appartiennent, notamment :`,
  handoverItems: [
    'le code source et les dépôts, avec transfert de la propriété ou des droits d’administration ;',
    'les fichiers de conception, documents et ressources graphiques ;',
    'les noms de domaine, l’hébergement et les comptes tiers détenus pour le compte du Client ;',
    'la documentation nécessaire à l’exploitation et à la maintenance.',
  ],
  credentials:
    'Aucun mot de passe, clé ou autre identifiant ne figure dans le présent document ni n’est transmis par e-mail : les identifiants sont remis par un canal sécurisé (partage depuis un gestionnaire de mots de passe ou remise en main propre) ou renouvelés par le Client, après quoi les accès du Prestataire sont supprimés.',
  referralsHeading: 'Recommandations',
  referralsIntro: 'Afin d’assurer la continuité du projet, le Prestataire recommande :',
  closingHeading: 'Dispositions finales',
  release:
    'Une fois ces engagements exécutés, les parties n’auront plus aucune réclamation l’une envers l’autre au titre de cette collaboration ; les obligations de confidentialité demeurent en vigueur.',
  thanks: 'Le Prestataire remercie le Client de la confiance qu’il lui a accordée tout au long de cette collaboration.',
  signaturesHeading: 'Signatures',
  provider: 'Pour le Prestataire',
  client: 'Pour le Client',
  nameLine: (name) => `Nom : ${name}`,
  dateLine: 'Date :',
  signatureLine: 'Signature, précédée de la mention « Lu et approuvé » :',
};

const it: AgreementTexts = {
  title: (client) => `Accordo di conclusione della collaborazione: ${client}`,
  heading: 'Accordo di conclusione della collaborazione',
  parties: (provider, client, contact) =>
    `Tra ${provider ?? 'il sottoscritto professionista'} (di seguito “il Professionista”) e ${client}${contact ? `, nella persona di ${contact}` : ''} (di seguito “il Committente”).`,
  purpose: (today) => `A seguito del colloquio intercorso, il presente documento riporta quanto concordato in data ${today} per la conclusione della collaborazione.`,
  endHeading: 'Data di conclusione',
  endOnDay: (lastDay) =>
    `La collaborazione si conclude ${itDay(lastDay)}, ultimo giorno di lavoro del Professionista. Fino a tale data restano valide le condizioni del contratto.`,
  endImmediate: (lastDay) => `La collaborazione si conclude con effetto immediato ${itDay(lastDay)}.`,
  workHeading: 'Lavori ancora da consegnare',
  deliverableHeader: ['Consegna', 'Entro'],
  asIs: (by) => `I seguenti lavori non saranno completati e vengono consegnati nello stato in cui si trovano entro ${itDay(by)}:`,
  allDelivered: 'Tutte le consegne concordate sono state effettuate.',
  moneyHeading: 'Importi ancora dovuti',
  invoiceHeader: ['Fattura', 'Emessa il', 'Scadenza', 'Residuo'],
  totalRow: 'Totale',
  payTotal: (total, payBy) => `Il Committente versa l’importo complessivo di ${total} entro ${itDay(payBy)}.`,
  nothingOwed: (today) => `Alla data ${itOf(today)} non risultano fatture aperte.`,
  finalInvoice: (lastDay) =>
    `Le prestazioni svolte fino ${itUntil(lastDay)} e non ancora fatturate sono oggetto di una fattura a saldo, pagabile alle consuete condizioni.`,
  refund: (amount, by) =>
    amount
      ? `Il Professionista rimborsa al Committente ${amount}, pari alla quota già pagata per lavori non svolti, entro ${itDay(by)}, oppure la compensa con le fatture aperte se il Committente lo preferisce.`
      : `Il Professionista rimborsa al Committente la quota già pagata per lavori non svolti, in proporzione a tali lavori, entro ${itDay(by)}, oppure la compensa con le fatture aperte se il Committente lo preferisce.`,
  handoverHeading: 'Passaggio di consegne',
  handoverIntro: (by) => `Entro ${itDay(by)} il Professionista consegna al Committente tutto ciò che gli appartiene, in particolare:`,
  handoverItems: [
    'il codice sorgente e i repository, con trasferimento della proprietà o dei diritti di amministrazione;',
    'i file di progetto grafico, i documenti e le risorse;',
    'i nomi di dominio, l’hosting e gli account di terze parti gestiti per conto del Committente;',
    'la documentazione necessaria per la gestione e la manutenzione.',
  ],
  credentials:
    'Nessuna password, chiave o altra credenziale compare nel presente documento o viene inviata via e-mail: le credenziali sono consegnate tramite un canale sicuro (ad esempio la condivisione di un gestore di password o di persona) oppure sostituite dal Committente, dopodiché gli accessi del Professionista vengono rimossi.',
  referralsHeading: 'Professionisti consigliati',
  referralsIntro: 'Per garantire la continuità del progetto, il Professionista consiglia:',
  closingHeading: 'Disposizioni finali',
  release:
    'Adempiuti tali impegni, nessuna delle parti avrà altro da pretendere dall’altra in relazione a questa collaborazione; restano in vigore gli obblighi di riservatezza.',
  thanks: 'Il Professionista ringrazia il Committente per la fiducia accordata nel corso della collaborazione.',
  signaturesHeading: 'Firme',
  provider: 'Il Professionista',
  client: 'Il Committente',
  nameLine: (name) => `Nome: ${name}`,
  dateLine: 'Data:',
  signatureLine: 'Firma:',
};

const tr: AgreementTexts = {
  title: (client) => `İş birliğinin sona erdirilmesine ilişkin mutabakat: ${client}`,
  heading: 'İş Birliğinin Sona Erdirilmesine İlişkin Mutabakat',
  parties: (provider, client, contact) =>
    `Bu mutabakat, ${provider ?? 'aşağıda imzası bulunan hizmet veren'} (“Hizmet Veren”) ile ${contact ? `${contact} tarafından temsil edilen ` : ''}${client} (“Müşteri”) arasında düzenlenmiştir.`,
  purpose: (today) => `Yaptığımız görüşmenin ardından, iş birliğinin sona erdirilmesine ilişkin olarak ${today} tarihinde varılan mutabakat aşağıda yer almaktadır.`,
  endHeading: 'Sona erme tarihi',
  endOnDay: (lastDay) => `İş birliği, Hizmet Verenin son çalışma günü olan ${lastDay} tarihinde sona erer. Bu tarihe kadar sözleşme hükümleri geçerlidir.`,
  endImmediate: (lastDay) => `İş birliği ${lastDay} tarihinde derhâl sona erer.`,
  workHeading: 'Teslim edilecek işler',
  deliverableHeader: ['İş', 'Son teslim tarihi'],
  asIs: (by) => `Aşağıdaki işler tamamlanmayacak; en geç ${by} tarihinde mevcut hâliyle teslim edilir:`,
  allDelivered: 'Kararlaştırılan tüm işler teslim edilmiştir.',
  moneyHeading: 'Ödenmesi gereken tutarlar',
  invoiceHeader: ['Fatura', 'Düzenleme', 'Vade', 'Kalan tutar'],
  totalRow: 'Toplam',
  payTotal: (total, payBy) => `Müşteri, toplam ${total} tutarı en geç ${payBy} tarihinde öder.`,
  nothingOwed: (today) => `${today} itibarıyla ödenmemiş fatura bulunmamaktadır.`,
  finalInvoice: (lastDay) => `${lastDay} tarihine kadar yapılan ve henüz faturalandırılmamış işler, olağan koşullarla ödenecek bir kapanış faturasıyla faturalandırılır.`,
  refund: (amount, by) =>
    amount
      ? `Hizmet Veren, ödenmiş olup yapılmayacak işlere karşılık gelen ${amount} tutarı en geç ${by} tarihinde Müşteriye iade eder veya Müşteri tercih ederse açık faturalardan mahsup eder.`
      : `Hizmet Veren, ödenmiş olup yapılmayacak işlere karşılık gelen kısmı, bu işlerle orantılı olarak en geç ${by} tarihinde Müşteriye iade eder veya Müşteri tercih ederse açık faturalardan mahsup eder.`,
  handoverHeading: 'Devir teslim',
  handoverIntro: (by) => `Hizmet Veren, Müşteriye ait olan her şeyi en geç ${by} tarihinde Müşteriye teslim eder; özellikle:`,
  handoverItems: [
    'kaynak kodu ve depolar (sahiplik veya yönetici yetkisi devredilerek);',
    'tasarım dosyaları, belgeler ve görsel materyaller;',
    'Müşteri adına tutulan alan adları, barındırma hizmetleri ve üçüncü taraf hesapları;',
    'işin kullanımı ve bakımı için gerekli dokümantasyon.',
  ],
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

export const AGREEMENT_TEXTS: Readonly<Record<DraftLanguage, AgreementTexts>> = { en, fr, it, tr };
