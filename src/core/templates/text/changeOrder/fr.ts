/** The change order in French (see ../changeOrder.ts); French spacing is applied to the whole draft. */
import type { ChangeOrderTexts } from '../changeOrder';
import { MONEY_COMMON } from '../moneyCommon';

/** A date in running text: le 1er avril. */
const day = (date: string): string => MONEY_COMMON.fr.prose(date);

export const fr: ChangeOrderTexts = {
  heading: 'Devis complémentaire',
  title: (client) => `Devis complémentaire – ${client}`,
  subject: (sections) =>
    sections === 'done'
      ? 'Devis complémentaire : travaux supplémentaires réalisés'
      : sections === 'both'
        ? 'Devis complémentaire : travaux supplémentaires réalisés et à valider'
        : 'Devis complémentaire : travaux supplémentaires à valider',
  scopeIntro: 'Notre contrat couvre :',
  revisionsIncluded: (n, text) =>
    n === 0 ? 'Le contrat n’inclut aucun tour de révision.' : n === 1 ? 'Le contrat inclut un tour de révision.' : `Le contrat inclut ${text} tours de révision.`,
  rateExtra: (rate) => `Les travaux non prévus au contrat sont facturés au tarif horaire qu’il fixe pour les travaux supplémentaires, soit ${rate} de l’heure.`,
  rateHourly: (rate) =>
    `Les travaux non prévus au contrat sont facturés à son taux horaire, soit ${rate} de l’heure, le contrat ne fixant pas de tarif distinct pour les travaux supplémentaires.`,
  rateNone: 'Le contrat ne fixe pas de tarif pour les travaux supplémentaires.',

  doneHeading: 'Travaux déjà réalisés',
  doneIntro: (first, last) => `Les travaux suivants, non prévus au contrat, ont été réalisés à votre demande entre le ${day(first)} et le ${day(last)} :`,
  doneIntroOneDay: (on) => `Les travaux suivants, non prévus au contrat, ont été réalisés à votre demande le ${day(on)} :`,
  doneTotal: (total, hours) => `Total des travaux réalisés : ${total} pour ${hours}. Je les inclurai dans ma prochaine facture.`,
  donePartial: (total, hours, missing, text) =>
    `Total des travaux réalisés : ${total} pour ${hours}, que j’inclurai dans ma prochaine facture. ${
      missing === 1
        ? 'L’élément dont les heures restent à confirmer n’y est pas inclus : je l’ajouterai dès que ses heures seront confirmées.'
        : `Les ${text} éléments dont les heures restent à confirmer n’y sont pas inclus : je les ajouterai dès que leurs heures seront confirmées.`
    }`,
  doneNoHours: 'Les heures de ces travaux restent à confirmer : je vous en communiquerai le montant avant de les facturer.',
  doneNoRate: 'Je vous communiquerai le prix de ces travaux avant de les facturer.',

  futureHeading: 'Travaux soumis à votre accord',
  futureIntro: (afterDone) =>
    `Les demandes suivantes dépassent ${afterDone ? 'elles aussi ' : ''}le cadre du contrat. Je ne les commencerai qu’après votre accord écrit :`,
  futureTotal: (total, hours) => `Total de ces travaux : ${total} pour ${hours}.`,
  futurePartial: (total, hours, pending, text) =>
    `Total des éléments chiffrés : ${total} pour ${hours}. ${
      pending === 1
        ? 'L’élément marqué « à estimer » n’y est pas inclus : je vous en communiquerai le prix avant de commencer.'
        : `Les ${text} éléments marqués « à estimer » n’y sont pas inclus : je vous en communiquerai le prix avant de commencer.`
    }`,
  allToBeEstimated: (n) =>
    n === 1
      ? 'Cet élément ne peut pas encore être chiffré : je vous communiquerai une estimation avant de commencer.'
      : 'Aucun de ces éléments ne peut encore être chiffré : je vous communiquerai une estimation pour chacun avant de commencer.',
  noRate: (n) =>
    n === 1
      ? 'Cet élément n’est pas encore chiffré : je vous en communiquerai le prix avant de commencer.'
      : 'Ces éléments ne sont pas encore chiffrés : je vous communiquerai un prix pour chacun avant de commencer.',
  approval:
    'Merci de me confirmer votre accord par écrit : une simple réponse à ce message suffit. Je commencerai ces travaux dès votre réponse et les facturerai aux prix indiqués.',

  item: (summary, requested, delivered, why, amount) =>
    `${summary} (demande du ${day(requested)}${delivered ? `, livraison le ${day(delivered)}` : ''} ; ${why}) : ${amount}`,
  revisionBeyond: (round, included, text) =>
    included === 0
      ? `tour de révision n° ${round}, aucun n’étant inclus`
      : included === 1
        ? `tour de révision n° ${round}, au-delà du tour inclus`
        : `tour de révision n° ${round}, au-delà des ${text} tours inclus`,
  outOfScope: {
    revision: 'révision hors du périmètre convenu',
    change: 'modification de ce qui avait été convenu',
    feature: 'nouvelle fonctionnalité, hors du périmètre convenu',
  },
  toBeEstimated: 'à estimer',
  toBePriced: 'prix à convenir',
  hoursToConfirm: 'heures à confirmer',

  nothingExtra: 'Aucun travail supplémentaire n’est en attente de facturation : il n’y a rien à valider pour le moment.',
  closing: 'Je reste à votre disposition pour en parler si vous le souhaitez.',
};
