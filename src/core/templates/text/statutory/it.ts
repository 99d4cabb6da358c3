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
  GB: 'Late Payment of Commercial Debts (Interest) Act 1998 del Regno Unito',
  TR: 'art. 1530 del Codice di commercio turco, legge n. 6102',
};

export const it: StatutoryTexts = {
  heading: 'Interessi di mora e risarcimento previsti dalla legge',
  basis: (country) => BASIS[country] ?? 'direttiva 2011/7/UE, come recepita nel diritto nazionale',
  intro: (basis, date, withCompensation) =>
    `Nelle transazioni tra imprese, la legge applicabile – ${basis} – prevede, in caso di ritardo nel pagamento, gli interessi al tasso legale di mora${
      withCompensation ? ' e un importo forfettario per i costi di recupero per ogni fattura pagata in ritardo' : ''
    }. ${capitalize(itUntil(date))}, per le fatture scadute:`,
  invoiceLine: (invoice, days, interest, rates, compensation) => {
    const interestPart =
      interest === undefined ? 'interessi non calcolati (nessun tasso di riferimento noto per quel periodo)' : `interessi di ${interest} (${days}, tasso annuo ${rates}, sul saldo dovuto giorno per giorno)`;
    return `Fattura ${invoice}: ${interestPart}${compensation ? `; importo forfettario di ${compensation}` : ''}`;
  },
  total: (date, interest, compensation, all, inReminder) => {
    const parts = [interest && `${interest} di interessi`, compensation && `${compensation} di importo forfettario`].filter(Boolean).join(' e ');
    return `Importi previsti dalla legge ${itUntil(date)}: ${parts}${all ? `, per un totale di ${all}` : ''}.${inReminder ? ' Non sono compresi nel totale indicato sopra.' : ' Non sono compresi nel saldo da pagare indicato sopra.'}`;
  },
  appliesAnyway:
    'Il nostro contratto esclude questi importi, ma la legge non consente di rinunciarvi in anticipo (o presume gravemente iniqua una tale clausola): per questo sono comunque indicati.',
  comparisonOnly: 'Gli interessi legali di mora indicati sopra sono quindi riportati solo a titolo di confronto.',
  olderRate: (date) => `Gli interessi sono calcolati con l’ultimo tasso di riferimento noto, quello ${itOf(date)}; un tasso più recente potrebbe modificare leggermente l’importo.`,
  contractFee: (reason, contract, statutory) => {
    switch (reason) {
      case 'atLeastThreeTimesLegalRate':
        return `Si applicano gli interessi previsti dal contratto (${contract} annuo) al posto del tasso legale di mora: sono pari ad almeno tre volte il tasso di interesse legale, come richiede la legge.`;
      case 'belowThreeTimesLegalRate':
        return `Si applica il tasso legale di mora anziché gli interessi previsti dal contratto (${contract} annuo), inferiori a tre volte il tasso di interesse legale, il minimo che un contratto può fissare.`;
      case 'legalRateUnknown':
        return `Se si applichino gli interessi previsti dal contratto (${contract} annuo) o il tasso legale di mora dipende dal tasso di interesse legale del periodo, che qui non è noto.`;
      case 'higherThanStatutory':
        return `Si applicano gli interessi previsti dal contratto (${contract} annuo), superiori al tasso legale di mora${statutory ? ` (${statutory})` : ''}.`;
      case 'notHigherThanStatutory':
        return `Si applica il tasso legale di mora${statutory ? ` (${statutory})` : ''}: gli interessi previsti dal contratto (${contract} annuo) non sono superiori.`;
      case 'substantialRemedy':
        return `Gli interessi previsti dal contratto (${contract} annuo) sostituiscono quelli legali di mora: non essendo inferiori al tasso legale di mora, costituiscono un rimedio adeguato al ritardo.`;
      case 'substantialRemedyForCourt':
        return `Gli interessi previsti dal contratto (${contract} annuo) sono inferiori al tasso legale di mora; spetterebbe a un giudice stabilire se bastino a sostituire gli interessi legali di mora.`;
      case 'agreedRate':
        return `Si applicano gli interessi pattuiti nel contratto (${contract} annuo) al posto del tasso legale di mora, come la legge consente.`;
      case 'notChecked':
        return `Non è stato verificato se, secondo questa legge, si applichino gli interessi previsti dal contratto (${contract} annuo) o quelli legali di mora.`;
    }
  },
};
