/** The payment reminder's words in French (see ../reminder.ts). */
import { euros, frNumber, RECOVERY_FEE_ARTICLES, RECOVERY_FEE_EUROS } from '../frenchLaw';
import type { ReminderTexts } from '../reminder';

export const fr: ReminderTexts = {
  title: (step, client) =>
    ({ friendly: `Rappel de paiement – ${client}`, firm: `Relance pour retard de paiement – ${client}`, final: `Dernière relance – ${client}` })[step],
  subject: (step, count, n) =>
    count === 1
      ? { friendly: `Rappel : facture ${n}`, firm: `Retard de paiement : facture ${n}`, final: `Dernière relance : facture ${n}` }[step]
      : {
          friendly: `Rappel : ${count} factures en attente de règlement`,
          firm: `Retard de paiement : ${count} factures`,
          final: `Dernière relance : ${count} factures échues`,
        }[step],
  nothingOpenSubject: 'Votre compte est à jour',
  nothingOpen: 'Aucune facture n’est en attente de règlement sur votre compte : tout est réglé. Merci.',
  invoiceLine: (invoice, due, balance, daysLate) => `Facture ${invoice} (échéance le ${due}) : ${balance} restant dû${daysLate ? `, ${daysLate} de retard` : ''}`,
  total: (total) => `Total restant dû : ${total}.`,
  totalWithOverdue: (total, overdue) => `Total restant dû : ${total}, dont ${overdue} échus.`,
  friendlyIntro: (count) =>
    `J’espère que vous allez bien. Je me permets de vous adresser un petit rappel concernant ${count === 1 ? 'la facture ci-dessous' : 'les factures ci-dessous'}, en attente de règlement :`,
  friendlyClose:
    'Si le règlement est déjà en cours, je vous en remercie et vous prie de ne pas tenir compte de ce message. Si vous avez besoin d’un duplicata ou de toute autre information, je reste à votre disposition.',
  firmIntro: (count, n) =>
    `Sauf erreur de ma part, ${count === 1 ? 'une facture de votre compte est arrivée à échéance sans avoir été réglée' : `${n} factures de votre compte sont arrivées à échéance sans avoir été réglées`}. Voici le détail de votre compte :`,
  firmAsk:
    'Pourriez-vous procéder au règlement dès que possible, ou m’indiquer la date à laquelle je peux l’attendre ? Si une facture soulève une question, dites-le-moi : nous trouverons une solution ensemble.',
  firmFee: (percent) => `Pour rappel, le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues.`,
  alreadyPaid: 'Si vous avez déjà effectué le règlement, je vous en remercie et vous prie de ne pas tenir compte de ce message.',
  finalIntro: 'Je vous écris au sujet des sommes échues qui restent impayées à ce jour. Voici le détail de votre compte :',
  finalFee: (percent, _value, date, accrued) =>
    `Conformément au contrat, les sommes échues donnent lieu à des pénalités de retard de ${percent} par mois. Au ${date}, elles s’élèvent à ${accrued} (sur la base d’un mois de 30 jours) et ne sont pas comprises dans le total ci-dessus.`,
  finalDeadline: (overdue, date) =>
    `Je vous remercie de bien vouloir régler le solde échu de ${overdue} au plus tard le ${date}. À défaut, je suspendrai mes travaux à compter de cette date, jusqu’à la régularisation du compte.`,
  finalOpenDoor: 'Je préférerais sincèrement ne pas en arriver là : si quelque chose retarde le paiement, parlons-en, nous trouverons une solution ensemble.',
  recoveryFee: (step, overdue, afterFee) => {
    const fee = `une indemnité forfaitaire pour frais de recouvrement de ${euros(RECOVERY_FEE_EUROS)} par facture en retard de paiement (${RECOVERY_FEE_ARTICLES})`;
    if (step === 'firm') {
      return `${afterFee ? 'La loi prévoit en outre' : 'Pour rappel, la loi prévoit'}, entre professionnels, ${fee}.`;
    }
    const total = overdue > 1 ? `, soit ${euros(RECOVERY_FEE_EUROS * overdue)} pour les ${frNumber(overdue)} factures échues` : '';
    return `${afterFee ? 'S’y ajoute' : 'Par ailleurs, la loi rend exigible'}, de plein droit entre professionnels, ${fee}${total}.`;
  },
};
