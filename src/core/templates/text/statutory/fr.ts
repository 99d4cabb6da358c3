/** The statutory late-payment figures in French (see ../statutory.ts). */
import type { StatutoryTexts } from '../statutory';

const BASIS: Readonly<Record<string, string>> = {
  FR: 'articles L441-10 et D441-5 du Code de commerce',
  IT: 'articles 5 et 6 du décret législatif italien n° 231/2002',
  DE: '§ 288 du Code civil allemand (BGB)',
  ES: 'articles 7 et 8 de la loi espagnole n° 3/2004',
  BE: 'articles 5 et 6 de la loi belge du 2 août 2002',
  NL: 'articles 6:119a, 6:120 et 6:96 du Code civil néerlandais',
  GB: 'loi britannique Late Payment of Commercial Debts (Interest) Act 1998',
  TR: 'article 1530 du Code de commerce turc (loi n° 6102)',
};

export const fr: StatutoryTexts = {
  heading: 'Intérêts de retard et indemnité prévus par la loi',
  basis: (country) => BASIS[country] ?? 'directive 2011/7/UE, telle que transposée en droit national',
  intro: (basis, date, withCompensation) =>
    // "Dont elle détermine le montant minimal": the sum is a floor in the Netherlands and Turkey, and every law here lets further costs be claimed.
    `Entre professionnels, la loi applicable – ${basis} – prévoit, en cas de paiement tardif, des intérêts de retard au taux qu’elle fixe${
      withCompensation ? ', ainsi qu’une indemnité pour frais de recouvrement, dont elle détermine le montant minimal, pour chaque facture payée en retard' : ''
    }. Au ${date}, pour les factures échues :`,
  invoiceLine: (invoice, days, interest, rates, compensation) => {
    const interestPart =
      interest === undefined ? 'intérêts non calculés (aucun taux de référence n’est connu pour cette période)' : `intérêts de ${interest} (${days} au taux annuel de ${rates}, sur le solde dû chaque jour)`;
    return `Facture ${invoice} : ${interestPart}${compensation ? ` ; indemnité de ${compensation}` : ''}`;
  },
  total: (date, interest, compensation, all, inReminder) => {
    const parts = [interest && `${interest} d’intérêts`, compensation && `${compensation} d’indemnité`].filter(Boolean).join(' et ');
    return `Montants prévus par la loi au ${date} : ${parts}${all ? `, soit ${all} au total` : ''}.${inReminder ? ' Ils ne sont pas compris dans le total ci-dessus.' : ' Ils ne sont pas compris dans le solde restant dû indiqué plus haut.'}`;
  },
  appliesAnyway:
    'Notre contrat écarte ces montants, mais la loi ne permet pas d’y renoncer à l’avance (ou présume une telle clause manifestement abusive) : c’est pourquoi ils figurent ici.',
  capitalisedYearly:
    'Comme le prévoit l’article 6:119a, paragraphe 3, du Code civil néerlandais, les intérêts de chaque année complète de retard ont été ajoutés, au terme de celle-ci, au montant sur lequel ils sont calculés.',
  comparisonOnly: 'Les intérêts prévus par la loi et indiqués ci-dessus ne sont donc donnés qu’à titre de comparaison.',
  olderRate: (date) => `Les intérêts sont calculés avec le dernier taux de référence connu, celui du ${date} ; un taux plus récent pourrait légèrement modifier le montant.`,
  contractFee: (reason, contract, statutory) => {
    switch (reason) {
      case 'atLeastThreeTimesLegalRate':
        return `Les pénalités prévues au contrat (${contract} par an) s’appliquent à la place des intérêts prévus par la loi : leur taux atteint au moins trois fois le taux d’intérêt légal, comme la loi l’exige.`;
      case 'belowThreeTimesLegalRate':
        return `Le taux fixé par la loi s’applique à la place des pénalités prévues au contrat (${contract} par an) : leur taux est inférieur à trois fois le taux d’intérêt légal, minimum qu’un contrat puisse prévoir.`;
      case 'legalRateUnknown':
        return `L’application des pénalités prévues au contrat (${contract} par an) ou du taux fixé par la loi dépend du taux d’intérêt légal de la période, qui n’est pas connu ici.`;
      case 'higherThanStatutory':
        return `Les pénalités prévues au contrat (${contract} par an) s’appliquent : leur taux est supérieur à celui fixé par la loi${statutory ? ` (${statutory})` : ''}.`;
      case 'notHigherThanStatutory':
        return `Le taux fixé par la loi${statutory ? ` (${statutory})` : ''} s’applique : celui des pénalités prévues au contrat (${contract} par an) ne le dépasse pas.`;
      case 'substantialRemedy':
        return `Les pénalités prévues au contrat (${contract} par an) remplacent les intérêts prévus par la loi : leur taux étant au moins égal à celui fixé par la loi, elles constituent une réparation suffisante du retard.`;
      case 'substantialRemedyForCourt':
        return `Le taux des pénalités prévues au contrat (${contract} par an) est inférieur à celui fixé par la loi ; il appartiendrait à un juge de dire si elles suffisent à remplacer les intérêts prévus par la loi.`;
      case 'agreedRate':
        return `Les pénalités convenues dans le contrat (${contract} par an) s’appliquent à la place des intérêts prévus par la loi, comme celle-ci le permet.`;
      case 'notChecked':
        return `Il n’a pas été vérifié, au regard de cette loi, si les pénalités prévues au contrat (${contract} par an) ou les intérêts prévus par la loi s’appliquent.`;
    }
  },
};
