/** The words of the offboarding checklist, in each draft language (see text/termination.ts). */
import { DraftLanguage } from '../locale';
import { itDay, itUntil } from './typography';

export interface ChecklistTexts {
  readonly title: (client: string) => string;
  readonly heading: (client: string) => string;
  readonly intro: (lastDay: string) => string;
  readonly talkHeading: string;
  readonly call: (contact: string) => string;
  readonly someone: string;
  readonly email: string;
  readonly agreement: string;
  readonly moneyHeading: string;
  readonly finalInvoice: (lastDay: string) => string;
  readonly statement: string;
  readonly collect: (total: string, invoices: string) => string;
  readonly nothingOwed: string;
  readonly refund: (by: string) => string;
  readonly workHeading: string;
  readonly deliver: (name: string, due: string | undefined) => string;
  readonly handAsIs: (name: string) => string;
  readonly handoverHeading: string;
  readonly repositories: string;
  readonly credentials: string;
  readonly domains: string;
  readonly hosting: string;
  readonly designFiles: string;
  readonly accounts: string;
  readonly closeHeading: string;
  readonly recommend: (names: string) => string;
  readonly findReferrals: string;
  readonly removeAccess: string;
  readonly archive: string;
  readonly quiet: string;
  readonly selfCare: string;
}

const en: ChecklistTexts = {
  title: (client) => `Offboarding checklist: ${client}`,
  heading: (client) => `Offboarding: ${client}`,
  intro: (lastDay) => `Last working day: ${lastDay}.`,
  talkHeading: 'Tell them',
  call: (contact) => `Call ${contact} to announce the end: a conversation, not a message; stay calm, thank them, and do not waver if they plead`,
  someone: 'your contact',
  email: 'Send the termination email that confirms the call in writing',
  agreement: 'Send the written agreement (what is delivered, what is owed, the last day) and get it signed',
  moneyHeading: 'Money',
  finalInvoice: (lastDay) => `Send the final invoice for work done up to ${lastDay}`,
  statement: 'Send a statement of account: every invoice, every payment, the balance',
  collect: (total, invoices) => `Receive the final payment: ${total} still owed (${invoices})`,
  nothingOwed: 'Final payment received: nothing is owed',
  refund: (by) => `Refund (or credit) the share of paid work that will not be finished, by ${by}`,
  workHeading: 'Work still to deliver',
  deliver: (name, due) => (due ? `Deliver ${name} by ${due}` : `Deliver ${name}`),
  handAsIs: (name) => `Hand over ${name} in its current state`,
  handoverHeading: 'Handover',
  repositories: 'Repositories: transfer ownership or admin rights, and check the client can push and deploy without you',
  credentials: 'Credentials: hand them over through a password manager or in person, or have the client rotate them; never by email',
  domains: 'Domains and DNS: registrar account, renewal dates, DNS records',
  hosting: 'Hosting and deployment: servers, CI pipelines, backups, billing moved to the client',
  designFiles: 'Design files, documents and assets, in formats the client can open',
  accounts: 'Third-party accounts (analytics, email, payments, app stores): owner changed to the client',
  closeHeading: 'Close',
  recommend: (names) => `Send your recommendations: ${names}`,
  findReferrals: 'Think of one or two colleagues you could recommend',
  removeAccess: 'Remove your access to their systems and theirs to yours (shared drives, chat workspaces, calendars)',
  archive: 'Archive the client: set `"status": "ended"` in the client file',
  quiet: 'Mute their channels after the last day',
  selfCare: 'Look after yourself: take an afternoon off and mark the end of a hard chapter',
};

