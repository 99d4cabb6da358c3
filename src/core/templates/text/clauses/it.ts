/** The contract clauses in Italian (see ../clauses.ts). */
import { clauseLaw, type ClausesTexts, type ClauseValues } from '../clauses';
import { itNumber } from '../typography';
import { range, joinAnd, plural } from './format';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The recovery-cost sentence of the payment clause under the law of the freelancer's country, in Italian. */
function recoveryCosts(v: ClauseValues): string {
  switch (clauseLaw(v, 'IT')) {
    case 'IT':
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, per ogni fattura pagata in ritardo è inoltre dovuto l’importo forfettario di 40 euro a titolo di risarcimento dei costi di recupero (art. 6 del D.Lgs. 231/2002), salva la prova del maggior danno.';
    case 'FR':
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, ogni ritardo di pagamento lo rende inoltre debitore, di diritto, di un’indennità forfettaria di 40 euro per fattura a titolo di costi di recupero (artt. L441-10 e D441-5 del Codice di commercio francese), salvo un ulteriore risarcimento, su giustificazione, dei costi di recupero sostenuti oltre tale importo.';
    case 'BE':
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, ogni ritardo di pagamento lo rende inoltre debitore, di diritto e senza necessità di costituzione in mora, di un’indennità forfettaria di 40 euro per fattura a titolo di costi di recupero (art. 6 della legge belga del 2 agosto 2002 sulla lotta contro i ritardi di pagamento nelle transazioni commerciali), salvo un ragionevole risarcimento degli ulteriori costi di recupero sostenuti.';
    case 'NL':
      // BW 6:96(4) sets a floor, not a fixed sum: the compensation is the reasonable costs (6:96(2)(c)), never less than 40 euros.
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, per ogni fattura pagata in ritardo è inoltre dovuto, senza necessità di sollecito e dal giorno successivo alla scadenza, un risarcimento dei costi di recupero pari ai costi ragionevolmente sostenuti e comunque non inferiore a 40 euro (artt. 6:96, comma 4, e 6:119a del Codice civile olandese).';
    case 'DE':
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, per ogni fattura pagata in ritardo è inoltre dovuto l’importo forfettario di 40 euro a titolo di risarcimento dei costi di recupero (§ 288, comma 5, del Codice civile tedesco, BGB), da imputare al risarcimento eventualmente dovuto per le spese legali.';
    case 'ES':
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, per ogni fattura pagata in ritardo è inoltre dovuto di diritto, senza necessità di espressa richiesta, l’importo fisso di 40 euro a titolo di risarcimento dei costi di recupero (art. 8 della legge spagnola n. 3/2004), oltre ai costi di recupero debitamente documentati che eccedano tale importo.';
    case 'GB':
      // The bands of s. 5A(2), as in rules.ts.
      return ' Se il Committente agisce nell’esercizio di un’attività imprenditoriale o professionale, per ogni fattura pagata in ritardo è inoltre dovuto, a titolo di risarcimento dei costi di recupero, un importo fisso commisurato all’entità del debito (sezione 5A della legge britannica Late Payment of Commercial Debts (Interest) Act 1998): 40 sterline per un debito inferiore a 1.000 sterline, 70 sterline per un debito pari o superiore a 1.000 sterline e inferiore a 10.000 sterline, 100 sterline per un debito pari o superiore a 10.000 sterline, oltre ai ragionevoli costi di recupero eccedenti tale importo.';
    case 'TR':
      return ' Nella misura in cui la prestazione costituisce un’operazione commerciale ai sensi dell’art. 1530 del Codice di commercio turco, il Professionista può inoltre chiedere, oltre agli interessi di mora, l’importo minimo a titolo di costi di recupero annunciato ogni anno dalla Banca centrale della Repubblica di Turchia.';
    default:
      return '';
  }
}

