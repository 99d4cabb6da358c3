/** The termination agreement's words in French (see ../agreement.ts). */
import type { AgreementTexts } from '../agreement';

export const fr: AgreementTexts = {
  title: (client) => `Accord de fin de collaboration : ${client}`,
  heading: 'Accord de fin de collaboration',
  parties: (provider, client, contact) =>
    `Entre ${provider ?? 'le prestataire soussigné'} (ci-après « le Prestataire ») et ${client}${contact ? `, représentée par ${contact}` : ''} (ci-après « le Client »).`,
  purpose: (today) => `À la suite de leur entretien, les parties consignent dans le présent accord les modalités de fin de collaboration convenues le ${today}.`,
  endHeading: 'Date de fin',
  endOnDay: (lastDay) => `La collaboration prend fin le ${lastDay}, dernier jour de travail du Prestataire. Les conditions du contrat s’appliquent jusqu’à cette date.`,
  endImmediate: (lastDay) => `La collaboration prend fin avec effet immédiat le ${lastDay}.`,
  workHeading: 'Travaux restant à livrer',
  deliverableHeader: ['Livrable', 'Livré au plus tard le'],
  asIs: (by) => `Les travaux suivants ne seront pas achevés ; ils sont remis en l’état au plus tard le ${by} :`,
  allDelivered: 'L’ensemble des livrables convenus a été livré.',
  moneyHeading: 'Sommes restant dues',
  invoiceHeader: ['Facture', 'Émise le', 'Échéance', 'Reste dû'],
  totalRow: 'Total',
  payTotal: (total, payBy) => `Le Client règle la somme totale de ${total} au plus tard le ${payBy}.`,
  nothingOwed: (today) => `Aucune facture ne reste impayée au ${today}.`,
  lateInterestWaiver: (payBy) =>
    `Sous réserve du paiement intégral de cette somme au plus tard le ${payBy}, le Prestataire renonce aux pénalités de retard et frais de recouvrement afférents à ces factures ; à défaut de paiement intégral à cette date, ils restent dus dans les conditions prévues par le contrat et par la loi.`,
  finalInvoice: (lastDay) =>
    `Les prestations réalisées jusqu’au ${lastDay} et non encore facturées font l’objet d’une facture de clôture, payable aux conditions du contrat.`,
  refund: (amount, by) =>
    amount
      ? `Le Prestataire rembourse au Client la somme de ${amount}, correspondant aux travaux payés et non réalisés, au plus tard le ${by}.`
      : `Le Prestataire rembourse au Client la part des sommes versées correspondant aux travaux non réalisés, au prorata de ceux-ci, au plus tard le ${by}.`,
  refundOrSetOff: (amount, by) =>
    amount
      ? `Le Prestataire rembourse au Client la somme de ${amount}, correspondant aux travaux payés et non réalisés, au plus tard le ${by} ou, si le Client le préfère, l’impute sur la somme restant due ci-dessus, qui est alors réduite d’autant.`
      : `Le Prestataire rembourse au Client la part des sommes versées correspondant aux travaux non réalisés, au prorata de ceux-ci, au plus tard le ${by} ou, si le Client le préfère, l’impute sur la somme restant due ci-dessus, qui est alors réduite d’autant.`,
  handoverHeading: 'Restitution',
  handoverIntro: (by) => `Au plus tard le ${by}, le Prestataire remet au Client l’ensemble des éléments qui lui appartiennent, notamment :`,
  handoverItems: [
    'le code source et les dépôts, avec transfert de la propriété ou des droits d’administration ;',
    'les fichiers de conception, documents et ressources graphiques ;',
    'les noms de domaine, l’hébergement et les comptes tiers détenus pour le compte du Client ;',
    'la documentation nécessaire à l’exploitation et à la maintenance.',
  ],
  rightsOnPayment:
    'Les droits patrimoniaux d’auteur sur les livrables sont cédés au Client dans les conditions prévues par le contrat, une fois les sommes dues au titre du présent accord intégralement réglées.',
  credentials:
    'Aucun mot de passe, clé ou autre identifiant ne figure dans le présent document ni n’est transmis par e-mail : les identifiants sont remis par un canal sécurisé (partage depuis un gestionnaire de mots de passe ou remise en main propre) ou renouvelés par le Client, après quoi les accès du Prestataire sont supprimés.',
  referralsHeading: 'Recommandations',
  referralsIntro: 'Afin d’assurer la continuité du projet, le Prestataire recommande :',
  closingHeading: 'Dispositions finales',
  release:
    'Une fois ces engagements exécutés, les parties n’auront plus aucune réclamation l’une envers l’autre au titre de cette collaboration ; les obligations de confidentialité demeurent en vigueur.',
  thanks: 'Le Prestataire remercie le Client de la confiance qu’il lui a accordée tout au long de cette collaboration.',
  signaturesHeading: 'Signatures',
  originals: 'Fait en deux exemplaires originaux, dont un pour chaque partie.',
  provider: 'Pour le Prestataire',
  client: 'Pour le Client',
  nameLine: (name) => `Nom : ${name}`,
  dateLine: 'Date :',
  signatureLine: 'Signature, précédée de la mention « Lu et approuvé » :',
};
