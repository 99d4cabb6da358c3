/**
 * The change order in Italian, formal Lei (see ../changeOrder.ts). Its one name is "preventivo
 * integrativo", as in the clause and the command; revision rounds are "cicli di revisione".
 */
import type { ChangeOrderTexts } from '../changeOrder';
import { itDay, itOf } from '../typography';

export const it: ChangeOrderTexts = {
  heading: 'Preventivo integrativo',
  title: (client) => `Preventivo integrativo – ${client}`,
  subject: (sections) =>
    sections === 'done'
      ? 'Preventivo integrativo: lavori extra eseguiti'
      : sections === 'both'
        ? 'Preventivo integrativo: lavori extra eseguiti e lavori da approvare'
        : 'Preventivo integrativo: lavori extra da approvare',
  scopeIntro: 'Il nostro contratto comprende:',
  revisionsIncluded: (n, text) =>
    n === 0
      ? 'Il contratto non include cicli di revisione.'
      : n === 1
        ? 'Il contratto include un ciclo di revisione.'
        : `Il contratto include ${text} cicli di revisione.`,
  rateExtra: (rate) => `I lavori non compresi nel contratto sono fatturati alla tariffa prevista dal contratto per il lavoro extra, pari a ${rate} l’ora.`,
  rateHourly: (rate) =>
    `I lavori non compresi nel contratto sono fatturati alla tariffa oraria del contratto, pari a ${rate}, poiché il contratto non prevede una tariffa distinta per il lavoro extra.`,
  rateNone: 'Il contratto non fissa una tariffa per il lavoro extra.',

  doneHeading: 'Lavori già eseguiti',
  doneIntro: (first, last) => `I seguenti lavori, eseguiti su Sua richiesta e non compresi nel contratto, sono stati completati tra ${itDay(first)} e ${itDay(last)}:`,
  doneIntroOneDay: (day) => `I seguenti lavori, eseguiti su Sua richiesta e non compresi nel contratto, sono stati completati ${itDay(day)}:`,
  doneTotal: (total, hours) => `Totale dei lavori eseguiti: ${total} per ${hours}. Li includerò nella mia prossima fattura.`,
  donePartial: (total, hours, missing, text) =>
    `Totale dei lavori eseguiti: ${total} per ${hours}, che includerò nella mia prossima fattura. ${
      missing === 1
        ? 'La voce con le ore ancora da confermare non è compresa: la aggiungerò non appena le ore saranno confermate.'
        : `Le ${text} voci con le ore ancora da confermare non sono comprese: le aggiungerò non appena le ore saranno confermate.`
    }`,
  doneNoHours: 'Le ore di questi lavori sono ancora da confermare: Le comunicherò l’importo prima di fatturarli.',
  doneNoRate: 'Le comunicherò il prezzo di questi lavori prima di fatturarli.',

  futureHeading: 'Lavori in attesa della Sua approvazione',
  futureIntro: (afterDone) =>
    `${afterDone ? 'Anche le richieste seguenti vanno' : 'Le richieste seguenti vanno'} oltre quanto previsto dal contratto. I lavori non inizieranno senza la Sua approvazione scritta:`,
  futureTotal: (total, hours) => `Totale di questi lavori: ${total} per ${hours}.`,
  futurePartial: (total, hours, pending, text) =>
    `Totale delle voci con prezzo: ${total} per ${hours}. ${
      pending === 1
        ? 'La voce indicata come «da stimare» non è compresa: Le comunicherò il prezzo prima di iniziare.'
        : `Le ${text} voci indicate come «da stimare» non sono comprese: Le comunicherò il prezzo prima di iniziare.`
    }`,
  allToBeEstimated: (n) =>
    n === 1
      ? 'Per questa voce non è ancora possibile indicare un prezzo: Le invierò una stima prima di iniziare.'
      : 'Per nessuna di queste voci è ancora possibile indicare un prezzo: Le invierò una stima per ciascuna prima di iniziare.',
  noRate: (n) =>
    n === 1
      ? 'Questa voce è ancora senza prezzo: Le comunicherò il prezzo prima di iniziare.'
      : 'Queste voci sono ancora senza prezzo: Le comunicherò il prezzo di ciascuna prima di iniziare.',
  approval:
    'La prego di confermare per iscritto la Sua approvazione prima dell’inizio di questi lavori: basta una risposta a questa e-mail. Inizierò non appena l’avrò ricevuta e li fatturerò ai prezzi indicati.',

  item: (summary, requested, delivered, why, amount) =>
    `${summary} (richiesta ${itOf(requested)}${delivered ? `, evasa ${itDay(delivered)}` : ''}; ${why}): ${amount}`,
  revisionBeyond: (round, included, text) =>
    included === 0
      ? `ciclo di revisione n. ${round}, senza cicli inclusi`
      : included === 1
        ? `ciclo di revisione n. ${round}, oltre quello incluso`
        : `ciclo di revisione n. ${round}, oltre i ${text} inclusi`,
  outOfScope: {
    revision: 'revisione fuori dall’ambito concordato',
    change: 'modifica rispetto a quanto concordato',
    feature: 'nuova funzionalità, fuori dall’ambito concordato',
  },
  toBeEstimated: 'da stimare',
  toBePriced: 'prezzo da concordare',
  hoursToConfirm: 'ore da confermare',

  nothingExtra: 'Non ci sono lavori extra in attesa di fatturazione: al momento non c’è nulla da approvare.',
  closing: 'Resto a disposizione per parlarne, se lo desidera.',
};
