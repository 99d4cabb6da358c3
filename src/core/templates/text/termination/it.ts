/** The termination email's words in Italian (see ../termination.ts). */
import type { TerminationTexts } from '../termination';
import { itDay, itOf, itUntil } from '../typography';

export const it: TerminationTexts = {
  reasonLabels: {
    payment: 'Problemi di pagamento',
    scopeCreep: 'Richieste oltre il perimetro concordato',
    styleMismatch: 'Differenza di stile o di filosofia',
    abuse: 'Comportamento scorretto o offensivo',
    noLongerFit: 'Il lavoro non fa più per me (è cambiato il lavoro o l’attività)',
    noContract: 'Nessun contratto',
    rateTooLow: 'Tariffa troppo bassa o trattative continue',
    notEnoughWork: 'Volume di lavoro insufficiente',
    disrespectOfTime: 'Mancato rispetto del mio tempo',
  },
  title: (client) => `E-mail di conclusione della collaborazione: ${client}`,
  subject: (client) => `Conclusione della nostra collaborazione – ${client}`,
  subjectImmediate: (client) => `Conclusione della nostra collaborazione con effetto immediato – ${client}`,
  // Neutral: without a notice clause the end is proposed below, not announced (artt. 1373, 2237 c.c.).
  opening: 'Le scrivo in merito alla conclusione della nostra collaborazione.',
  reasons: {
    payment:
      'Negli ultimi mesi i pagamenti sono arrivati più volte oltre i termini concordati. La mia attività si regge sul rispetto delle scadenze e in queste condizioni non riesco più a pianificare il lavoro.',
    scopeCreep:
      'Le esigenze del progetto sono andate ben oltre quanto concordato all’inizio e non mi è più possibile assorbire le richieste aggiuntive nel budget previsto. Piuttosto che rinegoziare ogni aggiunta, credo sia più corretto per entrambi chiudere qui la collaborazione.',
    styleMismatch:
      'Ho maturato la convinzione che il mio approccio non corrisponda alla direzione che desidera dare al progetto. Un professionista con uno stile più vicino alla Sua visione saprà seguirLa meglio.',
    noLongerFit:
      'La mia attività è cambiata negli ultimi mesi e questo tipo di incarico non rientra più in ciò che so offrire al meglio. Il Suo progetto merita qualcuno che possa dedicargli il massimo impegno.',
    noContract:
      'Per principio lavoro solo sulla base di un contratto firmato, che tutela entrambe le parti. Non essendo stato possibile definirne uno, preferisco non proseguire la collaborazione e vorrei concluderla di comune accordo.',
    rateTooLow:
      'Ho rivisto le mie tariffe e le condizioni della nostra collaborazione non sono più in linea con quelle attuali. Piuttosto che rinegoziare il prezzo di ogni lavoro, preferisco che ci salutiamo in buoni rapporti.',
    notEnoughWork:
      'Il volume di lavoro è diventato troppo ridotto perché io possa dedicargli l’attenzione e la disponibilità che merita, accanto agli altri impegni.',
    disrespectOfTime:
      'Per lavorare bene per tutti i miei clienti ho bisogno di rispettare il mio orario di lavoro, e il ritmo delle richieste urgenti e fuori orario su questo progetto non me lo consente più.',
  },
  // Abusive or unethical conduct is the just cause that lets a professional withdraw at once (art. 2237 c.c.).
  openingImmediate: (today) => `Con la presente recedo per giusta causa dalla nostra collaborazione, con effetto immediato da oggi, ${today}.`,
  immediateStop: 'I lavori in corso si interrompono oggi e Le saranno consegnati nello stato in cui si trovano.',
  // The contract's notice clause is a right of withdrawal: the email exercises it.
  lastDayContract: (client, lastDay, notice) =>
    `Nel rispetto del preavviso di ${notice.text} ${notice.n === 1 ? 'giorno' : 'giorni'} previsto dal contratto, il mio ultimo giorno di lavoro per ${client} sarà ${itDay(lastDay)}.`,
  // Without a withdrawal clause a professional may withdraw alone only for just cause (artt. 1373, 2237 c.c.):
  // the end date is proposed, and the client asked to agree.
  lastDayDefault: (client, lastDay, notice) =>
    `Le propongo di fissare ${itUntil(lastDay)} il mio ultimo giorno di lavoro per ${client}: avremmo così ${notice.text} ${notice.n === 1 ? 'giorno' : 'giorni'} per organizzare il passaggio di consegne. La prego di farmi sapere se questa data è per Lei accettabile.`,
  lastDayChosen: (client, lastDay) =>
    `Le propongo di fissare ${itUntil(lastDay)} il mio ultimo giorno di lavoro per ${client}. La prego di farmi sapere se questa data è per Lei accettabile.`,
  deliverIntro: 'Fino ad allora completerò:',
  deliverable: (name, due) => (due ? `${name} (scadenza: ${due})` : name),
  notFinishedIntro: 'I lavori seguenti non potranno essere completati entro quella data; Le consegnerò quanto svolto nello stato in cui si trova:',
  refund: (amount, by) =>
    amount
      ? `Una parte di quanto già pagato corrisponde a lavoro che non sarà completato: Le rimborserò ${amount} entro ${itDay(by)}.`
      : `Una parte di quanto già pagato corrisponde a lavoro che non sarà completato: Le rimborserò la quota corrispondente, in proporzione al lavoro non svolto, entro ${itDay(by)}.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Una parte di quanto già pagato, pari a ${amount}, corrisponde a lavoro che non sarà completato. Posso detrarre tale importo dal totale ancora dovuto oppure, se preferisce, rimborsarLe la somma entro ${itDay(by)}: mi faccia sapere come desidera procedere.`
      : `Una parte di quanto già pagato corrisponde a lavoro che non sarà completato. Posso detrarre la quota corrispondente, in proporzione al lavoro non svolto, dal totale ancora dovuto oppure, se preferisce, rimborsarLe tale quota entro ${itDay(by)}: mi faccia sapere come desidera procedere.`,
  owedIntro: 'Risultano ancora aperte le seguenti fatture:',
  invoice: (number, issued, due, outstanding) => `Fattura n. ${number} ${itOf(issued)} (scadenza ${due}): ${outstanding}`,
  total: (total, payBy) => `Il totale ancora dovuto è di ${total}. La prego cortesemente di provvedere al saldo entro ${itDay(payBy)}.`,
  handover: (by) =>
    `Entro ${itDay(by)} Le consegnerò tutti i file, gli account e gli accessi di Sua proprietà; le password Le arriveranno tramite un canale sicuro, mai via e-mail.`,
  referralsIntro: 'Se può esserLe utile, ecco alcuni colleghi che mi sento di consigliarLe:',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? `: ${r.note}` : ''].join(''),
  noReferrals: 'Se lo desidera, Le indicherò volentieri altri professionisti in grado di subentrare.',
  thanks: () => 'La ringrazio sinceramente per la fiducia e per il lavoro svolto insieme, e Le auguro ogni successo per il futuro.',
  closing: 'Cordiali saluti,',
  closingImmediate: 'Distinti saluti,',
  slots: {
    client: 'Nome del cliente',
    contact: 'Sig. o Sig.ra Cognome',
    date: 'data',
    amount: 'importo',
    deliverable: 'Consegna',
    invoice: 'numero fattura',
    colleague: 'Nome del collega',
    colleagueContact: 'collega@esempio.it',
    yourName: 'Il Suo nome',
    yourEmail: 'nome@esempio.it',
  },
  subjectLabel: 'Oggetto:',
};
