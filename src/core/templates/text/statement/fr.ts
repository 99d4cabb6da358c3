/** The statement of account's words in French (see ../statement.ts). */
import type { StatementTexts } from '../statement';

/** Currencies whose hundredth French calls a centime; others are rounded to their smallest unit, named by amount. */
const CENTIMES = new Set(['EUR', 'CHF']);

export const fr: StatementTexts = {
  title: (client) => `Relevé de compte – ${client}`,
  heading: 'Relevé de compte',
  intro: (date) => `Ce relevé reprend l’ensemble des factures émises et des règlements reçus sur votre compte au ${date}.`,
  invoices: 'Factures',
  invoiceColumns: ['Facture', 'Émise le', 'Échéance', 'Montant', 'Réglé', 'Solde', 'Jours de retard'],
  noInvoices: 'Aucune facture n’a encore été émise.',
  payments: 'Règlements reçus',
  paymentColumns: ['Date', 'Facture', 'Montant'],
  noPayments: 'Aucun règlement n’a encore été reçu.',
  summary: 'Récapitulatif',
  invoiced: 'Total facturé',
  paid: 'Total réglé',
  outstanding: 'Solde restant dû',
  overdue: 'dont échu',
  credit: 'Trop-perçu (en votre faveur)',
  aging: 'Balance âgée',
  agingIntro: 'Le solde restant dû, réparti selon le retard par rapport à l’échéance :',
  agingColumns: ['Retard', 'Montant'],
  buckets: {
    current: 'Non échu',
    '1-30': '1 à 30 jours',
    '31-60': '31 à 60 jours',
    '61-90': '61 à 90 jours',
    '91-120': '91 à 120 jours',
    '120+': 'Plus de 120 jours',
  },
  nothingOutstanding: 'Toutes les factures sont intégralement réglées : aucun solde n’est dû. Merci.',
  lateFee: 'Pénalités de retard',
  noLateFeeInContract: 'Le contrat ne prévoit pas de pénalités de retard ; aucune n’est donc appliquée.',
  noLateFeeAccrued: (percent) =>
    `Le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues. Aucune somme n’étant échue, aucune pénalité n’a couru.`,
  lateFeeRule: (percent, _value, unit, currency) =>
    `Le contrat prévoit des pénalités de retard de ${percent} par mois sur les sommes échues. Elles courent jour par jour, sur la base d’un mois de 30 jours, et sont arrondies pour chaque facture ${
      CENTIMES.has(currency) ? 'au centime le plus proche (le demi-centime au supérieur)' : `à ${unit} près (la demi-unité au supérieur)`
    } :`,
  formula: (percent) => `pénalités = solde × ${percent} × jours de retard ÷ 30`,
  lateFeeLine: (invoice, balance, percent, days, fee) => `${invoice} : ${balance} × ${percent} × ${days} ÷ 30 = ${fee}`,
  lateFeeTotal: (date, total) => `Pénalités de retard courues au ${date} : ${total}. Elles ne sont pas comprises dans le solde restant dû indiqué plus haut.`,
  totalWithFee: (total) => `Solde restant dû, pénalités de retard comprises : ${total}.`,
  closing: 'Si l’un de ces montants ne correspond pas à vos écritures, n’hésitez pas à me le signaler : nous ferons le rapprochement ensemble.',
  csv: {
    header: ['Type', 'Date', 'Facture', 'Échéance', 'Montant', 'Réglé', 'Solde', 'Jours de retard', 'Devise', 'Note'],
    invoice: 'Facture',
    payment: 'Règlement',
    fileStem: 'releve-de-compte',
  },
};
