/**
 * The words of the payment reminder, per draft language and step. Arguments
 * are already formatted and, when they come from the client file, escaped;
 * `plainNumber` in subjects is not escaped (a subject is plain text).
 */
import { DraftLanguage } from '../locale';
import { italianDate, italianDelPercent } from './moneyCommon';

export type ReminderStep = 'friendly' | 'firm' | 'final';

export interface ReminderTexts {
  title(step: ReminderStep, client: string): string;
  /** `count` invoices concerned (open ones for friendly, overdue ones otherwise); `plainNumber` when there is just one. */
  subject(step: ReminderStep, count: number, plainNumber: string): string;
  readonly nothingOpenSubject: string;
  readonly nothingOpen: string;
  /** One open invoice; `daysLate` undefined when it is not past due. */
  invoiceLine(invoice: string, due: string, balance: string, daysLate: string | undefined): string;
  total(total: string): string;
  totalWithOverdue(total: string, overdue: string): string;
  /** `count`: open invoices. */
  friendlyIntro(count: number): string;
  readonly friendlyClose: string;
  /** `count`: overdue invoices, as a number and as formatted text. */
  firmIntro(count: number, countText: string): string;
  readonly firmAsk: string;
  firmFee(percent: string, percentValue: number): string;
  readonly alreadyPaid: string;
  readonly finalIntro: string;
  finalFee(percent: string, percentValue: number, date: string, accrued: string): string;
  finalDeadline(overdue: string, date: string): string;
  readonly finalOpenDoor: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const REMINDER_TEXTS: Readonly<Record<DraftLanguage, ReminderTexts>> = {
  en: {
    title: (step, client) =>
      ({ friendly: `Payment reminder – ${client}`, firm: `Overdue payment reminder – ${client}`, final: `Final payment reminder – ${client}` })[step],
    subject: (step, count, n) =>
      count === 1
        ? { friendly: `Reminder: invoice ${n}`, firm: `Payment overdue: invoice ${n}`, final: `Final reminder: invoice ${n}` }[step]
        : { friendly: `Reminder: ${count} open invoices`, firm: `Payment overdue: ${count} invoices`, final: `Final reminder: ${count} overdue invoices` }[step],
    nothingOpenSubject: 'Your account is up to date',
    nothingOpen: 'There are no open invoices on your account at the moment: everything is paid. Thank you.',
    invoiceLine: (invoice, due, balance, daysLate) => `Invoice ${invoice}, due ${due}: ${balance} outstanding${daysLate ? `, ${daysLate} late` : ''}`,
    total: (total) => `Total outstanding: ${total}.`,
    totalWithOverdue: (total, overdue) => `Total outstanding: ${total}, of which ${overdue} is overdue.`,
    friendlyIntro: (count) =>
      `I hope all is well. Here is a friendly reminder about the ${count === 1 ? 'invoice below, which is' : 'invoices below, which are'} awaiting payment:`,
    friendlyClose:
      'If the payment is already on its way, thank you, and please disregard this message. If you need a copy of an invoice or anything else from me, just let me know.',
    firmIntro: (count, n) =>
      `According to my records, ${count === 1 ? 'one invoice on your account is' : `${n} invoices on your account are`} now past due. Here are the open invoices:`,
    firmAsk:
      'Could you please arrange payment at your earliest convenience, or let me know when I can expect it? If anything about an invoice is unclear, tell me and we will sort it out together.',
    firmFee: (percent) => `As a reminder, the contract provides for a late fee of ${percent} a month on overdue balances.`,
    alreadyPaid: 'If you have already paid, thank you, and please disregard this message.',
    finalIntro: 'I am writing again about the overdue balance on your account, which is still unpaid. Here are the open invoices:',
    finalFee: (percent, _value, date, accrued) =>
      `Under our contract, overdue balances carry a late fee of ${percent} a month. As of ${date} it amounts to ${accrued}, counting a month as 30 days; it is not included in the total above.`,
    finalDeadline: (overdue, date) =>
      `Please settle the overdue balance of ${overdue} by ${date}. If I have not received it by then, I will pause all work from that date until the account is up to date.`,
    finalOpenDoor: 'I would much rather not get to that point: if something is holding up the payment, please tell me and we will find a solution together.',
  },
  fr: {
    title: (step, client) =>
      ({ friendly: `Rappel de paiement – ${client}`, firm: `Relance pour retard de paiement – ${client}`, final: `Dernière relance – ${client}` })[step],
    subject: (step, count, n) =>
      count === 1
        ? { friendly: `Rappel : facture ${n}`, firm: `Retard de paiement : facture ${n}`, final: `Dernière relance : facture ${n}` }[step]
        : {
            friendly: `Rappel : ${count} factures en attente de règlement`,
            firm: `Retard de paiement : ${count} factures`,
            final: `Dernière relance : ${count} factures échues`,
          }[step],
    nothingOpenSubject: 'Votre compte est à jour',
    nothingOpen: 'Aucune facture n’est en attente de règlement sur votre compte : tout est réglé. Merci.',
    invoiceLine: (invoice, due, balance, daysLate) => `Facture ${invoice} (échéance le ${due}) : ${balance} restant dû${daysLate ? `, ${daysLate} de retard` : ''}`,
    total: (total) => `Total restant dû : ${total}.`,
    totalWithOverdue: (total, overdue) => `Total restant dû : ${total}, dont échu : ${overdue}.`,
    friendlyIntro: (count) =>
      `J’espère que vous allez bien. Je me permets de vous adresser un petit rappel concernant ${count === 1 ? 'la facture ci-dessous' : 'les factures ci-dessous'}, en attente de règlement :`,
    friendlyClose:
      'Si le règlement est déjà en cours, je vous en remercie et vous prie de ne pas tenir compte de ce message. Si vous avez besoin d’un duplicata ou de toute autre information, je reste à votre disposition.',
    firmIntro: (count, n) =>
      `Sauf erreur de ma part, ${count === 1 ? 'une facture de votre compte est arrivée à échéance sans avoir été réglée' : `${n} factures de votre compte sont arrivées à échéance sans avoir été réglées`}. Voici les factures en attente de règlement :`,
    firmAsk:
      'Pourriez-vous procéder au règlement dès que possible, ou m’indiquer la date à laquelle je peux l’attendre ? Si une facture soulève une question, dites-le-moi : nous trouverons une solution ensemble.',
    firmFee: (percent) => `Pour rappel, le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues.`,
    alreadyPaid: 'Si vous avez déjà effectué le règlement, je vous en remercie et vous prie de ne pas tenir compte de ce message.',
    finalIntro: 'Je reviens vers vous au sujet du solde échu de votre compte, qui reste impayé à ce jour. Voici les factures en attente de règlement :',
    finalFee: (percent, _value, date, accrued) =>
      `Conformément au contrat, les sommes échues portent des pénalités de retard de ${percent} par mois. Au ${date}, elles s’élèvent à ${accrued} (sur la base d’un mois de 30 jours) et ne sont pas comprises dans le total ci-dessus.`,
    finalDeadline: (overdue, date) =>
      `Je vous remercie de bien vouloir régler le solde échu de ${overdue} au plus tard le ${date}. À défaut, je suspendrai mes travaux à compter de cette date, jusqu’à la régularisation du compte.`,
    finalOpenDoor: 'Je préférerais sincèrement ne pas en arriver là : si quelque chose retarde le paiement, parlons-en, nous trouverons une solution ensemble.',
  },
  it: {
    title: (step, client) =>
      ({ friendly: `Promemoria di pagamento – ${client}`, firm: `Sollecito di pagamento – ${client}`, final: `Ultimo sollecito di pagamento – ${client}` })[step],
    subject: (step, count, n) =>
      count === 1
        ? { friendly: `Promemoria: fattura ${n}`, firm: `Sollecito di pagamento: fattura ${n}`, final: `Ultimo sollecito: fattura ${n}` }[step]
        : {
            friendly: `Promemoria: ${count} fatture in attesa di pagamento`,
            firm: `Sollecito di pagamento: ${count} fatture`,
            final: `Ultimo sollecito: ${count} fatture scadute`,
          }[step],
    nothingOpenSubject: 'Il Suo conto è in regola',
    nothingOpen: 'Al momento non ci sono fatture in attesa di pagamento sul Suo conto: è tutto saldato. La ringrazio.',
    invoiceLine: (invoice, due, balance, daysLate) => `Fattura ${invoice} (scadenza ${due}): ${balance} da saldare${daysLate ? `, ${daysLate} di ritardo` : ''}`,
    total: (total) => `Totale da saldare: ${total}.`,
    totalWithOverdue: (total, overdue) => `Totale da saldare: ${total}, di cui scaduto: ${overdue}.`,
    friendlyIntro: (count) =>
      `Spero che tutto proceda bene. Le scrivo per ricordarLe gentilmente ${count === 1 ? 'la fattura seguente, in attesa di pagamento' : 'le fatture seguenti, in attesa di pagamento'}:`,
    friendlyClose:
      'Se ha già disposto il pagamento, La ringrazio e La prego di non tenere conto di questo messaggio. Se Le occorre copia di una fattura o qualsiasi altra informazione, sono a Sua disposizione.',
    firmIntro: (count, n) =>
      `Dai miei registri risulta che ${count === 1 ? 'una fattura del Suo conto è scaduta e non è ancora stata saldata' : `${n} fatture del Suo conto sono scadute e non sono ancora state saldate`}. Ecco le fatture in attesa di pagamento:`,
    firmAsk:
      'Le chiedo cortesemente di provvedere al pagamento appena possibile, oppure di farmi sapere quando potrò riceverlo. Se qualcosa in una fattura non Le torna, me lo dica pure e troveremo insieme una soluzione.',
    firmFee: (percent, value) => `Le ricordo che il contratto prevede interessi di mora ${italianDelPercent(value)}${percent} al mese sugli importi scaduti.`,
    alreadyPaid: 'Se ha già effettuato il pagamento, La ringrazio e La prego di non tenere conto di questo messaggio.',
    finalIntro: 'Torno a scriverLe in merito al saldo scaduto del Suo conto, che risulta ancora da pagare. Ecco le fatture in attesa di pagamento:',
    finalFee: (percent, value, date, accrued) =>
      `Come previsto dal contratto, sugli importi scaduti maturano interessi di mora ${italianDelPercent(value)}${percent} al mese. ${capitalize(italianDate('al', date))} ammontano a ${accrued}, calcolando il mese su 30 giorni, e non sono compresi nel totale indicato sopra.`,
    finalDeadline: (overdue, date) =>
      `La prego di saldare l’importo scaduto di ${overdue} ${italianDate('entro il', date)}. In caso contrario, da quella data sospenderò i lavori fino alla regolarizzazione del conto.`,
    finalOpenDoor: 'Preferirei davvero non arrivare a questo punto: se c’è qualcosa che ritarda il pagamento, me lo faccia sapere e troveremo insieme una soluzione.',
  },
  tr: {
    title: (step, client) =>
      ({ friendly: `Ödeme hatırlatması – ${client}`, firm: `Gecikmiş ödeme hatırlatması – ${client}`, final: `Son ödeme hatırlatması – ${client}` })[step],
    subject: (step, count, n) =>
      count === 1
        ? { friendly: `Hatırlatma: ${n} numaralı fatura`, firm: `Vadesi geçmiş ödeme: ${n} numaralı fatura`, final: `Son hatırlatma: ${n} numaralı fatura` }[step]
        : {
            friendly: `Hatırlatma: ödemesi beklenen ${count} fatura`,
            firm: `Vadesi geçmiş ödemeler: ${count} fatura`,
            final: `Son hatırlatma: vadesi geçmiş ${count} fatura`,
          }[step],
    nothingOpenSubject: 'Hesabınızda açık bakiye bulunmamaktadır',
    nothingOpen: 'Şu anda hesabınızda ödenmemiş fatura bulunmamaktadır; tüm ödemeler tamamlanmıştır. Teşekkür ederim.',
    invoiceLine: (invoice, due, balance, daysLate) => `${invoice} numaralı fatura (vade tarihi: ${due}): kalan ${balance}${daysLate ? `, ${daysLate} gecikmeli` : ''}`,
    total: (total) => `Toplam kalan bakiye: ${total}.`,
    totalWithOverdue: (total, overdue) => `Toplam kalan bakiye: ${total}; bunun ${overdue} tutarındaki kısmının vadesi geçmiştir.`,
    friendlyIntro: (count) => `Umarım her şey yolundadır. Ödemesi beklenen aşağıdaki ${count === 1 ? 'faturayı' : 'faturaları'} nazikçe hatırlatmak isterim:`,
    friendlyClose:
      'Ödemeyi zaten gerçekleştirdiyseniz teşekkür ederim; bu mesajı dikkate almayabilirsiniz. Fatura kopyasına veya başka bir bilgiye ihtiyacınız olursa lütfen bana bildirin.',
    firmIntro: (count, n) => `Kayıtlarıma göre hesabınızda vadesi geçmiş ${count === 1 ? 'bir fatura' : `${n} fatura`} bulunmaktadır. Ödemesi beklenen faturalar şunlardır:`,
    firmAsk:
      'Ödemeyi en kısa sürede gerçekleştirmenizi ya da ne zaman yapabileceğinizi bana bildirmenizi rica ederim. Faturalarla ilgili bir sorunuz varsa lütfen iletin; birlikte çözüm bulalım.',
    firmFee: (percent) => `Hatırlatmak isterim ki sözleşmemiz, vadesi geçen tutarlar için aylık ${percent} gecikme faizi öngörmektedir.`,
    alreadyPaid: 'Ödemeyi zaten yaptıysanız teşekkür ederim; bu mesajı dikkate almayabilirsiniz.',
    finalIntro: 'Hesabınızda vadesi geçmiş ve hâlâ ödenmemiş bakiye ile ilgili olarak tekrar yazıyorum. Ödemesi beklenen faturalar şunlardır:',
    finalFee: (percent, _value, date, accrued) =>
      `Sözleşmemiz uyarınca vadesi geçen tutarlara aylık ${percent} gecikme faizi uygulanmaktadır. ${date} itibarıyla işlemiş gecikme faizi, bir ay 30 gün sayılarak ${accrued} olup yukarıdaki toplama dahil değildir.`,
    finalDeadline: (overdue, date) =>
      `Vadesi geçmiş ${overdue} tutarındaki bakiyenin en geç ${date} tarihine kadar ödenmesini rica ederim. Bu tarihe kadar ödeme ulaşmazsa, o tarihten itibaren hesap güncellenene kadar çalışmalara ara vermek durumunda kalacağım.`,
    finalOpenDoor: 'Bu noktaya gelmemeyi gerçekten tercih ederim; ödemeyi geciktiren bir durum varsa lütfen bana bildirin, birlikte bir çözüm bulalım.',
  },
};