const fr: ChecklistTexts = {
  title: (client) => `Check-list de fin de collaboration : ${client}`,
  heading: (client) => `Fin de collaboration : ${client}`,
  intro: (lastDay) => `Dernier jour de travail : ${lastDay}.`,
  talkHeading: 'Annoncer la décision',
  call: (contact) =>
    `Appeler ${contact} pour annoncer la fin de la collaboration : une conversation, pas un message ; rester calme, remercier, ne pas revenir sur sa décision face à l’insistance`,
  someone: 'votre interlocuteur',
  email: 'Envoyer l’e-mail de fin de collaboration qui confirme l’appel par écrit',
  agreement: 'Envoyer l’accord écrit (ce qui reste à livrer, ce qui reste dû, la date de fin) et le faire signer',
  moneyHeading: 'Facturation',
  finalInvoice: (lastDay) => `Émettre la facture de clôture pour le travail réalisé jusqu’au ${lastDay}`,
  statement: 'Envoyer un relevé de compte : chaque facture, chaque paiement, le solde',
  collect: (total, invoices) => `Encaisser le dernier règlement : ${total} restant dû (${invoices})`,
  nothingOwed: 'Dernier règlement encaissé : plus rien n’est dû',
  refund: (by) => `Rembourser (ou imputer) la part des travaux payés qui ne seront pas achevés, d’ici le ${by}`,
  workHeading: 'Travaux restant à livrer',
  deliver: (name, due) => (due ? `Livrer ${name} d’ici le ${due}` : `Livrer ${name}`),
  handAsIs: (name) => `Remettre ${name} en l’état`,
  handoverHeading: 'Restitution',
  repositories: 'Dépôts de code : transférer la propriété ou les droits d’administration, vérifier que le client peut publier et déployer en autonomie',
  credentials: 'Identifiants : les remettre via un gestionnaire de mots de passe ou en main propre, ou les faire renouveler par le client ; jamais par e-mail',
  domains: 'Noms de domaine et DNS : compte du registraire, dates de renouvellement, enregistrements DNS',
  hosting: 'Hébergement et déploiement : serveurs, chaînes d’intégration continue, sauvegardes, facturation transférée au client',
  designFiles: 'Fichiers de conception, documents et ressources, dans des formats que le client peut ouvrir',
  accounts: 'Comptes tiers (statistiques, messagerie, paiement, magasins d’applications) : propriété transférée au client',
  closeHeading: 'Clôture',
  recommend: (names) => `Envoyer vos recommandations : ${names}`,
  findReferrals: 'Penser à un ou deux confrères ou consœurs à recommander',
  removeAccess: 'Supprimer vos accès à leurs outils, et les leurs aux vôtres (espaces partagés, messageries, agendas)',
  archive: 'Archiver le client : indiquer `"status": "ended"` dans le fichier client',
  quiet: 'Couper les notifications de leurs canaux après le dernier jour',
  selfCare: 'Prendre soin de soi : s’accorder un après-midi de repos pour tourner la page',
};

const it: ChecklistTexts = {
  title: (client) => `Checklist di chiusura: ${client}`,
  heading: (client) => `Chiusura della collaborazione: ${client}`,
  intro: (lastDay) => `Ultimo giorno di lavoro: ${lastDay}.`,
  talkHeading: 'Comunicare la decisione',
  call: (contact) =>
    `Telefonare a ${contact} per comunicare la fine della collaborazione: una conversazione, non un messaggio; mantenere la calma, ringraziare e non tornare sui propri passi se l’interlocutore insiste`,
  someone: 'il referente',
  email: 'Inviare l’e-mail di conclusione che conferma per iscritto la telefonata',
  agreement: 'Inviare l’accordo scritto (cosa resta da consegnare, cosa resta da pagare, l’ultimo giorno) e farlo firmare',
  moneyHeading: 'Pagamenti',
  finalInvoice: (lastDay) => `Emettere la fattura a saldo per il lavoro svolto fino ${itUntil(lastDay)}`,
  statement: 'Inviare un estratto conto: ogni fattura, ogni pagamento, il saldo',
  collect: (total, invoices) => `Incassare il saldo finale: ${total} ancora dovuti (${invoices})`,
  nothingOwed: 'Saldo finale incassato: non resta nulla da pagare',
  refund: (by) => `Rimborsare (o compensare) la quota di lavoro pagato che non sarà completato, entro ${itDay(by)}`,
  workHeading: 'Lavori ancora da consegnare',
  deliver: (name, due) => (due ? `Consegnare ${name} entro ${itDay(due)}` : `Consegnare ${name}`),
  handAsIs: (name) => `Consegnare ${name} nello stato in cui si trova`,
  handoverHeading: 'Passaggio di consegne',
  repositories: 'Repository: trasferire la proprietà o i diritti di amministrazione e verificare che il cliente possa pubblicare e rilasciare in autonomia',
  credentials: 'Credenziali: consegnarle tramite un gestore di password o di persona, oppure farle cambiare al cliente; mai via e-mail',
  domains: 'Domini e DNS: account del registrar, date di rinnovo, record DNS',
  hosting: 'Hosting e rilascio: server, pipeline di integrazione continua, backup, fatturazione intestata al cliente',
  designFiles: 'File di progetto grafico, documenti e risorse, in formati che il cliente può aprire',
  accounts: 'Account di terze parti (statistiche, posta, pagamenti, store di app): titolarità passata al cliente',
  closeHeading: 'Chiusura',
  recommend: (names) => `Inviare i nomi dei colleghi consigliati: ${names}`,
  findReferrals: 'Pensare a uno o due colleghi da consigliare',
  removeAccess: 'Rimuovere i propri accessi ai loro sistemi e i loro ai propri (cartelle condivise, chat, calendari)',
  archive: 'Archiviare il cliente: impostare `"status": "ended"` nel file dei clienti',
  quiet: 'Silenziare i loro canali dopo l’ultimo giorno',
  selfCare: 'Prendersi cura di sé: concedersi un pomeriggio libero per chiudere il capitolo',
};

