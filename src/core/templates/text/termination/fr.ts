/** The termination email's words in French (see ../termination.ts). */
import type { TerminationTexts } from '../termination';

export const fr: TerminationTexts = {
  reasonLabels: {
    payment: 'Problèmes de paiement',
    scopeCreep: 'Dérive du périmètre',
    styleMismatch: 'Divergence de style ou de philosophie',
    abuse: 'Comportement contraire à l’éthique ou abusif',
    noLongerFit: 'La mission ne me correspond plus (le travail ou l’activité a changé)',
    noContract: 'Absence de contrat',
    rateTooLow: 'Tarif trop bas ou négociations permanentes',
    notEnoughWork: 'Volume de travail insuffisant',
    disrespectOfTime: 'Non-respect de mon temps',
  },
  title: (client) => `E-mail de fin de collaboration : ${client}`,
  subject: (client) => `Fin de notre collaboration – ${client}`,
  subjectImmediate: (client) => `Fin de notre collaboration avec effet immédiat – ${client}`,
  opening: 'Je vous écris pour vous confirmer ma décision de mettre fin à notre collaboration.',
  reasons: {
    payment:
      'Ces derniers mois, les règlements sont intervenus à plusieurs reprises au-delà des délais convenus. Mon activité repose sur le respect de ces échéances, et je ne suis plus en mesure d’organiser mon travail dans ces conditions.',
    scopeCreep:
      'Vos besoins ont largement dépassé le périmètre défini au départ, et je ne peux plus absorber les demandes supplémentaires dans le cadre du budget convenu. Plutôt que de renégocier chaque ajout, il me paraît plus juste pour chacun de clore ici notre collaboration.',
    styleMismatch:
      'Il m’apparaît que mon approche ne correspond pas à la direction que vous souhaitez donner à votre projet. Un prestataire dont le style est plus proche de votre vision saura mieux vous accompagner.',
    noLongerFit:
      'Mon activité a évolué ces derniers mois, et ce type de mission ne correspond plus à ce que je sais faire de mieux. Votre projet mérite un prestataire qui puisse s’y consacrer pleinement.',
    noContract:
      'J’ai pour règle de ne travailler que dans le cadre d’un contrat signé, qui protège les deux parties. Faute d’avoir pu en conclure un, je ne suis pas en mesure de poursuivre notre collaboration.',
    rateTooLow:
      'J’ai revu mes tarifs, et les conditions de notre collaboration ne correspondent plus à ma grille actuelle. Plutôt que de renégocier le prix de chaque mission, je préfère que nous nous quittions en bons termes.',
    notEnoughWork:
      'Le volume de missions est devenu trop réduit pour que je puisse continuer à réserver à votre projet l’attention et la disponibilité qu’il mérite, en parallèle de mes autres engagements.',
    disrespectOfTime:
      'Pour bien servir l’ensemble de mes clients, je dois m’en tenir à mes horaires ; le rythme des demandes urgentes et hors horaires sur ce projet ne me le permet plus.',
  },
  openingImmediate: (today) => `Je mets fin à notre collaboration avec effet immédiat, ce ${today}.`,
  immediateStop: 'Les travaux en cours s’arrêtent aujourd’hui et vous seront remis en l’état.',
  lastDayContract: (client, lastDay, notice) =>
    `Mon dernier jour de travail pour ${client} sera le ${lastDay}, conformément au préavis de ${notice.text} ${notice.n < 2 ? 'jour' : 'jours'} prévu par notre contrat.`,
  lastDayDefault: (client, lastDay, notice) =>
    `Mon dernier jour de travail pour ${client} sera le ${lastDay}, ce qui nous laisse ${notice.text} ${notice.n < 2 ? 'jour' : 'jours'} pour organiser la transition.`,
  lastDayChosen: (client, lastDay) => `Mon dernier jour de travail pour ${client} sera le ${lastDay}.`,
  deliverIntro: 'D’ici là, je finaliserai :',
  deliverable: (name, due) => (due ? `${name} (échéance : ${due})` : name),
  notFinishedIntro: 'Les éléments suivants ne pourront pas être terminés d’ici là ; je vous remettrai le travail en l’état :',
  refund: (amount, by) =>
    amount
      ? `Une partie des sommes déjà réglées correspond à un travail qui ne sera pas achevé : je vous rembourserai ${amount} d’ici le ${by}.`
      : `Une partie des sommes déjà réglées correspond à un travail qui ne sera pas achevé : je vous rembourserai la part correspondante, au prorata du travail non réalisé, d’ici le ${by}.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Une partie des sommes déjà réglées, soit ${amount}, correspond à un travail qui ne sera pas achevé. Je vous propose de déduire ce montant du total restant dû ou, si vous le préférez, de vous le rembourser d’ici le ${by} ; merci de me dire ce qui vous convient.`
      : `Une partie des sommes déjà réglées correspond à un travail qui ne sera pas achevé. Je vous propose de déduire cette part, au prorata du travail non réalisé, du total restant dû ou, si vous le préférez, de vous la rembourser d’ici le ${by} ; merci de me dire ce qui vous convient.`,
  owedIntro: 'Les factures suivantes restent à régler :',
  invoice: (number, issued, due, outstanding) => `Facture n° ${number} du ${issued} (échéance le ${due}) : ${outstanding}`,
  total: (total, payBy) => `Le montant total restant dû s’élève à ${total}. Je vous remercie de bien vouloir en effectuer le règlement d’ici le ${payBy}.`,
  handover: (by) =>
    `D’ici le ${by}, je vous remettrai l’ensemble des fichiers, comptes et accès qui vous appartiennent ; les mots de passe vous parviendront par un canal sécurisé, jamais par e-mail.`,
  referralsIntro: 'Si cela peut vous être utile, voici des confrères que je vous recommande volontiers :',
  referral: (r) => [r.name, r.contact ? ` (${r.contact})` : '', r.note ? ` : ${r.note}` : ''].join(''),
  noReferrals: 'Si vous le souhaitez, je vous recommanderai volontiers d’autres indépendants pour prendre le relais.',
  thanks: (client) => `Je vous remercie sincèrement pour votre confiance et pour le travail accompli ensemble, et souhaite pleine réussite à ${client}.`,
  closing: 'Bien cordialement,',
  closingImmediate: 'Cordialement,',
  slots: {
    client: 'Nom du client',
    contact: 'Madame ou Monsieur Nom',
    date: 'date',
    amount: 'montant',
    deliverable: 'Livrable',
    invoice: 'numéro de facture',
    colleague: 'Nom du confrère',
    colleagueContact: 'contact@exemple.fr',
    yourName: 'Votre nom',
    yourEmail: 'vous@exemple.fr',
  },
  subjectLabel: 'Objet :',
};
