/** The payment reminder's words in Italian (see ../reminder.ts). */
import type { ReminderTexts } from '../reminder';
import { italianDelPercent } from '../moneyCommon';
import { itDate, itUntil } from '../typography';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const it: ReminderTexts = {
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
  nothingOpenSubject: 'Nessuna fattura da saldare',
  nothingOpen: 'Al momento non ci sono fatture a Suo carico in attesa di pagamento: è tutto saldato. La ringrazio.',
  invoiceLine: (invoice, due, balance, daysLate) => `Fattura ${invoice} (scadenza ${due}): ${balance} da saldare${daysLate ? `, ${daysLate} di ritardo` : ''}`,
  total: (total) => `Totale da saldare: ${total}.`,
  totalWithOverdue: (total, overdue) => `Totale da saldare: ${total}, di cui scaduto: ${overdue}.`,
  friendlyIntro: (count) =>
    `Spero che tutto proceda bene. Le scrivo per ricordarLe che ${count === 1 ? 'la fattura seguente è in attesa di pagamento' : 'le fatture seguenti sono in attesa di pagamento'}:`,
  friendlyClose:
    'Se ha già disposto il pagamento, La ringrazio e La prego di non tenere conto di questo messaggio. Se Le occorre copia di una fattura o qualsiasi altra informazione, sono a Sua disposizione.',
  firmIntro: (count, n) =>
    `Dai miei registri risulta che ${count === 1 ? 'una fattura a Suo carico è scaduta e non è ancora stata saldata' : `${n} fatture a Suo carico sono scadute e non sono ancora state saldate`}. Ecco le fatture in attesa di pagamento:`,
  firmAsk:
    'Le chiedo cortesemente di provvedere al pagamento appena possibile, oppure di farmi sapere quando potrò riceverlo. Se qualcosa in una fattura non Le risulta chiaro, me lo segnali pure e troveremo insieme una soluzione.',
  firmFee: (percent, value) => `Le ricordo che il contratto prevede interessi di mora ${italianDelPercent(value)}${percent} al mese sugli importi scaduti.`,
  alreadyPaid: 'Se ha già effettuato il pagamento, La ringrazio e La prego di non tenere conto di questo messaggio.',
  finalIntro: 'Torno a scriverLe in merito all’importo scaduto a Suo carico, che risulta ancora da saldare. Ecco le fatture in attesa di pagamento:',
  finalFee: (percent, value, date, accrued) =>
    `Come previsto dal contratto, sugli importi scaduti maturano interessi di mora ${italianDelPercent(value)}${percent} al mese. ${capitalize(itUntil(date))} ammontano a ${accrued}, calcolando il mese su 30 giorni, e non sono compresi nel totale indicato sopra.`,
  finalDeadline: (overdue, date) =>
    `La prego di saldare l’importo scaduto di ${overdue} ${itDate('entro il', date)}. In caso contrario, da quella data sospenderò i lavori fino alla regolarizzazione dei pagamenti.`,
  finalOpenDoor: 'Preferirei davvero non arrivare a questo punto: se c’è qualcosa che ritarda il pagamento, me lo faccia sapere e troveremo insieme una soluzione.',
};