const IT_DAYS = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
export const it: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `dal ${IT_DAYS[r[0]]} ${r[1] === 6 ? 'alla' : 'al'} ${IT_DAYS[r[1]]}` : `il ${joinAnd([...days].sort().map((d) => IT_DAYS[d]), 'e')}`;
  },
  time: (m) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`,
  slots: { rate: 'tariffa', workingDays: 'dal lunedì al venerdì' },
  clauses: {
    revisions: {
      name: 'Cicli di revisione',
      body: (v) => [
        `Il corrispettivo comprende ${plural(v.revisions, 'ciclo', 'cicli')} di revisione per ciascuna consegna. Per ciclo di revisione si intende un unico elenco consolidato di modifiche inviato dal Committente. Ogni ciclo ulteriore è fatturato ${v.extraRate ? `alla tariffa oraria di ${v.extraRate}` : 'alla tariffa oraria in vigore del Professionista'}, previo preventivo integrativo approvato dal Committente.`,
      ],
    },
    paymentTerms: {
      name: 'Termini di pagamento e interessi di mora',
      body: (v) => [
        `Le fatture sono pagabili entro ${plural(v.paymentDays, 'giorno', 'giorni')} dalla data di emissione. Sulle somme non pagate alla scadenza decorrono, dal giorno successivo alla scadenza e fino al saldo, senza necessità di costituzione in mora, interessi di mora ${itNumber('del', v.lateFee)} mensile.${recoveryCosts(v)}`,
      ],
      // D.Lgs. 231/2002: art. 5 sets the statutory rate (ECB reference rate + 8 points, published each half-year);
      // art. 7 lets the parties agree another rate unless it is grossly unfair to the creditor.
      help: (v) =>
        clauseLaw(v, 'IT') !== 'IT'
          ? undefined
          : `${capitalize(itNumber('il', v.lateFee))} mensile equivale ${itNumber('al', v.lateFeeYearly)} annuo. Tra imprese e professionisti, in mancanza di accordo, si applica il tasso legale di mora (art. 5 del D.Lgs. 231/2002): il tasso di riferimento della BCE maggiorato di 8 punti percentuali, pubblicato ogni semestre. Un tasso diverso pattuito per iscritto è valido, purché non gravemente iniquo per il creditore e, se più alto, entro i limiti della normativa antiusura. Con un cliente consumatore non si applicano né il tasso legale di mora né l’importo forfettario di 40 euro.`,
    },
    signatureDeposit: {
      name: 'Firma e acconto',
      body: (v) => [
        `Le attività hanno inizio dopo la sottoscrizione del presente contratto da parte di entrambe le parti e il ricevimento di un acconto pari ${itNumber('al', v.deposit)} del corrispettivo concordato. I termini di consegna decorrono dalla più tarda di tali date. L’acconto è detratto dalla fattura finale.`,
      ],
    },
    workingHours: {
      name: 'Orario di lavoro e richieste urgenti',
      body: (v) => [
        `Il Professionista lavora ${v.workingDays}, dalle ${v.start} alle ${v.end}. I messaggi ricevuti al di fuori di tale orario sono gestiti il giorno lavorativo successivo.`,
        `Gli interventi richiesti dal Committente al di fuori di tale orario, o con consegna entro ${plural(v.urgentHours, 'ora', 'ore')}, sono considerati urgenti: sono eseguiti solo previo accordo del Professionista e comportano una maggiorazione ${itNumber('del', v.urgentSurcharge)} ${v.hourlyRate ? `sulla tariffa oraria di ${v.hourlyRate}` : 'sulla tariffa oraria'}.`,
      ],
    },
    changeOrders: {
      name: 'Preventivi integrativi',
      body: (v) => [
        `Per ogni richiesta che esuli dall’oggetto del presente contratto il Professionista invia un preventivo integrativo scritto che indica le attività, il relativo corrispettivo (${v.extraRate ? `alla tariffa oraria di ${v.extraRate}` : 'alla tariffa oraria in vigore del Professionista'} o a corpo) e l’effetto sui tempi di consegna. Le relative attività hanno inizio solo dopo l’approvazione scritta del preventivo integrativo da parte del Committente. In mancanza, restano validi l’oggetto e i tempi originari.`,
      ],
    },
    notice: {
      name: 'Recesso e preavviso',
      // The immediate end is a recesso per giusta causa, as the termination email exercises it (art. 2237 c.c.): a
      // 'risoluzione' for breach by mere notice would need an express termination clause naming the obligations (art. 1456).
      body: (v) => [
        `Ciascuna parte può recedere dal presente contratto mediante comunicazione scritta, con un preavviso di ${plural(v.noticeDays, 'giorno', 'giorni')}. Durante il preavviso le attività proseguono alle condizioni concordate e le prestazioni svolte sono fatturate. In presenza di una giusta causa, in particolare di grave inadempimento o di comportamenti offensivi o contrari all’etica, ciascuna parte può recedere con effetto immediato mediante comunicazione scritta.`,
      ],
    },
    withdrawal: {
      name: 'Rinuncia del Professionista',
      body: (v) => [
        `Se il Professionista non è più in grado di eseguire l’incarico o non intende più farlo, ne informa senza indugio il Committente per iscritto. Entro ${plural(v.withdrawalDays, 'giorno', 'giorni')} propone un sostituto qualificato, gradito al Committente, oppure rimborsa una quota equa delle somme ricevute, in proporzione alle attività non svolte, o la porta in compensazione con le fatture aperte. Fatto ciò, il Professionista è liberato da ogni ulteriore obbligo derivante dal presente contratto.`,
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
      // A freelancer's work belongs to its author unless the contract transfers it (L. 633/1941: artt. 12-19 for any
      // work, art. 64-bis for software); a transfer is proved only in writing (art. 110) and covers the rights it
      // names, so the clause names each one, with exclusivity, territory and duration. Moral rights cannot be sold.
      body: () => [
        'Con il pagamento integrale di quanto dovuto, il Professionista cede al Committente la proprietà degli elaborati e, in via esclusiva, i diritti di utilizzazione economica sugli stessi, compresi il codice sorgente e il codice oggetto del software (artt. 12 e seguenti e 64-bis della L. 22 aprile 1941, n. 633), e in particolare: il diritto di riproduzione, permanente o temporanea, totale o parziale, con qualsiasi mezzo e in qualsiasi forma; il diritto di traduzione, adattamento, trasformazione e ogni altra modificazione, compresa la riproduzione dell’opera che ne risulta; il diritto di distribuzione al pubblico in qualsiasi forma, compresi la vendita e il noleggio; il diritto di comunicazione al pubblico, compresa la messa a disposizione in rete.',
        'La cessione vale per tutto il mondo e per l’intera durata di protezione dei diritti, per qualsiasi utilizzo degli elaborati, commerciale o meno; il Committente può a sua volta cedere tali diritti o concederli in licenza a terzi. Il prezzo della cessione è compreso nel corrispettivo concordato. Restano salvi i diritti morali d’autore, che la legge non consente di cedere.',
        'Fino al pagamento integrale tali diritti restano in capo al Professionista, e il Committente può utilizzare gli elaborati solo ai fini della verifica. Strumenti, librerie e know-how preesistenti al progetto o sviluppati indipendentemente da esso restano di proprietà del Professionista, che ne concede al Committente una licenza d’uso non esclusiva, per lo stesso territorio e la stessa durata, limitata all’utilizzo degli elaborati.',
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