const tr: ChecklistTexts = {
  title: (client) => `İş birliğini kapatma listesi: ${client}`,
  heading: (client) => `İş birliğinin kapatılması: ${client}`,
  intro: (lastDay) => `Son çalışma günü: ${lastDay}.`,
  talkHeading: 'Kararı bildirin',
  call: (contact) =>
    `Sona ermeyi bildirmek için ${contact} ile telefonda görüşün: mesajla değil, konuşarak; sakin kalın, teşekkür edin ve ısrar edilse de kararınızdan dönmeyin`,
  someone: 'yetkili kişi',
  email: 'Görüşmeyi yazılı olarak teyit eden sonlandırma e-postasını gönderin',
  agreement: 'Yazılı mutabakatı (teslim edilecekler, ödenecekler, son gün) gönderin ve imzalatın',
  moneyHeading: 'Ödemeler',
  finalInvoice: (lastDay) => `${lastDay} tarihine kadar yapılan işler için kapanış faturasını kesin`,
  statement: 'Hesap ekstresi gönderin: her fatura, her ödeme, kalan bakiye',
  collect: (total, invoices) => `Son ödemeyi tahsil edin: ödenmesi gereken ${total} (${invoices})`,
  nothingOwed: 'Son ödeme tahsil edildi: ödenmemiş tutar yok',
  refund: (by) => `Ödenmiş ama tamamlanmayacak işlerin payını ${by} tarihine kadar iade edin (veya mahsup edin)`,
  workHeading: 'Teslim edilecek işler',
  deliver: (name, due) => (due ? `Teslim edin: ${name} (son tarih ${due})` : `Teslim edin: ${name}`),
  handAsIs: (name) => `Mevcut hâliyle teslim edin: ${name}`,
  handoverHeading: 'Devir teslim',
  repositories: 'Kod depoları: sahipliği veya yönetici yetkisini devredin, müşterinin sizsiz yayınlayıp dağıtım yapabildiğini kontrol edin',
  credentials: 'Erişim bilgileri: şifre yöneticisiyle ya da yüz yüze teslim edin veya müşteriye değiştirtin; asla e-postayla göndermeyin',
  domains: 'Alan adları ve DNS: kayıt firması hesabı, yenileme tarihleri, DNS kayıtları',
  hosting: 'Barındırma ve dağıtım: sunucular, CI süreçleri, yedekler, faturaların müşteriye devri',
  designFiles: 'Tasarım dosyaları, belgeler ve materyaller, müşterinin açabileceği biçimlerde',
  accounts: 'Üçüncü taraf hesapları (analitik, e-posta, ödeme, uygulama mağazaları): sahipliği müşteriye geçirin',
  closeHeading: 'Kapanış',
  recommend: (names) => `Önerilerinizi iletin: ${names}`,
  findReferrals: 'Önerebileceğiniz bir iki meslektaşınızı düşünün',
  removeAccess: 'Onların sistemlerindeki erişiminizi ve sizin sistemlerinizdeki erişimlerini kaldırın (ortak klasörler, sohbet alanları, takvimler)',
  archive: 'Müşteriyi arşivleyin: müşteri dosyasında `"status": "ended"` yazın',
  quiet: 'Son günden sonra kanallarının bildirimlerini kapatın',
  selfCare: 'Kendinize iyi bakın: zorlu bir dönemi kapatmak için kendinize bir öğleden sonra izin verin',
};

export const CHECKLIST_TEXTS: Readonly<Record<DraftLanguage, ChecklistTexts>> = { en, fr, it, tr };
