/** The offboarding checklist's words in Italian (see ../checklist.ts). */
import type { ChecklistTexts } from '../checklist';
import { itDay, itUntil } from '../typography';

export const it: ChecklistTexts = {
  title: (client) => `Checklist di chiusura: ${client}`,
  heading: (client) => `Chiusura della collaborazione: ${client}`,
  intro: (lastDay) => `Ultimo giorno di lavoro: ${lastDay}.`,
  talkHeading: 'Comunicare la decisione',
  // "Chiamare" takes the name or "il referente" as they are; "Telefonare a il referente" would need the articulated "al".
  call: (contact) =>
    `Chiamare ${contact} per comunicare la fine della collaborazione: una telefonata, non un messaggio; mantenere la calma, ringraziare e non tornare sui propri passi se l’interlocutore insiste`,
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
  removeAccess: 'Revocare i propri accessi ai sistemi del cliente e quelli del cliente ai propri (cartelle condivise, chat, calendari)',
  archive: 'Archiviare il cliente: impostare `"status": "ended"` nel file del cliente',
  quiet: 'Silenziare i canali del cliente dopo l’ultimo giorno',
  selfCare: 'Prendersi cura di sé: concedersi un pomeriggio libero per chiudere il capitolo',
  shortNotice: (notice, suggested, since) =>
    `Verificare il preavviso prima di comunicare la data di fine: ${notice.text} ${notice.n === 1 ? 'giorno' : 'giorni'} per una collaborazione iniziata ${itDay(since)}. Per il diritto francese, interrompere un rapporto commerciale consolidato con un preavviso troppo breve rispetto alla sua durata costituisce una rottura brutale e può dar luogo a un risarcimento (art. L442-1 II del Codice di commercio francese); prevedere piuttosto ${suggested.text} giorni, oppure concordare per iscritto la data di fine con il cliente`,
};
