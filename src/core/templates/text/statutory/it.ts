/** The statutory late-payment figures in Italian (see ../statutory.ts). */
import type { StatutoryTexts } from '../statutory';
import { itOf, itUntil } from '../typography';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const BASIS: Readonly<Record<string, string>> = {
  FR: 'artt. L441-10 e D441-5 del Codice di commercio francese',
  IT: 'artt. 5 e 6 del D.Lgs. 9 ottobre 2002, n. 231',
  DE: '§ 288 del Codice civile tedesco (BGB)',
  ES: 'artt. 7 e 8 della legge spagnola n. 3/2004',
  BE: 'artt. 5 e 6 della legge belga del 2 agosto 2002',
  NL: 'artt. 6:119a, 6:120 e 6:96 del Codice civile olandese',
  GB: 'legge britannica Late Payment of Commercial Debts (Interest) Act 1998',
  TR: 'art. 1530 del Codice di commercio turco (legge n. 6102)',
};

export const it: StatutoryTexts = {
  heading: 'Interessi di mora e risarcimento previsti dalla legge',
  basis: (country) => BASIS[country] ?? 'direttiva 2011/7/UE, come recepita nel diritto nazionale',
  intro: (basis, date, withCompensation) =>
    // "Non inferiore": the sum is a floor in the Netherlands and Turkey, and every law here lets further costs be claimed.
    `Nelle transazioni tra imprese, la legge applicabile – ${basis} – prevede, in caso di ritardo nel pagamento, gli interessi legali di mora${
      withCompensation ? ' e, per ogni fattura pagata in ritardo, un risarcimento dei costi di recupero non inferiore all’importo da essa stabilito' : ''
    }. ${capitalize(itUntil(date))}, per le fatture scadute:`,
  invoiceLine: (invoice, days, interest, rates, compensation) => {
    const interestPart =
      interest === undefined ? 'interessi non calcolati (nessun tasso di riferimento noto per quel periodo)' : `interessi di ${interest} (${days}, tasso annuo ${rates}, sul saldo dovuto giorno per giorno)`;
    return `Fattura ${invoice}: ${interestPart}${compensation ? `; risarcimento di ${compensation}` : ''}`;
  },
  total: (date, interest, compensation, all, inReminder) => {
    const parts = [interest && `${interest} di interessi`, compensation && `${compensation} di risarcimento`].filter(Boolean).join(' e ');
    return `Importi previsti dalla legge ${itUntil(date)}: ${parts}${all ? `, per un totale di ${all}` : ''}.${inReminder ? ' Non sono compresi nel totale indicato sopra.' : ' Non sono compresi nel saldo da pagare indicato sopra.'}`;
  },
  appliesAnyway:
    'Il nostro contratto esclude questi importi, ma la legge non consente di rinunciarvi in anticipo (o presume gravemente iniqua una tale clausola): per questo sono comunque indicati.',
  capitalisedYearly:
    'Come previsto dall’art. 6:119a, comma 3, del Codice civile olandese, al termine di ogni anno intero di ritardo gli interessi maturati in quell’anno sono stati aggiunti all’importo su cui sono calcolati.',
  comparisonOnly: 'Gli interessi legali di mora indicati sopra sono quindi riportati solo a titolo di confronto.',
  olderRate: (date) => `Gli interessi sono calcolati con l’ultimo tasso di riferimento noto, quello ${itOf(date)}; un tasso più recente potrebbe modificare leggermente l’importo.`,
  contractFee: (reason, contract, statutory) => {
    switch (reason) {
      case 'atLeastThreeTimesLegalRate':
        return `Si applicano gli interessi previsti dal contratto (${contract} annuo) al posto di quelli legali di mora: il loro tasso è pari ad almeno tre volte il tasso di interesse legale, come richiede la legge.`;
      case 'belowThreeTimesLegalRate':
        return `Si applicano gli interessi legali di mora anziché quelli previsti dal contratto (${contract} annuo): il loro tasso è inferiore a tre volte il tasso di interesse legale, il minimo che un contratto può fissare.`;
      case 'legalRateUnknown':
        return `L’applicazione degli interessi previsti dal contratto (${contract} annuo) o di quelli legali di mora dipende dal tasso di interesse legale del periodo, che qui non è noto.`;
      case 'higherThanStatutory':
        return `Si applicano gli interessi previsti dal contratto (${contract} annuo): il loro tasso è superiore a quello legale di mora${statutory ? ` (${statutory})` : ''}.`;
      case 'notHigherThanStatutory':
        return `Si applicano gli interessi legali di mora${statutory ? ` (${statutory})` : ''}: il tasso previsto dal contratto (${contract} annuo) non è superiore.`;
      case 'substantialRemedy':
        return `Gli interessi previsti dal contratto (${contract} annuo) sostituiscono quelli legali di mora: con un tasso non inferiore a quello legale di mora, costituiscono un rimedio adeguato al ritardo.`;
      case 'substantialRemedyForCourt':
        return `Gli interessi previsti dal contratto (${contract} annuo) hanno un tasso inferiore a quello legale di mora; spetterebbe a un giudice stabilire se bastino a sostituire gli interessi legali di mora.`;
      case 'agreedRate':
        return `Si applicano gli interessi pattuiti nel contratto (${contract} annuo) al posto di quelli legali di mora, come la legge consente.`;
      case 'notChecked':
        return `Non è stato verificato se, secondo questa legge, si applichino gli interessi previsti dal contratto (${contract} annuo) o quelli legali di mora.`;
    }
  },
};
