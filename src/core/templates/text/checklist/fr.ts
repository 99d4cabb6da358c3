/** The offboarding checklist's words in French (see ../checklist.ts). */
import type { ChecklistTexts } from '../checklist';

export const fr: ChecklistTexts = {
  title: (client) => `Check-list de fin de collaboration : ${client}`,
  heading: (client) => `Fin de collaboration : ${client}`,
  intro: (lastDay) => `Dernier jour de travail : ${lastDay}.`,
  talkHeading: 'Annoncer la décision',
  call: (contact) =>
    `Appeler ${contact} pour annoncer la fin de la collaboration : une conversation, pas un message ; rester calme, remercier, ne pas revenir sur votre décision face à l’insistance`,
  someone: 'votre interlocuteur',
  email: 'Envoyer l’e-mail de fin de collaboration qui confirme l’appel par écrit',
  agreement: 'Envoyer l’accord écrit (ce qui reste à livrer, ce qui reste dû, la date de fin) et le faire signer',
  moneyHeading: 'Facturation',
  finalInvoice: (lastDay) => `Émettre la facture de clôture pour le travail réalisé jusqu’au ${lastDay}`,
  statement: 'Envoyer un relevé de compte : chaque facture, chaque paiement, le solde',
  collect: (total, invoices) => `Encaisser le dernier règlement : ${total} restant dû (${invoices})`,
  nothingOwed: 'Dernier règlement encaissé : plus rien n’est dû',
  refund: (by) => `Rembourser la part des travaux payés qui ne seront pas achevés, ou la déduire du solde dû si le client le préfère, d’ici le ${by}`,
  workHeading: 'Travaux restant à livrer',
  deliver: (name, due) => (due ? `Livrer ${name} d’ici le ${due}` : `Livrer ${name}`),
  handAsIs: (name) => `Remettre ${name} en l’état`,
  handoverHeading: 'Restitution',
  repositories: 'Dépôts de code : transférer la propriété ou les droits d’administration, vérifier que le client peut publier et déployer en autonomie',
  credentials: 'Identifiants : les remettre via un gestionnaire de mots de passe ou en main propre, ou les faire renouveler par le client ; jamais par e-mail',
  domains: 'Noms de domaine et DNS : compte du registraire, dates de renouvellement, enregistrements DNS',
  hosting: 'Hébergement et déploiement : serveurs, chaînes d’intégration continue, sauvegardes, facturation transférée au client',
  designFiles: 'Fichiers de conception, documents et ressources, dans des formats que le client peut ouvrir',
  accounts: 'Comptes tiers (statistiques, messagerie, paiement, magasins d’applications) : propriété transférée au client',
  closeHeading: 'Clôture',
  recommend: (names) => `Envoyer vos recommandations : ${names}`,
  findReferrals: 'Penser à un ou deux confrères ou consœurs à recommander',
  removeAccess: 'Supprimer vos accès à leurs outils, et les leurs aux vôtres (espaces partagés, messageries, agendas)',
  archive: 'Archiver le client : indiquer `"status": "ended"` dans le fichier client',
  quiet: 'Couper les notifications de leurs canaux après le dernier jour',
  selfCare: 'Prendre soin de vous : vous accorder un après-midi de repos pour tourner la page',
  shortNotice: (notice, suggested, since) =>
    `Vérifier le préavis avant d’annoncer la date de fin : ${notice.text} ${notice.n < 2 ? 'jour' : 'jours'} pour une collaboration commencée le ${since}. Un préavis trop court au regard de l’ancienneté de la relation peut constituer une rupture brutale (article L442-1 II du Code de commerce) ; prévoir plutôt ${suggested.text} jours, ou convenir de la date de fin par écrit avec le client`,
};
