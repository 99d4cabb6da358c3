/** The "work delivered" appendix in French (see ../workDelivered.ts); French spacing is applied to the whole draft. */
import type { WorkDeliveredTexts } from '../workDelivered';
import { MONEY_COMMON } from '../moneyCommon';

/** A date in running text: le 1er avril. */
const day = (date: string): string => MONEY_COMMON.fr.prose(date);

export const fr: WorkDeliveredTexts = {
  heading: 'Annexe : travail livré',
  statementIntro: (from, to) =>
    `Pour mémoire, les modifications apportées au dépôt du projet entre le ${day(from)} et le ${day(to)}, chacune avec son identifiant court et son intitulé :`,
  changeOrderIntro: 'Pour mémoire, les modifications apportées au dépôt du projet dans les jours qui entourent chaque demande, chacune avec son identifiant court et son intitulé :',
  request: (summary, on) => `${summary} (demande du ${day(on)})`,
  more: (count, text) => (count === 1 ? 'et 1 modification antérieure.' : `et ${text} modifications antérieures.`),
};
