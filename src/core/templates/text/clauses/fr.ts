/** The contract clauses in French (see ../clauses.ts). */
import { clauseLaw, type ClausesTexts, type ClauseValues } from '../clauses';
import { euros, frNumber, RECOVERY_FEE_ARTICLES, RECOVERY_FEE_EUROS } from '../frenchLaw';
import { range, joinAnd, plural } from './format';

/** The recovery-cost sentence of the payment clause under the law of the freelancer's country, in French. */
function recoveryCosts(v: ClauseValues): string {
  switch (clauseLaw(v, 'FR')) {
    case 'FR':
      return ` En outre, conformément aux ${RECOVERY_FEE_ARTICLES}, applicables entre professionnels, tout retard de paiement rend le Client débiteur de plein droit d’une indemnité forfaitaire pour frais de recouvrement de ${euros(RECOVERY_FEE_EUROS)} par facture, sans préjudice d’une indemnisation complémentaire sur justification si les frais de recouvrement exposés sont supérieurs à ce montant.`;
    case 'IT':
      return ' En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur, sans mise en demeure, d’une indemnité forfaitaire pour frais de recouvrement de 40 euros par facture (article 6 du décret législatif italien n° 231/2002), sauf à prouver un dommage plus important.';
    case 'BE':
      return ' En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur, de plein droit et sans mise en demeure, d’une somme de 40 euros par facture à titre d’indemnité forfaitaire pour frais de recouvrement (article 6 de la loi belge du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales), sans préjudice d’un dédommagement raisonnable pour les autres frais de recouvrement exposés.';
    case 'NL':
      // BW 6:96(4) sets a floor, not a fixed sum: the compensation is the reasonable costs (6:96(2)(c)), never less than 40 euros.
      return ' En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur, sans mise en demeure et dès le lendemain de l’échéance, d’une indemnité pour frais de recouvrement égale aux frais raisonnablement exposés, sans pouvoir être inférieure à 40 euros par facture (article 6:96, alinéa 4, et article 6:119a du Code civil néerlandais).';
    case 'DE':
      return ' En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur d’une somme de 40 euros par facture à titre d’indemnité forfaitaire pour frais de recouvrement (§ 288, alinéa 5, du Code civil allemand, BGB), cette somme s’imputant sur les dommages et intérêts dus au titre des frais de poursuite.';
    case 'ES':
      return ' En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur, de plein droit et sans qu’une demande expresse soit nécessaire, d’une somme fixe de 40 euros par facture à titre d’indemnité forfaitaire pour frais de recouvrement (article 8 de la loi espagnole n° 3/2004), à laquelle s’ajoutent, sur justification, les frais de recouvrement exposés au-delà de ce montant.';
    case 'GB':
      // The bands of s. 5A(2), as in rules.ts.
      return ` En outre, lorsque le Client agit dans le cadre de son activité professionnelle, tout retard de paiement le rend débiteur, pour chaque facture, d’une somme fixe à titre d’indemnité forfaitaire pour frais de recouvrement, dont le montant dépend de celui de la dette (section 5A de la loi britannique Late Payment of Commercial Debts (Interest) Act 1998) : 40 livres sterling pour une dette inférieure à ${frNumber(1000)} livres sterling, 70 livres sterling pour une dette d’au moins ${frNumber(1000)} livres sterling et inférieure à ${frNumber(10000)} livres sterling, 100 livres sterling pour une dette d’au moins ${frNumber(10000)} livres sterling, sans préjudice du remboursement des frais de recouvrement raisonnables exposés au-delà de cette somme.`;
    case 'TR':
      return ' Dans la mesure où la prestation constitue une opération commerciale au sens de l’article 1530 du Code de commerce turc, le Prestataire peut en outre réclamer, en plus des pénalités de retard, l’indemnité minimale pour frais de recouvrement publiée chaque année par la Banque centrale de la République de Turquie.';
    default:
      return '';
  }
}

const FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const fr: ClausesTexts = {
  workingDays: (days) => {
    const r = range(days);
    return r ? `du ${FR_DAYS[r[0]]} au ${FR_DAYS[r[1]]}` : `le ${joinAnd([...days].sort().map((d) => FR_DAYS[d]), 'et le')}`.replace(/, /g, ', le ');
  },
  time: (m) => (m % 60 === 0 ? `${Math.floor(m / 60)}\u00a0h` : `${Math.floor(m / 60)}\u00a0h\u00a0${String(m % 60).padStart(2, '0')}`),
  slots: { rate: 'taux', workingDays: 'du lundi au vendredi' },
  clauses: {
    revisions: {
      name: 'Tours de révision',
      body: (v) => [
        `Le prix comprend ${plural(v.revisions, 'tour', 'tours')} de révision par livrable. Un tour de révision correspond à une liste unique et consolidée de modifications transmise par le Client. Tout tour de révision supplémentaire est facturé ${v.extraRate ? `au taux horaire de ${v.extraRate}` : 'au taux horaire en vigueur du Prestataire'}, sur devis complémentaire préalablement accepté par le Client.`,
      ],
    },
    paymentTerms: {
      name: 'Conditions de paiement et pénalités de retard',
      body: (v) => [
        `Les factures sont payables à ${plural(v.paymentDays, 'jour', 'jours')} à compter de leur date d’émission. Toute somme non réglée à l’échéance donne lieu de plein droit à des pénalités de retard au taux de ${v.lateFee} par mois, à compter du lendemain de la date d’échéance et jusqu’au paiement intégral.${recoveryCosts(v)}`,
      ],
    },
    signatureDeposit: {
      name: 'Signature et acompte',
      body: (v) => [
        `Les travaux débutent après la signature du présent contrat par les deux parties et l’encaissement d’un acompte de ${v.deposit} du prix convenu. Les délais courent à compter de la plus tardive de ces deux dates. L’acompte est déduit de la facture finale.`,
      ],
    },
    workingHours: {
      name: 'Horaires de travail et demandes urgentes',
      body: (v) => [
        `Le Prestataire travaille ${v.workingDays}, de ${v.start} à ${v.end}. Les messages reçus en dehors de ces horaires sont traités le jour ouvré suivant.`,
        `Toute intervention demandée par le Client en dehors de ces horaires, ou pour une livraison sous ${plural(v.urgentHours, 'heure', 'heures')}, est considérée comme urgente : elle n’est réalisée qu’avec l’accord du Prestataire et donne lieu à une majoration de ${v.urgentSurcharge} ${v.hourlyRate ? `du taux horaire de ${v.hourlyRate}` : 'du taux horaire'}.`,
      ],
    },
    changeOrders: {
      name: 'Travaux supplémentaires',
      body: (v) => [
        `Toute demande sortant du périmètre défini au présent contrat fait l’objet d’un devis complémentaire écrit précisant les travaux concernés, leur prix (${v.extraRate ? `au taux horaire de ${v.extraRate}` : 'au taux horaire en vigueur du Prestataire'} ou sur devis forfaitaire) et leur incidence sur le calendrier. Ces travaux ne débutent qu’après acceptation écrite du devis complémentaire par le Client. À défaut, le périmètre et le calendrier initiaux s’appliquent.`,
      ],
    },
    notice: {
      name: 'Résiliation et préavis',
      body: (v) => [
        `Chacune des parties peut résilier le présent contrat par écrit, moyennant un préavis de ${plural(v.noticeDays, 'jour', 'jours')}. Pendant la durée du préavis, les travaux se poursuivent dans les conditions convenues et les prestations réalisées sont facturées. En cas de manquement grave, notamment de comportement abusif ou contraire à l’éthique, le contrat peut être résilié par écrit avec effet immédiat.`,
      ],
    },
    withdrawal: {
      name: 'Retrait du Prestataire',
      body: (v) => [
        `Si le Prestataire n’est plus en mesure d’exécuter la mission ou ne souhaite plus le faire, il en informe le Client par écrit sans délai. Dans un délai de ${plural(v.withdrawalDays, 'jour', 'jours')}, il propose au Client un remplaçant qualifié, soumis à son accord, ou lui rembourse (ou déduit des sommes restant dues) une part équitable des sommes versées, au prorata des travaux non réalisés. Le Prestataire est alors libéré de toute autre obligation au titre du présent contrat.`,
      ],
    },
    suspension: {
      name: 'Suspension en cas de retard de paiement',
      body: (v) => [
        `Si une facture demeure impayée ${plural(v.suspendAfterDays, 'jour', 'jours')} après sa date d’échéance, le Prestataire peut suspendre l’exécution des travaux, après en avoir informé le Client par écrit, jusqu’au paiement intégral des sommes dues. Les délais sont prolongés d’une durée égale à celle de la suspension.`,
      ],
    },
    repeatedLatePayment: {
      name: 'Retards de paiement répétés',
      body: (v) => [
        `Après ${plural(v.latePayments, 'retard', 'retards')} de paiement, le Prestataire peut exiger le paiement d’avance de toute nouvelle prestation, ou résilier le présent contrat dans les conditions prévues à la clause « Résiliation et préavis ».`,
      ],
    },
    ownership: {
      name: 'Propriété des livrables',
      // A transfer of rights binds only for the rights it names one by one, over a stated scope, place and
      // duration (Code de la propriété intellectuelle L131-3): a bare "rights are transferred" risks being void.
      body: () => [
        'À compter du paiement intégral des sommes dues, le Prestataire cède au Client, à titre exclusif, les droits patrimoniaux d’auteur sur les livrables, à savoir : le droit de reproduction (reproduire les livrables, en tout ou en partie, sur tout support, notamment numérique ou papier) ; le droit de représentation (les communiquer au public par tout moyen, notamment en ligne) ; le droit d’adaptation et de modification (les corriger, les faire évoluer, les traduire et les intégrer à d’autres créations, code source compris) ; le droit de distribution et de diffusion (en mettre des copies à la disposition de tiers, à titre gratuit ou onéreux).',
        'Ces droits sont cédés pour le monde entier et pour toute la durée de protection des droits d’auteur, en vue de toute exploitation des livrables, commerciale ou non, dans le cadre de l’activité du Client. Le prix de cette cession est compris dans le prix convenu.',
        'Jusqu’au paiement intégral, le Prestataire demeure titulaire de ces droits et le Client ne peut utiliser les livrables qu’à des fins de validation. Les outils, bibliothèques et savoir-faire antérieurs au projet ou développés indépendamment de celui-ci restent la propriété du Prestataire, qui en concède au Client une licence d’utilisation non exclusive, pour le même territoire et la même durée, limitée à l’exploitation des livrables.',
      ],
    },
    cancellation: {
      name: 'Annulation',
      body: (v) => [
        `En cas d’annulation du projet par le Client avant son terme, celui-ci règle les travaux réalisés jusqu’à la date d’annulation, ${v.hourlyRate ? `au taux horaire de ${v.hourlyRate}` : 'au tarif convenu'} ou au prorata du prix convenu, ainsi que les frais déjà engagés. L’acompte versé s’impute sur ce montant.`,
      ],
    },
  },
};
