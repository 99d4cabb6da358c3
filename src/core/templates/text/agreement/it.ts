/** The termination agreement's words in Italian (see ../agreement.ts). */
import type { AgreementTexts } from '../agreement';
import { itDay, itOf, itUntil } from '../typography';

export const it: AgreementTexts = {
  title: (client) => `Accordo di conclusione della collaborazione: ${client}`,
  heading: 'Accordo di conclusione della collaborazione',
  parties: (provider, client, contact) =>
    `Tra ${provider ?? 'il sottoscritto professionista'} (di seguito “il Professionista”) e ${client}${contact ? `, nella persona di ${contact}` : ''} (di seguito “il Committente”).`,
  purpose: (today) => `A seguito del colloquio intercorso, il presente documento riporta quanto concordato in data ${today} per la conclusione della collaborazione.`,
  endHeading: 'Data di conclusione',
  endOnDay: (lastDay) =>
    `La collaborazione si conclude ${itDay(lastDay)}, ultimo giorno di lavoro del Professionista. Fino a tale data restano valide le condizioni concordate.`,
  endImmediate: (lastDay) => `La collaborazione si conclude con effetto immediato ${itDay(lastDay)}.`,
  workHeading: 'Lavori ancora da consegnare',
  deliverableHeader: ['Consegna', 'Entro'],
  asIs: (by) => `I seguenti lavori non saranno completati e vengono consegnati nello stato in cui si trovano entro ${itDay(by)}:`,
  allDelivered: 'Tutte le consegne concordate sono state effettuate.',
  moneyHeading: 'Importi ancora dovuti',
  invoiceHeader: ['Fattura', 'Emissione', 'Scadenza', 'Residuo'],
  totalRow: 'Totale',
  payTotal: (total, payBy) => `Il Committente versa l’importo complessivo di ${total} entro ${itDay(payBy)}.`,
  nothingOwed: (today) => `Alla data ${itOf(today)} non risultano fatture aperte.`,
  lateInterestWaiver: (payBy) =>
    `A condizione che il Committente versi l’intero importo entro ${itDay(payBy)}, il Professionista rinuncia agli interessi di mora e ai costi di recupero maturati su tali fatture; in mancanza del pagamento integrale entro tale data, essi restano dovuti secondo quanto previsto dal contratto e dalla legge.`,
  finalInvoice: (lastDay) =>
    `Le prestazioni svolte fino ${itUntil(lastDay)} e non ancora fatturate sono oggetto di una fattura a saldo, pagabile alle consuete condizioni.`,
  refund: (amount, by) =>
    amount
      ? `Il Professionista rimborsa al Committente ${amount}, pari alla quota già pagata per lavori non svolti, entro ${itDay(by)}.`
      : `Il Professionista rimborsa al Committente la quota già pagata per lavori non svolti, in proporzione a tali lavori, entro ${itDay(by)}.`,
  // A set-off leaves less to pay than the total above: the difference must count as the full payment that the
  // late-interest waiver asks for, or the client who chose the set-off would lose the waiver.
  refundOrSetOff: (amount, by) =>
    amount
      ? `Il Professionista rimborsa al Committente ${amount}, pari alla quota già pagata per lavori non svolti, entro ${itDay(by)}; se il Committente lo preferisce, il Professionista porta invece tale importo in compensazione con le fatture aperte, e il versamento della differenza vale come pagamento integrale.`
      : `Il Professionista rimborsa al Committente la quota già pagata per lavori non svolti, in proporzione a tali lavori, entro ${itDay(by)}; se il Committente lo preferisce, il Professionista porta invece tale quota in compensazione con le fatture aperte, e il versamento della differenza vale come pagamento integrale.`,
  handoverHeading: 'Passaggio di consegne',
  handoverIntro: (by) => `Entro ${itDay(by)} il Professionista consegna al Committente tutto ciò che è di proprietà di quest’ultimo, in particolare:`,
  handoverItems: [
    'il codice sorgente e i repository, con trasferimento della proprietà o dei diritti di amministrazione;',
    'i file di progetto grafico, i documenti e le risorse;',
    'i nomi di dominio, l’hosting e gli account di terze parti gestiti per conto del Committente;',
    'la documentazione necessaria per la gestione e la manutenzione.',
  ],
  rightsOnPayment:
    'I diritti sui lavori consegnati passano al Committente secondo quanto previsto dal contratto, una volta saldati integralmente gli importi dovuti ai sensi del presente accordo.',
  credentials:
    'Nessuna password, chiave o altra credenziale compare nel presente documento o viene inviata via e-mail: le credenziali sono consegnate tramite un canale sicuro (ad esempio la condivisione di un gestore di password o di persona) oppure sostituite dal Committente, dopodiché gli accessi del Professionista vengono rimossi.',
  referralsHeading: 'Professionisti consigliati',
  referralsIntro: 'Per garantire la continuità del progetto, il Professionista consiglia:',
  closingHeading: 'Disposizioni finali',
  release:
    'Adempiuti tali impegni, nessuna delle parti avrà altro da pretendere dall’altra in relazione a questa collaborazione; restano fermi gli obblighi di riservatezza eventualmente assunti.',
  thanks: 'Il Professionista ringrazia il Committente per la fiducia accordata nel corso della collaborazione.',
  signaturesHeading: 'Firme',
  provider: 'Il Professionista',
  client: 'Il Committente',
  nameLine: (name) => `Nome: ${name}`,
  dateLine: 'Data:',
  signatureLine: 'Firma:',
};
